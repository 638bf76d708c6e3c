/**
 * `npm run bench:endurance` — does the soak's RSS trend flag a leaking target and leave a target
 * with a large garbage-collection saw-tooth alone; and does the target's CPU per request flag a
 * build that does 40% more work per request at the same latency, in paired mode, and leave an
 * unchanged one alone? A script, not a test: it prints markdown tables for docs/capacity.md.
 *
 *   npm run bench:endurance                           # 10 soaks of 2 minutes per target, 10 + 10 paired runs
 *   npm run bench:endurance -- --part rss --runs 2 --soak 30s    # a quick look at the soaks
 *   npm run bench:endurance -- --part cpu --runs 3               # the CPU part only
 *
 * Targets are fixtures/targets/queueing.mjs in their own process, sampled from /proc through the
 * real engine (load/run-load.ts with `targetProcess.pid`), as a profile's `target_process:` does:
 * - leak: every request keeps 1 KiB for good (`leakBytesPerRequest: 1024`), ~1 MB per 1,000 requests;
 * - saw-tooth: no leak, but 64 MB of garbage piles up over `sawtoothPeriodMs` and is dropped, so
 *   RSS climbs and falls at each collection.
 * "Flagged" is the run's `rssLeak` (metrics/endurance.ts) and, separately, the profile threshold
 * `target_rss_growth: { major: 2MB/min }` through verdict/thresholds.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runLoad } from '../src/load/run-load.js';
import { checkRunThresholds } from '../src/verdict/thresholds.js';
import { parseDurationMs } from '../src/profile/duration.js';
import type { OpenModelLoad, Profile, ThresholdTier } from '../src/profile/types.js';
import { runPairedPipeline } from '../src/pipeline/paired.js';
import { realEdges } from '../src/edges.js';
import { DirectoryBaselineStore } from '../src/baseline/directory-store.js';
import { DEFAULT_ALPHA, DEFAULT_SEVERITY } from '../src/profile/regression.js';
import type { TargetResources } from '../src/metrics/types.js';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, soak: { type: 'string', default: '2m' }, rate: { type: 'string', default: '100' }, part: { type: 'string', default: 'all' } },
});
const runs = Number(values.runs);
const soakMs = parseDurationMs(values.soak) ?? Number.NaN;
const rateRps = Number(values.rate);
if (!(runs >= 1) || !(soakMs > 0) || !(rateRps > 0)) throw new Error('--runs, --soak and --rate must be positive');
if (!['all', 'rss', 'cpu'].includes(values.part!)) throw new Error('--part must be all, rss or cpu');

/**
 * The soak's warm-up: long enough for a fresh Node target to size its heap (its RSS floor climbs
 * for about half a minute under load before it settles), which the trend, counting from the end
 * of the warm-up, must not read as growth.
 */
const WARMUP_MS = 30_000;
const RSS_GROWTH_TIER: ThresholdTier = { metric: 'target_rss_growth', severity: 'major', limit: 2 };

/** Starts fixtures/targets/queueing.mjs with `options`; resolves its URL and pid once it listens. */
function startTarget(options: object): Promise<{ url: string; pid: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['fixtures/targets/queueing.mjs', JSON.stringify(options)], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => {
      const { port, pid } = JSON.parse(String(chunk)) as { port: number; pid: number };
      resolve({ url: `http://127.0.0.1:${port}`, pid, child });
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

async function soak(options: object): Promise<TargetResources | undefined> {
  const target = await startTarget({ workers: 8, serviceMs: 5, ...options });
  const load: OpenModelLoad = {
    model: 'open', rateRps, shape: { kind: 'constant' }, maxInFlight: 64, connections: 64,
    warmupMs: WARMUP_MS, durationMs: soakMs, trials: 10, requestTimeoutMs: 5000,
  };
  try {
    const m = await runLoad({ targetUrl: target.url, load, targetProcess: { pid: target.pid }, endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }] });
    return m.targetResources;
  } finally {
    target.child.kill('SIGTERM');
  }
}

interface Row { trend: string; leak: boolean; threshold: boolean; growth: number }

async function series(name: string, options: object): Promise<Row[]> {
  const rows: Row[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await soak(options);
    const t = r?.rssTrend;
    const row = {
      trend: t ? `${t.perMinute.toFixed(2)} (${t.lower.toFixed(2)}…${t.upper.toFixed(2)})` : 'none',
      leak: r?.rssLeak === true,
      threshold: r ? checkRunThresholds({ thresholds: [RSS_GROWTH_TIER] }, { targetResources: r }).length > 0 : false,
      growth: r?.rssGrowthMb ?? Number.NaN,
    };
    rows.push(row);
    console.error(`${name} ${i + 1}/${runs}: trend ${row.trend} MB/min, leak ${row.leak}, threshold ${row.threshold}, end−start ${row.growth} MB, load ${loadavg()[0].toFixed(2)}`);
  }
  return rows;
}

