/**
 * `npm run bench:capacity` — does a capacity ladder find a known capacity, how much does it
 * spread from run to run, and does the capacity gate block a 30% drop and pass an unchanged
 * target? A script, not a test: it prints a markdown table for docs/capacity.md.
 *
 *   npm run bench:capacity                 # 10 runs of each target
 *   npm run bench:capacity -- --runs 3
 *   npm run bench:capacity -- --step-ms 1000 --trials 5   # longer steps, more trials per step
 *
 * The target is fixtures/targets/queueing.mjs in its own process: `workers` slots each held for
 * `serviceMs` by a timer, so its capacity is workers / serviceMs whatever the machine is doing.
 * Each run is one ladder through the real engine (load/run-load.ts), read by verdict/capacity.ts;
 * the gate is verdict/capacity-compare.ts with the default cut-offs, each run against the other
 * unchanged runs as its history (leave one out).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runLoad } from '../src/load/run-load.js';
import { planLadder } from '../src/plan/capacity-ladder.js';
import { runCapacity } from '../src/verdict/capacity-reading.js';
import { compareCapacity } from '../src/verdict/capacity-compare.js';
import { DEFAULT_ALPHA, DEFAULT_SEVERITY } from '../src/profile/regression.js';
import type { BaselineRun } from '../src/baseline/types.js';
import type { CapacitySettings, OpenModelLoad } from '../src/profile/types.js';
import type { RunCapacity } from '../src/metrics/types.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '10' }, 'step-ms': { type: 'string', default: '600' }, trials: { type: 'string', default: '3' } } });
const runs = Number(values.runs);
if (!(runs >= 2)) throw new Error('--runs must be at least 2');

const SERVICE_MS = 25;
const ladder: CapacitySettings = {
  startRps: 160, stepRps: 20, ceilingRps: 600, stepMs: Number(values['step-ms']), trialsPerStep: Number(values.trials),
  hold: { p95Ms: 4 * SERVICE_MS, errorRate: 0.01, achievedShare: 0.98 },
};

function startTarget(workers: number): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['fixtures/targets/queueing.mjs', JSON.stringify({ workers, serviceMs: SERVICE_MS })], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: `http://127.0.0.1:${JSON.parse(String(chunk)).port}`, child }));
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

async function climb(url: string): Promise<RunCapacity> {
  const plan = planLadder(ladder, 1000);
  const load: OpenModelLoad = {
    model: 'open', rateRps: ladder.ceilingRps, shape: plan.shape, maxInFlight: 512, connections: 512,
    warmupMs: 1000, durationMs: plan.durationMs, trials: plan.trials, requestTimeoutMs: 5000, capacity: ladder,
  };
  const m = await runLoad({ targetUrl: url, load, endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }] });
  return runCapacity(load, m.endpoints, m)!;
}

async function series(workers: number): Promise<RunCapacity[]> {
  const out: RunCapacity[] = [];
  for (let i = 0; i < runs; i++) {
    const target = await startTarget(workers);
    try {
      out.push(await climb(target.url));
    } finally {
      target.child.kill('SIGTERM');
    }
  }
  return out;
}

const stored = (capacityRps: number): BaselineRun => ({ savedAt: new Date().toISOString(), runner: { cpuModel: '', cores: 2, os: '', node: '' }, trialDurationMs: 200, endpoints: [], capacityRps });
const settings = { metrics: [], alpha: DEFAULT_ALPHA, severity: { ...DEFAULT_SEVERITY } };
const load0 = loadavg()[0];
const full = await series(10);
const fewer = await series(7);
const load1 = loadavg()[0];
const caps = full.map((c) => c.capacityRps);
const mean = caps.reduce((a, b) => a + b, 0) / caps.length;
const sd = Math.sqrt(caps.reduce((a, v) => a + (v - mean) ** 2, 0) / (caps.length - 1));
const known = (10 / SERVICE_MS) * 1000;
const verdicts = (list: RunCapacity[], historyFor: (i: number) => number[]) =>
  list.map((c, i) => compareCapacity(c, historyFor(i).map(stored), settings)?.severity ?? 'none');
const unchanged = verdicts(full, (i) => caps.filter((_, j) => j !== i));
const dropped = verdicts(fewer, () => caps);
const count = (list: string[], levels: string[]) => list.filter((s) => levels.includes(s)).length;

console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)} (2 cores); ladder ${ladder.startRps}…${ladder.ceilingRps}/s in steps of ${ladder.stepRps}, ${ladder.stepMs} ms each, ${ladder.trialsPerStep} trials, hold p95 ≤ ${ladder.hold.p95Ms} ms\n`);
console.log('| figure | value |');
console.log('|---|---|');
console.log(`| known capacity (10 workers × ${SERVICE_MS} ms) | ${known}/s |`);
console.log(`| measured, ${runs} runs | ${caps.join(', ')} |`);
console.log(`| mean, and its distance from the known value | ${mean.toFixed(0)}/s, ${(((mean - known) / known) * 100).toFixed(1)}% |`);
console.log(`| run-to-run spread (sd / mean) | ${((sd / mean) * 100).toFixed(1)}% |`);
console.log(`| 7 workers (−30%): measured | ${fewer.map((c) => c.capacityRps).join(', ')} |`);
console.log(`| 7 workers: flagged major or worse (blocks at fail-on major) | ${count(dropped, ['major', 'critical'])} of ${runs} (severities: ${dropped.join(', ')}) |`);
console.log(`| unchanged: flagged at any severity | ${count(unchanged, ['minor', 'major', 'critical'])} of ${runs} |`);
// Failed steps below the break with a held step above them: stalls the confirmation passed over.
const stalls = (list: RunCapacity[]) => list.map((c) => c.steps.filter((s) => !s.holds && s.rateRps < (c.brokeAt?.rateRps ?? Infinity)).length);
console.log(`| stalled steps passed over per run (10 workers; 7 workers) | ${stalls(full).join(', ')}; ${stalls(fewer).join(', ')} |`);
console.log(`| broke at, and on what (10 workers) | ${full.map((c) => `${c.brokeAt?.rateRps ?? '—'} ${c.brokeAt?.causes.join('+') ?? ''}`.trim()).join(', ')} |`);
