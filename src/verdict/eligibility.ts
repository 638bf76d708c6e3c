/**
 * Which percentiles a run's trials can support. A trial's p99 from 300 requests is set by its three
 * slowest requests — mostly sampling noise — so comparing it flags luck. A percentile q is compared
 * only when each trial holds at least 10 requests beyond it, 10 / (1 − q): p50 20, p90 100, p95 200,
 * p99 1,000. Skipped metrics become one note per metric, naming the endpoints.
 */
import type { RegressionMetric } from '../profile/types.js';
import type { EndpointResult } from '../metrics/types.js';
import type { VerdictNote } from './types.js';

const TAIL_REQUESTS = 10;
const QUANTILE: Partial<Record<RegressionMetric, number>> = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };

/** The fewest requests per trial a metric needs (0 for metrics that are not percentiles). */
export function requestsNeededPerTrial(metric: RegressionMetric): number {
  const q = QUANTILE[metric];
  return q === undefined ? 0 : Math.ceil(TAIL_REQUESTS / (1 - q) - 1e-9);
}

/** Which metrics each endpoint can be compared on, and notes for the rest. */
export interface Eligibility {
  /** Metrics to compare, per endpoint name. */
  metricsFor: Map<string, RegressionMetric[]>;
  notes: VerdictNote[];
}

/** Splits the configured metrics into the ones each endpoint's trials support and a note for the rest. */
export function eligibleMetrics(endpoints: readonly EndpointResult[], metrics: readonly RegressionMetric[]): Eligibility {
  const metricsFor = new Map<string, RegressionMetric[]>();
  const skipped = new Map<RegressionMetric, { names: string[]; fewest: number }>();
  for (const e of endpoints) {
    const fewest = e.trials.length > 0 ? Math.min(...e.trials.map((t) => t.requests)) : 0;
    const keep: RegressionMetric[] = [];
    for (const metric of metrics) {
      if (fewest >= requestsNeededPerTrial(metric)) {
        keep.push(metric);
        continue;
      }
      const entry = skipped.get(metric) ?? { names: [], fewest: Infinity };
      entry.names.push(e.name);
      entry.fewest = Math.min(entry.fewest, fewest);
      skipped.set(metric, entry);
    }
    metricsFor.set(e.name, keep);
  }
  const notes = [...skipped].map(([metric, { names, fewest }]): VerdictNote => ({
    code: 'percentile-skipped',
    params: { metric, endpoints: names, fewestRequests: fewest, neededRequests: requestsNeededPerTrial(metric) },
  }));
  return { metricsFor, notes };
}
