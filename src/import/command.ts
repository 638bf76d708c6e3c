/**
 * `loadgate import --format F --results FILE [options]`: the CLI's import command. The run goes
 * through the same pipeline as a measured one (import/pipeline.ts) and prints the same reports.
 */
import { parseArgs } from 'node:util';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { DEFAULT_BASELINE_DIR } from '../constants.js';
import { LoadgateError } from '../errors.js';
import { DirectoryBaselineStore } from '../baseline/directory-store.js';
import { currentRunner } from '../metrics/runner.js';
import { readProfileFile } from '../profile/read-file.js';
import { applyLevel } from '../profile/levels.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import { FAIL_ON_VALUES, type FailOn } from '../verdict/types.js';
import { runImportPipeline } from './pipeline.js';
import { readImportSettings, type SettingNames } from './settings.js';
import { IMPORT_FORMATS } from './types.js';
import { writeShardResult } from '../shard/write.js';

export const IMPORT_USAGE = `usage: loadgate import --format FORMAT --results FILE [options]

  --format FORMAT          ${IMPORT_FORMATS.join(' | ')}                       (required)
  --results FILE           the results file the tool wrote                    (required)
  --baseline-results FILE  a second results file (the baseline build's), compared trial by
                           trial instead of a stored baseline
  --profile FILE           a loadgate profile for the name, thresholds and regression settings;
                           its load (warm-up, duration, trials) cuts the window
  --mapping FILE           rename or merge the tool's labels (YAML: endpoints: {label: name})
  --name NAME              the run's name without a profile  (default: the file's name)
  --warmup DURATION        leading time to leave out            (default 0s)
  --duration DURATION      the measured window                  (default: what the file covers)
  --trials N               trials the window is cut into        (default 10)
  --start-at TIME          when the load started (ISO 8601 or epoch ms; default: the first sample)
  --shard I/N              this file is shard I of N (jmeter, k6): write a shard result for
                           loadgate merge instead of gating (needs --start-at and --duration)
  --shard-out FILE         where the shard result goes (default NAME.I-of-N.shard.json)
  --baseline-dir DIR       where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline          append this run to the baseline after comparing
  --json FILE              write the JSON report
  --markdown FILE          write the markdown report
  --fail-on LEVEL          critical | major | minor | never   (default critical)

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input or a results file that cannot be read
`;

const FLAGS: SettingNames = {
  format: '--format', results: '--results', baselineResults: '--baseline-results', mapping: '--mapping', name: '--name',
  warmup: '--warmup', duration: '--duration', trials: '--trials', startAt: '--start-at',
};

/** Runs `loadgate import …` (argv after the command word); returns the exit code. */
export async function runImportCommand(argv: string[], log: { info(m: string): void; warning(m: string): void }): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string' }, results: { type: 'string' }, 'baseline-results': { type: 'string' }, profile: { type: 'string' },
      mapping: { type: 'string' }, name: { type: 'string' }, warmup: { type: 'string' }, duration: { type: 'string' },
      trials: { type: 'string' }, 'start-at': { type: 'string' }, level: { type: 'string' }, 'baseline-dir': { type: 'string' },
      'save-baseline': { type: 'boolean' }, json: { type: 'string' }, markdown: { type: 'string' }, 'fail-on': { type: 'string' },
      shard: { type: 'string' }, 'shard-out': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new LoadgateError('LOADGATE_USAGE', `unexpected argument "${positionals[0]}"\n\n${IMPORT_USAGE}`);
  const failOn = (values['fail-on'] ?? 'critical') as FailOn;
  if (!FAIL_ON_VALUES.includes(failOn)) throw new LoadgateError('LOADGATE_USAGE', `--fail-on: "${failOn}" is not valid (use one of: ${FAIL_ON_VALUES.join(', ')})`);
  const settings = await readImportSettings({
    format: values.format, results: values.results, baselineResults: values['baseline-results'], mapping: values.mapping, name: values.name,
    warmup: values.warmup, duration: values.duration, trials: values.trials, startAt: values['start-at'],
  }, FLAGS);
  const profile = values.profile ? applyLevel(await readProfileFile(values.profile), values.level, values.profile) : undefined;
  if (values.shard !== undefined) {
    const written = await writeShardResult({ ...settings, name: settings.name ?? profile?.name }, values.shard, '--shard', profile?.load, values['shard-out']);
    log.info(`Shard result written to ${written} (merge the shards with loadgate merge --shards DIR)`);
    return 0;
  }
  const store = new DirectoryBaselineStore(resolve(values['baseline-dir'] ?? DEFAULT_BASELINE_DIR));
  const { report } = await runImportPipeline(
    { ...settings, ...(profile ? { profile } : {}), failOn, saveBaseline: values['save-baseline'] ?? false },
    { store, log, runner: currentRunner },
  );
  process.stdout.write('\n' + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  return report.verdict.status === 'error' ? 2 : report.verdict.failed ? 1 : 0;
}

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}
