/**
 * The pipeline both entry points share: wait for the target, run the load, restore the baseline,
 * decide, save the baseline when asked, and return the report. Every edge (load runner, readiness
 * probe, baseline store, runner fingerprint, log) is passed in, so the action and the CLI wire the
 * real ones and nothing here reads the environment.
 */
import type { Profile } from './profile/types.js';
import type { RunnerFingerprint } from './metrics/types.js';
import { buildRunResult, type Measurement } from './metrics/result.js';
import type { BaselineStore, SaveOutcome } from './baseline/types.js';
import { appendRun, baselineRunFromResult } from './baseline/history.js';
import { decideVerdict } from './verdict/decide.js';
import { withRunHealth } from './verdict/run-health.js';
import { baselineRefusal } from './metrics/run-health.js';
import type { BaselineUse, FailOn } from './verdict/types.js';
import { buildReport, type ReportDocument } from './report/document.js';
import { profileFingerprint } from './profile/fingerprint.js';
import type { LoadProgress, RunClosedLoadOptions } from './load/closed-runner.js';
import { runPairedPipeline } from './paired/pipeline.js';
import { userInfoProblem } from './load/target-url.js';
import { summarizeRun } from './baseline/run-summary.js';
import { storedSummaries, withTrend } from './baseline/trend-history.js';
import { profileTrend } from './verdict/trend.js';
import { DEFAULT_TREND } from './profile/trend.js';

export interface PipelineEdges {
  waitUntilReady(url: string, options: { timeoutMs: number }): Promise<{ waitedMs: number }>;
  runLoad(options: RunClosedLoadOptions): Promise<Measurement>;
  store: BaselineStore;
  runner(): RunnerFingerprint;
  log: { info(message: string): void; warning(message: string): void };
  onProgress?: (progress: LoadProgress) => void;
}

export interface PipelineOptions {
  profile: Profile;
  /** The base URL to load: the `target` input / `--target` flag, else the profile's `target`. */
  target: string;
  failOn: FailOn;
  saveBaseline: boolean;
  /** Where the measured code came from, recorded with a saved baseline. */
  origin?: { commit?: string; ref?: string };
  /**
   * Paired mode: a second target (the protected branch's build on this runner) whose trials are
   * interleaved with the target's and compared instead of a stored baseline (src/paired/).
   */
  baselineTarget?: string;
  /** Find change points over the stored runs and this one (scheduled runs; verdict/trend.ts). */
  trend?: boolean;
}

export interface PipelineOutcome {
  report: ReportDocument;
  saved?: SaveOutcome;
}

