/**
 * The pipeline against the stored history (the cached baseline): wait for the target, run the load,
 * restore the baseline, decide, save the baseline when asked and allowed (baseline/save-rule.ts).
 */
import { buildRunResult } from '../metrics/result.js';
import type { RunResult } from '../metrics/types.js';
import type { SaveOutcome } from '../baseline/types.js';
import { appendRun, baselineRunFromResult } from '../baseline/history.js';
import { planBaselineSave } from '../baseline/save-rule.js';
import { decideVerdict } from '../verdict/decide.js';
import { judgedProfile } from '../flow/rows.js';
import { withCapacity } from '../verdict/capacity-reading.js';
import { withRecovery } from '../verdict/recovery-reading.js';
import { withRunHealth } from '../verdict/run-health.js';
import { baselineRefusal } from '../metrics/run-health.js';
import type { BaselineUse } from '../verdict/types.js';
import { buildReport } from '../report/document.js';
import { profileFingerprint } from '../profile/fingerprint.js';
import type { Profile } from '../profile/types.js';
import type { PipelineEdges, PipelineOptions, PipelineOutcome } from './types.js';
import { runReadings, summarizeRun } from '../baseline/run-summary.js';
import { storedSummaries, withTrend } from '../baseline/trend-history.js';
import { profileTrend } from '../verdict/trend.js';
import { reportTrend } from '../report/trend.js';
import { DEFAULT_TREND } from '../profile/trend.js';
import { waitForTarget } from './wait.js';

/** Runs the pipeline against `options.target` and the stored history of its profile and level. */
export async function runCachedPipeline(options: PipelineOptions, edges: PipelineEdges): Promise<PipelineOutcome> {
  const { profile, target } = options;
  const fingerprint = profileFingerprint(profile);
  await waitForTarget(edges, target, profile.readiness);
  edges.log.info(runDescription(profile));
  const measurement = await edges.runLoad({
    targetUrl: target,
    load: profile.load,
    endpoints: profile.endpoints,
    ...(profile.flows ? { flows: profile.flows } : {}),
    onProgress: edges.onProgress,
    ...(profile.targetProcess ? { targetProcess: profile.targetProcess } : {}),
    ...(profile.websocket ? { websocket: profile.websocket } : {}),
  });
  const measured = withCapacity(buildRunResult(profile, fingerprint, target, measurement, edges.runner()), profile.load, measurement);
  const result = withRecovery(measured, profile.load);
  return judgeAndSave(options, edges, result);
}

/**
 * The second half of the pipeline, for a result measured here or made elsewhere (imported from
 * another tool, src/import/; merged from shards, src/shard/): restore the baseline, decide, save when
 * asked and allowed, and return the report.
 */
export async function judgeAndSave(
  options: Pick<PipelineOptions, 'profile' | 'failOn' | 'saveBaseline' | 'origin' | 'trend'>,
  edges: Pick<PipelineEdges, 'store' | 'log'>,
  result: RunResult,
): Promise<PipelineOutcome> {
  const { profile } = options;
  const fingerprint = result.profile.fingerprint;
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
    profile: judgedProfile(profile),
    fingerprint,
    result,
    baseline: restored.status === 'found' ? restored.baseline : undefined,
    baselineUse,
    failOn: options.failOn,
  }), result);

  // The trend's long memory: every stored run's summary and this run's (baseline/trend-history.ts).
  const summaries = [
    ...storedSummaries(restored.status === 'found' ? restored.baseline : undefined),
    summarizeRun(baselineRunFromResult(result, options.origin), result.profile.fingerprint, runReadings(result)),
  ];
  const plan = planBaselineSave({ requested: options.saveBaseline, runRefusal: options.saveBaseline ? baselineRefusal(result) : undefined, restored });
  let saved: SaveOutcome | undefined;
  if (plan.action === 'refuse') {
    saved = { status: 'failed', reason: plan.reason };
    edges.log.warning(`Baseline not saved: ${plan.reason}`);
  } else if (plan.action === 'save') {
    const next = withTrend(
      appendRun(plan.previous, result.profile, baselineRunFromResult(result, options.origin), profile.regression.historyRuns),
      summaries,
      (profile.trend ?? DEFAULT_TREND).historyRuns,
    );
    saved = await edges.store.save(key, next);
    if (saved.status === 'saved') edges.log.info(`Baseline saved to ${saved.location} (${next.runs.length === 1 ? '1 run' : `${next.runs.length} runs`})`);
    else edges.log.warning(`Baseline not saved: ${saved.reason}`);
  }
  const report = buildReport(result, verdict);
  return {
    report: options.trend ? { ...report, trend: reportTrend(profileTrend(profile, summaries)) } : report,
    saved,
    ...(restored.status === 'found' ? { history: restored.baseline.runs } : {}),
  };
}

/** The log line that says what is about to run. */
function runDescription(profile: Profile): string {
  const l = profile.load;
  const model = l.model === 'open'
    ? `${l.rateRps} requests/s (${l.shape.kind}, at most ${l.maxInFlight} in flight)`
    : `${l.connections} connections`;
  return `Running ${profile.name}${profile.level ? ` at level ${profile.level}` : ''}: ${model}, ${l.warmupMs / 1000} s warm-up, ` +
    `${l.trials} trials over ${l.durationMs / 1000} s, ${profile.endpoints.length === 1 ? '1 endpoint' : `${profile.endpoints.length} endpoints`}`;
}

function pickOrigin(run: { savedAt: string; commit?: string; ref?: string }) {
  return {
    savedAt: run.savedAt,
    ...(run.commit ? { commit: run.commit } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
  };
}
