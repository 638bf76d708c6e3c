/**
 * `npm run bench:recovery` — does the time to recover after a spike match a queueing target whose
 * recovery is known by construction? A script, not a test: it prints a markdown table for
 * docs/capacity.md.
 *
 *   npm run bench:recovery                 # 5 runs of each spike
 *   npm run bench:recovery -- --runs 10
 *
 * The target is fixtures/targets/queueing.mjs in its own process: 10 workers × 50 ms = 200/s (a
 * timer, so the capacity does not depend on how busy the machine is, beyond the timer's own lag).
 * The load is 50/s with a spike of 350/s: the queue grows 150 a second during the spike and drains
 * at 150 a second after it, so the designed recovery equals the spike's length. Each run is the real
 * engine (load/run-load.ts) read by verdict/recovery-reading.ts with band 100% (p95 back within
 * twice the pre-spike level: a queue of at most one round of the workers) and settle 1 s.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { runLoad } from '../src/load/run-load.js';
import { runRecovery } from '../src/verdict/recovery-reading.js';
import type { OpenModelLoad } from '../src/profile/types.js';
import type { RunRecovery } from '../src/metrics/types.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(values.runs);
if (!(runs >= 1)) throw new Error('--runs must be at least 1');

const WORKERS = 10;
const SERVICE_MS = 50;
const BASE_RPS = 50;
const SPIKE_RPS = 350;
const capacityRps = (WORKERS / SERVICE_MS) * 1000;

function startTarget(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['fixtures/targets/queueing.mjs', JSON.stringify({ workers: WORKERS, serviceMs: SERVICE_MS })], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve({ url: `http://127.0.0.1:${JSON.parse(String(chunk)).port}`, child }));
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

/** Designed recovery: the backlog the spike leaves, drained at the capacity minus the base rate. */
function designedMs(spikeMs: number): number {
  const backlog = ((SPIKE_RPS - capacityRps) * spikeMs) / 1000;
  return (backlog / (capacityRps - BASE_RPS)) * 1000;
}

async function once(url: string, spikeMs: number): Promise<RunRecovery> {
  const load: OpenModelLoad = {
    model: 'open', rateRps: BASE_RPS, shape: { kind: 'spike', spikeRps: SPIKE_RPS, spikeMs }, maxInFlight: 4000, connections: 4000,
    warmupMs: 1000, durationMs: 2 * 8000 + spikeMs, trials: 4, requestTimeoutMs: 20_000, recovery: { band: 1, settleMs: 1000 },
  };
  const m = await runLoad({ targetUrl: url, load, endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }] });
  return runRecovery(load, m.timeline)!;
}

const load0 = loadavg()[0];
const rows: string[] = [];
for (const spikeMs of [2000, 5000]) {
  const target = await startTarget();
  const readings: RunRecovery[] = [];
  try {
    for (let i = 0; i < runs; i++) readings.push(await once(target.url, spikeMs));
  } finally {
    target.child.kill('SIGTERM');
  }
  const known = designedMs(spikeMs);
  const times = readings.map((r) => (r.recovered ? r.recoveryMs! : Number.NaN));
  const within = times.filter((t) => Math.abs(t - known) <= Math.max(0.1 * known, 1000)).length;
  const shown = times.map((t) => (Number.isNaN(t) ? 'not recovered' : (t / 1000).toFixed(0))).join(', ');
  const mean = times.filter((t) => !Number.isNaN(t)).reduce((a, b, _, all) => a + b / all.length, 0);
  rows.push(`| ${spikeMs / 1000} s spike | ${(known / 1000).toFixed(1)} s | ${shown} | ${(mean / 1000).toFixed(1)} s | ${within} of ${runs} |`);
}
const load1 = loadavg()[0];
console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)} (2 cores); ${WORKERS} workers × ${SERVICE_MS} ms = ${capacityRps}/s, ${BASE_RPS}/s with a spike of ${SPIKE_RPS}/s, band 100%, settle 1 s, 1 s windows\n`);
console.log('| spike | designed recovery | measured, s | mean | within 10% or 1 s |');
console.log('|---|---|---|---|---|');
for (const row of rows) console.log(row);
