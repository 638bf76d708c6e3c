/**
 * The journey comparison of `npm run bench:load` (`BENCH_ONLY=flows` runs it alone): the shop's
 * login → cart → order journey (a JSON capture, a check on the cart, a cookie jar) as a loadgate
 * flow, the same three requests as plain loadgate endpoints (token and cookie fixed once
 * beforehand), Locust (FastHttpUser, one process) and Artillery, each generator pinned to core 0
 * and the target to core 1, as the rest of the bench. Locust and Artillery are not project
 * dependencies: `locust` is looked for on the PATH (Debian: python3-locust), Artillery in
 * BENCH_ARTILLERY (the path of its `artillery` command, e.g. from `npm install artillery` in a
 * scratch folder); a missing one is left out of the table.
 *
 * Two targets. The demo service answers after 4, 8 and 10 ms, so its delays set every generator's
 * rate and loadgate idles most of the time: CPU per request is the figure there. nginx (when on the
 * PATH) answers the same three requests at once with the same bodies and cookie, so each generator
 * runs its core flat out and requests per CPU-second is its capacity per core, the figure the
 * plain-GET comparison with nginx gives.
 *
 * Two CPU figures per row: the whole process (start-up, profile and summary included) and the
 * steady state — for loadgate its measured phase (journey-generator.ts), for Locust its CPU over the
 * seconds its stats history counts, from 3 s in. The steady state is what a request costs once a
 * generator runs; at a few seconds per run the start-ups (Locust's is the longer) and loadgate's
 * warm-up (whose requests are not counted) weigh on the whole-process figures. Both comparisons
 * with Locust are printed.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface JourneyBenchTools {
  root: string;
  seconds: number;
  rounds: number;
  connections: number;
  /** The bundled journey generator (journey-generator.ts). */
  generator: string;
  has(command: string): boolean;
  /** Runs a command pinned to core 0; its stdout and CPU seconds. */
  measured(argv: string[]): Promise<{ stdout: string; cpuS: number }>;
  /** The argv that pins a command to a core. */
  pin(core: number, argv: string[]): string[];
  median(xs: number[]): number;
}

/** One run: its rate, the whole process's CPU and, for loadgate, the measured phase's CPU per request. */
interface Row { rps: number; cpuS: number; requests: number; loadCpuUsPerRequest?: number; note?: string }

/** Runs the rounds on each target and returns a markdown table per target. */
export async function journeyComparison(t: JourneyBenchTools): Promise<string> {
  const tables = [await onTarget(t, await startPinnedDemo(t))];
  if (t.has('nginx')) tables.push(await onTarget(t, await startJourneyNginx(t)));
  return tables.join('\n\n');
}

interface JourneyTarget { url: string; name: string; stop(): Promise<void> }

