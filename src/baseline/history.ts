/**
 * Pure operations on baseline documents: building a run entry from a result, appending it to a
 * history, and checking that a stored document is one this version can read.
 */
import type { RunResult } from '../metrics/types.js';
import { checkBaseline } from './validate.js';
import {
  BASELINE_SCHEMA_VERSION,
  DEFAULT_HISTORY_RUNS,
  type Baseline,
  type BaselineRun,
} from './types.js';

/** What the baseline keeps of a run: per-trial summaries (the statistics' unit), not raw latencies. */
export function baselineRunFromResult(
  result: RunResult,
  origin: { commit?: string; ref?: string } = {},
): BaselineRun {
  return {
    savedAt: result.finishedAt,
    ...(origin.commit ? { commit: origin.commit } : {}),
    ...(origin.ref ? { ref: origin.ref } : {}),
    runner: result.runner,
    trialDurationMs: result.load.trialDurationMs,
    // An endpoint that got no request in this run has nothing to compare against later.
    endpoints: result.endpoints.filter((e) => e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      errors: e.errors,
      trials: e.trials,
      ...(e.histogram ? { histogram: e.histogram } : {}),
    })),
    // A ladder that held to its ceiling measured a floor, not a capacity: not stored.
    ...(result.capacity && !result.capacity.heldToCeiling ? { capacityRps: result.capacity.capacityRps } : {}),
    ...(result.targetResources?.cpuPerRequest ? { cpuMsPerRequest: result.targetResources.cpuPerRequest.trialsMs } : {}),
    // A spike not recovered from while watched measured a lower bound, not a time: not stored.
    ...(result.recovery?.recovered && result.recovery.recoveryMs !== undefined ? { recoveryMs: result.recovery.recoveryMs } : {}),
  };
}

/**
 * Appends a run to a history and keeps the newest `maxRuns`. A history recorded for another
 * profile fingerprint is replaced, not extended: its runs measured a different load.
 */
export function appendRun(
  previous: Baseline | undefined,
  profile: { name: string; fingerprint: string },
  run: BaselineRun,
  maxRuns: number = DEFAULT_HISTORY_RUNS,
): Baseline {
  const keep =
    previous && previous.profile.fingerprint === profile.fingerprint ? previous.runs : [];
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    profile: { name: profile.name, fingerprint: profile.fingerprint },
    runs: [...keep, run].slice(-Math.max(1, maxRuns)),
  };
}

/**
 * Checks a parsed baseline document (validate.ts). Returns a reason when it cannot be used — a
 * corrupt or foreign file is reported and ignored, never a crash.
 */
export function baselineProblem(doc: unknown, profileName?: string): string | undefined {
  const check = checkBaseline(doc, profileName);
  return check.ok ? undefined : check.reason;
}
