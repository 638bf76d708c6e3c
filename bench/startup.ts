/**
 * `npm run bench:startup [-- DIST_DIR ...]`: how long the bundled action and CLI take to start,
 * median of BENCH_ROUNDS child processes each (the runner starts `node dist/index.js` afresh for
 * every step). Three cases per dist/ folder, interleaved round by round so that a change in the
 * machine's load falls on every folder alike:
 *
 *   action, inputs refused   mode publish without its report input: the inputs are read and
 *                            refused before any part loads — what every run pays before it does
 *                            anything
 *   action, load engine      mode gate with a missing profile: the load engine's part is loaded,
 *                            then the profile is found missing — what a measured run pays first
 *   cli --version            the CLI's own start
 *
 * and `node -e 0` for the floor. Give several folders to compare builds, e.g. the previous
 * commit's dist/ (`git archive HEAD~1 dist | tar -x -C /tmp/before`, then `-- dist /tmp/before/dist`).
 * The load average is printed before and after: figures taken above ~3 on two cores are noise.
 * A script, not a test: figures vary with the machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const dists = (process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist']).map((d) => resolve(d));
for (const dir of dists) if (!existsSync(join(dir, 'index.js'))) throw new Error(`${dir}/index.js does not exist (run npm run build)`);

const workspace = mkdtempSync(join(tmpdir(), 'loadgate-bench-startup-'));
const runnerEnv = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  GITHUB_WORKSPACE: workspace,
  GITHUB_EVENT_NAME: 'push',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  GITHUB_REPOSITORY: 'octo-org/shop',
  RUNNER_TEMP: workspace,
};

interface Case {
  name: string;
  args(dir: string): string[];
  env: Record<string, string>;
  /** What the process must print, so that a case cannot pass by failing early for another reason. */
  expect: RegExp;
}

const cases: Case[] = [
  { name: 'action, inputs refused', args: (d) => [join(d, 'index.js')], env: { ...runnerEnv, INPUT_MODE: 'publish' }, expect: /input 'report': required in mode publish/ },
  {
    name: 'action, load engine',
    args: (d) => [join(d, 'index.js')],
    env: { ...runnerEnv, INPUT_MODE: 'gate', INPUT_PROFILE: 'missing.yml', 'INPUT_BASELINE-DIR': 'baselines' },
    expect: /missing\.yml does not exist/,
  },
  { name: 'cli --version', args: (d) => [join(d, 'cli.js'), '--version'], env: runnerEnv, expect: /^loadgate \d/ },
];

function timeOnce(args: string[], env: Record<string, string>, expect?: RegExp): number {
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, args, { cwd: workspace, env, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (expect && !expect.test(child.stdout + child.stderr)) throw new Error(`node ${args.join(' ')} printed:\n${child.stdout}${child.stderr}`);
  return ms;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const loadBefore = loadavg()[0];
const floor: number[] = [];
const times = new Map<string, number[]>();
for (let round = 0; round < ROUNDS; round++) {
  floor.push(timeOnce(['-e', '0'], runnerEnv));
  for (const c of cases) {
    for (const dir of dists) {
      const key = `${c.name}\t${dir}`;
      times.set(key, [...(times.get(key) ?? []), timeOnce(c.args(dir), c.env, c.expect)]);
    }
  }
}
const loadAfter = loadavg()[0];

console.log(`node ${process.version}, ${ROUNDS} rounds, load average ${loadBefore.toFixed(2)} before, ${loadAfter.toFixed(2)} after`);
console.log(`| case | dist | median ms | min ms | max ms |`);
console.log(`|---|---|---:|---:|---:|`);
console.log(`| node -e 0 | | ${median(floor).toFixed(0)} | ${Math.min(...floor).toFixed(0)} | ${Math.max(...floor).toFixed(0)} |`);
for (const [key, xs] of times) {
  const [name, dir] = key.split('\t');
  console.log(`| ${name} | ${dir} | ${median(xs).toFixed(0)} | ${Math.min(...xs).toFixed(0)} | ${Math.max(...xs).toFixed(0)} |`);
}
