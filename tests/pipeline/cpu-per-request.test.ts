/**
 * The target's CPU per request as a gated figure, end to end in paired mode: two real targets in
 * their own processes (fixtures/targets/queueing.mjs), the same latency by construction (a 20 ms
 * timer holds each request), one doing twice the CPU work per request. Both are sampled from /proc
 * through the real engine; the verdict must say the candidate's CPU per request is worse. The
 * assertion is about the direction and the verdict, not about timings. Linux only (/proc). The
 * +40 % goal is `npm run bench:endurance`'s, over ten runs of eight trials a side: with five trials a
 * side, a +40 % change (+20–25 % of CPU) is not always significant after Holm's correction, so the
 * test uses a change no run can miss.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPairedPipeline } from '../../src/pipeline/paired.js';
import { realEdges } from '../../src/edges.js';
import { DirectoryBaselineStore } from '../../src/baseline/directory-store.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { repoRoot } from '../support/action-runner.js';
import { profileWith } from '../support/builders.js';

/** Busy-loop iterations per request: about a millisecond of CPU on the test machines. */
const WORK = 200_000;

function startTarget(workIterations: number): Promise<{ url: string; pid: number; child: ChildProcess }> {
  const options = { workers: 8, serviceMs: 20, workIterations };
  const child = spawn(process.execPath, [join(repoRoot, 'fixtures/targets/queueing.mjs'), JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => {
      const { port, pid } = JSON.parse(String(chunk)) as { port: number; pid: number };
      resolve({ url: `http://127.0.0.1:${port}`, pid, child });
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

test('paired mode flags a candidate that burns twice the CPU per request at the same latency', { skip: !existsSync('/proc/self/stat') }, async () => {
  const baseline = await startTarget(WORK);
  const candidate = await startTarget(WORK * 2);
  const dir = mkdtempSync(join(tmpdir(), 'loadgate-cpu-'));
  try {
    const profile = profileWith(['work'], {
      load: { model: 'closed', connections: 4, warmupMs: 300, durationMs: 4000, trials: 5, requestTimeoutMs: 5000 },
      targetProcess: { pid: candidate.pid },
    });
    const edges = realEdges(new DirectoryBaselineStore(dir), { info: () => {}, warning: () => {} });
    const { report } = await runPairedPipeline(
      { profile, target: candidate.url, baselineTarget: baseline.url, baselineTargetProcess: { pid: baseline.pid }, failOn: 'critical', saveBaseline: false },
      edges,
    );
    const cpu = report.comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.ok(cpu, `a CPU comparison among ${report.comparisons.map((c) => c.metric).join(', ')}`);
    assert.equal(cpu.endpoint, 'target');
    assert.equal(cpu.direction, 'worse');
    assert.ok(cpu.current > cpu.baseline, `${cpu.current} > ${cpu.baseline}`);
    assert.notEqual(cpu.severity, 'none', JSON.stringify(cpu));
    assert.equal(report.verdict.status, 'regressed');
    // Each trial has a value, and the report speaks of the figure.
    assert.equal(report.targetResources?.cpuPerRequest?.trialsMs.length, 5);
    assert.ok(!report.notes.some((n) => n.code === 'cpu-not-compared'));
    // The report, with its new figure and comparison, is a valid result document.
    const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas/result.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors, null, 2));
  } finally {
    baseline.child.kill('SIGTERM');
    candidate.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
});
