/**
 * `npm run bench:load`: loadgate's engine against autocannon and wrk on the same target, side by
 * side, alternating runs, each generator pinned to core 0 and the target to core 1 when `taskset`
 * exists. Targets: nginx (1 worker, `return 200`) when installed, else the Node hello target; and
 * the Node hello target with a 5 ms delay for latency accuracy and the open model. Prints a
 * markdown table with ratios to autocannon and wrk. A script, not a test: figures vary with the
 * machine and whatever else runs on it.
 *
 *   BENCH_SECONDS=10 BENCH_ROUNDS=3 npm run bench:load
 *   BENCH_RSS_MINUTES=10 npm run bench:load     (adds one long closed-model run; reports RSS)
 *   BENCH_RSS_ONLY=1 BENCH_RSS_MINUTES=10 npm run bench:load   (only that run)
 *   BENCH_ONLY=closed npm run bench:load          (only the closed model against the fast target)
 *   BENCH_ONLY=accuracy npm run bench:load        (only p50 accuracy at 10 connections on the 5 ms target)
 *   BENCH_ONLY=flows BENCH_ARTILLERY=… npm run bench:load   (only the journey: flow vs plain endpoints, Locust, Artillery; bench/journey.ts)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { journeyComparison } from './journey.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = 50;
/** Few enough connections that the 5 ms target is not CPU-bound (see comparisons()). */
const ACCURACY_CONNECTIONS = 10;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const TASKSET = has('taskset');
const pin = (core: number, argv: string[]) => (TASKSET ? ['taskset', '-c', String(core), ...argv] : argv);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The generators run bundled, as the action runs (esbuild, ESM, node20), not through tsx: the same
 * code users get, and no loader in the process being measured.
 */
