/** The verdict's data: per endpoint × metric comparisons, threshold breaches, and the overall call. */
import type { RegressionMetric, Severity, ThresholdMetric } from '../profile/types.js';
import type { VerdictNote } from './notes.js';

/** A severity or its absence, ordered none < minor < major < critical. */
export type Level = 'none' | Severity;
/** The levels in order, for ranking. */
export const LEVELS: readonly Level[] = ['none', 'minor', 'major', 'critical'];
/** The `fail-on` setting: the lowest severity that fails the step, or never. */
export type FailOn = Severity | 'never';
/** Every valid `fail-on` value, for error messages. */
export const FAIL_ON_VALUES: readonly FailOn[] = ['minor', 'major', 'critical', 'never'];

/** The overall call (decide.ts says when each applies). */
export type VerdictStatus = 'pass' | 'regressed' | 'no-baseline' | 'error';

/** One endpoint × metric test of the current run's trials against the baseline's. */
export interface MetricComparison {
  endpoint: string;
  /**
   * An endpoint's metric, or a run-level figure: `capacity`, a capacity ladder's (capacity-compare.ts);
   * `target_cpu_per_request`, the target's CPU time per request in ms (cpu-compare.ts);
   * `recovery_time`, a spike's time to recover (recovery-compare.ts).
   */
  metric: RegressionMetric | 'capacity' | 'target_cpu_per_request' | 'recovery_time';
  /** Median of the baseline's per-trial values (ms, requests/s, or a fraction for error_rate). */
  baseline: number;
  /** Median of the current run's per-trial values. */
  current: number;
  /**
   * Estimated change. For latency and throughput a relative change (0.25 = +25%) from the
   * Hodges–Lehmann shift of log values; for error_rate a difference in rate (0.01 = +1 point).
   */
  change: number;
  changeKind: 'relative' | 'points';
  /** Confidence interval of the change, when the estimator gives one. */
  interval?: { lower: number; upper: number; confidence: number };
  /** One-sided p-value in the direction that is worse for this metric. */
  p: number;
  /** Holm-adjusted p across all tests of the run. */
  pAdjusted: number;
  n1: number;
  n2: number;
  /** Significant after Holm at the profile's alpha. */
  significant: boolean;
  /** Whether the estimate points to worse, better, or no change (within 0.5%). */
  direction: 'worse' | 'better' | 'same';
  /** Severity of a regression: none unless significant and worse by at least the minor cut-off. */
  severity: Level;
  /**
   * How the baseline was read: `trials` = a Mann–Whitney test of this run's trials against the
   * baseline's (paired mode); `history` = this run's summary against the run-to-run spread of the
   * stored runs (cache mode); `relative` = this endpoint's change against the run's common factor,
   * the median change of the other endpoints (cache mode, two or more endpoints).
   */
  method?: 'trials' | 'history' | 'relative';
  /** `relative` only: the run's common change, from the other endpoints (0.1 = the run was 10% slower). */
  runFactor?: number;
  /**
   * A finding reported but not counted by the gate: significant only after Benjamini–Hochberg
   * (not Holm). Its severity; absent when none.
   */
  advisorySeverity?: Level;
  /** Benjamini–Hochberg-adjusted p across the same tests (the advisory level). */
  pBH?: number;
  /** Cache mode only: the smallest worsening this comparison could flag at the Holm level (a positive fraction). */
  detectable?: number;
  /** Cache mode only: the spread the test judged against (standard deviation of log summaries ≈ relative). */
  spread?: number;
}

/** An absolute threshold that the current run crossed. */
export interface ThresholdBreach {
  endpoint: string;
  metric: ThresholdMetric;
  severity: Severity;
  limit: number;
  actual: number;
}

/** The verdict's notes: codes and figures (notes.ts), worded by src/report/notes.ts. */
export type { VerdictNote } from './notes.js';

/** Which baseline the run was judged against, or why none. */
export interface BaselineUse {
  /** found = compared; missing = none stored; unusable = corrupt/foreign; incompatible = other profile. */
  status: 'found' | 'missing' | 'unusable' | 'incompatible';
  /**
   * cache (the default): a stored history of earlier runs; paired: a second target measured now,
   * trials interleaved with this run's (`source` is its URL).
   */
  mode?: 'cache' | 'paired';
  source: string;
  reason?: string;
  runs?: number;
  savedAt?: string;
  commit?: string;
  ref?: string;
}

/** The verdict: the call, the comparisons and breaches behind it, the baseline used, notes. */
export interface Verdict {
  status: VerdictStatus;
  maxSeverity: Level;
  /**
   * The worst change seen but not confirmed (advisory: significant only after Benjamini–Hochberg),
   * so no report can show a plain pass while a major or critical change was seen.
   */
  advisorySeverity: Level;
  failOn: FailOn;
  /** True when the step must fail: maxSeverity reaches failOn, or an error happened. */
  failed: boolean;
  comparisons: MetricComparison[];
  breaches: ThresholdBreach[];
  baseline: BaselineUse;
  notes: VerdictNote[];
}
