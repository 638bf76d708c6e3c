/**
 * The compact form of a stored run: one number per endpoint and metric, what a trend over many
 * nightly runs needs (the verdict needs trials and keeps the newest runs whole). A 200-run trend of
 * 10 endpoints is about 150 kB of JSON this way, against megabytes with every trial and histogram.
 */
import type { RunResult } from '../metrics/types.js';
import { RUN_READINGS, type BaselineRun, type RunReadingField, type RunSummary } from './types.js';

export { RUN_READINGS, SUMMARY_METRICS, type EndpointSummary, type RunReadingField, type RunSummary, type SummaryMetric } from './types.js';

/** A run's run-level readings (RunSummary's optional fields), each present only when measured. */
export type RunReadings = Partial<Record<RunReadingField, number>>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const finite = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The run-level readings of a result, read defensively: a result written by another version may
 * lack any of them or hold them in another form, and then the reading is simply absent (a trend
 * has no series for it) rather than an error. Capacity only when a step broke (a ladder that held
 * to its ceiling measured a floor, not a capacity); recovery only when the service recovered
 * (`recovery.recoveryMs`); CPU per request from the target's CPU seconds over the run's requests.
 */
export function runReadings(result: RunResult): RunReadings {
  const loose = result as unknown as Record<string, unknown>;
  const readings: RunReadings = {};
  const resources = isObject(loose.targetResources) ? loose.targetResources : undefined;
  const rss = finite(resources?.rssGrowthMb);
  if (rss !== undefined) readings.rssGrowthMb = rss;
  const capacity = isObject(loose.capacity) ? loose.capacity : undefined;
  const capacityRps = finite(capacity?.capacityRps);
  if (capacity && capacity.heldToCeiling !== true && capacityRps !== undefined && capacityRps > 0) readings.capacityRps = capacityRps;
  const recovery = isObject(loose.recovery) ? loose.recovery : undefined;
  const recoveryMs = finite(recovery?.recoveryMs);
  if (recovery && recovery.recovered !== false && recoveryMs !== undefined && recoveryMs >= 0) readings.recoveryMs = recoveryMs;
  const cpuSeconds = finite(resources?.cpuSeconds);
  const requests = finite(isObject(loose.totals) ? loose.totals.requests : undefined);
  if (cpuSeconds !== undefined && cpuSeconds >= 0 && requests !== undefined && requests > 0) readings.cpuMsPerRequest = (1000 * cpuSeconds) / requests;
  return readings;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * One run reduced to its per-endpoint medians (endpoints without trials are left out) and its
 * run-level readings (runReadings; a stored run's own capacity when none are given).
 */
export function summarizeRun(run: BaselineRun, fingerprint: string, readings: RunReadings = {}): RunSummary {
  const known: RunReadings = { ...(run.capacityRps !== undefined ? { capacityRps: run.capacityRps } : {}), ...readings };
  return {
    savedAt: run.savedAt,
    ...(run.commit ? { commit: run.commit } : {}),
    ...(run.ref ? { ref: run.ref } : {}),
    fingerprint,
    runner: run.runner,
    endpoints: run.endpoints.filter((e) => e.trials.length > 0 && e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      values: {
        p50: median(e.trials.map((t) => t.latencyMs.p50)),
        p90: median(e.trials.map((t) => t.latencyMs.p90)),
        p95: median(e.trials.map((t) => t.latencyMs.p95)),
        p99: median(e.trials.map((t) => t.latencyMs.p99)),
        mean: median(e.trials.map((t) => t.latencyMs.mean)),
        throughput: median(e.trials.map((t) => t.rps)),
        error_rate: e.errors / e.requests,
      },
    })),
    ...Object.fromEntries(RUN_READINGS.filter((k) => Number.isFinite(known[k])).map((k) => [k, known[k]])),
  };
}
