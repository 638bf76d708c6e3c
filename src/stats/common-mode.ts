/**
 * Runner noise is mostly common-mode: a slower machine slows every endpoint of a run together.
 * On the log scale a run summary is modelled additively,
 *
 *   L[run][endpoint] = μ[endpoint] + c[run] + u[run][endpoint]
 *
 * with c the run's common factor (the machine) and u a per-endpoint rest. Two consequences drive
 * cache mode's verdict (docs/statistics.md):
 * - an endpoint whose change differs from the run's common factor is evidence no machine factor
 *   explains, and the rest u is far smaller than c on shared runners, so one stored run is enough
 *   to see "/search 3× while every other endpoint is unchanged" (relativeChangeTest);
 * - the spread of u can be pooled over endpoints (and moderated toward a prior, as limma's
 *   moderated t does for genes with few replicates: Smyth 2004, "Linear models and empirical Bayes
 *   methods for assessing differential expression in microarray experiments"), so a short history
 *   still gives a usable variance (moderatedVariance).
 * Pure: numbers in, numbers out.
 */
import { StatsInputError } from './errors.js';
import { studentTSf, studentTUpperQuantile } from './student-t.js';

/** A value missing from a run (an endpoint with no usable trials) is NaN. */
export interface AdditiveFit {
  /** μ per endpoint (column). */
  endpointMeans: number[];
  /** c per run (row), centred so that they average 0. */
  runFactors: number[];
  /** L − μ − c, NaN where L is missing. */
  residuals: number[][];
  /** Per endpoint: the residuals' sum of squares and its share of the degrees of freedom. */
  endpointSS: number[];
  endpointDf: number[];
  /** Residual degrees of freedom: observations − runs − endpoints + 1 (0 when nothing is left). */
  df: number;
}

/**
 * Least-squares fit of the additive model above to a runs × endpoints matrix of log summaries
 * (alternating means, which converges at once on a complete matrix and in a few rounds with holes).
 */
export function additiveFit(matrix: readonly (readonly number[])[]): AdditiveFit {
  const runs = matrix.length;
  const endpoints = runs > 0 ? matrix[0].length : 0;
  if (runs === 0 || endpoints === 0) throw new StatsInputError('matrix: at least one run and one endpoint are needed');
  if (matrix.some((row) => row.length !== endpoints)) throw new StatsInputError('matrix: every run must list the same endpoints');
  const present = (v: number) => Number.isFinite(v);
  const runFactors = new Array<number>(runs).fill(0);
  const endpointMeans = new Array<number>(endpoints).fill(Number.NaN);
  for (let round = 0; round < 50; round++) {
    let moved = 0;
    for (let e = 0; e < endpoints; e++) {
      let sum = 0;
      let n = 0;
      for (let r = 0; r < runs; r++) if (present(matrix[r][e])) (sum += matrix[r][e] - runFactors[r]), n++;
      endpointMeans[e] = n > 0 ? sum / n : Number.NaN;
    }
    for (let r = 0; r < runs; r++) {
      let sum = 0;
      let n = 0;
      for (let e = 0; e < endpoints; e++) if (present(matrix[r][e]) && present(endpointMeans[e])) (sum += matrix[r][e] - endpointMeans[e]), n++;
      const next = n > 0 ? sum / n : 0;
      moved = Math.max(moved, Math.abs(next - runFactors[r]));
      runFactors[r] = next;
    }
    if (moved < 1e-12) break;
  }
  const mean = runFactors.reduce((a, b) => a + b, 0) / runs;
  for (let r = 0; r < runs; r++) runFactors[r] -= mean;
  for (let e = 0; e < endpoints; e++) endpointMeans[e] += mean;
  const residuals = matrix.map((row, r) => row.map((v, e) => (present(v) ? v - endpointMeans[e] - runFactors[r] : Number.NaN)));
  const counts = new Array<number>(endpoints).fill(0);
  const endpointSS = new Array<number>(endpoints).fill(0);
  let observations = 0;
  for (const row of residuals) {
    row.forEach((v, e) => {
      if (!present(v)) return;
      counts[e]++;
      endpointSS[e] += v * v;
      observations++;
    });
  }
  const usedEndpoints = counts.filter((n) => n > 0).length;
  const df = Math.max(0, observations - runs - usedEndpoints + 1);
  const endpointDf = counts.map((n) => (observations > 0 ? (df * n) / observations : 0));
  return { endpointMeans, runFactors, residuals, endpointSS, endpointDf, df };
}