async function bundle(): Promise<{ loadgate: string; plain: string; journey: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-bench-'));
  await build({
    entryPoints: { 'load-generator': join(root, 'bench/load-generator.ts'), 'plain-undici': join(root, 'bench/plain-undici.ts'), 'journey-generator': join(root, 'bench/journey-generator.ts') },
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: "import { createRequire as __lgRequire } from 'node:module'; const require = __lgRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return { loadgate: join(dir, 'load-generator.mjs'), plain: join(dir, 'plain-undici.mjs'), journey: join(dir, 'journey-generator.mjs') };
}
const generators = await bundle();

interface Target { url: string; name: string; stop(): void }

async function startNginx(): Promise<Target> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-nginx-'));
  await writeFile(join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000; keepalive_timeout 120s;
  server { listen 127.0.0.1:18089; location / { return 200 'hello'; } } }
`);
  const child = spawn(pin(1, ['nginx', '-c', join(dir, 'nginx.conf'), '-p', dir])[0], pin(1, ['nginx', '-c', join(dir, 'nginx.conf'), '-p', dir]).slice(1), { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 500));
  return { url: 'http://127.0.0.1:18089', name: 'nginx (1 worker, return 200)', stop: () => child.kill() };
}

async function startHello(delayMs: number): Promise<Target> {
  const argv = pin(1, [process.execPath, join(root, 'fixtures/targets/hello.mjs'), '--delay-ms', String(delayMs)]);
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((r) => child.stdout!.once('data', (d) => r(String(d).trim().split(' ')[1])));
  return { url, name: `Node hello target${delayMs ? ` (${delayMs} ms delay)` : ''}`, stop: () => child.kill() };
}

/** Runs a command pinned to core 0 under bash, returning stdout and the children's CPU seconds (bash `times`). */
function measured(argv: string[]): Promise<{ stdout: string; cpuS: number }> {
  const quoted = pin(0, argv).map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', `${quoted} > /tmp/lg-bench-out.txt 2>/dev/null; times >&2; cat /tmp/lg-bench-out.txt`], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', () => {
      const line = err.trim().split('\n')[1] ?? '';
      const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
      resolve({ stdout: out, cpuS: (secs[0] ?? 0) + (secs[1] ?? 0) });
    });
  });
}

interface Row { rps: number; cpuUsPerReq: number; p50: number; extra?: string }

async function loadgateClosed(url: string, connections = CONNECTIONS): Promise<Row> {
  const load = { model: 'closed', connections, warmupMs: 0, durationMs: SECONDS * 1000, trials: 2, requestTimeoutMs: 10000 };
  const { stdout, cpuS } = await measured([process.execPath, generators.loadgate, JSON.stringify({ url, load })]);
  const r = JSON.parse(stdout);
  // CPU as the whole process, like the peers (bash `times`): start-up and summarising included.
  return { rps: r.rps, cpuUsPerReq: (cpuS * 1e6) / r.requests, p50: r.p50 };
}

async function plainUndici(url: string, connections = CONNECTIONS): Promise<Row> {
  const { stdout, cpuS } = await measured([process.execPath, generators.plain, JSON.stringify({ url, connections, seconds: SECONDS })]);
  const r = JSON.parse(stdout);
  return { rps: r.requests / SECONDS, cpuUsPerReq: (cpuS * 1e6) / r.requests, p50: NaN };
}

async function autocannon(url: string, rate?: number, connections = CONNECTIONS): Promise<Row & { total: number }> {
  const argv = [join(root, 'node_modules/.bin/autocannon'), '-c', String(connections), '-d', String(SECONDS), '-j', ...(rate ? ['-R', String(rate)] : []), url];
  const { stdout, cpuS } = await measured(argv);
  const r = JSON.parse(stdout);
  const total = r.requests.total;
  return { rps: total / SECONDS, cpuUsPerReq: (cpuS * 1e6) / total, p50: r.latency.p50, total };
}

async function wrk(url: string, connections = CONNECTIONS): Promise<Row | undefined> {
  if (!has('wrk')) return undefined;
  const { stdout, cpuS } = await measured(['wrk', '-t1', `-c${connections}`, `-d${SECONDS}s`, '--latency', url]);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(stdout)?.[1]);
  const p50m = /50%\s+([\d.]+)(us|ms|s)/.exec(stdout);
  const p50 = p50m ? Number(p50m[1]) * (p50m[2] === 'us' ? 0.001 : p50m[2] === 's' ? 1000 : 1) : NaN;
  return { rps, cpuUsPerReq: (cpuS * 1e6) / (rps * SECONDS), p50 };
}

async function compare(target: Target, connections = CONNECTIONS): Promise<Record<string, Row[]>> {
  const rows: Record<string, Row[]> = { loadgate: [], 'plain undici': [], autocannon: [], wrk: [] };
  for (let round = 0; round < ROUNDS; round++) {
    rows.loadgate.push(await loadgateClosed(target.url, connections));
    rows['plain undici'].push(await plainUndici(target.url, connections));
    rows.autocannon.push(await autocannon(target.url, undefined, connections));
    const w = await wrk(target.url, connections);
    if (w) rows.wrk.push(w);
    process.stderr.write(`  round ${round + 1}/${ROUNDS} on ${target.name} done\n`);
  }
  return rows;
}

/**
 * Medians over rounds. Ratios are the median of each round's ratio (both generators measured
 * minutes apart at most), which holds up better on a shared machine than a ratio of medians.
 */
function table(title: string, rows: Record<string, Row[]>): string {
  const med = (name: string) => rows[name].length === 0 ? undefined : {
    rps: median(rows[name].map((r) => r.rps)), cpu: median(rows[name].map((r) => r.cpuUsPerReq)), p50: median(rows[name].map((r) => r.p50)),
  };
  const ratio = (name: string, peer: string, field: 'rps' | 'cpuUsPerReq') =>
    rows[peer].length === 0 ? '—' : `${median(rows[name].map((r, i) => r[field] / rows[peer][i][field])).toFixed(2)}×`;
  const lines = [`### ${title}`, '', '| generator | req/s | CPU µs/request | p50 ms | req/s vs autocannon | CPU vs autocannon | req/s vs wrk |', '|---|---|---|---|---|---|---|'];
  for (const name of ['loadgate', 'plain undici', 'autocannon', 'wrk']) {
    const m = med(name);
    if (!m) continue;
    lines.push(`| ${name} | ${Math.round(m.rps).toLocaleString('en')} | ${m.cpu.toFixed(1)} | ${Number.isNaN(m.p50) ? '—' : m.p50.toFixed(2)} | ${ratio(name, 'autocannon', 'rps')} | ${ratio(name, 'autocannon', 'cpuUsPerReq')} | ${ratio(name, 'wrk', 'rps')} |`);
  }
  return lines.join('\n');
}

async function openModel(url: string, rate: number, maxInFlight: number): Promise<Record<string, unknown>> {
  const load = { model: 'open', rateRps: rate, shape: { kind: 'constant' }, maxInFlight, connections: maxInFlight, warmupMs: 1000, durationMs: SECONDS * 1000, trials: 2, requestTimeoutMs: 10000 };
  const { stdout, cpuS } = await measured([process.execPath, generators.loadgate, JSON.stringify({ url, load })]);
  return { ...JSON.parse(stdout), cpuS };
}

async function main(): Promise<void> {
  process.stderr.write(`bench:load — ${SECONDS} s runs, ${ROUNDS} rounds, ${CONNECTIONS} connections, taskset ${TASKSET ? 'yes' : 'no'}, nginx ${has('nginx') ? 'yes' : 'no'}, wrk ${has('wrk') ? 'yes' : 'no'}\n`);
  const out: string[] = [];
  const rssOnly = process.env.BENCH_RSS_ONLY === '1';
  if (process.env.BENCH_ONLY === 'flows') {
    out.push(await journeyComparison({ root, seconds: SECONDS, rounds: ROUNDS, connections: CONNECTIONS, generator: generators.journey, has, measured, pin, median }));
    process.stdout.write(out.join('\n\n') + '\n');
    return;
  }
  if (!rssOnly) await comparisons(out);
  await rssRun(out);
  process.stdout.write(out.join('\n\n') + '\n');
}

async function comparisons(out: string[]): Promise<void> {
  if (process.env.BENCH_ONLY !== 'accuracy') {
    const fast = has('nginx') ? await startNginx() : await startHello(0);
    try { out.push(table(`Closed model, ${CONNECTIONS} connections, ${fast.name}`, await compare(fast))); } finally { fast.stop(); }
  }
  if (process.env.BENCH_ONLY === 'closed') return;
  const slow = await startHello(5);
  try {
    // Latency accuracy where the target is far from busy (about 2,000 requests/s of its ~8,000):
    // the p50s then differ by how each generator measures, not by how deep the target's queue is.
    out.push(table(`Latency accuracy: closed model, ${ACCURACY_CONNECTIONS} connections, ${slow.name}`, await compare(slow, ACCURACY_CONNECTIONS)));
    if (process.env.BENCH_ONLY === 'accuracy') return;
    out.push(table(`Closed model, ${CONNECTIONS} connections, ${slow.name}`, await compare(slow)));
    const open = await openModel(slow.url, 2000, 1000) as { rps: number; p50: number; p50FromSend: number; open: { achievedRps: number; sendLagMs: { p50: number; p99: number }; slots: { total: number; missed: number }; dropped: number }; generator: unknown };
    const ac = await autocannon(slow.url, 2000);
    out.push([
      '### Open model, 2,000 requests/s, Node hello target (5 ms delay)', '',
      '| generator | achieved req/s | send lag p50 / p99 ms | 10 ms slots missed | p50 ms (intended / actual send) |', '|---|---|---|---|---|',
      `| loadgate \`rate: 2000\` | ${open.open.achievedRps} | ${open.open.sendLagMs.p50} / ${open.open.sendLagMs.p99} | ${open.open.slots.missed} of ${open.open.slots.total} | ${open.p50} / ${open.p50FromSend} |`,
      `| autocannon \`-R 2000\` | ${Math.round(ac.rps)} | — | — | ${ac.p50} |`,
    ].join('\n'));
  } finally { slow.stop(); }
  const overloaded = await startHello(50);
  try {
    // 50 in flight × 50 ms = at most ~1,000 answers/s, 2,000/s asked.
    const o = await openModel(overloaded.url, 2000, 50) as { open: { achievedRps: number; dropped: number; planned: number }; p50: number; p99: number; warnings: string[] };
    const ac = await autocannon(overloaded.url, 2000);
    out.push([
      '### Overload: 2,000 requests/s against ~1,000/s of capacity (50 ms target, 50 in flight)', '',
      `loadgate: achieved ${o.open.achievedRps} req/s, dropped ${o.open.dropped} of ${o.open.planned} (warnings: ${o.warnings.join(', ')}), p50 ${o.p50} ms, p99 ${o.p99} ms.`,
      `autocannon -R 2000 -c 50: delivered ${Math.round(ac.rps)} req/s, p50 ${ac.p50} ms, and reports nothing dropped.`,
    ].join('\n'));
  } finally { overloaded.stop(); }
}

async function rssRun(out: string[]): Promise<void> {
  const rssMinutes = Number(process.env.BENCH_RSS_MINUTES ?? 0);
  if (rssMinutes > 0) {
    const target = has('nginx') ? await startNginx() : await startHello(0);
    try {
      const load = { model: 'closed', connections: CONNECTIONS, warmupMs: 0, durationMs: rssMinutes * 60000, trials: 10, requestTimeoutMs: 10000 };
      const { stdout } = await measured([process.execPath, generators.loadgate, JSON.stringify({ url: target.url, load })]);
      const r = JSON.parse(stdout);
      out.push(`### Memory\n\nRSS after a ${rssMinutes}-minute closed-model run (${CONNECTIONS} connections, ${target.name}): **${r.rssMb} MB** (${r.requests.toLocaleString('en')} requests).`);
    } finally { target.stop(); }
  }
}

await main();
