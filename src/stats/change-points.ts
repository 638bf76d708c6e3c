/**
 * Change points of a series: E-Divisive means with a permutation test (Matteson & James 2014, the
 * method MongoDB's performance team runs over its nightly results: Daly et al., "The Use of Change
 * Point Detection to Identify Software Performance Regressions in a Continuous Integration System",
 * ICPE 2020; Apache Otava, formerly DataStax's Hunter, implements the same family), then a pass that
 * keeps only changes large enough to matter.
 *
 * 1. Divide. Score every split of the series with the energy statistic Q (energy-statistic.ts),
 *    the right part ending anywhere (so a step later undone counts), and take the best. Shuffle the
 *    values R times and take the best Q of each shuffle (permutation-test.ts):
 *    p = (1 + #{shuffled best >= observed}) / (1 + R). If p <= alpha the split is a change point
 *    and both halves are divided in the same way, each on its own.
 * 2. Search jointly. Binary division has a blind spot: between two steps in the same direction its
 *    first split lands in the middle, where neither step is, and each half then holds one step
 *    close to its edge, too few runs to confirm. So once the whole series has changed, the
 *    partition that best explains it (least squared error plus a Schwarz penalty 2·σ²·ln n per
 *    split, σ from neighbour differences: optimal-partition.ts) adds its splits as candidates.
 * 3. Prune. With the segments the change points leave, each change point's size is the
 *    Hodges–Lehmann shift of the segment after it against the segment before it (hodges-lehmann.ts,
 *    with its distribution-free interval). The smallest change below `minShift` is dropped, or the
 *    least significant one, and its neighbours are tested again on their merged segments, until
 *    every change is both significant and large enough (Otava's merge step, Fleming et al.,
 *    "Hunter: Using Change Point Detection to Hunt for Performance Regressions", ICPE 2023). A
 *    change point left alone stands on the whole series and is tested as in 1, at alpha. With two
 *    or more, each is tested against its neighbours at its own position (a two-sample permutation
 *    test, as Otava tests each point with a t-test), at `alphaWithin`.
 *
 * Why a point among several may be tested at its own position, without paying for the search that
 * chose it: nothing is reported unless the whole-series test of 1 passed at alpha, so on a series
 * with no change a false change point appears at most alpha of the time whatever happens after
 * (the guard of closed testing: Marcus, Peritz & Gabriel, Biometrika 1976). What alphaWithin trades
 * is a second step found against an extra point beside a real change; docs/trends.md has the
 * measured trade-off.
 *
 * A shuffle destroys any order, so under "no change" the shuffled statistic has the observed one's
 * distribution whatever the values' distribution (the runs must be exchangeable: a series with
 * strong autocorrelation but no step would be flagged more often). Shuffles come from a PRNG seeded
 * by the segment's position, so the same series always gives the same answer. Pure: numbers in,
 * numbers and warnings out.
 */
import { StatsInputError, assertSample } from './errors.js';
import { bestSplit, splitScore, splitScores } from './energy-statistic.js';
import { differenceScale, optimalPartition } from './optimal-partition.js';
import { bestSplitP, fixedSplitP } from './permutation-test.js';
import { hodgesLehmannShift, type ShiftEstimate } from './hodges-lehmann.js';

/** Fewest values a segment may hold on either side of a change. */
export const DEFAULT_MIN_SEGMENT = 3;
/** Fewest values a series needs: fewer cannot reach a permutation p of 0.01 with two sides of 3+. */
export const DEFAULT_MIN_SERIES = 10;

