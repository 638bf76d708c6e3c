/**
 * `npm run bench:shards`: the engine's shards against the demo service, as a matrix would run them
 * but on this machine — BENCH_SHARDS processes of the bundled CLI (`loadgate run --shard k/N
 * --start-at T`), each at 1/N of an open-model rate — then `loadgate merge`. Three rounds against the
 * service as it is (each merged run saved to a baseline directory), then one with `search` slowed
 * BENCH_SHARDS_SLOW× (default 10). Prints markdown tables for docs/shards.md:
 *
 *  (a) exactness: per endpoint and per endpoint × trial, the merged p50/p90/p95/p99 against one
 *      histogram fed every latency the shards recorded (`--debug-samples`, a debug aid that writes
 *      them), and against the exact sample percentiles (the histogram's own precision);
 *  (b) rate: measured requests over the measured phase, all shards together, against the rate asked;
 *  (c) the slowed round's merge exit code and the search row's verdict.
 *
 * Timing-sensitive: run it alone on the machine, and note the load average it prints:
 *
 *   npm run build && npm run bench:shards
 *   BENCH_SHARDS_RATE=600 BENCH_SHARDS=4 npm run bench:shards
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createLatencyHistogram, summarizeLatency, type LatencyHistogram } from '../src/metrics/histogram.js';
import { mergeShards } from '../src/shard/merge.js';
import type { ShardResult } from '../src/shard/result.js';
import type { OpenLoadResult } from '../src/metrics/types.js';
import { startDemoService } from '../scripts/demo-service-process.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.js');
const SHARDS = Number(process.env.BENCH_SHARDS ?? 4);
const RATE = Number(process.env.BENCH_SHARDS_RATE ?? 200);
const SLOW = process.env.BENCH_SHARDS_SLOW ?? '10';
const WARMUP_S = 2;
const DURATION_S = 6;
const TRIALS = 6;
const PERCENTILES = ['p50', 'p90', 'p95', 'p99'] as const;

const profile = `name: shop-shards
load:
  rate: ${RATE}
  max_in_flight: ${SHARDS * 100}
  warmup: ${WARMUP_S}s
  duration: ${DURATION_S}s
  trials: ${TRIALS}
endpoints:
  - name: home
    path: /
    weight: 2
  - name: products
    path: /api/products
    weight: 4
  - name: search
    path: /api/search?q=shoes
    weight: 2
  - name: checkout
    method: POST
    path: /api/checkout
    json: { sku: shoe-1, quantity: 1 }
    expect_status: 201
readiness:
  timeout: 10s
`;

function node(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env: { PATH: process.env.PATH ?? '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

interface Round {
  dir: string;
  results: ShardResult[];
  samples: Map<string, number[][]>;
  merge: { code: number; stdout: string; stderr: string };
  load: number;
}

/** One round: N shard processes with one start-at, then the merge (saving or judging). */
async function round(ws: string, name: string, slow: string[], save: boolean): Promise<Round> {
  const service = await startDemoService(slow);
  const dir = join(ws, name);
  await mkdir(dir, { recursive: true });
  const load = loadavg()[0];
  try {
    const startAt = new Date(Date.now() + 5000 + 500 * SHARDS).toISOString();
    const runs = await Promise.all(Array.from({ length: SHARDS }, (_, i) => node(
      [cli, 'run', '--profile', 'shop.yml', '--target', service.url, '--shard', `${i + 1}/${SHARDS}`, '--start-at', startAt,
        '--shard-out', join(dir, `shard-${i + 1}`, `shop.${i + 1}-of-${SHARDS}.shard.json`), '--debug-samples', join(dir, `samples-${i + 1}.csv`)],
      ws,
    )));
    runs.forEach((r, i) => {
      if (r.code !== 0) throw new Error(`shard ${i + 1} failed (${r.code}): ${r.stderr}`);
    });
  } finally {
    await service.stop();
  }
  const results: ShardResult[] = [];
  const samples = new Map<string, number[][]>();
  for (let i = 1; i <= SHARDS; i++) {
    results.push(JSON.parse(await readFile(join(dir, `shard-${i}`, `shop.${i}-of-${SHARDS}.shard.json`), 'utf8')));
    const lines = (await readFile(join(dir, `samples-${i}.csv`), 'utf8')).trim().split('\n').slice(1);
    for (const line of lines) {
      const [endpoint, trial, us] = line.split(',');
      const perTrial = samples.get(endpoint) ?? Array.from({ length: TRIALS }, () => [] as number[]);
      samples.set(endpoint, perTrial);
      perTrial[Number(trial)].push(Number(us));
    }
  }
  const merge = await node([cli, 'merge', '--shards', dir, '--baseline-dir', 'baselines', '--json', join(dir, 'merged.json'), ...(save ? ['--save-baseline'] : [])], ws);
  return { dir, results, samples, merge, load };
}

