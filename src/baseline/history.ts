/**
 * Pure operations on baseline documents: building a run entry from a result, appending it to a
 * history, and checking that a stored document is one this version can read.
 */
import type { RunResult } from '../metrics/types.js';
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
    endpoints: result.endpoints.map((e) => ({
      name: e.name,
      requests: e.requests,
      errors: e.errors,
      trials: e.trials,
      ...(e.histogram ? { histogram: e.histogram } : {}),
    })),
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
 * Checks the shape of a parsed baseline document. Returns a reason when it cannot be used — a
 * corrupt or foreign file is reported and ignored, never a crash.
 */
export function baselineProblem(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'not a JSON object';
  const d = doc as Partial<Baseline>;
  if (d.schemaVersion !== BASELINE_SCHEMA_VERSION) {
    return `schemaVersion is ${JSON.stringify(d.schemaVersion)}, this loadgate reads ${BASELINE_SCHEMA_VERSION}`;
  }
  if (typeof d.profile?.name !== 'string' || typeof d.profile?.fingerprint !== 'string') {
    return 'profile.name or profile.fingerprint is missing';
  }
  if (!Array.isArray(d.runs) || d.runs.length === 0) return 'runs is missing or empty';
  for (const [i, run] of d.runs.entries()) {
    if (!Array.isArray(run?.endpoints)) return `runs[${i}].endpoints is missing`;
    for (const [j, e] of run.endpoints.entries()) {
      if (typeof e?.name !== 'string' || !Array.isArray(e.trials)) {
        return `runs[${i}].endpoints[${j}] has no name or trials`;
      }
      if (e.histogram !== undefined && typeof e.histogram !== 'string') return `runs[${i}].endpoints[${j}].histogram is not a string`;
      for (const [k, t] of e.trials.entries()) {
        if (!isTrial(t)) return `runs[${i}].endpoints[${j}].trials[${k}] is not a trial summary`;
      }
    }
  }
  return undefined;
}

function isTrial(t: unknown): boolean {
  if (typeof t !== 'object' || t === null) return false;
  const v = t as Record<string, unknown>;
  const lat = v.latencyMs as Record<string, unknown> | undefined;
  return (
    [v.requests, v.errors, v.rps, v.errorRate].every(isFiniteNumber) &&
    typeof lat === 'object' &&
    lat !== null &&
    ['p50', 'p90', 'p95', 'p99', 'max', 'mean'].every((k) => isFiniteNumber(lat[k]))
  );
}

function isFiniteNumber(x: unknown): boolean {
  return typeof x === 'number' && Number.isFinite(x);
}
