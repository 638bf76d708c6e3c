/**
 * Network faults between the generator and a target in its own network namespace, joined by a veth
 * pair with addresses of our own (10.231.0.1 here, 10.231.0.2 there; no other address is ever
 * loaded): a partition (the target's side of the link goes down mid-run: packets vanish), and,
 * where the kernel has `sch_netem`, added latency and packet loss. Needs root and iproute2; every
 * test skips with its reason otherwise. Each run goes through the bundled CLI, must end within its
 * bound, classify what happened and write its report.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { cliEntry, makeWorkspace, spawnNode } from '../support/action-runner.js';

const NS = `lgf${process.pid % 100000}`;
const HOST_IF = `${NS}h`;
const NS_IF = `${NS}n`;
const HOST_ADDR = '10.231.0.1';
const TARGET_ADDR = '10.231.0.2';
const PORT = 18080;
const TARGET = `http://${TARGET_ADDR}:${PORT}`;
const STARTUP_ALLOWANCE_MS = 5000;

const ip = (...args: string[]) => spawnSync('ip', args, { encoding: 'utf8' });

/** Why namespaces cannot be used here, or undefined when they can (tried for real). */
function netnsSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'network namespaces are Linux only';
  if (process.getuid?.() !== 0) return 'creating a network namespace needs root';
  if (spawnSync('sh', ['-c', 'command -v ip']).status !== 0) return 'iproute2 (ip) is not installed';
  const probe = ip('netns', 'add', `${NS}p`);
  if (probe.status !== 0) return `ip netns add is not permitted here: ${probe.stderr.trim()}`;
  ip('netns', 'del', `${NS}p`);
  return undefined;
}

/** Whether tc can attach netem to the host's end of the link (needs the kernel's sch_netem). */
function netemSkipReason(): string | undefined {
  const r = spawnSync('tc', ['qdisc', 'add', 'dev', HOST_IF, 'root', 'netem', 'delay', '1ms'], { encoding: 'utf8' });
  if (r.status !== 0) return `tc netem is not available: ${(r.stderr || r.error?.message || '').trim()}`;
  spawnSync('tc', ['qdisc', 'del', 'dev', HOST_IF, 'root']);
  return undefined;
}

const skip = netnsSkipReason();
if (skip) console.log(`# netns fault tests skipped: ${skip}`);

let target: ChildProcess | undefined;

