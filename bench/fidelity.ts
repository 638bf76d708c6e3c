/**
 * `npm run bench:fidelity`: for the same load — one demo service process, the same four endpoints,
 * the same concurrency, no think time — does an imported JMeter or Locust run read the same p50 as
 * loadgate's own run? Per round, against one demo service process on core 1, each generator in turn
 * on core 0 (the order turns from round to round): loadgate's own run (the bundled CLI's `loadgate
 * run`), JMeter 2.13 (fixtures/import/tools/shop.jmx) and Locust (FastHttpUser, then HttpUser;
 * bench/fidelity/shop_locust.py), each tool's file imported with the bundled CLI and cut into the
 * same window (warm-up, then the measured seconds). Two service-time settings: the demo service's
 * defaults (products 4 ms, search 8 ms, checkout 12 ms, the missing page at once) and the same ×10
 * (40/80/120 ms). Prints, per setting, a markdown table of the medians over the rounds and each
 * tool's difference from loadgate (median of the rounds' differences, and their range), then the
 * means (as exact as each tool allows, see ToolRun.meanMs: the client's overhead without the rounding), the
 * importer check (imported p50 against the tool's own figure), how busy each generator's core was
 * and the load average. A script, not a test: figures vary with the machine.
 *
 * The CLI is built from the sources into a scratch folder (scripts/build.mjs), so a stale dist/ is
 * never measured. JMeter and Locust are not project dependencies: Debian's `jmeter` + `jmeter-http`
 * (with java and javac) and `python3-locust`; a missing tool is left out of the table.
 *
 *   npm run bench:fidelity
 *   BENCH_ROUNDS=5 BENCH_SECONDS=8 npm run bench:fidelity
 *   BENCH_FIDELITY_ONLY=scaled npm run bench:fidelity     (only the ×10 setting; `defaults` for the other)
 *   BENCH_FIDELITY_HTTPUSER=0 npm run bench:fidelity      (leaves out the Locust HttpUser runs)
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileJmeterLauncher, ENDPOINTS, jmeterRun, loadgateRun, locustRun, writeProfile, type FidelitySetup, type ToolRun } from './fidelity-runs.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const WARMUP_S = 2;
const CONNECTIONS = 4;
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const TASKSET = has('taskset');
const pin = (core: number, argv: string[]) => (TASKSET ? ['taskset', '-c', String(core), ...argv] : argv);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

interface Setting { key: string; title: string; slow: string[] }
const SETTINGS: Setting[] = [
  { key: 'defaults', title: 'demo service defaults: products 4 ms, search 8 ms, checkout 12 ms', slow: [] },
  { key: 'scaled', title: 'delays ×10: products 40 ms, search 80 ms, checkout 120 ms', slow: ['products=10', 'search=10', 'checkout=10'] },
].filter((s) => !process.env.BENCH_FIDELITY_ONLY || s.key === process.env.BENCH_FIDELITY_ONLY);

type ToolName = 'loadgate' | 'JMeter 2.13' | 'Locust FastHttpUser' | 'Locust HttpUser';

/** The demo service pinned to core 1, with `slow` factors. */
async function startService(slow: string[]): Promise<{ url: string; stop(): Promise<void> }> {
  const argv = pin(1, [process.execPath, join(root, 'fixtures/demo-service.mjs'), '--port', '0', ...slow.flatMap((s) => ['--slow', s])]);
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'inherit'] });
  const url: string = await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the demo service exited with ${code}`)));
    child.stdout!.on('data', (d) => {
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(String(d));
      if (match) resolve(match[1]);
    });
  });
  return { url, stop: () => new Promise((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill()))) };
}

/** The tools this machine has, in the order of the table. */
function tools(s: FidelitySetup): Array<[ToolName, (url: string, tag: string) => Promise<ToolRun>]> {
  const list: Array<[ToolName, (url: string, tag: string) => Promise<ToolRun>]> = [];
  const profile = join(s.dir, 'fidelity.yml');
  list.push(['loadgate', (url, tag) => loadgateRun(s, profile, url, tag)]);
  if (s.jmeterClasses) list.push(['JMeter 2.13', (url, tag) => jmeterRun(s, url, tag)]);
  if (has('locust')) {
    list.push(['Locust FastHttpUser', (url, tag) => locustRun(s, url, 'FastShopper', tag)]);
    if (process.env.BENCH_FIDELITY_HTTPUSER !== '0') list.push(['Locust HttpUser', (url, tag) => locustRun(s, url, 'Shopper', tag)]);
  }
  return list;
}

const signed = (x: number) => `${x >= 0 ? '+' : '−'}${Math.abs(x * 100).toFixed(1)}%`;

/** The markdown of one setting: the p50 table, then the importer check, generator load and requests. */
function table(setting: Setting, runs: Map<ToolName, ToolRun[]>, load: string): string {
  const names = [...runs.keys()].filter((n) => runs.get(n)!.length > 0);
  const peers = names.filter((n) => n !== 'loadgate');
  const own = runs.get('loadgate') ?? [];
  const lines = [
    `### ${setting.title}`, '',
    `${CONNECTIONS} connections / threads / users, no think time, ${WARMUP_S} s warm-up, ${SECONDS} s measured, ${ROUNDS} rounds; load average ${load}.`, '',
    `| endpoint | loadgate p50 ms | ${peers.map((p) => `${p} p50 ms | vs loadgate`).join(' | ')} |`,
    `|---|---:|${peers.map(() => '---:|---|').join('')}`,
  ];
  for (const e of ENDPOINTS) {
    const base = own.map((r) => r.p50Ms[e]);
    const cells = peers.map((p) => {
      const rs = runs.get(p)!;
      const deltas = rs.map((r, i) => r.p50Ms[e] / base[i] - 1).filter(Number.isFinite);
      if (deltas.length === 0) return '— | —';
      const range = deltas.length > 1 ? ` (${signed(Math.min(...deltas))} … ${signed(Math.max(...deltas))})` : '';
      return `${median(rs.map((r) => r.p50Ms[e])).toFixed(3)} | ${signed(median(deltas))}${range}`;
    });
    lines.push(`| ${e} | ${base.length ? median(base).toFixed(3) : '—'} | ${cells.join(' | ')} |`);
  }
  lines.push('', `| endpoint | loadgate mean ms | ${peers.map((p) => `${p} mean ms | vs loadgate`).join(' | ')} |`, `|---|---:|${peers.map(() => '---:|---:|').join('')}`);
  for (const e of ENDPOINTS) {
    const base = own.map((r) => r.meanMs[e]);
    const cells = peers.map((p) => {
      const rs = runs.get(p)!;
      const gaps = rs.map((r, i) => r.meanMs[e] - base[i]).filter(Number.isFinite);
      if (gaps.length === 0) return '— | —';
      const gap = median(gaps);
      return `${median(rs.map((r) => r.meanMs[e])).toFixed(3)} | ${gap >= 0 ? '+' : '−'}${Math.abs(gap).toFixed(2)} ms`;
    });
    lines.push(`| ${e} | ${base.length ? median(base).toFixed(3) : '—'} | ${cells.join(' | ')} |`);
  }
  lines.push('');
  for (const p of peers) {
    const rs = runs.get(p)!;
    const pairs = rs.flatMap((r) => ENDPOINTS.filter((e) => r.ownP50Ms[e] !== undefined && r.p50Ms[e] !== undefined).map((e) => [r.p50Ms[e], r.ownP50Ms[e]] as const));
    if (p === 'JMeter 2.13') {
      const worst = Math.max(...pairs.map(([imported, raw]) => Math.abs(imported / raw - 1)));
      lines.push(`- importer check, ${p}: imported p50 against the median of the JTL's own \`elapsed\` in the same window, ${pairs.length} endpoint runs: largest difference ${(worst * 100).toFixed(2)}% (HdrHistogram reports a bucket's top, ≤ 0.1% high).`);
    } else {
      const text = ENDPOINTS.map((e) => `${e} ${median(rs.map((r) => r.ownP50Ms[e]))} (imported ${median(rs.map((r) => r.p50Ms[e])).toFixed(3)})`).join(', ');
      lines.push(`- ${p}'s own whole-run p50 (its stats.csv, warm-up included, whole ms), median of the rounds: ${text}.`);
    }
  }
  lines.push(`- generator's core busy (CPU ÷ wall, start-up included), median: ${names.map((n) => `${n} ${Math.round(median(runs.get(n)!.map((r) => r.cpuShare)) * 100)}%`).join(', ')}.`);
  lines.push(`- requests per run in the window, median: ${names.map((n) => `${n} ${ENDPOINTS.map((e) => median(runs.get(n)!.map((r) => r.requests[e] ?? 0))).join('/')}`).join('; ')} (${ENDPOINTS.join('/')}).`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-fidelity-'));
  try {
    process.stderr.write('building the CLI from the sources\n');
    const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), 'cli-build'], { cwd: dir, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`scripts/build.mjs failed: ${built.stderr}`);
    const classes = join(dir, 'jmeter-classes');
    await mkdir(classes);
    const setup: FidelitySetup = {
      root, dir, cli: join(dir, 'cli-build/cli.js'), jmeterClasses: compileJmeterLauncher(root, classes),
      connections: CONNECTIONS, warmupS: WARMUP_S, seconds: SECONDS, trials: SECONDS, pin,
    };
    await writeProfile(setup);
    const list = tools(setup);
    const versions = [`node ${process.version}`, has('locust') ? spawnSync('locust', ['--version'], { encoding: 'utf8' }).stdout.trim() : 'no locust', TASKSET ? 'taskset: generators on core 0, the service on core 1' : 'no taskset'];
    process.stdout.write(`## Import fidelity: p50 of loadgate's own run and of imported runs\n\n${versions.join('; ')}.\n\n`);
    for (const setting of SETTINGS) {
      const before = loadavg()[0];
      const service = await startService(setting.slow);
      const runs = new Map<ToolName, ToolRun[]>(list.map(([name]) => [name, []]));
      try {
        for (let round = 0; round < ROUNDS; round++) {
          for (let k = 0; k < list.length; k++) {
            const [name, run] = list[(k + round) % list.length];
            runs.get(name)!.push(await run(service.url, `${setting.key}-${round}-${name.replace(/\W+/g, '_')}`));
          }
          process.stderr.write(`  ${setting.key}: round ${round + 1}/${ROUNDS} done (load average ${loadavg()[0].toFixed(2)})\n`);
        }
      } finally {
        await service.stop();
      }
      process.stdout.write(table(setting, runs, `${before.toFixed(2)} → ${loadavg()[0].toFixed(2)}`) + '\n\n');
    }
  } finally {
    if (process.env.BENCH_FIDELITY_KEEP) process.stderr.write(`kept ${dir}\n`);
    else await rm(dir, { recursive: true, force: true });
  }
}

await main();