async function onTarget(t: JourneyBenchTools, service: JourneyTarget): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-journey-'));
  try {
    const login = await fetch(`${service.url}/api/login`, { method: 'POST', body: '{"user":"ann"}' });
    const { token } = (await login.json()) as { token: string };
    const plainProfile = join(dir, 'plain.yml');
    await writeFile(plainProfile, plainText(token));
    const flowProfile = join(t.root, 'bench/journey/flow.yml');
    const load = { model: 'closed', connections: t.connections, warmupMs: 1000, durationMs: t.seconds * 1000, trials: 2, requestTimeoutMs: 10000 };
    const rows: Record<string, Row[]> = { 'loadgate, plain endpoints': [], 'loadgate, flow': [], 'Locust 2 FastHttpUser': [], Artillery: [] };
    const artillery = process.env.BENCH_ARTILLERY;
    for (let round = 0; round < t.rounds; round++) {
      for (const [name, profile] of [['loadgate, plain endpoints', plainProfile], ['loadgate, flow', flowProfile]] as const) {
        const { stdout, cpuS } = await t.measured([process.execPath, t.generator, JSON.stringify({ url: service.url, profile, load })]);
        const r = JSON.parse(stdout) as { requests: number; errors: number; iterations: number; loadCpuUs: number; loadRequests: number };
        rows[name].push({ rps: r.requests / t.seconds, cpuS, requests: r.requests, loadCpuUsPerRequest: r.loadCpuUs / r.loadRequests, note: `${r.errors} errors` });
      }
      if (t.has('locust')) rows['Locust 2 FastHttpUser'].push(await locust(t, service.url, dir));
      if (artillery) rows.Artillery.push(await artilleryRun(t, artillery, service.url, dir));
      process.stderr.write(`  journey on ${service.name}: round ${round + 1}/${t.rounds} done\n`);
    }
    return table(t, service.name, rows);
  } finally {
    await service.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The demo service on core 1. */
async function startPinnedDemo(t: JourneyBenchTools): Promise<JourneyTarget> {
  const argv = t.pin(1, [process.execPath, join(t.root, 'fixtures/demo-service.mjs'), '--port', '0']);
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((resolve) => child.stdout!.on('data', (d) => {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
    if (match) resolve(match[1]);
  }));
  return { url, name: 'the demo service (answers after 4, 8 and 10 ms)', stop: async () => void child.kill() };
}

/** nginx (one worker, core 1) answering the journey's three requests at once, with the demo service's bodies and session cookie. */
async function startJourneyNginx(t: JourneyBenchTools): Promise<JourneyTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-journey-nginx-'));
  const port = 18091;
  await writeFile(join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 4096; }
http { access_log off; keepalive_requests 1000000; keepalive_timeout 120s; default_type application/json;
  server { listen 127.0.0.1:${port};
    location = /api/login { add_header Set-Cookie "sid=YW5u.token; Path=/; HttpOnly"; return 200 '{"token":"YW5u.token","user":"ann"}'; }
    location = /api/cart { return 200 '{"user":"ann","items":[{"sku":"shoe","qty":1}]}'; }
    location = /api/orders { return 201 '{"order":42,"sku":"shoe"}'; } } }
`);
  const argv = t.pin(1, ['nginx', '-c', join(dir, 'nginx.conf'), '-p', dir]);
  const child = spawn(argv[0], argv.slice(1), { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 50; i++) {
    if (await fetch(`${url}/api/cart`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    name: 'nginx answering the journey at once',
    stop: async () => {
      child.kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function plainText(token: string): string {
  const auth = `{ authorization: "Bearer ${token}", cookie: "sid=${token}" }`;
  return `name: bench-plain
endpoints:
  - { name: login, method: POST, path: /api/login, json: { user: ann } }
  - { name: cart, path: /api/cart, headers: ${auth} }
  - { name: order, method: POST, path: /api/orders, headers: ${auth}, json: { sku: shoe }, expect_status: 201 }
`;
}

/**
 * Locust on core 0. Its whole process (its CPU at the last reading, at most 100 ms before it
 * exits) and its steady state: its CPU
 * time, read from /proc every 100 ms, over the same seconds as the requests its per-second stats
 * history counts, from 3 s after the start (users spawned, start-up over) to its last row — the
 * figure loadgate's measured phase is compared with.
 */
async function locust(t: JourneyBenchTools, url: string, dir: string): Promise<Row> {
  const csv = join(dir, 'locust');
  const argv = t.pin(0, ['locust', '-f', join(t.root, 'bench/journey/locustfile.py'), '--headless', '-u', String(t.connections), '-r', String(t.connections),
    '-t', `${t.seconds}s`, '-H', url, '--only-summary', '--csv', csv, '--csv-full-history']);
  const child = spawn(argv[0], argv.slice(1), { stdio: 'ignore' });
  const ticksPerS = 100;
  const samples: { atS: number; cpuS: number }[] = [];
  const sample = async () => {
    try {
      const fields = (await readFile(`/proc/${child.pid}/stat`, 'utf8')).split(') ')[1].split(' ');
      samples.push({ atS: Date.now() / 1000, cpuS: (Number(fields[11]) + Number(fields[12])) / ticksPerS });
    } catch { /* the process has ended */ }
  };
  const timer = setInterval(() => void sample(), 100);
  await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const lines = (await readFile(`${csv}_stats.csv`, 'utf8')).trim().split('\n');
  const header = lines[0].split(',');
  const total = lines.find((l) => l.includes(',Aggregated,'))!.split(',');
  const requests = Number(total[header.indexOf('Request Count')]);
  const whole = samples.at(-1)?.cpuS ?? 0;
  const history = (await readFile(`${csv}_stats_history.csv`, 'utf8')).trim().split('\n');
  const hHeader = history[0].split(',');
  const rows = history.slice(1).map((l) => l.split(',')).filter((r) => r[hHeader.indexOf('Name')] === 'Aggregated')
    .map((r) => ({ atS: Number(r[hHeader.indexOf('Timestamp')]), count: Number(r[hHeader.indexOf('Total Request Count')]) }));
  const cpuAt = (atS: number) => {
    const after = samples.findIndex((x) => x.atS >= atS);
    if (after <= 0) return samples[Math.max(after, 0)]?.cpuS ?? 0;
    const a = samples[after - 1];
    const b = samples[after];
    return a.cpuS + ((b.cpuS - a.cpuS) * (atS - a.atS)) / (b.atS - a.atS);
  };
  const from = rows.find((r) => r.atS >= samples[0].atS + 3);
  const to = rows.at(-1);
  const steady = from && to && to.count > from.count ? ((cpuAt(to.atS) - cpuAt(from.atS)) * 1e6) / (to.count - from.count) : undefined;
  return {
    rps: Number(total[header.indexOf('Requests/s')]),
    cpuS: whole,
    requests,
    ...(steady === undefined ? {} : { loadCpuUsPerRequest: steady }),
    note: `${total[header.indexOf('Failure Count')]} failures, p50 ${total[header.indexOf('50%')]} ms`,
  };
}

async function artilleryRun(t: JourneyBenchTools, command: string, url: string, dir: string): Promise<Row> {
  const out = join(dir, 'artillery.json');
  const script = (await readFile(join(t.root, 'bench/journey/artillery.yml'), 'utf8')).replace('duration: 10', `duration: ${t.seconds}`);
  const scriptFile = join(dir, 'artillery.yml');
  await writeFile(scriptFile, script);
  const started = performance.now();
  const { cpuS } = await t.measured([command, 'run', '--quiet', '-t', url, '-o', out, scriptFile]);
  const wallS = (performance.now() - started) / 1000;
  const report = JSON.parse(await readFile(out, 'utf8')) as { aggregate: { counters: Record<string, number>; summaries?: Record<string, { median?: number }> } };
  const requests = report.aggregate.counters['http.requests'] ?? 0;
  const median = report.aggregate.summaries?.['http.response_time']?.median;
  return { rps: requests / wallS, cpuS, requests, note: `median ${median ?? '?'} ms` };
}

function table(t: JourneyBenchTools, target: string, rows: Record<string, Row[]>): string {
  const perCpu = (r: Row) => r.requests / r.cpuS;
  const ratio = (name: string, peer: string, f: (r: Row) => number) =>
    rows[peer].length === 0 || rows[name].length === 0 ? '—' : `${t.median(rows[name].map((r, i) => f(r) / f(rows[peer][i]))).toFixed(2)}×`;
  const plain = 'loadgate, plain endpoints';
  const locustRows = rows['Locust 2 FastHttpUser'];
  // Steady state against steady state: the measured phase's CPU per request over Locust's, round by round.
  const steadyRatio = (name: string) => {
    const pairs = rows[name].map((r, i) => [r.loadCpuUsPerRequest, locustRows[i]?.loadCpuUsPerRequest]).filter(([a, b]) => a !== undefined && b !== undefined);
    return pairs.length === 0 ? '—' : `${t.median(pairs.map(([a, b]) => b! / a!)).toFixed(2)}×`;
  };
  const lines = [
    `### Journey: login → cart → order (JSON capture, check, cookie jar), ${target}, ${t.connections} users, ${t.seconds} s`, '',
    '| generator | req/s | CPU µs/request, measured phase (Locust: steady state) | CPU µs/request, whole process | requests per CPU-second, whole process | req/s vs plain | CPU/request vs plain, measured phase | per CPU-second vs Locust, whole process | per CPU-second vs Locust, steady | vs Artillery |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const name of Object.keys(rows)) {
    if (rows[name].length === 0) continue;
    const rps = t.median(rows[name].map((r) => r.rps));
    const cpuUs = t.median(rows[name].map((r) => (r.cpuS * 1e6) / r.requests));
    const loadCpu = rows[name][0].loadCpuUsPerRequest === undefined ? undefined : t.median(rows[name].map((r) => r.loadCpuUsPerRequest!));
    lines.push(`| ${name} | ${Math.round(rps).toLocaleString('en')} | ${loadCpu === undefined ? '—' : loadCpu.toFixed(1)} | ${cpuUs.toFixed(1)} | ` +
      `${Math.round(t.median(rows[name].map(perCpu))).toLocaleString('en')} | ${ratio(name, plain, (r) => r.rps)} | ` +
      `${loadCpu === undefined ? '—' : ratio(name, plain, (r) => r.loadCpuUsPerRequest!)} | ` +
      `${ratio(name, 'Locust 2 FastHttpUser', perCpu)} | ${steadyRatio(name)} | ${ratio(name, 'Artillery', perCpu)} |`);
  }
  const notes = Object.entries(rows).filter(([, r]) => r.length > 0).map(([name, r]) => `${name}: ${r.map((x) => x.note).join('; ')}`);
  return [...lines, '', ...notes].join('\n');
}
