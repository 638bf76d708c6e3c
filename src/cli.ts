#!/usr/bin/env node
/**
 * The command line: `loadgate run --profile FILE [--target URL] [--baseline-target URL] [--baseline-dir DIR]
 * [--save-baseline] [--json FILE] [--markdown FILE] [--html FILE] [--csv-dir DIR] [--fail-on LEVEL]`, or as one
 * shard of a split load: `loadgate run --profile FILE --shard I/N --start-at TIME [--shard-out FILE]`.
 * Exit codes: 0 the gate passes, 1 a regression reaches --fail-on, 2 a usage or input error.
 * The load engine, the import and merge commands and the HTML report are loaded when a command
 * uses them (src/parts/): `--help` and `--version` answer without reading them.
 */
import { parseArgs } from 'node:util';
import { writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { DEFAULT_BASELINE_DIR, Inputs, VERSION } from './constants.js';
import { SetupProblems } from './pipeline/problems.js';
import { DirectoryBaselineStore } from './baseline/directory-store.js';
import { FAIL_ON_VALUES, type FailOn } from './verdict/types.js';
import { renderMarkdown } from './report/markdown.js';
import { renderTerminal } from './report/terminal.js';
import { csvExports } from './report/csv.js';
import { formatProgressBar, formatProgressLine } from './report/progress.js';
import { LoadgateError, isUserError } from './errors.js';
import { loadPart } from './parts/load-part.js';
import type { LoadProgress } from './load/types.js';
import type { ShardSpec } from './shard/plan.js';
import type { Profile } from './profile/types.js';

const USAGE = `usage: loadgate run --profile FILE [options]
       loadgate import --format FORMAT --results FILE [options]   (loadgate import --help)
       loadgate merge --shards DIR [options]                      (loadgate merge --help)

  --profile FILE        the load profile (YAML)                       (required)
  --target URL          base URL to load; overrides the profile's target
  --baseline-target URL paired mode: the baseline build at a second URL, loaded in
                        interleaved trials (A B B A …) and compared instead of a stored baseline
  --baseline-dir DIR    where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline       append this run to the baseline after comparing
  --commit SHA          the commit measured, recorded with a saved run (named in the trend)
  --trend               change points over the stored runs and this one (a nightly run's report)
  --json FILE           write the JSON report
  --markdown FILE       write the markdown report
  --html FILE           write the HTML report (one self-contained file with charts)
  --csv-dir DIR         write stats.csv (Locust's columns), timeline.csv and comparisons.csv
  --fail-on LEVEL       critical | major | minor | never   (default critical)
  --level NAME          run the profile's load level NAME (levels:); its baseline is kept apart
  --target-pid PID|FILE sample the local target process's CPU and memory during the load
  --target-container ID|NAME  sample a container's CPU and memory from its cgroup instead
  --baseline-target-pid PID|FILE  paired mode: sample the baseline target's process too, so the
                        two builds' CPU time per request is compared
  --shard I/N           run shard I of N of the load (an Actions matrix) and write its shard
                        result for loadgate merge instead of gating (needs --start-at)
  --start-at TIME       the common start every shard aligns its trials to (ISO 8601 or epoch ms)
  --shard-out FILE      where the shard result goes   (default NAME.I-of-N.shard.json)
  --debug-samples FILE  with --shard: also write every measured latency (CSV; a debug aid)

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input, an unreachable target or a run
  that measured nothing (no answer in the measured phase, or the target stopped answering)
`;

const PLAIN_PROGRESS_EVERY_MS = 5000;

const cliLog = {
  info: (m: string) => process.stderr.write(`${m}\n`),
  warning: (m: string) => process.stderr.write(`warning: ${m}\n`),
};

async function main(argv: string[]): Promise<number> {
  // `loadgate import …`: another tool's results through the same pipeline (src/import/).
  if (argv[0] === 'import') return (await loadPart('import command', () => import('./import/command.js'))).runImportCommand(argv.slice(1), cliLog);
  // `loadgate merge …`: shard results merged exactly, then gated once (src/shard/).
  if (argv[0] === 'merge') return (await loadPart('merge command', () => import('./shard/command.js'))).runMergeCommand(argv.slice(1), cliLog);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: 'string' },
      target: { type: 'string' },
      'baseline-target': { type: 'string' },
      'baseline-dir': { type: 'string' },
      'save-baseline': { type: 'boolean' },
      commit: { type: 'string' },
      trend: { type: 'boolean' },
      level: { type: 'string' },
      'target-pid': { type: 'string' },
      'target-container': { type: 'string' },
      'baseline-target-pid': { type: 'string' },
      json: { type: 'string' },
      markdown: { type: 'string' },
      html: { type: 'string' },
      'csv-dir': { type: 'string' },
      'fail-on': { type: 'string' },
      shard: { type: 'string' },
      'start-at': { type: 'string' },
      'shard-out': { type: 'string' },
      'debug-samples': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.version) {
    process.stdout.write(`loadgate ${VERSION}\n`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== 'run' || positionals.length > 1) {
    throw new LoadgateError('LOADGATE_USAGE', `unknown command "${positionals.join(' ')}" (the commands are: loadgate run, loadgate import, loadgate merge)\n\n${USAGE}`);
  }
  if (!values.profile) throw new LoadgateError('LOADGATE_USAGE', `--profile FILE is required\n\n${USAGE}`);
  // Every flag and profile problem at once (pipeline/setup.ts); --level picks one of the profile's
  // `levels:`, and template secrets are checked before anything is sent.
  const { setUpRun, runPipeline, realEdges } = await loadPart('load engine', () => import('./parts/measuring.js'));
  const problems = new SetupProblems('cli');
  const failOn = problems.choice<FailOn>(Inputs.failOn, values['fail-on'], FAIL_ON_VALUES, 'critical');
  // A saved run's commit is named in the trend and the team issue: a git object id, nothing else.
  if (values.commit !== undefined && !/^[0-9a-f]{7,64}$/i.test(values.commit)) {
    problems.addFor('commit', `${JSON.stringify(values.commit.slice(0, 80))} is not a commit id (7 to 64 hex digits, e.g. $(git rev-parse HEAD))`);
  }
  // A shard (src/shard/run-shard.ts) runs its part and writes it for `loadgate merge`, which gates.
  const shardPart = values.shard !== undefined || values['start-at'] !== undefined ? await loadEngineShard() : undefined;
  const sharded = shardPart?.readShardSettings({
    shard: values.shard,
    startAt: values['start-at'],
    unused: values.shard ? SHARD_UNUSED_FLAGS.filter((flag) => values[flag] !== undefined) : [],
  }, problems);
  if (!values.shard) for (const flag of ['shard-out', 'debug-samples'] as const) if (values[flag] !== undefined) problems.addFor(flag, `"${values[flag]}" is given without --shard (it belongs to a shard's run)`);
  const { profile, target, baselineTarget, baselineTargetProcess } = await setUpRun(
    {
      profile: values.profile, level: values.level, targetPid: values['target-pid'], targetContainer: values['target-container'], target: values.target,
      baselineTarget: values['baseline-target'], baselineTargetPid: values['baseline-target-pid'],
    },
    problems,
    process.env,
  );

  if (sharded) return runAsShard({ profile, target, ...sharded, out: values['shard-out'], debugSamples: values['debug-samples'] });
  const store = new DirectoryBaselineStore(resolve(values['baseline-dir'] ?? DEFAULT_BASELINE_DIR));
  const log = cliLog;
  const { report, history } = await runPipeline(
    {
      profile, target, failOn, saveBaseline: values['save-baseline'] ?? false, ...(baselineTarget ? { baselineTarget } : {}),
      ...(baselineTargetProcess ? { baselineTargetProcess } : {}),
      ...(values.commit ? { origin: { commit: values.commit } } : {}), trend: values.trend ?? false,
    },
    realEdges(store, log, progressReporter()),
  );
  process.stdout.write('\n' + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + '\n');
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  if (values.html) {
    const { renderHtml, chartAssets } = await loadPart('HTML report', () => import('./parts/html-report.js'));
    await writeOut(values.html, renderHtml(report, { assets: chartAssets(), ...(history ? { history } : {}) }));
  }
  const csvDir = values['csv-dir'];
  if (csvDir) for (const [name, text] of Object.entries(csvExports(report))) await writeOut(join(csvDir, name), text);
  // Nothing measured (no answer, or the target stopped answering) is the unreachable-target family: 2.
  return report.verdict.status === 'error' ? 2 : report.verdict.failed ? 1 : 0;
}

