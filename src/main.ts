/**
 * The action: reads inputs, measures (or, in `publish` mode, reads a report measured elsewhere),
 * writes the job summary and reports, publishes the PR comment and check run, sets outputs.
 * The one place that calls `core.setFailed` — when the verdict reaches `fail-on`, or on an error.
 *
 * Only the exit code gates: the comment and check run are best-effort (a fork's read-only token
 * gets a warning, never a crash), and the job summary needs no token at all.
 *
 * What only some runs use — the load engine, the actions cache, imports and shards, publish mode's
 * report check, the GitHub API — is loaded where it is needed (src/parts/), so that the step
 * starts at once and a run reads only its own parts of the bundle.
 */
import * as core from '@actions/core';
import { access, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import os from 'node:os';
import {
  ACTION_MODES,
  COMMENT_MODES,
  DEFAULT_PROFILE_PATH,
  Inputs,
  NOTIFY_MODES,
  Outputs,
  PULL_REQUEST_NOTE_FILE,
  type ActionMode,
  type CommentMode,
  type NotifyMode,
} from './constants.js';
import type { Profile } from './profile/types.js';
import { resultRows } from './flow/rows.js';
import { SetupProblems } from './pipeline/problems.js';
import type { RunSettings } from './pipeline/setup.js';
import { DirectoryBaselineStore } from './baseline/directory-store.js';
import type { BaselineStore } from './baseline/types.js';
import { decideSaveBaseline, SAVE_BASELINE_MODES, type SaveBaselineMode } from './baseline/policy.js';
import { FAIL_ON_VALUES, type FailOn } from './verdict/types.js';
import { UNMEASURED_CODES } from './metrics/run-health.js';
import type { ReportDocument } from './report/document.js';
import { advisorySeverityOf } from './report/labels.js';
import { renderMarkdown } from './report/markdown.js';
import { formatProgressLine } from './report/progress.js';
import { isUserError } from './errors.js';
import { loadPart } from './parts/load-part.js';
import { readRunContext, type RunContext } from './publish/context.js';
import { eventTarget, type EventTarget, type PullRequestNote } from './publish/event.js';
import { currentRunner } from './metrics/runner.js';
import type { MeasuredElsewhere } from './report/measured-elsewhere.js';
import { fitJobSummary } from './publish/limits.js';
import { codeBlock } from './report/escape.js';
import { renderHtml } from './report/html.js';
import { chartAssets } from './report/html-assets.js';
import { csvExports } from './report/csv.js';
import { reportLinkLine } from './report/report-link.js';
import { reportArtifactName, uploadReportArtifact } from './publish/report-artifact.js';
import type { BaselineRun } from './baseline/types.js';

const PROGRESS_EVERY_MS = 5000;
const TREND_EVENTS = new Set(['schedule', 'workflow_dispatch']);

/** What the publishing step needs besides the report: where the profile is, for annotations. */
interface Measured {
  report: ReportDocument;
  profilePath?: string;
  endpointLines?: Record<string, number>;
  /** The selected load level: one comment per profile and level. */
  level?: string;
  /** Publish mode: the report came from another run (its verdict recomputed here). */
  measuredElsewhere?: MeasuredElsewhere;
  /** The stored runs the report was judged against, for the HTML report's trend. */
  history?: readonly BaselineRun[];
}

const workspaceDir = () => process.env.GITHUB_WORKSPACE || process.cwd();

// The parts only some runs use, each loaded at its point of use from dist/chunks/ (parts/load-part.ts).
const loadProfileReader = () => loadPart('profile reader', () => import('./parts/profile-reader.js'));
const loadEngineShard = () => loadPart('shard run', () => import('./parts/engine-shard.js'));
const loadMeasuring = () => loadPart('load engine', () => import('./parts/measuring.js'));
const loadImport = () => loadPart('import of results', () => import('./parts/importing.js'));
const loadShards = () => loadPart('shard merge', () => import('./parts/shards.js'));
const loadPublished = () => loadPart('published-report check', () => import('./parts/published.js'));
const loadGitHubApi = () => loadPart('GitHub API client', () => import('./parts/github-api.js'));
const loadTeamIssue = () => loadPart('team issue', () => import('./publish/notify-team.js'));

/** The profile file relative to the repository root, with forward slashes, as annotations want it. */
function repoPath(file: string): string {
  return relative(workspaceDir(), resolve(file)).split(sep).join('/');
}

function endpointLines(profile: Profile): Record<string, number> {
  return Object.fromEntries(resultRows(profile).filter((e) => e.line).map((e) => [e.name, e.line!]));
}

/** The store: the directory in `baseline-dir` when set, else the actions cache. */
async function chooseStore(branch: string): Promise<BaselineStore> {
  const baselineDir = core.getInput(Inputs.baselineDir).trim();
  if (baselineDir) return new DirectoryBaselineStore(resolve(baselineDir));
  const { ActionsCacheBaselineStore } = await loadPart('actions cache store', () => import('./baseline/cache-store.js'));
  return new ActionsCacheBaselineStore({
    workspaceDir: workspaceDir(),
    branch,
    runId: process.env.GITHUB_RUN_ID || '0',
    runAttempt: process.env.GITHUB_RUN_ATTEMPT || '1',
  });
}

/** The run's settings from the inputs: `level` picks one of the profile's `levels:`, `target-pid` names the local target process. */
function runSettings(profilePath: string): RunSettings {
  return {
    profile: profilePath,
    level: core.getInput(Inputs.level).trim(),
    targetPid: core.getInput(Inputs.targetPid).trim(),
    targetContainer: core.getInput(Inputs.targetContainer).trim(),
    target: core.getInput(Inputs.target).trim(),
    baselineTarget: core.getInput(Inputs.baselineTarget).trim(),
    baselineTargetPid: core.getInput(Inputs.baselineTargetPid).trim(),
  };
}

/** Modes gate and report-only: set the run up, wait for the target, run the load, compare, save when the policy says. */
async function measure(problems: SetupProblems, failOn: FailOn, ctx: RunContext, target: EventTarget): Promise<Measured> {
  const saveMode = problems.choice<SaveBaselineMode>(Inputs.saveBaseline, core.getInput(Inputs.saveBaseline).trim(), SAVE_BASELINE_MODES, 'auto');
  if (core.getInput(Inputs.results).trim()) return measureImported(problems, failOn, ctx, target, saveMode);
  const profilePath = core.getInput(Inputs.profile).trim() || DEFAULT_PROFILE_PATH;
  const { setUpRun, runPipeline, realEdges } = await loadMeasuring();
  const { profile, target: url, baselineTarget, baselineTargetProcess, secrets } = await setUpRun(runSettings(profilePath), problems, process.env);
  // Template secrets (`{{ env NAME }}`): masked in the log before anything is sent.
  for (const secret of secrets) core.setSecret(secret);

  const payload = ctx.payload as { repository?: { default_branch?: string } };
  const save = decideSaveBaseline(saveMode, { eventName: ctx.eventName, ref: ctx.ref, defaultBranch: payload.repository?.default_branch });
  const store = await chooseStore(target.branch);
  core.info(
    baselineTarget
      ? `Baseline: paired mode, measured from ${baselineTarget} beside the target; the stored baseline is neither read nor written`
      : `Baseline: ${store.description}, ${save.save ? 'will be saved' : 'read only'} (${save.reason})`,
  );

  let lastProgress = 0;
  const edges = realEdges(store, { info: core.info, warning: core.warning }, (p) => {
    if (p.phase !== 'done' && p.elapsedMs - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = p.elapsedMs;
    core.info(formatProgressLine(p));
  });
  const { report, history } = await runPipeline(
    {
      profile, target: url, failOn, saveBaseline: save.save, origin: { commit: target.headSha, ref: ctx.ref }, ...(baselineTarget ? { baselineTarget } : {}),
      ...(baselineTargetProcess ? { baselineTargetProcess } : {}),
      // Nightly: scheduled and dispatched runs report change points over the stored history.
      trend: TREND_EVENTS.has(ctx.eventName),
    },
    edges,
  );
  return { report, profilePath: repoPath(profilePath), endpointLines: endpointLines(profile), ...(profile.level ? { level: profile.level } : {}), ...(history ? { history } : {}) };
}

/** Modes gate and report-only with `results`: another tool's results through the same pipeline (src/import/). */
async function measureImported(problems: SetupProblems, failOn: FailOn, ctx: RunContext, target: EventTarget, saveMode: SaveBaselineMode): Promise<Measured> {
  if (core.getInput(Inputs.target).trim()) problems.addFor(Inputs.target, `not used with input '${Inputs.results}' (an import measures nothing; leave one of them empty)`);
  problems.throwIfAny();
  const { importFromInputs } = await loadImport();
  const payload = ctx.payload as { repository?: { default_branch?: string } };
  const save = decideSaveBaseline(saveMode, { eventName: ctx.eventName, ref: ctx.ref, defaultBranch: payload.repository?.default_branch });
  const store = await chooseStore(target.branch);
  core.info(`Baseline: ${store.description}, ${save.save ? 'will be saved' : 'read only'} (${save.reason})`);
  const imported = await importFromInputs(core.getInput, {
    failOn, store, saveBaseline: save.save, origin: { commit: target.headSha, ref: ctx.ref }, log: { info: core.info, warning: core.warning },
  });
  return {
    report: imported.report,
    ...(imported.profile && imported.profilePath ? { profilePath: repoPath(imported.profilePath), endpointLines: endpointLines(imported.profile) } : {}),
    ...(imported.profile?.level ? { level: imported.profile.level } : {}),
  };
}

/**
 * Input shard: this shard's result for the merge job, its path as output shard-result — loadgate's
 * own engine running the shard's part from start-at (src/shard/run-shard.ts), or with `results`
 * another tool's shard file imported.
 */
async function writeShard(problems: SetupProblems): Promise<void> {
  if (!core.getInput(Inputs.results).trim()) return runEngineShard(problems);
  problems.throwIfAny();
  const [{ readImportSettings, IMPORT_INPUTS }, { writeShardResult, shardFileName }] = await Promise.all([loadImport(), loadShards()]);
  const settings = await readImportSettings(
    Object.fromEntries(Object.entries(IMPORT_INPUTS).map(([key, input]) => [key, core.getInput(input)])),
    IMPORT_INPUTS,
  );
  const dir = join(process.env.RUNNER_TEMP || os.tmpdir(), 'loadgate', 'shards');
  const shardText = core.getInput(Inputs.shard).trim();
  const name = settings.name ?? 'loadgate';
  const path = await writeShardResult({ ...settings, name }, shardText, `input ${Inputs.shard}`, undefined,
    join(dir, shardFileName(name, ...(shardText.split('/').map(Number) as [number, number]))));
  core.info(`Shard result written to ${path}: upload it as an artifact for the merge job (mode: merge)`);
  core.setOutput(Outputs.shardResult, path);
}

/** Input shard without results: run this shard's part of the profile's load and write its shard result. */
async function runEngineShard(problems: SetupProblems): Promise<void> {
  const [{ readShardSettings, runShard, saveShardResult, shardFileName, realLoadEdges }, { setUpRun }] = await Promise.all([loadEngineShard(), loadMeasuring()]);
  const sharded = readShardSettings({
    shard: core.getInput(Inputs.shard),
    startAt: core.getInput(Inputs.startAt),
    unused: [Inputs.baselineTarget, Inputs.baselineTargetPid].filter((name) => core.getInput(name).trim()),
  }, problems);
  const profilePath = core.getInput(Inputs.profile).trim() || DEFAULT_PROFILE_PATH;
  const { profile, target, secrets } = await setUpRun({ ...runSettings(profilePath), baselineTarget: '', baselineTargetPid: '' }, problems, process.env);
  for (const secret of secrets) core.setSecret(secret);
  problems.throwIfAny();
  const { shard, startAtMs } = sharded!;
  let lastProgress = 0;
  const edges = realLoadEdges({ info: core.info, warning: core.warning }, (p) => {
    if (p.phase !== 'done' && p.elapsedMs - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = p.elapsedMs;
    core.info(formatProgressLine(p));
  });
  const result = await runShard({ profile, target, shard, startAtMs, startAtField: `input '${Inputs.startAt}'` }, edges);
  const dir = join(process.env.RUNNER_TEMP || os.tmpdir(), 'loadgate', 'shards');
  const path = await saveShardResult(result, join(dir, shardFileName(profile.name, shard.index, shard.count)));
  const requests = result.endpoints.reduce((sum, e) => sum + e.trials.reduce((t, x) => t + x.requests, 0), 0);
  core.info(`Shard ${shard.index}/${shard.count}: ${requests} measured requests; shard result written to ${path}: upload it as an artifact for the merge job (mode: merge)`);
  core.setOutput(Outputs.shardResult, path);
}

/** Mode merge: the shard results in the shards directory, merged exactly, then judged and saved once. */
async function mergeMeasured(problems: SetupProblems, failOn: FailOn, ctx: RunContext, target: EventTarget): Promise<Measured> {
  const dir = core.getInput(Inputs.shards).trim();
  if (!dir) problems.addFor(Inputs.shards, 'required in mode merge (the directory the shard results were downloaded to)');
  const allow = problems.choice(Inputs.allowMissingShards, core.getInput(Inputs.allowMissingShards).trim(), ['true', 'false'] as const, 'false') === 'true';
  const saveMode = problems.choice<SaveBaselineMode>(Inputs.saveBaseline, core.getInput(Inputs.saveBaseline).trim(), SAVE_BASELINE_MODES, 'auto');
  problems.throwIfAny();
  const [{ runMergePipeline }, { readProfileFile, applyLevel }] = await Promise.all([loadShards(), loadProfileReader()]);
  const payload = ctx.payload as { repository?: { default_branch?: string } };
  const save = decideSaveBaseline(saveMode, { eventName: ctx.eventName, ref: ctx.ref, defaultBranch: payload.repository?.default_branch });
  const store = await chooseStore(target.branch);
  core.info(`Baseline: ${store.description}, ${save.save ? 'will be saved' : 'read only'} (${save.reason})`);
  const profilePath = core.getInput(Inputs.profile).trim() || DEFAULT_PROFILE_PATH;
  const read = await access(profilePath).then(() => readProfileFile(profilePath), () => undefined);
  // Shards run at a level are judged against that level's history, as one runner's run would be.
  const profile = read && applyLevel(read, core.getInput(Inputs.level).trim(), profilePath);
  const { report } = await runMergePipeline(
    { dir: resolve(dir), allowMissing: allow, ...(profile ? { profile } : {}), failOn, saveBaseline: save.save, origin: { commit: target.headSha, ref: ctx.ref } },
    { store, log: { info: core.info, warning: core.warning }, runner: currentRunner },
  );
  return { report, ...(profile ? { profilePath: repoPath(profilePath), endpointLines: endpointLines(profile) } : {}), ...(profile?.level ? { level: profile.level } : {}) };
}

/**
 * Mode publish: the report input, checked as untrusted data, its verdict recomputed from its
 * comparisons and breaches; the profile only for annotation lines.
 */
async function readPublished(problems: SetupProblems, failOn: FailOn, target: EventTarget): Promise<Measured> {
  const path = core.getInput(Inputs.report).trim();
  if (!path) problems.addFor(Inputs.report, 'required in mode publish (the path of the JSON report the measuring run uploaded)');
  problems.throwIfAny();
  const [{ readUntrustedReport, preparePublished }, { readProfileFile }] = await Promise.all([loadPublished(), loadProfileReader()]);
  const { report, measuredElsewhere } = preparePublished(await readUntrustedReport(path), failOn, {
    commit: target.headSha,
    runId: target.measuringRunId,
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    repository: process.env.GITHUB_REPOSITORY,
  });
  if (measuredElsewhere.overruled) core.warning(`loadgate: ${path}: ${measuredElsewhere.overruled}`);
  const profilePath = core.getInput(Inputs.profile).trim() || DEFAULT_PROFILE_PATH;
  try {
    const profile = await readProfileFile(profilePath);
    if (profile.name === report.profile.name) return { report, measuredElsewhere, profilePath: repoPath(profilePath), endpointLines: endpointLines(profile) };
  } catch {
    // No readable profile here: the check run goes without annotations.
  }
  return { report, measuredElsewhere };
}

/**
 * Writes the JSON and markdown reports (and, for report-only on a pull request, the PR note), and
 * report.html with the CSVs in a folder of their own (what the report artifact holds).
 */
async function writeReports(measured: Measured, markdown: string, note?: PullRequestNote) {
  const { report } = measured;
  const dir = join(process.env.RUNNER_TEMP || os.tmpdir(), 'loadgate');
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, `${report.profile.name}.report.json`);
  const markdownPath = join(dir, `${report.profile.name}.report.md`);
  await writeFile(jsonPath, JSON.stringify(report, null, 2) + '\n');
  await writeFile(markdownPath, markdown);
  if (note) await writeFile(join(dir, PULL_REQUEST_NOTE_FILE), JSON.stringify(note) + '\n');
  const htmlDir = join(dir, reportArtifactName(report.profile.name, measured.level));
  await mkdir(htmlDir, { recursive: true });
  const htmlPath = join(htmlDir, 'report.html');
  await writeFile(htmlPath, renderHtml(report, { assets: chartAssets(), ...(measured.history ? { history: measured.history } : {}) }));
  const csvPaths: string[] = [];
  for (const [name, text] of Object.entries(csvExports(report))) {
    csvPaths.push(join(htmlDir, name));
    await writeFile(join(htmlDir, name), text);
  }
  return { jsonPath, markdownPath, htmlPath, htmlDir, htmlFiles: [htmlPath, ...csvPaths] };
}

/** Uploads report.html and the CSVs when asked; trouble is a warning. Returns the link to show, if any. */
async function attachReport(files: { htmlDir: string; htmlFiles: string[] }, name: string): Promise<{ url?: string; name: string } | undefined> {
  const outcome = await uploadReportArtifact(name, files.htmlFiles, files.htmlDir, process.env);
  if (outcome.status === 'uploaded') {
    core.info(`Report attached to the run as artifact ${outcome.name}${outcome.url ? `: ${outcome.url}` : ''}`);
    if (outcome.url) core.setOutput(Outputs.artifactUrl, outcome.url);
    return { name: outcome.name, ...(outcome.url ? { url: outcome.url } : {}) };
  }
  core.warning(`loadgate: report.html not attached to the run: ${outcome.reason}`);
  return undefined;
}

/** Comment and check run; returns nothing when there is no token. Never throws. */
async function publish(mode: ActionMode, measured: Measured, ctx: RunContext, target: EventTarget, commentMode: CommentMode, reportLink?: { url?: string; name: string }): Promise<void> {
  const token = core.getInput(Inputs.githubToken).trim();
  if (!token) return void core.info('No github-token: the job summary only.');
  // Every GitHub runner sets GITHUB_API_URL; without it this is not a runner (a local run): no API calls.
  const apiUrl = process.env.GITHUB_API_URL;
  if (!apiUrl) return void core.info('GITHUB_API_URL is not set (not a GitHub runner): no comment or check run, the job summary only.');
  const { makeOctokit, publishedPullRequest, publishReport } = await loadGitHubApi();
  const octokit = makeOctokit(token, { warning: core.warning }, apiUrl);
  // Publish mode: the event's or the note's pull request, only while its head is the measured commit.
  const pullRequest =
    mode === 'publish'
      ? await publishedPullRequest(
          octokit,
          { repo: ctx.repo, headSha: target.headSha, fromEvent: target.pullRequest, notePath: join(dirname(core.getInput(Inputs.report).trim()), PULL_REQUEST_NOTE_FILE) },
          { warning: core.warning },
        )
      : target.pullRequest;
  const server = process.env.GITHUB_SERVER_URL || 'https://github.com';
  const detailsUrl = process.env.GITHUB_RUN_ID ? `${server}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` : undefined;
  const outcome = await publishReport(
    octokit,
    { ...measured, repo: ctx.repo, pullRequest, headSha: target.headSha, commentMode, now: new Date(), detailsUrl, ...(reportLink ? { reportLink } : {}) },
    { info: core.info, warning: core.warning },
  );
  if (outcome.comment.status === 'created' || outcome.comment.status === 'updated') core.setOutput(Outputs.commentUrl, outcome.comment.url);
  if (outcome.checkRun.status === 'created') core.setOutput(Outputs.checkRunId, String(outcome.checkRun.id));
}

/** Runs the action; never throws. */
export async function run(): Promise<void> {
  try {
    // Every input problem is collected and reported at once (pipeline/problems.ts), by the set-up or before publishing.
    const problems = new SetupProblems('action');
    const mode = problems.choice<ActionMode>(Inputs.mode, core.getInput(Inputs.mode).trim(), ACTION_MODES, 'gate');
    const failOn = problems.choice<FailOn>(Inputs.failOn, core.getInput(Inputs.failOn).trim(), FAIL_ON_VALUES, 'critical');
    const commentMode = problems.choice<CommentMode>(Inputs.comment, core.getInput(Inputs.comment).trim(), COMMENT_MODES, 'auto');
    // upload-report: empty means true in mode gate.
    const uploadReport = problems.choice(Inputs.uploadReport, core.getInput(Inputs.uploadReport).trim(), ['true', 'false'], mode === 'gate' ? 'true' : 'false') === 'true';
    const notifyMode = problems.choice<NotifyMode>(Inputs.notify, core.getInput(Inputs.notify).trim(), NOTIFY_MODES, 'none');
    const ctx = readRunContext(process.env);
    const target = eventTarget(ctx.eventName, ctx.payload, ctx.sha, ctx.ref);
    // A shard of a matrix writes its part for the merge job and stops there (src/shard/).
    if (mode !== 'publish' && mode !== 'merge' && core.getInput(Inputs.shard).trim()) return void (await writeShard(problems));
    const measured = mode === 'publish' ? await readPublished(problems, failOn, target)
      : mode === 'merge' ? await mergeMeasured(problems, failOn, ctx, target)
        : await measure(problems, failOn, ctx, target);
    const { report } = measured;

    const markdown = renderMarkdown(report, { measuredElsewhere: measured.measuredElsewhere });
    const note = mode === 'report-only' && target.pullRequest !== undefined ? { number: target.pullRequest, headSha: target.headSha } : undefined;
    const written = await writeReports(measured, markdown, note);
    const reportLink = uploadReport ? await attachReport(written, reportArtifactName(report.profile.name, measured.level)) : undefined;
    const link = reportLinkLine(reportLink);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(link ? `${fitJobSummary(markdown)}\n${link}\n` : fitJobSummary(markdown)).write();
    core.setOutput(Outputs.verdict, report.verdict.status);
    core.setOutput(Outputs.maxSeverity, report.verdict.maxSeverity);
    core.setOutput(Outputs.advisorySeverity, advisorySeverityOf(report));
    core.setOutput(Outputs.report, written.jsonPath);
    core.setOutput(Outputs.markdown, written.markdownPath);
    core.setOutput(Outputs.html, written.htmlPath);

    if (mode !== 'report-only') await publish(mode, measured, ctx, target, commentMode, reportLink);
    // Scheduled runs of the default branch: the team issue with the open regression change points.
    const defaultBranch = (ctx.payload as { repository?: { default_branch?: string } }).repository?.default_branch;
    if (notifyMode !== 'none') await (await loadTeamIssue()).notifyTeam(report, {
      mode: notifyMode, token: core.getInput(Inputs.githubToken).trim(), apiUrl: process.env.GITHUB_API_URL, repo: ctx.repo,
      ref: ctx.ref, ...(defaultBranch ? { defaultBranch } : {}), ...(measured.level ? { level: measured.level } : {}),
      ...(process.env.GITHUB_RUN_ID ? { runUrl: `${process.env.GITHUB_SERVER_URL || 'https://github.com'}/${process.env.GITHUB_REPOSITORY}/actions/runs/${process.env.GITHUB_RUN_ID}` } : {}),
    }, { info: core.info, warning: core.warning });
    // In publish mode the measuring run already gated; this step only shows its result.
    if (mode !== 'publish' && report.verdict.failed) {
      core.setFailed(report.verdict.status === 'error'
        ? `loadgate: ${report.profile.name}: ${report.warnings.filter((w) => UNMEASURED_CODES.has(w.code)).map((w) => w.message).join(' ')}`
        : `loadgate: ${report.verdict.maxSeverity} regression in ${report.profile.name} (fail-on: ${failOn})`);
    }
  } catch (err) {
    core.setOutput(Outputs.verdict, 'error');
    core.setOutput(Outputs.maxSeverity, 'none');
    core.setOutput(Outputs.advisorySeverity, 'none');
    const message = isUserError(err) ? err.message : `unexpected error: ${(err as Error)?.stack ?? String(err)}`;
    if (process.env.GITHUB_STEP_SUMMARY) {
      // The message can quote a refused report's own text: a fence it cannot close.
      await core.summary.addRaw(`## loadgate — ⚠️ error\n\n${codeBlock(message)}\n`).write().catch(() => undefined);
    }
    core.setFailed(message);
  }
}
