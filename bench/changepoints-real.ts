/**
 * `npm run bench:changepoints-real`: a nightly-like sequence of 12 CLI runs (the bundled
 * dist/cli.js, `npm run build` first) against the demo service on loopback, each saving to one
 * history with --trend; runs 7–12 carry +20 % delay on search. Prints every change point the 12th
 * run's trend reports, and whether search's falls between runs 6 and 7.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { startDemoService } from '../scripts/demo-service-process.mjs';
import type { ReportDocument } from '../src/report/document.js';

const root = join(import.meta.dirname, '..');
const RUNS = 12;
const SLOW_FROM = 7;

export async function realSequence(log: (line: string) => void): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'loadgate-nightly-'));
  log(`  history in ${dir}`);
  let last: ReportDocument | undefined;
  for (let run = 1; run <= RUNS; run++) {
    const service = await startDemoService(run >= SLOW_FROM ? ['search=1.2'] : []);
    try {
      const json = join(dir, `run-${run}.json`);
      const commit = String(run).padStart(2, '0').repeat(20);
      const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'run', '--profile', join(root, 'fixtures/demo/quick.yml'), '--target', service.url,
        '--baseline-dir', join(dir, 'baselines'), '--save-baseline', '--trend', '--commit', commit, '--json', json, '--fail-on', 'never'], { encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`run ${run} exited ${r.status}: ${r.stderr}`);
      last = JSON.parse(await readFile(json, 'utf8')) as ReportDocument;
      log(`  run ${run}${run >= SLOW_FROM ? ' (search +20%)' : ''}: done`);
    } finally {
      await service.stop();
    }
  }
  const rows: string[] = [];
  for (const s of last?.trend?.series ?? []) {
    for (const c of s.changePoints) {
      const before = s.points[c.index - 1].run + 1;
      const after = s.points[c.index].run + 1;
      rows.push(`| ${s.endpoint} | ${s.metric} | ${before} → ${after} | ${(c.change * 100).toFixed(1)}% (${(c.lower * 100).toFixed(1)} … ${(c.upper * 100).toFixed(1)}%) | ${c.kind} | ${c.pValue.toFixed(3)} |`);
    }
  }
  return rows;
}

const rows = await realSequence((line) => console.error(line));
console.log(`## Real runs: ${RUNS} CLI runs against the demo service, runs ${SLOW_FROM}–${RUNS} with search +20%\n`);
console.log('| series | metric | between runs | change (95% interval) | kind | p |');
console.log('|---|---|---|---|---|--:|');
for (const row of rows) console.log(row);
if (rows.length === 0) console.log('| (no change point) | | | | | |');
