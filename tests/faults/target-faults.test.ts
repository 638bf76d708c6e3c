/**
 * The fault suite: the bundled CLI (dist/cli.js, as users run it) against real local targets that
 * fail — killed mid-run, stalling, hung, resetting mid-body, answering garbage, failing every request,
 * sending 50 MB bodies, never answering readiness. Every run must end within its bound (a generous
 * correctness bound: three times its planned length plus process start-up, or the deadline it is
 * owed — not a speed check), classify what happened, and write its report.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { mkdir } from 'node:fs/promises';
import { cliEntry, makeWorkspace, repoRoot, runAction, spawnNode } from '../support/action-runner.js';
import { startTestServer, type TestServer } from '../support/servers.js';
import { startChildTarget, startRawServer } from '../support/fault-servers.js';

const env = { PATH: process.env.PATH ?? '' };
/** Process start-up and readiness, allowed on top of a run's bound (a busy 2-core machine). */
const STARTUP_ALLOWANCE_MS = 5000;

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  wallMs: number;
  report?: {
    verdict: { status: string; failed: boolean };
    warnings: Array<{ code: string; message: string }>;
    endpoints: Array<{ name: string; requests: number; errors: number; errorsByClass: Record<string, number>; errorSamples?: Record<string, string[]>; warmupUnanswered?: number; statusCounts: Record<string, number>; latencyMs: { p95: number } }>;
  };
  markdown?: string;
  baselineSaved: boolean;
}

const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8')));

/** Writes `profileLines` as p.yml in a fresh workspace and runs `loadgate run` on it with --save-baseline. */
async function loadgate(target: string, profileLines: string[], during?: (startMs: number) => void): Promise<CliRun> {
  const ws = await makeWorkspace();
  await writeFile(join(ws, 'p.yml'), ['name: fault', ...profileLines, ''].join('\n'));
  const startMs = performance.now();
  during?.(startMs);
  const run = await spawnNode(
    [cliEntry, 'run', '--profile', 'p.yml', '--target', target, '--baseline-dir', 'baselines', '--save-baseline', '--json', 'r.json', '--markdown', 'r.md'],
    ws,
    env,
  );
  const wallMs = performance.now() - startMs;
  const reportPath = join(ws, 'r.json');
  const report = existsSync(reportPath) ? JSON.parse(await readFile(reportPath, 'utf8')) : undefined;
  if (report) assert.ok(validate(report), JSON.stringify(validate.errors));
  const markdown = existsSync(join(ws, 'r.md')) ? await readFile(join(ws, 'r.md'), 'utf8') : undefined;
  return { ...run, wallMs, report, markdown, baselineSaved: existsSync(join(ws, 'baselines/fault.baseline.json')) };
}

function within(run: CliRun, boundMs: number): void {
  assert.ok(run.wallMs < boundMs + STARTUP_ALLOWANCE_MS, `ended after ${Math.round(run.wallMs)} ms, bound ${boundMs} ms (+${STARTUP_ALLOWANCE_MS} start-up)`);
}

const codes = (run: CliRun) => run.report?.warnings.map((w) => w.code) ?? [];

