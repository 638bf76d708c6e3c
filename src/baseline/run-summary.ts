/**
 * The compact form of a stored run: one number per endpoint and metric, what a trend over many
 * nightly runs needs (the verdict needs trials and keeps the newest runs whole). A 200-run trend of
 * 10 endpoints is about 150 kB of JSON this way, against megabytes with every trial and histogram.
 */
import type { BaselineRun } from './types.js';

/** The metrics a run summary keeps per endpoint. Latencies in ms, throughput in requests/s. */
export const SUMMARY_METRICS = ['p50', 'p90', 'p95', 'p99', 'mean', 'throughput', 'error_rate'] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

export interface EndpointSummary {
  name: string;
  requests: number;
  /** Median over the run's trials (latencies, throughput); errors / requests for error_rate. */
  values: Record<SummaryMetric, number>;
}

export interface RunSummary {
  savedAt: string;
  commit?: string;
  ref?: string;
  /** The profile fingerprint the run measured: a trend does not mix runs of different loads. */
  fingerprint: string;
  runner: BaselineRun['runner'];
  endpoints: EndpointSummary[];
  /** Target process RSS growth over the measured phase (MB), when it was sampled. */
  rssGrowthMb?: number;
}

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