/** Runs the whole pipeline once. Throws only for errors that leave nothing to report (unreachable target). */
export async function runPipeline(options: PipelineOptions, edges: PipelineEdges): Promise<PipelineOutcome> {
  if (options.baselineTarget) return runPairedPipeline(options, edges);
  const { profile, target } = options;
  const fingerprint = profileFingerprint(profile);

  edges.log.info(`Waiting for ${target} to answer (up to ${profile.readiness.timeoutMs / 1000} s)`);
  const ready = await edges.waitUntilReady(joinUrl(target, profile.readiness.path), {
    timeoutMs: profile.readiness.timeoutMs,
  });
  edges.log.info(`Target answered after ${(ready.waitedMs / 1000).toFixed(1)} s`);

  const l = profile.load;
  const model = l.model === 'open'
    ? `${l.rateRps} requests/s (${l.shape.kind}, at most ${l.maxInFlight} in flight)`
    : `${l.connections} connections`;
  edges.log.info(
    `Running ${profile.name}${profile.level ? ` at level ${profile.level}` : ''}: ${model}, ${l.warmupMs / 1000} s warm-up, ` +
      `${l.trials} trials over ${l.durationMs / 1000} s, ${profile.endpoints.length === 1 ? '1 endpoint' : `${profile.endpoints.length} endpoints`}`,
  );
  const measurement = await edges.runLoad({
    targetUrl: target,
    load: profile.load,
    endpoints: profile.endpoints,
    onProgress: edges.onProgress,
    ...(profile.targetProcess ? { targetProcess: profile.targetProcess } : {}),
  });
  const result = buildRunResult(profile, fingerprint, target, measurement, edges.runner());

  // One baseline per profile and load level (a nightly soak must not judge a PR gate).
  const key = { profileName: profile.name, ...(profile.level ? { level: profile.level } : {}) };
  const restored = await edges.store.restore(key);
  const baselineUse: BaselineUse =
    restored.status === 'found'
      ? {
          status: 'found',
          source: restored.source,
          runs: restored.baseline.runs.length,
          ...pickOrigin(restored.baseline.runs[restored.baseline.runs.length - 1]),
        }
      : restored.status === 'unusable'
        ? { status: 'unusable', source: restored.source, reason: restored.reason }
        : { status: 'missing', source: restored.source };
  if (restored.status === 'unusable') {
    edges.log.warning(`Ignoring the baseline in ${restored.source}: ${restored.reason}`);
  }

  const verdict = withRunHealth(decideVerdict({
    profile,
    fingerprint,
    result,
    baseline: restored.status === 'found' ? restored.baseline : undefined,
    baselineUse,
    failOn: options.failOn,
  }), result);
  const refusal = options.saveBaseline ? baselineRefusal(result) : undefined;

  // The trend's long memory: every stored run's summary and this run's (baseline/trend-history.ts).
  const summaries = [
    ...storedSummaries(restored.status === 'found' ? restored.baseline : undefined),
    summarizeRun(baselineRunFromResult(result, options.origin), result.profile.fingerprint, result.targetResources?.rssGrowthMb),
  ];
  let saved: SaveOutcome | undefined;
  if (refusal !== undefined) {
    saved = { status: 'failed', reason: refusal };
    edges.log.warning(`Baseline not saved: ${refusal}`);
  } else if (options.saveBaseline && restored.status === 'unusable' && restored.unread) {
    // Nothing lost: a history that exists but could not be read this time is not replaced by one run.
    saved = {
      status: 'failed',
      reason:
        `${restored.source} exists but could not be read, and saving now would replace its history with this one run; ` +
        'the next run on this branch saves as usual (if this keeps happening, delete that cache entry)',
    };
    edges.log.warning(`Baseline not saved: ${saved.reason}`);
  } else if (options.saveBaseline) {
    const previous = restored.status === 'found' ? restored.baseline : undefined;
    const next = withTrend(
      appendRun(previous, result.profile, baselineRunFromResult(result, options.origin), profile.regression.historyRuns),
      summaries,
      (profile.trend ?? DEFAULT_TREND).historyRuns,
    );
    saved = await edges.store.save(key, next);
    if (saved.status === 'saved') edges.log.info(`Baseline saved to ${saved.location} (${next.runs.length === 1 ? '1 run' : `${next.runs.length} runs`})`);
    else edges.log.warning(`Baseline not saved: ${saved.reason}`);
  }
  const report = buildReport(result, verdict);
  return { report: options.trend ? { ...report, trend: profileTrend(profile, summaries) } : report, saved };
}

/** Appends a path to a base URL that may itself have a path (`http://host/api` + `/health`). */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

function pickOrigin(run: { savedAt: string; commit?: string; ref?: string }) {
  return {
    savedAt: run.savedAt,
    ...(run.commit ? { commit: run.commit } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
  };
}

/**
 * Checks a target URL given by a user: absolute http(s), no user info, no query or fragment.
 * Returns the problem in words (never with a password in it), or undefined.
 */
export function targetProblem(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `"${target}" is not an absolute URL (use e.g. http://localhost:8080)`;
  }
  const credentials = userInfoProblem(url);
  if (credentials) return credentials;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `"${target}" must use http or https, not ${url.protocol.replace(':', '')}`;
  }
  if (url.search || url.hash) return `"${target}" must not have a query or fragment`;
  return undefined;
}