describe('target faults, through the bundled CLI', { timeout: 300_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('a target killed mid-run: "stopped answering at t = …", errors per trial, verdict error, exit 2, no baseline saved', async () => {
    const target = await startChildTarget();
    let killer: NodeJS.Timeout | undefined;
    try {
      // 0.3 s warm-up + 3 s measured; killed about 2 s after the command starts (after readiness).
      const run = await loadgate(target.url, ['load: { connections: 8, warmup: 300ms, duration: 3s, trials: 6, request_timeout: 1s }', 'endpoints:', '  - { name: home, path: / }'], () => {
        killer = setTimeout(() => void target.kill(), 2000);
      });
      within(run, 3 * 3300);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      assert.ok(run.report, 'report written');
      assert.equal(run.report.verdict.status, 'error');
      assert.ok(codes(run).includes('target-stopped'), codes(run).join());
      assert.match(run.stdout, /stopped answering at t = [\d.]+ s/);
      const home = run.report.endpoints[0];
      assert.ok(home.errorsByClass.refused + home.errorsByClass.reset > 0, JSON.stringify(home.errorsByClass));
      assert.ok(home.requests > home.errors, 'answers before the kill');
      assert.equal(run.baselineSaved, false);
      assert.match(run.stderr, /Baseline not saved: this run is not a baseline/);
    } finally {
      clearTimeout(killer);
      await target.kill();
    }
  });

  it('a target that stalls after 200 answers: timeouts, stopped answering, verdict error, ended by its deadline', async () => {
    const stall = await startRawServer((socket, n) => {
      if (n < 200) socket.write('HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok');
    });
    try {
      const run = await loadgate(stall.url, ['load: { connections: 4, warmup: 0s, duration: 2s, trials: 4, request_timeout: 500ms }', 'endpoints:', '  - { name: home, path: / }', 'readiness: { path: /, timeout: 5s }']);
      within(run, 3 * 2000);
      assert.equal(run.code, 2, run.stdout + run.stderr);
      const home = run.report!.endpoints[0];
      assert.ok(home.errorsByClass.timeout > 0, JSON.stringify(home.errorsByClass));
      assert.ok(codes(run).includes('target-stopped'), codes(run).join());
    } finally {
      await stall.close();
    }
  });

  it('a hung target (only readiness answers): no answers, a plain message, exit 2, report written, latency "—", ended before the 10 s request deadline', async () => {
    const run = await loadgate(server.url, ['load: { connections: 4, warmup: 1s, duration: 1s, trials: 2, request_timeout: 10s }', 'endpoints:', '  - { name: hang, path: /hang }', 'readiness: { path: /hello }']);
    assert.ok(run.wallMs < 10_000, `ended after ${Math.round(run.wallMs)} ms: it waited for the warm-up requests' deadline`);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.equal(run.report!.verdict.status, 'error');
    assert.equal(run.report!.verdict.failed, true);
    assert.ok(codes(run).includes('no-answers'));
    assert.match(run.stdout, /No request of the measured phase was answered/);
    assert.match(run.stdout, /^hang\s+0\s+0\s+0\/s\s+—\s+—\s+—$/m);
    assert.doesNotMatch(run.markdown!, /\| 0 ms \|/);
    assert.equal(run.report!.endpoints[0].warmupUnanswered, 4);
    assert.equal(run.baselineSaved, false);
  });

  it('the action on a push to main against a hung target: verdict error, the step fails with the plain message, summary and report written, no baseline', async () => {
    const workspace = await makeWorkspace();
    await mkdir(join(workspace, '.github'));
    await writeFile(join(workspace, '.github/loadgate.yml'), ['name: fault', 'load: { connections: 2, warmup: 500ms, duration: 1s, trials: 2, request_timeout: 10s }', 'endpoints:', '  - { name: hang, path: /hang }', 'readiness: { path: /hello }', ''].join('\n'));
    const pushEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/push-main.json'), 'utf8'));
    const startMs = performance.now();
    const run = await runAction({
      workspace,
      eventName: 'push',
      event: pushEvent,
      ref: 'refs/heads/main',
      inputs: { target: server.url, 'baseline-dir': '.loadgate/baselines', 'fail-on': 'never', 'save-baseline': 'auto', 'github-token': 'unused' },
    });
    assert.ok(performance.now() - startMs < 10_000, 'did not wait for the warm-up requests\' 10 s deadline');
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'error');
    assert.match(run.stdout, /::error::loadgate: fault: No request of the measured phase was answered/);
    assert.match(run.summary, /## loadgate: fault — ⚠️ error/);
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    assert.equal(report.verdict.failed, true);
    assert.ok(!existsSync(join(workspace, '.loadgate/baselines/fault.baseline.json')), 'not saved as the baseline');
  });

  for (const [name, path, errorClass, warning, exitCode] of [
    ['all-500', '/status/500', 'status', 'endpoint-failing', 0],
    ['all-reset (reset mid-body)', '/reset', 'reset', 'no-answers', 2],
  ] as const) {
    it(`${name}: classified as ${errorClass}, ${warning} warning, exit ${exitCode}, not saved as the baseline`, async () => {
      const run = await loadgate(server.url, ['load: { connections: 2, warmup: 0s, duration: 1s, trials: 2 }', 'endpoints:', `  - { name: ep, path: ${path} }`, 'readiness: { path: /hello }']);
      within(run, 3 * 1000);
      const ep = run.report!.endpoints[0];
      assert.ok(ep.requests > 0);
      assert.equal(ep.errorsByClass[errorClass], ep.requests, JSON.stringify(ep.errorsByClass));
      assert.ok(codes(run).includes(warning), codes(run).join());
      assert.equal(run.code, exitCode, run.stdout + run.stderr);
      assert.equal(run.baselineSaved, false);
      assert.match(run.stderr, /Baseline not saved/);
      assert.ok((ep.errorSamples?.[errorClass]?.length ?? 0) > 0, JSON.stringify(ep.errorSamples));
      if (errorClass === 'reset') assert.match(run.stdout, /^ep\s+\d+\s+\d+\s+[\d.,]+\/s\s+—\s+—\s+—$/m);
    });
  }

  it('malformed answers (content-length: abc): "other", with the client\'s message in the result and the markdown; no answers, exit 2', async () => {
    let readiness = true;
    const bad = await startRawServer((socket) => {
      // The first request is the readiness probe: a proper answer; every later one is malformed.
      socket.write(readiness ? 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n' : 'HTTP/1.1 200 OK\r\ncontent-length: abc\r\n\r\n');
      if (readiness) socket.end();
      readiness = false;
    });
    try {
      const run = await loadgate(bad.url, ['load: { connections: 2, warmup: 0s, duration: 1s, trials: 2 }', 'endpoints:', '  - { name: bad, path: / }', 'readiness: { timeout: 2s }']);
      within(run, 3 * 1000);
      const e = run.report!.endpoints[0];
      assert.ok(e.requests > 0);
      assert.equal(e.errorsByClass.other, e.requests, JSON.stringify(e.errorsByClass));
      assert.deepEqual(e.errorSamples?.other, ['malformed response: content-length "abc" is not a valid length']);
      assert.match(run.markdown!, /content-length "abc" is not a valid length/);
      assert.ok(codes(run).includes('no-answers'));
      assert.equal(run.code, 2);
    } finally {
      await bad.close();
    }
  });

  it('50 MB bodies: read to the end and counted as answers, nothing else', async () => {
    const body = Buffer.alloc(50 * 1024 * 1024, 97);
    const big = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/health') return void res.end('ok');
      res.setHeader('content-length', body.length);
      res.end(body);
    });
    await new Promise<void>((resolve) => big.listen(0, '127.0.0.1', () => resolve()));
    try {
      const url = `http://127.0.0.1:${(big.address() as AddressInfo).port}`;
      const run = await loadgate(url, ['load: { connections: 2, warmup: 0s, duration: 2s, trials: 2, request_timeout: 10s }', 'endpoints:', '  - { name: big, path: /big }', 'readiness: { path: /health }']);
      within(run, 2000 + 10_000);
      const e = run.report!.endpoints[0];
      assert.ok(e.requests >= 2, `requests ${e.requests}`);
      assert.equal(e.errors, 0, JSON.stringify(e.errorsByClass));
      assert.equal(run.code, 0, run.stderr);
    } finally {
      big.closeAllConnections();
      await new Promise<void>((resolve) => big.close(() => resolve()));
    }
  });

  it('a readiness path that never answers: refused after its timeout with the URL and the failure, no load sent', async () => {
    const target = await startChildTarget({ readinessHangs: true });
    try {
      const run = await loadgate(target.url, ['load: { connections: 2, duration: 1s, trials: 2 }', 'endpoints:', '  - { name: home, path: / }', 'readiness: { path: /health, timeout: 1500ms }']);
      within(run, 3 * 1500);
      assert.equal(run.code, 2);
      assert.match(run.stderr, new RegExp(`${target.url}/health did not answer: waited 1\\.\\d s .*no answer within`));
      assert.equal(run.report, undefined, 'nothing measured, nothing reported');
    } finally {
      await target.kill();
    }
  });
});
