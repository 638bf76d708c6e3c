/**
 * The runs behind `npm run bench:fidelity` (bench/fidelity.ts): loadgate's own run (the bundled CLI's
 * `loadgate run`), a JMeter run and a Locust run of the same load, each tool's file imported with
 * the bundled CLI's `loadgate import`, and per endpoint the p50 each reads. Every command runs
 * pinned to core 0 (the target is on core 1) under bash, whose `times` gives its CPU seconds.
 *
 * Beside the imported p50, each tool's own figure, as a check on the importer: for JMeter the median
 * of the JTL's `elapsed` over the same window (rank ⌈n/2⌉, HdrHistogram's definition); for Locust
 * the whole run's 50% column of its PREFIX_stats.csv (Locust's own percentile, warm-up included).
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What every run shares: the folders, the bundled CLI, the load's shape. */
export interface FidelitySetup {
  root: string;
  /** Scratch folder of the bench (profiles, results files, reports). */
  dir: string;
  /** The bundled CLI (scripts/build.mjs into the scratch folder). */
  cli: string;
  /** Compiled tools/JMeterLauncher.class, or undefined when JMeter cannot run here. */
  jmeterClasses?: string;
  connections: number;
  warmupS: number;
  seconds: number;
  trials: number;
  pin(core: number, argv: string[]): string[];
}

/** One tool's run: per endpoint the imported (or measured) p50 and the tool's own, the mean, requests, CPU. */
export interface ToolRun {
  p50Ms: Record<string, number>;
  /**
   * Mean latency over the window, as exact as the tool allows: loadgate's; JMeter's whole-millisecond
   * `elapsed` (the difference of two truncated clocks, whose errors cancel out on average); Locust's
   * running average (HttpUser's of unrounded times; FastHttpUser cuts each time to whole milliseconds
   * before it counts, so its mean reads about half a millisecond low). The client's own overhead,
   * apart from the rounding that shifts a percentile.
   */
  meanMs: Record<string, number>;
  /** The tool's own p50 for the endpoint, when the tool gives one (see the file comment). */
  ownP50Ms: Record<string, number>;
  requests: Record<string, number>;
  /** CPU seconds of the generator process, over its wall seconds: how busy its core was. */
  cpuShare: number;
}

/** The endpoints every tool sends, as the JMeter plan (fixtures/import/tools/shop.jmx) has them. */
export const ENDPOINTS = ['products', 'search', 'checkout', 'missing_page'] as const;

const JMETER_HOME = '/usr/share/jmeter';
const JMETER_CLASSPATH = [`${JMETER_HOME}/bin/ApacheJMeter.jar`, `${JMETER_HOME}/lib/*`, `${JMETER_HOME}/lib/ext/*`];

/**
 * Compiles fixtures/import/tools/JMeterLauncher.java (Debian's JMeter 2.13 loads no test plan
 * without it, fixtures/import/README.md says why) into `dir`; undefined when java, javac or JMeter
 * are missing.
 */
