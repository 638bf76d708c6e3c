/**
 * Cache mode, capacity runs: the capacity a ladder measured against the capacities of the stored
 * runs, by the same run-level history test the endpoint summaries get (stats/history-spread.ts: the
 * new run as one more draw of a run summary, on the log scale, spread pooled with the prior).
 * A drop is a regression; its severity is the drop read against the profile's usual cut-offs.
 *
 * A capacity run's per-endpoint trial comparisons are not made: each trial ran at another rate,
 * so a trial's latency says where the ladder was, not how the code changed (decide.ts). The
 * capacity is the one figure the run is judged by, besides its thresholds.
 */
import type { RegressionSettings } from '../profile/types.js';
import type { RunCapacity } from '../metrics/types.js';
import type { BaselineRun } from '../baseline/types.js';
import { historySpreadTest } from '../stats/history-spread.js';
import { levelFor } from './severity.js';
import type { MetricComparison } from './types.js';

/** What a capacity comparison names as its endpoint. */
export const CAPACITY_SUBJECT = 'whole run';

/**
 * The capacity comparison, or undefined when the history holds no capacity (runs stored before
 * the profile was a ladder, or a ladder that held to its ceiling: a floor is not a measurement).
 * A capacity of 0 (even the first step broke) against a history above it is a −100% change.
 */
export function compareCapacity(current: RunCapacity, runs: readonly BaselineRun[], settings: RegressionSettings): MetricComparison | undefined {
  const history = runs.map((r) => r.capacityRps).filter((v): v is number => typeof v === 'number' && v > 0);
  if (history.length === 0 || current.heldToCeiling) return undefined;
  const base = { endpoint: CAPACITY_SUBJECT, metric: 'capacity' as const, changeKind: 'relative' as const, method: 'history' as const, n1: history.length, n2: 1 };
  if (!(current.capacityRps > 0)) {
    const center = Math.exp(history.reduce((a, v) => a + Math.log(v), 0) / history.length);
    return { ...base, baseline: center, current: 0, change: -1, p: 0, pAdjusted: 0, significant: true, direction: 'worse', severity: 'critical' };
  }
  const test = historySpreadTest(current.capacityRps, history, { alternative: 'less' });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 0.005 ? 'same' : test.change < 0 ? 'worse' : 'better';
  return {
    ...base,
    baseline: test.center,
    current: current.capacityRps,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === 'worse' ? levelFor(-test.change, settings.severity) : 'none',
    spread: test.spread,
  };
}