export interface VarianceEstimate {
  variance: number;
  df: number;
}

/**
 * Pools variance estimates by their degrees of freedom: Σ dfᵢ·sᵢ² / Σ dfᵢ. With a prior among them
 * this is limma's moderated variance — the prior stands for `df` observations, so a short history
 * cannot claim a precision it has not seen, and a long one outweighs the prior.
 */
export function moderatedVariance(estimates: readonly VarianceEstimate[]): VarianceEstimate {
  let weighted = 0;
  let df = 0;
  for (const { variance, df: d } of estimates) {
    if (!(d > 0) || !Number.isFinite(variance) || variance < 0) continue;
    weighted += d * variance;
    df += d;
  }
  if (df === 0) throw new StatsInputError('estimates: no variance with positive degrees of freedom to pool');
  return { variance: weighted / df, df };
}

/** The median of finite values (NaN when there are none). */
export function finiteMedian(values: readonly number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/**
 * Finite-sample factors for Rousseeuw and Croux's Qn (1993, "Alternatives to the median absolute
 * deviation"), n = 3 … 30, and the degrees of freedom a variance estimate from it is worth: both
 * from 20,000 normal samples per n, chosen so that E[(c·Qn)²] = σ² and df = 2 / Var((c·Qn/σ)²).
 */
const QN_FACTOR = [0.768, 0.4494, 0.7395, 0.5683, 0.7951, 0.6336, 0.8293, 0.6901, 0.8534, 0.7334, 0.8726, 0.7604, 0.8877, 0.7856, 0.8974, 0.809, 0.9072, 0.8202, 0.915, 0.8373, 0.9216, 0.8518, 0.9296, 0.8613, 0.9312, 0.8686, 0.9386, 0.8769];
const QN_DF = [0.79, 1.76, 1.75, 3.08, 3.04, 4.28, 4.34, 5.77, 5.79, 7.12, 7.33, 8.69, 8.75, 9.9, 10.48, 11.51, 11.65, 12.98, 13.36, 14.82, 14.67, 16.19, 16.24, 17.55, 18.18, 19.24, 19.54, 20.93];

/**
 * A robust variance of values by Rousseeuw and Croux's Qn: 2.2219 × the k-th smallest of the
 * pairwise distances |xᵢ − xⱼ|, k = C(⌊n/2⌋ + 1, 2). It ignores up to half the values — a
 * minority of regressed endpoints cannot inflate it — and keeps 82 % of a standard deviation's
 * efficiency (the MAD keeps 37 %). Needs 3 values; degrees of freedom as in the tables above.
 */
export function robustVariance(values: readonly number[]): VarianceEstimate {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  if (n < 3) return { variance: Number.NaN, df: 0 };
  const distances: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) distances.push(Math.abs(v[i] - v[j]));
  distances.sort((a, b) => a - b);
  const h = (n >> 1) + 1;
  const qn = 2.2219 * distances[(h * (h - 1)) / 2 - 1];
  // Beyond the table the factor approaches 1 as n / (n + 1.4) (odd n) or n / (n + 3.8) (even n).
  const factor = n <= 30 ? QN_FACTOR[n - 3] : n % 2 ? n / (n + 1.4) : n / (n + 3.8);
  const df = n <= 30 ? QN_DF[n - 3] : 0.7 * n;
  const sigma = factor * qn;
  return { variance: sigma * sigma, df };
}

