/**
 * Cache mode, spike runs: the time to recover against the stored runs' times, by the same run-level
 * history test capacity gets (stats/history-spread.ts, on the log scale, spread pooled with the
 * prior). Longer is a regression; its severity is the lengthening read against the usual cut-offs.
 *
 * Times are compared with one timeline window (1 s) added to each: the reading has a one-window
 * resolution, and a service that is back at once reads 0 s, which a log scale cannot hold. So
 * 0 s → 2 s is +100%, 10 s → 12 s is +18%: a change of a window or two matters only for quick
 * recoveries, where it is a large share. A spike not recovered from while watched, against a
 * history of recoveries, reads as the worst outcome: critical, like a capacity of 0.
 */
import type { RegressionSettings } from '../profile/types.js';
import type { RunRecovery } from '../metrics/types.js';
import type { BaselineRun } from '../baseline/types.js';
import { historySpreadTest } from '../stats/history-spread.js';
import { levelFor } from './severity.js';
import type { MetricComparison } from './types.js';

/** What a recovery comparison names as its endpoint. */
export const RECOVERY_SUBJECT = 'whole run';
/** The reading's resolution, added to every time before the log scale (see the file comment). */
export const RECOVERY_FLOOR_MS = 1000;

/**
 * The recovery comparison, or undefined when the history holds no recovery time (runs stored before
 * the profile had a spike, or spikes that were never recovered from: a lower bound is not a time).
 */
export function compareRecovery(current: RunRecovery, runs: readonly BaselineRun[], settings: RegressionSettings): MetricComparison | undefined {
  const history = runs.map((r) => r.recoveryMs).filter((v): v is number => typeof v === 'number' && v >= 0);
  if (history.length === 0) return undefined;
  const base = { endpoint: RECOVERY_SUBJECT, metric: 'recovery_time' as const, changeKind: 'relative' as const, method: 'history' as const, n1: history.length, n2: 1 };
  const shifted = history.map((v) => v + RECOVERY_FLOOR_MS);
  if (!current.recovered || current.recoveryMs === undefined) {
    const center = Math.exp(shifted.reduce((a, v) => a + Math.log(v), 0) / shifted.length) - RECOVERY_FLOOR_MS;
    const change = (current.watchedMs + RECOVERY_FLOOR_MS) / (center + RECOVERY_FLOOR_MS) - 1;
    return { ...base, baseline: center, current: current.watchedMs, change, p: 0, pAdjusted: 0, significant: true, direction: 'worse', severity: 'critical' };
  }
  const test = historySpreadTest(current.recoveryMs + RECOVERY_FLOOR_MS, shifted, { alternative: 'greater' });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 0.005 ? 'same' : test.change > 0 ? 'worse' : 'better';
  return {
    ...base,
    baseline: test.center - RECOVERY_FLOOR_MS,
    current: current.recoveryMs,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === 'worse' ? levelFor(test.change, settings.severity) : 'none',
    spread: test.spread,
  };
}