export function compileJmeterLauncher(root: string, dir: string): string | undefined {
  const found = spawnSync('sh', ['-c', `command -v javac && command -v java && test -f ${JMETER_CLASSPATH[0]}`]);
  if (found.status !== 0) return undefined;
  const r = spawnSync('javac', ['-cp', JMETER_CLASSPATH.slice(1).join(':'), '-d', dir, join(root, 'fixtures/import/tools/JMeterLauncher.java')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`javac JMeterLauncher.java failed: ${r.stderr}`);
  return dir;
}

/** Runs `argv` pinned to core 0; throws with its stderr when it fails. */
async function measured(s: FidelitySetup, argv: string[], name: string): Promise<{ stdout: string; cpuShare: number }> {
  const out = join(s.dir, `${name}.out`);
  const err = join(s.dir, `${name}.err`);
  const script = '"$@" > "$LG_OUT" 2> "$LG_ERR"; rc=$?; times; exit $rc';
  const started = performance.now();
  const { code, times } = await new Promise<{ code: number | null; times: string }>((resolve) => {
    const child = spawn('bash', ['-c', script, 'bash', ...s.pin(0, argv)], { cwd: s.dir, env: { ...process.env, LG_OUT: out, LG_ERR: err }, stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('close', (c) => resolve({ code: c, times: text }));
  });
  const wallS = (performance.now() - started) / 1000;
  if (code !== 0) throw new Error(`${argv.slice(0, 3).join(' ')} … exited ${code}: ${(await readFile(err, 'utf8')).slice(-2000)}`);
  // bash `times`: the shell's own user/system line, then its children's.
  const children = times.trim().split('\n')[1] ?? '';
  const cpuS = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, m) => sum + Number(m[1]) * 60 + Number(m[2]), 0);
  return { stdout: await readFile(out, 'utf8'), cpuShare: cpuS / wallS };
}

interface ReportEndpoint { name: string; requests: number; latencyMs: { p50: number; mean: number } }

/** Per-endpoint p50, mean and requests of a JSON report (`--json FILE`). */
async function readReport(file: string): Promise<Pick<ToolRun, 'p50Ms' | 'meanMs' | 'requests'>> {
  const report = JSON.parse(await readFile(file, 'utf8')) as { endpoints: ReportEndpoint[] };
  const p50Ms: Record<string, number> = {};
  const meanMs: Record<string, number> = {};
  const requests: Record<string, number> = {};
  for (const e of report.endpoints) {
    p50Ms[e.name] = e.latencyMs.p50;
    meanMs[e.name] = e.latencyMs.mean;
    requests[e.name] = e.requests;
  }
  return { p50Ms, meanMs, requests };
}

/** The loadgate profile of the same load (the JMeter plan's endpoints; 404 is the missing page's answer). */
export async function writeProfile(s: FidelitySetup): Promise<string> {
  const file = join(s.dir, 'fidelity.yml');
  await writeFile(file, `name: fidelity
load:
  connections: ${s.connections}
  warmup: ${s.warmupS}s
  duration: ${s.seconds}s
  trials: ${s.trials}
endpoints:
  - { name: products, path: /api/products }
  - { name: search, path: "/api/search?q=shoe" }
  - { name: checkout, method: POST, path: /api/checkout, expect_status: 201 }
  - { name: missing_page, path: /no-such-page, expect_status: 404 }
readiness:
  timeout: 10s
`);
  return file;
}

/** loadgate's own run of the profile against `url`. */
export async function loadgateRun(s: FidelitySetup, profile: string, url: string, tag: string): Promise<ToolRun> {
  const json = join(s.dir, `${tag}.json`);
  const { cpuShare } = await measured(s, [process.execPath, s.cli, 'run', '--profile', profile, '--target', url, '--json', json,
    '--baseline-dir', join(s.dir, `baselines-${tag}`), '--fail-on', 'never'], tag);
  return { ...(await readReport(json)), ownP50Ms: {}, cpuShare };
}

/** Imports a tool's results file with the bundled CLI, cut into the same window as loadgate's run. */
async function importedReport(s: FidelitySetup, format: string, results: string, tag: string): Promise<Pick<ToolRun, 'p50Ms' | 'meanMs' | 'requests'>> {
  const json = join(s.dir, `${tag}-import.json`);
  const r = spawnSync(process.execPath, [s.cli, 'import', '--format', format, '--results', results, '--warmup', `${s.warmupS}s`, '--duration', `${s.seconds}s`,
    '--trials', String(s.trials), '--name', `fidelity-${format}`, '--json', json, '--baseline-dir', join(s.dir, `baselines-${tag}`), '--fail-on', 'never'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`loadgate import --format ${format} ${results} exited ${r.status}: ${r.stderr}`);
  return readReport(json);
}

/**
 * JMeter 2.13 running fixtures/import/tools/shop.jmx (its threads loop over the four samplers, no
 * think time). JMeter counts its duration from its own start, so it runs 2 s longer than the window.
 */
export async function jmeterRun(s: FidelitySetup, url: string, tag: string): Promise<ToolRun> {
  const { hostname, port } = new URL(url);
  const jtl = join(s.dir, `${tag}.jtl`);
  const { cpuShare } = await measured(s, ['java', `-Djmeter.home=${JMETER_HOME}`, '-cp', [s.jmeterClasses!, ...JMETER_CLASSPATH].join(':'), 'JMeterLauncher',
    '-n', '-t', join(s.root, 'fixtures/import/tools/shop.jmx'), '-j', join(s.dir, `${tag}.log`), `-Jhost=${hostname}`, `-Jport=${port}`,
    `-Jduration=${s.warmupS + s.seconds + 2}`, `-Jthreads=${s.connections}`, '-Jjmeter.save.saveservice.output_format=csv',
    '-Jjmeter.save.saveservice.print_field_names=true', '-Jjmeter.save.saveservice.url=true', '-l', jtl], tag);
  return { ...(await importedReport(s, 'jmeter', jtl, tag)), ownP50Ms: await jtlWindowMedians(s, jtl), cpuShare };
}

/**
 * The median `elapsed` of each label's answered samples that started in the window (warm-up left
 * out, from the earliest sample), read straight from the JTL: what the imported p50 must equal
 * (within HdrHistogram's 0.1%) if the importer cuts and bins JMeter's samples right.
 */
export async function jtlWindowMedians(s: Pick<FidelitySetup, 'warmupS' | 'seconds'>, jtl: string): Promise<Record<string, number>> {
  const lines = (await readFile(jtl, 'utf8')).trim().split('\n');
  const header = lines[0].split(',');
  const [ts, el, label, ok] = ['timeStamp', 'elapsed', 'label', 'success'].map((c) => header.indexOf(c));
  const rows = lines.slice(1).map((l) => l.split(','));
  const first = Math.min(...rows.map((r) => Number(r[ts])));
  const from = first + s.warmupS * 1000;
  const to = from + s.seconds * 1000;
  const byLabel = new Map<string, number[]>();
  for (const r of rows) {
    const start = Number(r[ts]);
    if (start < from || start >= to || r[ok] !== 'true') continue;
    const name = r[label].replace(/[^A-Za-z0-9._-]+/g, '_');
    const xs = byLabel.get(name) ?? [];
    xs.push(Number(r[el]));
    byLabel.set(name, xs);
  }
  return Object.fromEntries([...byLabel].map(([name, xs]) => {
    xs.sort((a, b) => a - b);
    return [name, xs[Math.ceil(xs.length / 2) - 1]];
  }));
}

/**
 * Locust (one process, `user` of bench/fidelity/shop_locust.py: FastShopper or Shopper) for the
 * window plus 2 s, all users started at once, with the stats history the importer reads.
 */
export async function locustRun(s: FidelitySetup, url: string, user: 'FastShopper' | 'Shopper', tag: string): Promise<ToolRun> {
  const prefix = join(s.dir, tag);
  const { cpuShare } = await measured(s, ['locust', '-f', join(s.root, 'bench/fidelity/shop_locust.py'), user, '--headless', '-u', String(s.connections),
    '-r', String(s.connections * 100), '-t', `${s.warmupS + s.seconds + 2}s`, '-H', url, '--csv', prefix, '--csv-full-history', '--only-summary'], tag);
  const history = `${prefix}_stats_history.csv`;
  const imported = await importedReport(s, 'locust', history, tag);
  // The imported mean is drawn from percentiles (an estimate); Locust's running average is not (ToolRun.meanMs).
  return { ...imported, meanMs: await locustWindowMeans(s, history), ownP50Ms: await locustOwnMedians(`${prefix}_stats.csv`), cpuShare };
}

/**
 * Each endpoint's mean over the window's whole seconds from Locust's running averages, which it keeps
 * before rounding response times for percentiles (FastHttpUser's times are truncated to whole ms
 * already): (sum at the end − sum at the start) ÷ (requests between), where a sum is
 * `Total Average Response Time` × `Total Request Count` of the last row at or before the time.
 */
export async function locustWindowMeans(s: Pick<FidelitySetup, 'warmupS' | 'seconds'>, file: string): Promise<Record<string, number>> {
  const [header, ...rows] = (await readFile(file, 'utf8')).trim().split('\n').map((l) => l.split(','));
  const [ts, name, count, avg] = ['Timestamp', 'Name', 'Total Request Count', 'Total Average Response Time'].map((c) => header.indexOf(c));
  const first = Number(rows[0][ts]);
  const at = (endpoint: string, t: number) => {
    const row = rows.filter((r) => r[name] === endpoint && Number(r[ts]) <= t).at(-1);
    return row ? { n: Number(row[count]), sum: Number(row[count]) * Number(row[avg]) } : { n: 0, sum: 0 };
  };
  const names = [...new Set(rows.map((r) => r[name]))].filter((n) => n !== 'Aggregated');
  return Object.fromEntries(names.map((n) => {
    const a = at(n, first + s.warmupS);
    const b = at(n, first + s.warmupS + s.seconds);
    return [n.replace(/[^A-Za-z0-9._-]+/g, '_'), (b.sum - a.sum) / (b.n - a.n)];
  }));
}

/** The 50% column of Locust's whole-run stats (PREFIX_stats.csv), by endpoint name. */
async function locustOwnMedians(file: string): Promise<Record<string, number>> {
  const lines = (await readFile(file, 'utf8')).trim().split('\n').map((l) => l.split(','));
  const [header, ...rows] = lines;
  const name = header.indexOf('Name');
  const p50 = header.indexOf('50%');
  return Object.fromEntries(rows.filter((r) => r[name] !== 'Aggregated').map((r) => [r[name].replace(/[^A-Za-z0-9._-]+/g, '_'), Number(r[p50])]));
}
