/**
 * The energy statistic of a split, the measure E-Divisive uses to decide where a series changed
 * (Matteson & James, "A Nonparametric Approach for Multiple Change Point Analysis of Multivariate
 * Data", JASA 109 (2014) 334–345; Székely & Rizzo's energy distance, α = 1).
 *
 * For a split of values into a left part X (n values) and a right part Y (m values):
 *
 *   E(X, Y) = 2·mean|xᵢ − yⱼ| − mean|xᵢ − xₖ| − mean|yⱼ − yₗ|      (V-statistics: all pairs, n² and m²)
 *   Q(X, Y) = n·m / (n + m) · E(X, Y)
 *
 * E is the squared energy distance (SciPy's `energy_distance` squared) and is zero only when both
 * parts have the same distribution; the n·m/(n + m) weight keeps a split near the ends from winning
 * on a handful of values. Matteson & James average the within-part distances over distinct pairs
 * (U-statistics); the V form differs by a factor (n − 1)/n on each within term, treats every split
 * alike, and can be checked against SciPy. Distances are absolute differences, so the statistic
 * sees a change in location, spread or shape, with no assumption of normality.
 *
 * All splits of a segment are scored in O(len²) time by updating the three distance sums as the
 * split point moves right.
 */
import { StatsInputError } from './errors.js';

/**
 * Q for every split of `values[start, end)` that leaves at least `minSegment` values on each side.
 * `scores[k]` belongs to the split before index `start + minSegment + k` (that index starts the
 * right part). Empty when the segment is shorter than 2·minSegment.
 */
export function splitScores(values: ArrayLike<number>, start: number, end: number, minSegment: number): Float64Array {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return new Float64Array(0);
  // Sum over unordered pairs inside the left part, inside the right part, and across.
  let left = 0;
  let right = 0;
  for (let i = start; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  const total = right;
  const scores = new Float64Array(length - 2 * minSegment + 1);
  for (let split = start + 1; split < end - minSegment + 1; split++) {
    // Moving values[split − 1] from the right part to the left part.
    const moved = values[split - 1];
    for (let i = start; i < split - 1; i++) left += Math.abs(values[i] - moved);
    for (let j = split; j < end; j++) right -= Math.abs(moved - values[j]);
    const n = split - start;
    if (n < minSegment) continue;
    const m = end - split;
    const across = total - left - right;
    // Unordered within-pair sums count each pair once; the V-statistic mean counts it twice over n².
    const energy = (2 * across) / (n * m) - (2 * left) / (n * n) - (2 * right) / (m * m);
    scores[n - minSegment] = ((n * m) / (n + m)) * energy;
  }
  return scores;
}

/**
 * The best split of `values[start, end)` as E-Divisive searches it (Matteson & James §2.2): the
 * left part X = [start, index), the right part Y = [index, right) for any right end up to `end`, so
 * a step that is later undone (a bump) is seen as clearly as one that stays. Returns the index that
 * starts the right part, the right end that scored best, and its Q. O(len²) with row prefix sums of
 * the distances: cross and within sums each grow by an O(1) difference of prefixes as the right end
 * moves.
 */
export function bestSplit(values: ArrayLike<number>, start: number, end: number, minSegment: number): { index: number; right: number; score: number } | undefined {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return undefined;
  // prefix[r * (length + 1) + c] = Σ_{k < c} |v_r − v_k| over the segment (local indices).
  const width = length + 1;
  const prefix = new Float64Array(length * width);
  for (let r = 0; r < length; r++) {
    const v = values[start + r];
    let sum = 0;
    for (let c = 0; c < length; c++) {
      prefix[r * width + c] = sum;
      sum += Math.abs(v - values[start + c]);
    }
    prefix[r * width + length] = sum;
  }
  let best: { index: number; right: number; score: number } | undefined;
  let left = 0;
  for (let tau = 1; tau <= length - minSegment; tau++) {
    // Add value tau − 1 to the left part: its distances to the values before it.
    left += prefix[(tau - 1) * width + (tau - 1)];
    if (tau < minSegment) continue;
    const n = tau;
    const withinLeft = (2 * left) / (n * n);
    let right = 0;
    let across = 0;
    for (let kappa = tau + 1; kappa <= length; kappa++) {
      const row = (kappa - 1) * width;
      right += prefix[row + (kappa - 1)] - prefix[row + tau];
      across += prefix[row + tau];
      const m = kappa - tau;
      if (m < minSegment) continue;
      const score = ((n * m) / (n + m)) * ((2 * across) / (n * m) - withinLeft - (2 * right) / (m * m));
      if (!best || score > best.score) best = { index: start + tau, right: start + kappa, score };
    }
  }
  return best;
}

/** Q of the one split of `values[start, end)` whose right part starts at `index` (0 if a side is empty). */
export function splitScore(values: ArrayLike<number>, start: number, end: number, index: number): number {
  const n = index - start;
  const m = end - index;
  if (n < 1 || m < 1) return 0;
  let across = 0;
  let left = 0;
  let right = 0;
  for (let i = start; i < index; i++) for (let j = index; j < end; j++) across += Math.abs(values[i] - values[j]);
  for (let i = start; i < index; i++) for (let j = i + 1; j < index; j++) left += Math.abs(values[i] - values[j]);
  for (let i = index; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  return ((n * m) / (n + m)) * ((2 * across) / (n * m) - (2 * left) / (n * n) - (2 * right) / (m * m));
}
