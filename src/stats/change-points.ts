/**
 * Change points of a series: E-Divisive means with a permutation test (Matteson & James 2014, the
 * method MongoDB's performance team runs over its nightly results: Daly et al., "The Use of Change
 * Point Detection to Identify Software Performance Regressions in a Continuous Integration System",
 * ICPE 2020; Apache Otava, formerly DataStax's Hunter, implements the same family), then a pass that
 * keeps only changes large enough to matter.
 *
 * 1. Divide. Score every split of the series with the energy statistic Q (energy-statistic.ts),
 *    the right part ending anywhere (so a step later undone counts), and take the best. Shuffle the values R times and take the best Q of each shuffle:
 *    p = (1 + #{shuffled best >= observed}) / (1 + R). If p <= alpha the split is a change point
 *    and both halves are divided in the same way, each on its own.
 * 2. Prune. With the segments the change points leave, each change point's size is the
 *    Hodges–Lehmann shift of the segment after it against the segment before it (hodges-lehmann.ts,
 *    with its distribution-free interval). The smallest change below `minShift` is dropped and its
 *    neighbours are tested again on their merged segments, until every change is both significant
 *    and large enough (Otava re-checks each change point against its neighbours in the same way).
 *
 * A shuffle destroys any order, so under "no change" the shuffled statistic has the observed one's
 * distribution whatever the values' distribution (the runs must be exchangeable: a series with
 * strong autocorrelation but no step would be flagged more often). Shuffles come from a PRNG seeded
 * by the segment's position, so the same series always gives the same answer. Pure: numbers in,
 * numbers and warnings out.
 */
import { StatsInputError, assertSample } from './errors.js';
import { bestSplit, splitScore, splitScores } from './energy-statistic.js';
import { hodgesLehmannShift, type ShiftEstimate } from './hodges-lehmann.js';

/** Fewest values a segment may hold on either side of a change. */
export const DEFAULT_MIN_SEGMENT = 3;
/** Fewest values a series needs: fewer cannot reach a permutation p of 0.01 with two sides of 3+. */
export const DEFAULT_MIN_SERIES = 10;

export interface ChangePointOptions {
  /** Significance level of each permutation test, in (0, 0.5). */
  alpha: number;
  /** Smallest |shift| (the series' unit, e.g. log ratio) a change point must have to be kept; >= 0. */
  minShift: number;
  /** Fewest values on either side of a change point (default 3). */
  minSegment?: number;
  /** Shuffles per test (default: enough for alpha, at least 99: ⌈2/alpha⌉ − 1). */
  permutations?: number;
  /** Two-sided confidence of the shift's interval (default 0.95). */
  confidence?: number;
  /** Seed of the shuffles (default fixed: the same series gives the same change points). */
  seed?: number;
}

export interface ChangePoint {
  /** Index of the first value after the change. */
  index: number;
  /** Permutation p-value of the split within the segment between its neighbouring change points. */
  pValue: number;
  /** Hodges–Lehmann shift, values after minus values before, with its interval. */
  shift: ShiftEstimate;
  /** The segments compared: [start, end) indices. */
  before: { start: number; end: number };
  after: { start: number; end: number };
}

export interface ChangePointWarning {
  code: 'series-too-short';
  message: string;
  /** Values present, and values needed. */
  have: number;
  need: number;
}

export interface ChangePointResult {
  changePoints: ChangePoint[];
  warnings: ChangePointWarning[];
  alpha: number;
  permutations: number;
}

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

/**
 * Permutation p-value of the best split of values[start, end) scoring `observed`. Stops early once
 * p can no longer reach alpha (the usual case when nothing changed), returning the p so far.
 */
function permutationP(values: readonly number[], start: number, end: number, observed: number, o: Required<ChangePointOptions>): number {
  const random = prng(o.seed ^ Math.imul(start + 1, 0x9e3779b1) ^ Math.imul(end + 1, 0x85ebca6b));
  const shuffled = Float64Array.from(values.slice(start, end));
  const allowed = o.alpha * (o.permutations + 1) - 1;
  let atLeast = 0;
  for (let r = 1; r <= o.permutations; r++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    // Relative tolerance: a shuffle equal to the observed order must count as "at least".
    const best = bestSplit(shuffled, 0, shuffled.length, o.minSegment);
    if (best && best.score >= observed * (1 - 1e-12)) atLeast++;
    if (atLeast > allowed) return (1 + atLeast) / (1 + r);
  }
  return (1 + atLeast) / (1 + o.permutations);
}