async function rssPart(): Promise<void> {
  const load0 = loadavg()[0];
  const leaking = await series('leak', { leakBytesPerRequest: 1024 });
  const sawtooth = await series('saw-tooth', { sawtoothMb: 64, sawtoothPeriodMs: 20_000 });
  const load1 = loadavg()[0];
  const count = (rows: Row[], key: 'leak' | 'threshold') => rows.filter((r) => r[key]).length;
  console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)} (2 cores); soaks of ${values.soak} at ${rateRps}/s after a ${WARMUP_MS / 1000} s warm-up; threshold target_rss_growth major ${RSS_GROWTH_TIER.limit}MB/min\n`);
  console.log('| target | RSS floor trend, MB/min (95 % interval), per run | flagged as a leak | over the threshold |');
  console.log('|---|---|---|---|');
  console.log(`| leaks 1 KiB per request (~${((rateRps * 60) / 1024).toFixed(1)} MB/min at ${rateRps}/s) | ${leaking.map((r) => r.trend).join('; ')} | ${count(leaking, 'leak')} of ${runs} | ${count(leaking, 'threshold')} of ${runs} |`);
  console.log(`| 64 MB saw-tooth every 20 s, no leak | ${sawtooth.map((r) => r.trend).join('; ')} | ${count(sawtooth, 'leak')} of ${runs} | ${count(sawtooth, 'threshold')} of ${runs} |`);
  console.log(`\nRSS end − start (MB): leak ${leaking.map((r) => r.growth).join(', ')}; saw-tooth ${sawtooth.map((r) => r.growth).join(', ')}\n`);
}

/** Busy-loop iterations per request of the CPU part's baseline target: about a millisecond of CPU. */
const WORK = 200_000;

interface CpuRow { severity: string; change: number; p: number; baselineMs: number; currentMs: number; p50Change: number }

/**
 * One paired run (pipeline/paired.ts, the real engine): the baseline target doing `WORK` per
 * request, the candidate `factor` × `WORK`, both holding each request 20 ms by a timer (so their
 * latency is the same by construction), both sampled from /proc.
 */
async function pairedCpuRun(factor: number): Promise<CpuRow> {
  const baseline = await startTarget({ workers: 8, serviceMs: 20, workIterations: WORK });
  const candidate = await startTarget({ workers: 8, serviceMs: 20, workIterations: Math.round(WORK * factor) });
  const dir = mkdtempSync(join(tmpdir(), 'loadgate-bench-'));
  try {
    const profile: Profile = {
      name: 'cpu', thresholds: [], readiness: { path: '/', timeoutMs: 10_000 },
      load: { model: 'closed', connections: 4, warmupMs: 1000, durationMs: 8000, trials: 8, requestTimeoutMs: 5000 },
      regression: { metrics: ['p50', 'p95', 'throughput', 'error_rate'], alpha: DEFAULT_ALPHA, severity: { ...DEFAULT_SEVERITY } },
      endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }],
      targetProcess: { pid: candidate.pid },
    };
    const edges = realEdges(new DirectoryBaselineStore(dir), { info: () => {}, warning: () => {} });
    const { report } = await runPairedPipeline(
      { profile, target: candidate.url, baselineTarget: baseline.url, baselineTargetProcess: { pid: baseline.pid }, failOn: 'critical', saveBaseline: false },
      edges,
    );
    const cpu = report.comparisons.find((c) => c.metric === 'target_cpu_per_request');
    const p50 = report.comparisons.find((c) => c.metric === 'p50');
    return {
      severity: cpu?.severity ?? 'not compared', change: cpu?.change ?? Number.NaN, p: cpu?.pAdjusted ?? Number.NaN,
      baselineMs: cpu?.baseline ?? Number.NaN, currentMs: cpu?.current ?? Number.NaN, p50Change: p50?.change ?? Number.NaN,
    };
  } finally {
    baseline.child.kill('SIGTERM');
    candidate.child.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

async function cpuPart(): Promise<void> {
  const load0 = loadavg()[0];
  const rows: Record<string, CpuRow[]> = { more: [], same: [] };
  for (let i = 0; i < runs; i++) {
    for (const [key, factor] of [['more', 1.4], ['same', 1]] as const) {
      const row = await pairedCpuRun(factor);
      rows[key].push(row);
      console.error(`cpu ${key} ${i + 1}/${runs}: ${row.baselineMs.toFixed(3)} → ${row.currentMs.toFixed(3)} ms (${(row.change * 100).toFixed(1)}%), p ${row.p.toPrecision(2)}, ${row.severity}; p50 ${(row.p50Change * 100).toFixed(1)}%; load ${loadavg()[0].toFixed(2)}`);
    }
  }
  const load1 = loadavg()[0];
  const flagged = (list: CpuRow[]) => list.filter((r) => r.severity !== 'none' && r.severity !== 'not compared').length;
  const pct = (v: number) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(0)}%`;
  console.log(`load average ${load0.toFixed(2)} → ${load1.toFixed(2)} (2 cores); paired runs of 8 trials × 1 s per target, 4 connections, each request held 20 ms by a timer plus its CPU work\n`);
  console.log('| candidate against baseline (same latency by construction) | CPU per request change, per run | flagged (any severity) | severities | p50 change, per run |');
  console.log('|---|---|---|---|---|');
  for (const [key, text] of [['more', '40% more CPU work per request'], ['same', 'the same build']] as const) {
    const list = rows[key];
    console.log(`| ${text} | ${list.map((r) => pct(r.change)).join(', ')} | ${flagged(list)} of ${runs} | ${list.map((r) => r.severity).join(', ')} | ${list.map((r) => pct(r.p50Change)).join(', ')} |`);
  }
  console.log(`\nbaseline CPU per request (ms), per run: ${rows.same.map((r) => r.baselineMs.toFixed(3)).join(', ')}`);
}

if (values.part !== 'cpu') await rssPart();
if (values.part !== 'rss') await cpuPart();
