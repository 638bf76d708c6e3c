/**
 * The permutation tests change-point detection (change-points.ts) runs on a segment of a series:
 * shuffle the segment's values, which destroys any order, and count the shuffles whose statistic is
 * at least the observed one: p = (1 + #{shuffled >= observed}) / (1 + R) (Davison & Hinkley,
 * "Bootstrap Methods and their Application", 1997, §4.3). Valid whatever the values' distribution,
 * as long as the values are exchangeable when nothing changed.
 *
 * Two statistics: the best split of the segment (the search included, for "did anything change in
 * here?") and one given split (for "is this change point, found already, real against its
 * neighbours?"). Shuffles come from a PRNG seeded by the segment's position, so the same series
 * always gives the same p. Both stop early once p can no longer reach `level` (the usual case when
 * nothing changed) and return the p so far. Pure.
 */
import { bestSplit, splitScore } from './energy-statistic.js';

/** mulberry32: a small, fast PRNG; good enough to shuffle, and reproducible from its seed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** How a segment is tested: shuffles, the seed they start from, and the level p must reach. */
export interface PermutationSettings {
  permutations: number;
  seed: number;
  level: number;
}

function permutationP(values: readonly number[], start: number, end: number, observed: number, s: PermutationSettings, statistic: (shuffled: Float64Array) => number): number {
  const random = prng(s.seed ^ Math.imul(start + 1, 0x9e3779b1) ^ Math.imul(end + 1, 0x85ebca6b));
  const shuffled = Float64Array.from(values.slice(start, end));
  const allowed = s.level * (s.permutations + 1) - 1;
  let atLeast = 0;
  for (let r = 1; r <= s.permutations; r++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    // Relative tolerance: a shuffle equal to the observed order must count as "at least".
    if (statistic(shuffled) >= observed * (1 - 1e-12)) atLeast++;
    if (atLeast > allowed) return (1 + atLeast) / (1 + r);
  }
  return (1 + atLeast) / (1 + s.permutations);
}

/**
 * p of `observed` against the best split (energy statistic, right end searched too) of shuffles of
 * values[start, end): the search over split points is part of the null distribution.
 */
export function bestSplitP(values: readonly number[], start: number, end: number, observed: number, minSegment: number, s: PermutationSettings): number {
  return permutationP(values, start, end, observed, s, (shuffled) => bestSplit(shuffled, 0, shuffled.length, minSegment)?.score ?? 0);
}

/**
 * p of the split of values[start, end) before `index` against the same split of shuffles: a
 * two-sample permutation test of the runs after the change point against the runs before it, on
 * the energy statistic.
 */
export function fixedSplitP(values: readonly number[], start: number, end: number, index: number, s: PermutationSettings): number {
  const observed = splitScore(values, start, end, index);
  return permutationP(values, start, end, observed, s, (shuffled) => splitScore(shuffled, 0, shuffled.length, index - start));
}
