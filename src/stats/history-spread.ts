/**
 * Is one new run's summary outside the run-to-run spread of earlier runs? The test behind cache
 * mode, where the baseline was measured on other machines at other times.
 *
 * Why not a rank test of trials: on shared CI runners the same code is 5–15 % faster or slower
 * from one machine to the next, and that shifts every trial of a run together. Trials of one run
 * cannot show it, so a trial-level test against a cached run raises an alarm for a third of
 * unchanged pull requests. The unit that carries this noise is the run, so the history is treated
 * as H draws of a run summary and the new run as one more draw: on the log scale (changes are
 * multiplicative), with mean m and standard deviation s of the H earlier log summaries,
 *
 *   t = (log x − m) / (σ · √(1 + 1/H))   ~ Student t with ν degrees of freedom under "no change"
 *
 * (the prediction interval for a new observation). With only a few runs s is itself a guess, so it
 * is pooled with a prior spread σ0 worth ν0 runs — σ² = (ν0·σ0² + (H − 1)·s²) / (ν0 + H − 1), ν =
 * ν0 + H − 1 — which keeps a history of 2 runs that happened to agree from claiming 0.1 % precision.
 * The prior is the 10 % run-to-run noise measured on hosted runners (docs/statistics.md); a long history
 * outweighs it.
 */
import { StatsInputError, assertSample } from './errors.js';
import { studentTSf, studentTUpperQuantile } from './student-t.js';

/** Prior run-to-run spread (log scale ≈ relative) and its weight in runs; see the file comment. */
export const PRIOR_RUN_SPREAD = 0.1;
export const PRIOR_RUN_SPREAD_WEIGHT = 2;

export interface HistorySpreadOptions {
  /** 'greater': a larger value is worse (latency); 'less': a smaller one is (throughput). */
  alternative: 'greater' | 'less';
  /** Two-sided confidence of the change interval. Default 0.95. */
  confidence?: number;
  priorSpread?: number;
  priorWeight?: number;
}

export interface HistorySpreadResult {
  /** x / exp(m) − 1: the change against the history's typical run. */
  change: number;
  lower: number;
  upper: number;
  /** One-sided p in the worse direction. */
  p: number;
  t: number;
  df: number;
  /** The pooled run-to-run standard deviation on the log scale (≈ relative spread). */
  spread: number;
  /** The history's own, unpooled spread (0 with one run). */
  historySpread: number;
  /** exp(m): the history's typical value. */
  center: number;
  runs: number;
  /** Standard error of log x − m. */
  standardError: number;
}

/** Tests a new run's summary `current` against the summaries `history` of earlier runs (file comment). */
export function historySpreadTest(current: number, history: readonly number[], options: HistorySpreadOptions): HistorySpreadResult {
  assertSample(history, 'history', false);
  const bad = [current, ...history].findIndex((v) => !(v > 0) || !Number.isFinite(v));
  if (bad >= 0) {
    const value = bad === 0 ? current : history[bad - 1];
    throw new StatsInputError(`${bad === 0 ? 'current' : `history[${bad - 1}]`}: ${value} is not a positive finite number; a relative change needs values > 0`);
  }
  const { confidence = 0.95, priorSpread = PRIOR_RUN_SPREAD, priorWeight = PRIOR_RUN_SPREAD_WEIGHT } = options;
  const logs = history.map(Math.log);
  const runs = logs.length;
  const m = logs.reduce((a, b) => a + b, 0) / runs;
  const ss = logs.reduce((a, v) => a + (v - m) ** 2, 0);
  const historySpread = runs > 1 ? Math.sqrt(ss / (runs - 1)) : 0;
  const df = priorWeight + runs - 1;
  if (!(df > 0)) throw new StatsInputError('history: one run and no prior spread leave no degrees of freedom');
  const spread = Math.sqrt((priorWeight * priorSpread ** 2 + ss) / df);
  const standardError = spread * Math.sqrt(1 + 1 / runs);
  const d = Math.log(current) - m;
  const t = standardError > 0 ? d / standardError : d === 0 ? 0 : Math.sign(d) * Infinity;
  const p = studentTSf(options.alternative === 'greater' ? t : -t, df);
  const half = studentTUpperQuantile((1 - confidence) / 2, df) * standardError;
  return {
    change: Math.expm1(d),
    lower: Math.expm1(d - half),
    upper: Math.expm1(d + half),
    p,
    t,
    df,
    spread,
    historySpread,
    center: Math.exp(m),
    runs,
    standardError,
  };
}

/**
 * The smallest worsening the test can flag at one-sided level `pNeeded`, as a positive fraction:
 * +18 % for latency (exp(q·se) − 1), 15 % less for throughput (1 − exp(−q·se)). Changes smaller
 * than this are inside the history's spread, whatever their cause.
 */
export function smallestDetectableChange(
  result: Pick<HistorySpreadResult, 'df' | 'standardError'>,
  pNeeded: number,
  alternative: 'greater' | 'less',
): number {
  const q = studentTUpperQuantile(pNeeded, result.df) * result.standardError;
  return alternative === 'greater' ? Math.expm1(q) : -Math.expm1(-q);
}