export interface ChangePointOptions {
  /** Significance level of the test on the whole series, in (0, 0.5): no change point is reported unless it passes. */
  alpha: number;
  /**
   * Significance level of each change point tested against its neighbours when there are two or
   * more, in (0, 0.5) (default alpha / 2). See the file comment: the whole-series test at alpha
   * guards every report, so "no change" is still flagged at most alpha of the time.
   */
  alphaWithin?: number;
  /** Smallest |shift| (the series' unit, e.g. log ratio) a change point must have to be kept; >= 0. */
  minShift: number;
  /** Fewest values on either side of a change point (default 3). */
  minSegment?: number;
  /** Shuffles per test (default: enough for the smaller level, at least 99: ⌈2/min(alpha, alphaWithin)⌉ − 1). */
  permutations?: number;
  /** Two-sided confidence of the shift's interval (default 0.95). */
  confidence?: number;
  /** Seed of the shuffles (default fixed: the same series gives the same change points). */
  seed?: number;
}

export interface ChangePoint {
  /** Index of the first value after the change. */
  index: number;
  /**
   * Permutation p-value: of the whole series' best split when this is the only change point; of
   * this split between its neighbouring change points when there are more (file comment).
   */
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
  alphaWithin: number;
  permutations: number;
}

/** Most change points the joint search proposes (each is then tested on its own). */
const MAX_JOINT_SPLITS = 20;

/**
 * p of the one change point left, which stands on the whole series: scored at its own position (its
 * best right end if the best split is there), tested against the best split of shuffles.
 */
function wholeSeriesP(values: readonly number[], index: number, o: Required<ChangePointOptions>): number {
  const best = bestSplit(values, 0, values.length, o.minSegment);
  const observed = best && best.index === index ? best.score : splitScore(values, 0, values.length, index);
  return bestSplitP(values, 0, values.length, observed, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
}

function resolveOptions(options: ChangePointOptions): Required<ChangePointOptions> {
  const { alpha, minShift } = options;
  if (typeof alpha !== 'number' || !(alpha > 0 && alpha < 0.5)) throw new StatsInputError(`alpha: ${String(alpha)} must be between 0 and 0.5, exclusive`);
  if (typeof minShift !== 'number' || !(minShift >= 0) || !Number.isFinite(minShift)) throw new StatsInputError(`minShift: ${String(minShift)} must be a finite number >= 0`);
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 2`);
  const alphaWithin = options.alphaWithin ?? alpha / 2;
  if (typeof alphaWithin !== 'number' || !(alphaWithin > 0 && alphaWithin < 0.5)) {
    throw new StatsInputError(`alphaWithin: ${String(alphaWithin)} must be between 0 and 0.5, exclusive`);
  }
  const permutations = options.permutations ?? Math.max(99, Math.ceil(2 / Math.min(alpha, alphaWithin)) - 1);
  if (!Number.isInteger(permutations) || permutations < 19) throw new StatsInputError(`permutations: ${String(permutations)} must be a whole number of at least 19`);
  return { alpha, alphaWithin, minShift, minSegment, permutations, confidence: options.confidence ?? 0.95, seed: options.seed ?? 0x5eed };
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
    const p = bestSplitP(values, start, end, split.score, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
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
  const base = { alpha: o.alpha, alphaWithin: o.alphaWithin, permutations: o.permutations };
  if (values.length < need) {
    return {
      ...base,
      changePoints: [],
      warnings: [{ code: 'series-too-short', have: values.length, need, message: `not enough runs yet (${values.length} of ${need})` }],
    };
  }
  assertSample(values, 'values', false);
  const pValues = divide(values, o);
  if (pValues.size > 0) {
    // The whole series changed: the splits that best explain it jointly are candidates too.
    const sigma = differenceScale(values);
    for (const index of optimalPartition(values, o.minSegment, MAX_JOINT_SPLITS, 2 * sigma * sigma * Math.log(values.length))) {
      if (!pValues.has(index)) pValues.set(index, Number.NaN);
    }
  }
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
        const p = indices.length === 1 ? wholeSeriesP(values, indices[k], o) : fixedSplitP(values, start, end, indices[k], { permutations: o.permutations, seed: o.seed, level: o.alphaWithin });
        const level = indices.length === 1 ? o.alpha : o.alphaWithin;
        pValues.set(indices[k], p);
        if (p > level) {
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