/** The shard's part (src/parts/engine-shard.ts), loaded only when --shard or --start-at is given. */
const loadEngineShard = () => loadPart('shard run', () => import('./parts/engine-shard.js'));

/** Flags a shard has no use for: the merge compares, saves and reports. */
const SHARD_UNUSED_FLAGS = ['baseline-target', 'baseline-target-pid', 'baseline-dir', 'save-baseline', 'commit', 'trend', 'json', 'markdown', 'html', 'csv-dir', 'fail-on'] as const;

/** `loadgate run --shard I/N --start-at T`: this shard's part of the load, written for the merge; exit 0 once written. */
async function runAsShard(options: { profile: Profile; target: string; shard: ShardSpec; startAtMs: number; out?: string; debugSamples?: string }): Promise<number> {
  const { DebugSamples, runShard, realLoadEdges, saveShardResult, shardFileName } = await loadEngineShard();
  const samples = options.debugSamples ? new DebugSamples() : undefined;
  const result = await runShard(
    { profile: options.profile, target: options.target, shard: options.shard, startAtMs: options.startAtMs, startAtField: '--start-at', ...(samples ? { onSample: samples.sink } : {}) },
    realLoadEdges(cliLog, progressReporter()),
  );
  const path = await saveShardResult(result, options.out ?? shardFileName(options.profile.name, options.shard.index, options.shard.count));
  if (samples && options.debugSamples) {
    const written = await samples.write(options.debugSamples, options.profile.endpoints.map((e) => e.name));
    cliLog.info(`Debug samples: ${written} latencies written to ${options.debugSamples}`);
  }
  const requests = result.endpoints.reduce((sum, e) => sum + e.trials.reduce((s, t) => s + t.requests, 0), 0);
  process.stdout.write(`Shard ${options.shard.index}/${options.shard.count}: ${requests} measured requests; shard result written to ${path} (merge the shards with loadgate merge --shards DIR)\n`);
  return 0;
}

/** A redrawn bar on a terminal; a plain line every few seconds otherwise (CI logs). */
function progressReporter(): (p: LoadProgress) => void {
  const tty = process.stderr.isTTY;
  let last = -Infinity;
  return (p) => {
    if (tty) {
      process.stderr.write(`\r${formatProgressBar(p)}\x1b[K${p.phase === 'done' ? '\n' : ''}`);
      return;
    }
    if (p.phase !== 'done' && p.elapsedMs - last < PLAIN_PROGRESS_EVERY_MS) return;
    last = p.elapsedMs;
    process.stderr.write(`${formatProgressLine(p)}\n`);
  };
}

async function writeOut(path: string, text: string): Promise<void> {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (isUserError(err)) process.stderr.write(`loadgate: ${err.message}\n`);
    else if ((err as { code?: string })?.code?.startsWith('ERR_PARSE_ARGS')) process.stderr.write(`loadgate: ${(err as Error).message}\n\n${USAGE}`);
    else process.stderr.write(`loadgate: unexpected error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 2;
  },
);
