/**
 * The Theil–Sen slope of y against x, with Sen's distribution-free confidence interval: the trend
 * behind "RSS grows 3.1 MB/min (2.6…3.7)" and "p95 drifts +0.4 ms/min" over a soak.
 *
 * Why this estimator: the slope is the median of the N slopes (yj − yi)/(xj − xi) over all pairs
 * with xi ≠ xj, so up to ~29 % of the points can be wild (a garbage-collection pause, one slow
 * window) without moving it, where least squares follows every outlier (Theil 1950; Sen 1968).
 *
 * Sen's interval (Sen 1968, eq. 2.6) inverts Kendall's test of "no trend": with the N slopes
 * sorted and z the normal quantile of the confidence,
 *
 *   σ² = [n(n−1)(2n+5) − Σ_x t(t−1)(2t+5) − Σ_y u(u−1)(2u+5)] / 18
 *   lower = slopes[round((N − z·σ)/2) − 1],  upper = slopes[round((N + z·σ)/2)]   (0-based, clamped)
 *
 * where t and u run over the sizes of groups of tied x and tied y values. The interval holds for
 * any continuous distribution of the residuals, which matters for RSS and latency series that are
 * anything but normal. It is the same construction as scipy.stats.theilslopes, which the tests
 * compare against.
 *
 * Cost: N = n(n−1)/2 slopes are stored and sorted, so callers summarise long series into windows
 * first (a few hundred points at most; `MAX_POINTS` refuses more).
 */
import { StatsInputError } from './errors.js';
import { normalQuantile } from './normal.js';

/** Above this many points the n² slopes stop being cheap; summarise into windows first. */
export const MAX_POINTS = 2000;

export interface TheilSenResult {
  /** Median pairwise slope, in y units per x unit. */
  slope: number;
  /** median(y) − slope · median(x). */
  intercept: number;
  /** Sen's two-sided confidence interval of the slope. */
  lower: number;
  upper: number;
  /** Points used and pairwise slopes formed (pairs with equal x are skipped). */
  n: number;
  pairs: number;
  confidence: number;
}

/**
 * The Theil–Sen slope of `y` against `x` and Sen's interval at `confidence` (default 0.95).
 * Throws StatsInputError for unequal lengths, non-finite values, fewer than 3 points, or all x
 * equal — there is no trend to estimate from those.
 */
export function theilSen(x: readonly number[], y: readonly number[], confidence = 0.95): TheilSenResult {
  if (x.length !== y.length) {
    throw new StatsInputError(`x and y: ${x.length} and ${y.length} values; a trend needs one y per x`);
  }
  if (x.length < 3) throw new StatsInputError(`x: ${x.length} points; a trend needs at least 3`);
  if (x.length > MAX_POINTS) {
    throw new StatsInputError(`x: ${x.length} points; summarise into at most ${MAX_POINTS} windows first`);
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence: ${confidence} is not between 0 and 1`);
  }
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i])) throw new StatsInputError(`x[${i}]: ${x[i]} is not a finite number`);
    if (!Number.isFinite(y[i])) throw new StatsInputError(`y[${i}]: ${y[i]} is not a finite number`);
  }
  const n = x.length;
  const slopes = new Float64Array((n * (n - 1)) / 2);
  let count = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const dx = x[j] - x[i];
      if (dx !== 0) slopes[count++] = (y[j] - y[i]) / dx;
    }
  }
  if (count === 0) throw new StatsInputError('x: every value is the same; there is no trend to estimate');
  const sorted = slopes.subarray(0, count).sort();
  const slope = medianOfSorted(sorted);
  const intercept = median(y) - slope * median(x);

  const varianceS = (n * (n - 1) * (2 * n + 5) - tieTerm(x) - tieTerm(y)) / 18;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const spread = z * Math.sqrt(Math.max(varianceS, 0));
  const lowerIndex = Math.max(roundHalfEven((count - spread) / 2) - 1, 0);
  const upperIndex = Math.min(roundHalfEven((count + spread) / 2), count - 1);
  return {
    slope,
    intercept,
    lower: sorted[lowerIndex],
    upper: sorted[upperIndex],
    n,
    pairs: count,
    confidence,
  };
}

/** Σ t(t−1)(2t+5) over groups of equal values: the ties' share of Kendall's S variance. */
function tieTerm(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  let sum = 0;
  let run = 1;
  for (let i = 1; i <= sorted.length; i++) {
    if (i < sorted.length && sorted[i] === sorted[i - 1]) {
      run++;
      continue;
    }
    if (run > 1) sum += run * (run - 1) * (2 * run + 5);
    run = 1;
  }
  return sum;
}

/** Rounds to the nearest integer, halves to the even one (as NumPy's round, which the reference uses). */
function roundHalfEven(v: number): number {
  const floor = Math.floor(v);
  const fraction = v - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

function median(values: readonly number[]): number {
  return medianOfSorted(Float64Array.from(values).sort());
}

function medianOfSorted(sorted: Float64Array): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
