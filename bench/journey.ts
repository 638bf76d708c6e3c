/**
 * The journey comparison of `npm run bench:load` (`BENCH_ONLY=flows` runs it alone): the demo
 * service's login → cart → order journey (a JSON capture, a cookie jar) as a loadgate flow, the
 * same three requests as plain loadgate endpoints (token and cookie fixed once beforehand), Locust
 * (FastHttpUser, one process) and Artillery on the same target and core. Each generator pinned to
 * core 0 and the target to core 1, as the rest of the bench. Locust and Artillery are not project
 * dependencies: `locust` is looked for on the PATH (Debian: python3-locust), Artillery in
 * BENCH_ARTILLERY (the path of its `artillery` command, e.g. from `npm install artillery` in a
 * scratch folder); a missing one is left out of the table.
 *
 * Two CPU figures per loadgate row: the whole process (start-up, profile and summary included, as
 * Locust's and Artillery's are measured: the per-CPU-second comparison with them) and the measured
 * phase alone (journey-generator.ts), which is what a request costs and what "CPU per request vs
 * plain" compares — at a few seconds per run the start-up and the warm-up (whose requests are not
 * counted) are a large share of the former.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
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

/** Runs the rounds and returns a markdown table with ratios to the plain endpoints and to each peer. */
export async function journeyComparison(t: JourneyBenchTools): Promise<string> {
  const service = await startPinnedDemo(t);
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
      process.stderr.write(`  journey round ${round + 1}/${t.rounds} done\n`);
    }
    return table(t, rows);
  } finally {
    await service.stop();
  }
}

/** The demo service on core 1. */
async function startPinnedDemo(t: JourneyBenchTools): Promise<{ url: string; stop(): Promise<void> }> {
  const argv = t.pin(1, [process.execPath, join(t.root, 'fixtures/demo-service.mjs'), '--port', '0']);
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((resolve) => child.stdout!.on('data', (d) => {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
    if (match) resolve(match[1]);
  }));
  return { url, stop: async () => void child.kill() };
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

async function locust(t: JourneyBenchTools, url: string, dir: string): Promise<Row> {
  const csv = join(dir, 'locust');
  const { cpuS } = await t.measured(['locust', '-f', join(t.root, 'bench/journey/locustfile.py'), '--headless', '-u', String(t.connections), '-r', String(t.connections),
    '-t', `${t.seconds}s`, '-H', url, '--only-summary', '--csv', csv]);
  const lines = (await readFile(`${csv}_stats.csv`, 'utf8')).trim().split('\n');
  const header = lines[0].split(',');
  const total = lines.find((l) => l.includes(',Aggregated,'))!.split(',');
  const requests = Number(total[header.indexOf('Request Count')]);
  return { rps: Number(total[header.indexOf('Requests/s')]), cpuS, requests, note: `${total[header.indexOf('Failure Count')]} failures, p50 ${total[header.indexOf('50%')]} ms` };
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

function table(t: JourneyBenchTools, rows: Record<string, Row[]>): string {
  const perCpu = (r: Row) => r.requests / r.cpuS;
  const ratio = (name: string, peer: string, f: (r: Row) => number) =>
    rows[peer].length === 0 || rows[name].length === 0 ? '—' : `${t.median(rows[name].map((r, i) => f(r) / f(rows[peer][i]))).toFixed(2)}×`;
  const plain = 'loadgate, plain endpoints';
  const lines = [
    `### Journey: login → cart → order (JSON capture, cookie jar), demo service, ${t.connections} users, ${t.seconds} s`, '',
    '| generator | req/s | CPU µs/request, measured phase | CPU µs/request, whole process | requests per CPU-second, whole process | req/s vs plain | CPU/request vs plain, measured phase | per CPU-second vs Locust | vs Artillery |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const name of Object.keys(rows)) {
    if (rows[name].length === 0) continue;
    const rps = t.median(rows[name].map((r) => r.rps));
    const cpuUs = t.median(rows[name].map((r) => (r.cpuS * 1e6) / r.requests));
    const loadCpu = rows[name][0].loadCpuUsPerRequest === undefined ? undefined : t.median(rows[name].map((r) => r.loadCpuUsPerRequest!));
    lines.push(`| ${name} | ${Math.round(rps).toLocaleString('en')} | ${loadCpu === undefined ? '—' : loadCpu.toFixed(1)} | ${cpuUs.toFixed(1)} | ` +
      `${Math.round(t.median(rows[name].map(perCpu))).toLocaleString('en')} | ${ratio(name, plain, (r) => r.rps)} | ` +
      `${loadCpu === undefined ? '—' : ratio(name, plain, (r) => r.loadCpuUsPerRequest!)} | ` +
      `${ratio(name, 'Locust 2 FastHttpUser', perCpu)} | ${ratio(name, 'Artillery', perCpu)} |`);
  }
  const notes = Object.entries(rows).filter(([, r]) => r.length > 0).map(([name, r]) => `${name}: ${r.map((x) => x.note).join('; ')}`);
  return [...lines, '', ...notes].join('\n');
}
