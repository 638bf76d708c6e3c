/**
 * The best partition of a series into k segments by squared error around each segment's mean
 * (optimal partitioning by dynamic programming: Jackson et al., "An algorithm for optimal
 * partitioning of data on an interval", IEEE Signal Processing Letters 12 (2005); Killick et al.,
 * "Optimal detection of changepoints with a linear computational cost", JASA 107 (2012), whose
 * penalty form is used to choose k). Binary segmentation finds one split at a time, and between two
 * steps in the same direction its first split lands between them, where neither is; searching the
 * splits jointly puts them on both steps at once. Change-point detection (change-points.ts) takes
 * these splits as candidates and tests each one; nothing here decides what is significant.
 *
 * O(k·n²) time with prefix sums. Pure.
 */
import { StatsInputError } from './errors.js';

/** The squared error of values[start, end) around its mean, from prefix sums of x and x². */
function costOf(sum: Float64Array, squares: Float64Array, start: number, end: number): number {
  const n = end - start;
  const s = sum[end] - sum[start];
  return Math.max(0, squares[end] - squares[start] - (s * s) / n);
}

/**
 * Split indices (each the first index of a segment after the first) of the partition of `values`
 * into at most `maxSplits + 1` segments of at least `minSegment` values that minimizes
 * squared error + `penalty` per split. `penalty` is in the values' squared unit (e.g. 2·σ²·ln n,
 * the Schwarz criterion for a change in mean with noise σ).
 */
export function optimalPartition(values: readonly number[], minSegment: number, maxSplits: number, penalty: number): number[] {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  if (!(Number.isInteger(maxSplits) && maxSplits >= 0)) throw new StatsInputError(`maxSplits: ${String(maxSplits)} must be a whole number >= 0`);
  if (!(penalty >= 0 && Number.isFinite(penalty))) throw new StatsInputError(`penalty: ${String(penalty)} must be a finite number >= 0`);
  const n = values.length;
  const sum = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum[i + 1] = sum[i] + values[i];
    squares[i + 1] = squares[i] + values[i] * values[i];
  }
  const most = Math.min(maxSplits, Math.floor(n / minSegment) - 1);
  if (most < 1) return [];
  // best[k][e]: least cost of values[0, e) in k + 1 segments; from[k][e]: where its last one starts.
  const best: Float64Array[] = [];
  const from: Int32Array[] = [];
  best.push(new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY));
  from.push(new Int32Array(n + 1));
  for (let e = minSegment; e <= n; e++) best[0][e] = costOf(sum, squares, 0, e);
  let chosen = { splits: 0, total: best[0][n] };
  for (let k = 1; k <= most; k++) {
    const row = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const back = new Int32Array(n + 1);
    for (let e = (k + 1) * minSegment; e <= n; e++) {
      for (let s = k * minSegment; s <= e - minSegment; s++) {
        const c = best[k - 1][s] + costOf(sum, squares, s, e);
        if (c < row[e]) {
          row[e] = c;
          back[e] = s;
        }
      }
    }
    best.push(row);
    from.push(back);
    const total = row[n] + k * penalty;
    if (total < chosen.total) chosen = { splits: k, total };
  }
  const splits: number[] = [];
  let end = n;
  for (let k = chosen.splits; k >= 1; k--) {
    end = from[k][end];
    splits.push(end);
  }
  return splits.reverse();
}

/**
 * The noise scale of a series with steps in it: the median absolute difference of neighbours over
 * 0.6745·√2 (a step moves one difference only, so it barely moves the median; for normal noise
 * of σ, |xᵢ₊₁ − xᵢ| has median 0.6745·√2·σ).
 */
export function differenceScale(values: readonly number[]): number {
  if (values.length < 2) return 0;
  const d = values.slice(1).map((v, i) => Math.abs(v - values[i])).sort((a, b) => a - b);
  const mid = d.length >> 1;
  const median = d.length % 2 ? d[mid] : (d[mid - 1] + d[mid]) / 2;
  return median / (0.6745 * Math.SQRT2);
}