function resolveOptions(options: ChangePointOptions): Required<ChangePointOptions> {
  const { alpha, minShift } = options;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 0.5)) throw new StatsInputError(`alpha: ${String(alpha)} must be between 0 and 0.5, exclusive`);
  if (typeof minShift !== 'number' || !(minShift >= 0) || !Number.isFinite(minShift)) throw new StatsInputError(`minShift: ${String(minShift)} must be a finite number >= 0`);
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 2`);
  const permutations = options.permutations ?? Math.max(99, Math.ceil(2 / alpha) - 1);
  if (!Number.isInteger(permutations) || permutations < 19) throw new StatsInputError(`permutations: ${String(permutations)} must be a whole number of at least 19`);
  return { alpha, minShift, minSegment, permutations, confidence: options.confidence ?? 0.95, seed: options.seed ?? 0x5eed };
}

/**
 * Step 1: the change points E-Divisive finds, each with the p-value it was accepted at. Every
 * segment's best split is tested on its own (the best Q of segments of different lengths are not
 * comparable, so stopping at the first segment whose best split fails would leave a real step in
 * another segment unseen).
 */
function divide(values: readonly number[], o: Required<ChangePointOptions>): Map<number, number> {
  const found = new Map<number, number>();
  const pending = [{ start: 0, end: values.length }];
  while (pending.length > 0) {
    const { start, end } = pending.pop()!;
    const split = bestSplit(values, start, end, o.minSegment);
    if (!split) continue;
    const p = permutationP(values, start, end, split.score, o);
    if (p > o.alpha) continue;
    found.set(split.index, p);
    pending.push({ start, end: split.index }, { start: split.index, end });
  }
  return found;
}

/**
 * Change points of `values` (oldest first), each with its p-value and its shift with an interval
 * (file comment). A series shorter than DEFAULT_MIN_SERIES (or 2·minSegment, if larger) returns no
 * change point and a `series-too-short` warning saying how many values there are of how many.
 * Throws StatsInputError for a NaN or infinite value or options out of range.
 */
export function changePoints(values: readonly number[], options: ChangePointOptions): ChangePointResult {
  const o = resolveOptions(options);
  const need = Math.max(DEFAULT_MIN_SERIES, 2 * o.minSegment);
  const base = { alpha: o.alpha, permutations: o.permutations };
  if (values.length < need) {
    return {
      ...base,
      changePoints: [],
      warnings: [{ code: 'series-too-short', have: values.length, need, message: `not enough runs yet (${values.length} of ${need})` }],
    };
  }
  assertSample(values, 'values', false);
  const pValues = divide(values, o);
  let indices = [...pValues.keys()].sort((a, b) => a - b);
  const shiftAt = (k: number) => {
    const start = k > 0 ? indices[k - 1] : 0;
    const end = k + 1 < indices.length ? indices[k + 1] : values.length;
    return { start, end, shift: hodgesLehmannShift(values.slice(indices[k], end), values.slice(start, indices[k]), { confidence: o.confidence }) };
  };
  // Step 2: drop the smallest change under minShift, or the least significant on its final
  // neighbours, one at a time, until every change point stands on its own segments.
  const retest = new Set<number>(indices);
  for (;;) {
    indices = relocate(values, indices, o.minSegment, retest);
    const shifts = indices.map((_, k) => shiftAt(k));
    let drop = -1;
    shifts.forEach((s, k) => {
      if (Math.abs(s.shift.shift) < o.minShift && (drop < 0 || Math.abs(s.shift.shift) < Math.abs(shifts[drop].shift.shift))) drop = k;
    });
    if (drop < 0) {
      for (const k of indices.keys()) {
        if (!retest.has(indices[k])) continue;
        retest.delete(indices[k]);
        const { start, end } = shifts[k];
        const best = bestSplit(values, start, end, o.minSegment);
        // Scored at its own position, tested against the best split of shuffles: conservative.
        const observed = best && best.index === indices[k] ? best.score : splitScore(values, start, end, indices[k]);
        const p = permutationP(values, start, end, observed, o);
        pValues.set(indices[k], p);
        if (p > o.alpha) {
          drop = k;
          break;
        }
      }
    }
    if (drop < 0) {
      return {
        ...base,
        warnings: [],
        changePoints: indices.map((index, k) => ({
          index,
          pValue: pValues.get(index)!,
          shift: shifts[k].shift,
          before: { start: shifts[k].start, end: index },
          after: { start: index, end: shifts[k].end },
        })),
      };
    }
    if (drop > 0) retest.add(indices[drop - 1]);
    if (drop + 1 < indices.length) retest.add(indices[drop + 1]);
    retest.delete(indices[drop]);
    indices = indices.filter((_, k) => k !== drop);
  }
}

/**
 * Moves each change point to the best split between its neighbours (a split found first in a wider
 * segment can sit between two real steps; once the steps are found it belongs at one of them).
 * Rounds until nothing moves (at most a few); moved points are tested again.
 */
function relocate(values: readonly number[], indices: number[], minSegment: number, retest: Set<number>): number[] {
  const moved = [...indices];
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (let k = 0; k < moved.length; k++) {
      const start = k > 0 ? moved[k - 1] : 0;
      const end = k + 1 < moved.length ? moved[k + 1] : values.length;
      const scores = splitScores(values, start, end, minSegment);
      let top = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i] > scores[top]) top = i;
      const index = start + minSegment + top;
      if (scores.length > 0 && index !== moved[k] && scores[top] > splitScore(values, start, end, moved[k]) * (1 + 1e-12)) {
        retest.delete(moved[k]);
        moved[k] = index;
        retest.add(index);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return moved;
}
