/**
 * The compact form of a stored run: one number per endpoint and metric, what a trend over many
 * nightly runs needs (the verdict needs trials and keeps the newest runs whole). A 200-run trend of
 * 10 endpoints is about 150 kB of JSON this way, against megabytes with every trial and histogram.
 */
import type { BaselineRun, RunSummary } from './types.js';

export { SUMMARY_METRICS, type EndpointSummary, type RunSummary, type SummaryMetric } from './types.js';

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** One run reduced to its per-endpoint medians (endpoints without trials are left out). */
export function summarizeRun(run: BaselineRun, fingerprint: string, rssGrowthMb?: number): RunSummary {
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
    ...(rssGrowthMb !== undefined && Number.isFinite(rssGrowthMb) ? { rssGrowthMb } : {}),
  };
}