/** The exact q-th percentile of sorted values, by HDR's definition: the value at rank ⌈q·n⌉. */
function exactPercentile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.ceil((q / 100) * sorted.length) - 1)];
}

function histogramOf(values: readonly number[]): LatencyHistogram {
  const h = createLatencyHistogram();
  for (const v of values) h.recordMicros(v);
  return h;
}

/**
 * (a): over endpoints × (trials and the whole run) × p50…p99, how many merged percentiles equal the
 * one histogram's, the largest relative difference (HDR reports a percentile as its bucket's top,
 * capped at the maximum — exact in one histogram, the bucket's top after decoding — so a cell may
 * differ within the histogram's 0.1%), and the largest relative difference from the exact sample
 * percentile (the histogram's own precision).
 */
function exactness(r: Round): { cells: number; equal: number; maxRelOne: number; maxRelExact: number; rows: string[] } {
  const merged = mergeShards(r.results.map((result, i) => ({ file: `shard ${i + 1}`, result })), { allowMissing: false });
  let cells = 0;
  let equal = 0;
  let maxRelOne = 0;
  let maxRelExact = 0;
  const rows: string[] = [];
  for (const e of merged.measurement.endpoints) {
    const perTrial = r.samples.get(e.name)!;
    const check = (summary: Record<string, number>, values: number[]) => {
      const single = histogramOf(values);
      const one = summarizeLatency(single);
      single.release();
      const sorted = [...values].sort((a, b) => a - b);
      for (const p of PERCENTILES) {
        cells++;
        if (summary[p] === one[p]) equal++;
        maxRelOne = Math.max(maxRelOne, Math.abs(summary[p] - one[p]) / one[p]);
        const exactMs = exactPercentile(sorted, Number(p.slice(1))) / 1000;
        maxRelExact = Math.max(maxRelExact, Math.abs(summary[p] - exactMs) / exactMs);
      }
      return one;
    };
    e.trials.forEach((t, k) => check(t.latencyMs as unknown as Record<string, number>, perTrial[k]));
    const all = perTrial.flat();
    const one = check(e.latencyMs as unknown as Record<string, number>, all);
    rows.push(`| ${e.name} | ${e.requests} | ${all.length} | ${PERCENTILES.map((p) => `${e.latencyMs[p].toFixed(3)} / ${one[p].toFixed(3)}`).join(' | ')} |`);
  }
  return { cells, equal, maxRelOne, maxRelExact, rows };
}

/** (b): measured requests of all shards over the measured phase, against the rate asked. */
function achievedRate(r: Round): number {
  const requests = r.results.reduce((s, x) => s + x.endpoints.reduce((a, e) => a + e.trials.reduce((b, t) => b + t.requests, 0), 0), 0);
  return requests / DURATION_S;
}