/**
 * Variance of a median of n values that each have variance `v`, as a multiple of v: exact for
 * n ≤ 2 (one value, or the mean of two), π / (2n) beyond (its large-sample value).
 */
export function medianVarianceFactor(n: number): number {
  if (n <= 0) return Number.POSITIVE_INFINITY;
  return n <= 2 ? 1 / n : Math.PI / (2 * n);
}

export interface RelativeChangeInput {
  /** Log deviation of every endpoint of the run from its history mean (NaN where missing). */
  deviations: readonly number[];
  /** Which endpoint to test. */
  index: number;
  /** Per-run variance of the endpoint-specific rest u, per endpoint (log scale). */
  variances: readonly number[];
  /** Degrees of freedom behind the tested endpoint's variance. */
  df: number;
  /** Runs in the history the deviations are measured from. */
  runs: number;
  /** 'greater': a rise is worse (latency); 'less': a fall is (throughput). */
  alternative: 'greater' | 'less';
  confidence?: number;
}

export interface RelativeChangeResult {
  /** exp(dᵢ − c₋ᵢ) − 1: the endpoint's change beyond the run's common factor. */
  change: number;
  lower: number;
  upper: number;
  p: number;
  t: number;
  df: number;
  standardError: number;
  /** exp(c₋ᵢ) − 1: the run's common change, from the other endpoints (median). */
  runFactor: number;
}

/**
 * Tests whether one endpoint moved against the rest of its run: t = (dᵢ − c₋ᵢ) / se, where c₋ᵢ is
 * the median deviation of the *other* endpoints (so the endpoint under test cannot pull the common
 * factor toward itself) and
 *
 *   se² = vᵢ·(1 + 1/H) + Var(c₋ᵢ),   Var(c₋ᵢ) ≈ median(v₋ᵢ)·(1 + 1/H)·medianVarianceFactor(K − 1)
 *
 * (the current run's rest and the history mean's, plus the uncertainty of the common factor).
 * Under "no change on this endpoint" t follows Student's t with the variance's degrees of freedom.
 * Adding one constant to every deviation — a faster or slower machine — leaves t unchanged.
 * Returns undefined when fewer than two endpoints have a deviation.
 */
export function relativeChangeTest(input: RelativeChangeInput): RelativeChangeResult | undefined {
  const { deviations, index, variances, runs, alternative, confidence = 0.95 } = input;
  const d = deviations[index];
  if (!Number.isFinite(d)) return undefined;
  const others: number[] = [];
  const otherVariances: number[] = [];
  deviations.forEach((v, i) => {
    if (i === index || !Number.isFinite(v)) return;
    others.push(v);
    otherVariances.push(variances[i]);
  });
  if (others.length === 0) return undefined;
  if (!(runs >= 1)) throw new StatsInputError(`runs: ${runs} is not a number of history runs (1 or more)`);
  if (!(input.df > 0)) throw new StatsInputError(`df: ${input.df} must be positive`);
  const inflation = 1 + 1 / runs;
  const common = finiteMedian(others);
  // The median of the others barely moves with one noisy endpoint among them (a sub-millisecond
  // one, say), so their typical variance — the median, not the mean — is what it carries.
  const typicalOther = finiteMedian(otherVariances);
  const variance = variances[index] * inflation + typicalOther * inflation * medianVarianceFactor(others.length);
  const standardError = Math.sqrt(variance);
  const shift = d - common;
  const t = standardError > 0 ? shift / standardError : shift === 0 ? 0 : Math.sign(shift) * Infinity;
  const p = studentTSf(alternative === 'greater' ? t : -t, input.df);
  const half = studentTUpperQuantile((1 - confidence) / 2, input.df) * standardError;
  return {
    change: Math.expm1(shift),
    lower: Math.expm1(shift - half),
    upper: Math.expm1(shift + half),
    p,
    t,
    df: input.df,
    standardError,
    runFactor: Math.expm1(common),
  };
}
