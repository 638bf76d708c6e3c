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
 *
 * On a busy machine the target's timers fire late and its real capacity is below the design, so
 * the bench also asks the target (bench/queue-watch.mjs) when its backlog was actually gone, and
 * compares the reading with that too.
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

/** The target with its own backlog account (bench/queue-watch.mjs): its URL and its queue samples so far. */
function startTarget(): Promise<{ url: string; child: ChildProcess; samples: { atMs: number; queued: number }[] }> {
  const child = spawn(process.execPath, ['bench/queue-watch.mjs', JSON.stringify({ workers: WORKERS, serviceMs: SERVICE_MS })], { stdio: ['ignore', 'pipe', 'inherit'] });
  const samples: { atMs: number; queued: number }[] = [];
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += String(chunk);
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const value = JSON.parse(line);
        if (value.port) resolve({ url: `http://127.0.0.1:${value.port}`, child, samples });
        else samples.push(value);
      }
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

/** Designed recovery: the backlog the spike leaves, drained at the capacity minus the base rate. */
function designedMs(spikeMs: number): number {
  const backlog = ((SPIKE_RPS - capacityRps) * spikeMs) / 1000;
  return (backlog / (capacityRps - BASE_RPS)) * 1000;
}

/**
 * One spike run: loadgate's reading, and the target's own drain time — from the spike's end until
 * the target's queue is first empty (sampled every 50 ms), on the same wall clock.
 */
async function once(target: { url: string; samples: { atMs: number; queued: number }[] }, spikeMs: number): Promise<{ reading: RunRecovery; drainedMs: number }> {
  const load: OpenModelLoad = {
    model: 'open', rateRps: BASE_RPS, shape: { kind: 'spike', spikeRps: SPIKE_RPS, spikeMs }, maxInFlight: 4000, connections: 4000,
    warmupMs: 1000, durationMs: 2 * 8000 + spikeMs, trials: 4, requestTimeoutMs: 20_000, recovery: { band: 1, settleMs: 1000 },
  };
  target.samples.length = 0;
  const m = await runLoad({ targetUrl: target.url, load, endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }] });
  const reading = runRecovery(load, m.timeline)!;
  const spikeEndAtMs = performance.timeOrigin + m.timelineOriginMs! + reading.spikeEndMs;
  const drained = target.samples.find((s) => s.atMs >= spikeEndAtMs && s.queued === 0);
  return { reading, drainedMs: drained ? drained.atMs - spikeEndAtMs : Number.NaN };
}

const load0 = loadavg()[0];
const rows: string[] = [];
for (const spikeMs of [2000, 5000]) {
  const target = await startTarget();
  const runsOf: { reading: RunRecovery; drainedMs: number }[] = [];
  try {
    for (let i = 0; i < runs; i++) runsOf.push(await once(target, spikeMs));
  } finally {
    target.child.kill('SIGTERM');
  }
  const seconds = (ms: number) => (Number.isNaN(ms) ? '—' : (ms / 1000).toFixed(1));
  const measured = runsOf.map((r) => (r.reading.recovered ? r.reading.recoveryMs! : Number.NaN));
  const near = (ms: number, known: number) => Math.abs(ms - known) <= Math.max(0.1 * known, 1000);
  const designed = designedMs(spikeMs);
  rows.push([
    `${spikeMs / 1000} s spike`,
    `${seconds(designed)} s`,
    runsOf.map((r) => seconds(r.drainedMs)).join(', '),
    measured.map((ms) => (Number.isNaN(ms) ? 'not recovered' : seconds(ms))).join(', '),
    `${measured.filter((ms) => near(ms, designed)).length} of ${runs}`,
    `${runsOf.filter((r, i) => near(measured[i], r.drainedMs)).length} of ${runs}`,
  ].join(' | '));
}
const load1 = loadavg()[0];
console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)} (2 cores); ${WORKERS} workers × ${SERVICE_MS} ms = ${capacityRps}/s, ${BASE_RPS}/s with a spike of ${SPIKE_RPS}/s, band 100%, settle 1 s, 1 s windows, 8 s watched\n`);
console.log('| spike | designed recovery | target\'s own drain, s | measured recovery, s | measured within 10% or 1 s of designed | … of the target\'s own drain |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) console.log(`| ${row} |`);