async function main(): Promise<void> {
  const ws = await mkdtemp(join(tmpdir(), 'loadgate-bench-shards-'));
  await writeFile(join(ws, 'shop.yml'), profile);
  console.log(`# bench:shards — ${SHARDS} shard processes × ${RATE / SHARDS} requests/s (open model, ${RATE}/s in all), ${WARMUP_S} s warm-up, ${TRIALS} trials over ${DURATION_S} s`);
  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average at start ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
  const rounds: Round[] = [];
  for (let i = 1; i <= 3; i++) {
    const r = await round(ws, `round-${i}`, [], true);
    // 1 is a verdict (a noisy machine may move a stored round); 2 is a merge that could not gate.
    if (r.merge.code === 2) throw new Error(`merge of round ${i} failed: ${r.merge.stdout}${r.merge.stderr}`);
    console.log(`round ${i}: merge exit code ${r.merge.code}, load average ${r.load.toFixed(2)}`);
    rounds.push(r);
  }
  const slowed = await round(ws, 'slowed', [`search=${SLOW}`], false);

  console.log('## (a) merged percentiles vs one histogram of every recorded latency\n');
  console.log('| round | load avg | cells (endpoint × trial or run × p50…p99) | equal to one histogram | max \\|merged − one histogram\\| / one | max \\|merged − exact sample percentile\\| / exact |');
  console.log('|---|---|---|---|---|---|');
  for (const [i, r] of [...rounds, slowed].entries()) {
    const x = exactness(r);
    console.log(`| ${i < 3 ? i + 1 : `slowed`} | ${r.load.toFixed(2)} | ${x.cells} | ${x.equal} | ${(x.maxRelOne * 100).toFixed(3)} % | ${(x.maxRelExact * 100).toFixed(3)} % |`);
  }
  const x1 = exactness(rounds[0]);
  console.log('\nRound 1, whole run per endpoint (merged / one histogram, ms):\n');
  console.log(`| endpoint | merged requests | recorded latencies | ${PERCENTILES.join(' | ')} |`);
  console.log(`|---|---|---|${PERCENTILES.map(() => '---').join('|')}|`);
  for (const row of x1.rows) console.log(row);

  console.log('\n## (b) achieved total rate\n');
  console.log('| round | load avg | asked | achieved (measured requests / measured time) | achieved / asked | per shard | dropped at max_in_flight (shards\' notes) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [i, r] of [...rounds, slowed].entries()) {
    const achieved = achievedRate(r);
    const perShard = r.results.map((x) => (x.endpoints.reduce((a, e) => a + e.trials.reduce((b, t) => b + t.requests, 0), 0) / DURATION_S).toFixed(1)).join(', ');
    const dropped = r.results.reduce((sum, x) => sum + x.warnings.reduce((a, w) => a + Number(/^(\d+) of \d+ scheduled requests/.exec(w.message)?.[1] ?? 0), 0), 0);
    console.log(`| ${i < 3 ? i + 1 : 'slowed'} | ${r.load.toFixed(2)} | ${RATE}/s | ${achieved.toFixed(1)}/s | ${(achieved / RATE).toFixed(4)} | ${perShard} | ${dropped} |`);
  }

  console.log('\n## (d) the merged open section against the shards\' own\n');
  console.log('| round | load avg | planned (rate × measured time) | merged planned / sent / dropped | Σ shards\' sent / dropped | send lag p50 / p99 / max | 10 ms slots missed | peak in flight (Σ shards\' peaks) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [i, r] of [...rounds, slowed].entries()) {
    const merged = JSON.parse(await readFile(join(r.dir, 'merged.json'), 'utf8')) as { open?: OpenLoadResult };
    const o = merged.open;
    if (!o) throw new Error(`round ${i + 1}: the merged result has no open section`);
    const sum = (f: (x: NonNullable<ShardResult['open']>) => number) => r.results.reduce((a, x) => a + f(x.open!), 0);
    console.log(`| ${i < 3 ? i + 1 : 'slowed'} | ${r.load.toFixed(2)} | ${RATE * DURATION_S} | ${o.planned} / ${o.sent} / ${o.dropped} | ${sum((x) => x.sent)} / ${sum((x) => x.dropped)} | ` +
      `${o.sendLagMs.p50} / ${o.sendLagMs.p99} / ${o.sendLagMs.max} ms | ${o.slots.missed} of ${o.slots.total} | ${o.peakInFlight} |`);
  }

  console.log(`\n## (c) search slowed ${SLOW}× in the target, merged against the 3 stored merged runs\n`);
  const report = JSON.parse(await readFile(join(slowed.dir, 'merged.json'), 'utf8')) as { verdict: { status: string; maxSeverity: string; failed: boolean }; comparisons?: Array<{ endpoint: string; metric: string; severity: string; change?: number }> };
  console.log(`merge exit code ${slowed.merge.code} (1 = a regression reached fail-on), verdict ${report.verdict.status}, max severity ${report.verdict.maxSeverity}\n`);
  const lines = slowed.merge.stdout.split('\n').filter((l) => /^\s*(search|home|products|checkout)\s+(p50|p95|throughput|error_rate)/.test(l));
  console.log('```');
  for (const l of lines) console.log(l);
  console.log('```');
  console.log(`\nload average at end ${loadavg().map((l) => l.toFixed(2)).join(' ')}; files in ${ws}`);
}

await main();