async function startTarget(): Promise<void> {
  const source = `require('node:http').createServer((q, s) => { q.resume(); s.end('ok'); }).listen(${PORT}, '${TARGET_ADDR}', () => console.log('up'))`;
  target = spawn('ip', ['netns', 'exec', NS, process.execPath, '-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  await once(target.stdout!, 'data');
}

function must(r: ReturnType<typeof ip>): void {
  assert.equal(r.status, 0, r.stderr);
}

/** Runs `loadgate run` through the bundled CLI; `during` is called as it starts. */
async function loadgate(profileLines: string[], during?: () => void) {
  const ws = await makeWorkspace();
  await writeFile(join(ws, 'p.yml'), ['name: netfault', ...profileLines, ''].join('\n'));
  const startMs = performance.now();
  during?.();
  const run = await spawnNode([cliEntry, 'run', '--profile', 'p.yml', '--target', TARGET, '--json', 'r.json', '--baseline-dir', 'b'], ws, { PATH: process.env.PATH ?? '' });
  const wallMs = performance.now() - startMs;
  const report = existsSync(join(ws, 'r.json')) ? JSON.parse(await readFile(join(ws, 'r.json'), 'utf8')) : undefined;
  return { ...run, wallMs, report };
}

describe('network faults in a namespace', { skip, timeout: 180_000 }, () => {
  before(async () => {
    must(ip('netns', 'add', NS));
    must(ip('link', 'add', HOST_IF, 'type', 'veth', 'peer', 'name', NS_IF));
    must(ip('link', 'set', NS_IF, 'netns', NS));
    must(ip('addr', 'add', `${HOST_ADDR}/30`, 'dev', HOST_IF));
    must(ip('link', 'set', HOST_IF, 'up'));
    must(ip('netns', 'exec', NS, 'ip', 'addr', 'add', `${TARGET_ADDR}/30`, 'dev', NS_IF));
    must(ip('netns', 'exec', NS, 'ip', 'link', 'set', NS_IF, 'up'));
    await startTarget();
  });
  after(async () => {
    target?.kill('SIGKILL');
    if (target) await once(target, 'exit').catch(() => undefined);
    ip('link', 'del', HOST_IF);
    ip('netns', 'del', NS);
  });

  it('a partition mid-run (packets vanish): timeouts, "stopped answering", verdict error, on time', async () => {
    let cut: NodeJS.Timeout | undefined;
    try {
      const run = await loadgate(['load: { connections: 4, warmup: 0s, duration: 3s, trials: 3, request_timeout: 500ms }', 'endpoints:', '  - { name: home, path: / }', 'readiness: { timeout: 5s }'], () => {
        cut = setTimeout(() => must(ip('netns', 'exec', NS, 'ip', 'link', 'set', NS_IF, 'down')), 1800);
      });
      assert.ok(run.wallMs < 3 * 3000 + STARTUP_ALLOWANCE_MS, `ended after ${Math.round(run.wallMs)} ms`);
      assert.ok(run.report, run.stderr);
      const home = run.report.endpoints[0];
      assert.ok(home.errorsByClass.timeout > 0, JSON.stringify(home.errorsByClass));
      assert.ok(home.requests > home.errors, 'answers before the partition');
      assert.ok(run.report.warnings.some((w: { code: string }) => w.code === 'target-stopped'), JSON.stringify(run.report.warnings));
      assert.equal(run.code, 2);
    } finally {
      clearTimeout(cut);
      ip('netns', 'exec', NS, 'ip', 'link', 'set', NS_IF, 'up');
    }
  });

  describe('with netem', () => {
    /** Skips the test (with the reason in the output) when netem cannot be attached; checked once the link exists. */
    const netem = (t: { skip(message?: string): void; diagnostic(message: string): void }): boolean => {
      const reason = netemSkipReason();
      if (reason === undefined) return true;
      t.diagnostic(reason);
      t.skip(reason);
      return false;
    };

    it('20 ms of added latency shows in the latency, nothing counted as an error', async (t) => {
      if (!netem(t)) return;
      must(spawnSync('tc', ['qdisc', 'add', 'dev', HOST_IF, 'root', 'netem', 'delay', '20ms'], { encoding: 'utf8' }));
      try {
        const run = await loadgate(['load: { connections: 2, warmup: 0s, duration: 1s, trials: 2 }', 'endpoints:', '  - { name: home, path: / }']);
        assert.ok(run.wallMs < 3 * 1000 + STARTUP_ALLOWANCE_MS);
        const home = run.report.endpoints[0];
        assert.ok(home.latencyMs.p50 >= 20, `p50 ${home.latencyMs.p50} ms`);
        assert.equal(home.errors, 0);
      } finally {
        spawnSync('tc', ['qdisc', 'del', 'dev', HOST_IF, 'root']);
      }
    });

    it('10% packet loss: the run ends on time, answers still come (TCP retransmits), the report is written', async (t) => {
      if (!netem(t)) return;
      must(spawnSync('tc', ['qdisc', 'add', 'dev', HOST_IF, 'root', 'netem', 'loss', '10%'], { encoding: 'utf8' }));
      try {
        const run = await loadgate(['load: { connections: 2, warmup: 0s, duration: 2s, trials: 2, request_timeout: 2s }', 'endpoints:', '  - { name: home, path: / }']);
        assert.ok(run.wallMs < 2000 + 2000 + STARTUP_ALLOWANCE_MS + 3 * 2000);
        assert.ok(run.report, run.stderr);
        assert.ok(run.report.endpoints[0].requests > 0);
      } finally {
        spawnSync('tc', ['qdisc', 'del', 'dev', HOST_IF, 'root']);
      }
    });
  });
});
