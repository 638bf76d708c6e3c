/**
 * The trial-level comparison: for each endpoint and metric, the current run's per-trial values are
 * tested against the baseline's with a one-sided Mann–Whitney U test in the direction that is worse
 * for the metric, and the change is estimated by the Hodges–Lehmann shift of log values. This is
 * the test of paired mode: the baseline's trials measured on the same runner, interleaved with ours.
 * (Against a cached run from another machine it is not valid: see history-compare.ts.)
 *
 * Why per-trial summaries and not raw per-request latencies: requests within a run are serially
 * correlated, so a test on thousands of raw latencies treats them as independent and flags
 * differences that are only run-to-run noise. Trials are the independent-enough unit.
 *
 * p is exact (the permutation distribution of U) when there are no ties and the samples are small
 * enough to enumerate — 12 against 12 trials reach p = 1/C(24, 12) ≈ 3.7e-7, far below a Holm
 * threshold over 30 tests — and the tie-corrected normal approximation otherwise.
 */
import type { RegressionMetric, RegressionSettings, SeverityCutoffs } from '../profile/types.js';
import type { EndpointResult, TrialSummary } from '../metrics/types.js';
import type { BaselineEndpoint } from '../baseline/types.js';
import { errorRateIncrease, mannWhitneyU, minimumAchievableP, relativeShift } from '../stats/index.js';
import { EXACT_MAX_WORK, exactWork } from '../stats/u-distribution.js';
import { median } from 'simple-statistics';
import { ERROR_RATE_CUTOFFS } from './severity.js';
import { adjustComparisons, type RawComparison } from './adjust.js';
import { eligibleMetrics } from './eligibility.js';
import type { MetricComparison, VerdictNote } from './types.js';

/** Reads one metric from a trial summary. */
export function trialValue(trial: TrialSummary, metric: RegressionMetric): number {
  if (metric === 'throughput') return trial.rps;
  if (metric === 'error_rate') return trial.errorRate;
  return trial.latencyMs[metric];
}

/** Throughput falls when things get worse; latency and error rate rise. */
export function worseIsLower(metric: RegressionMetric): boolean {
  return metric === 'throughput';
}

/** Whether an estimated change points to worse, better, or nothing (within `epsilon`). */
export function directionOf(change: number, epsilon: number, lowerIsWorse: boolean): 'worse' | 'better' | 'same' {
  if (Math.abs(change) < epsilon) return 'same';
  return change > 0 !== lowerIsWorse ? 'worse' : 'better';
}

/**
 * Error rate by a test for proportions (Fisher's exact upper tail) on pooled counts: an error is a
 * per-request event, and a handful of errors per trial would give a rank test nothing to rank.
 */
export function testErrorRate(
  endpoint: string,
  current: { errors: number; requests: number },
  baseline: { errors: number; requests: number },
): RawComparison {
  const test = errorRateIncrease(current.errors, current.requests, baseline.errors, baseline.requests);
  const change = test.currentRate - test.baselineRate;
  return {
    endpoint,
    metric: 'error_rate',
    baseline: test.baselineRate,
    current: test.currentRate,
    change,
    changeKind: 'points',
    p: test.p,
    n1: current.requests,
    n2: baseline.requests,
    direction: directionOf(change, 0.0005, false),
    cutoffs: ERROR_RATE_CUTOFFS,
  };
}

/** Tests one endpoint × metric on trials. */
function testMetric(current: EndpointResult, baseline: BaselineEndpoint, metric: RegressionMetric, cutoffs: SeverityCutoffs): RawComparison {
  if (metric === 'error_rate') return testErrorRate(current.name, current, baseline);
  const x = current.trials.map((t) => trialValue(t, metric));
  const y = baseline.trials.map((t) => trialValue(t, metric));
  return testTrialValues(current.name, metric, x, y, worseIsLower(metric), cutoffs);
}

/**
 * The trial-level test of one figure: `x` the current run's per-trial values, `y` the baseline's;
 * exact Mann–Whitney when it can be enumerated, Hodges–Lehmann shift of logs for the change.
 * Shared by the endpoint metrics and the target's CPU per request (cpu-compare.ts).
 */
export function testTrialValues(
  endpoint: string,
  metric: MetricComparison['metric'],
  x: readonly number[],
  y: readonly number[],
  lower: boolean,
  cutoffs: SeverityCutoffs,
): RawComparison {
  const base = { endpoint, metric, baseline: median([...y]), current: median([...x]) };
  const small = exactWork(x.length, y.length) <= EXACT_MAX_WORK && new Set([...x, ...y]).size === x.length + y.length;
  const mw = mannWhitneyU([...x], [...y], { alternative: lower ? 'less' : 'greater', method: small ? 'exact' : 'auto' });
  const positive = x.every((v) => v > 0) && y.every((v) => v > 0);
  const shift = positive ? relativeShift([...x], [...y], { confidence: 0.95 }) : undefined;
  const change = shift ? shift.change : base.baseline > 0 ? base.current / base.baseline - 1 : 0;
  return {
    ...base,
    change,
    changeKind: 'relative',
    ...(shift ? { interval: { lower: shift.lower, upper: shift.upper, confidence: 0.95 } } : {}),
    p: mw.p,
    n1: x.length,
    n2: y.length,
    direction: directionOf(change, 0.005, lower),
    method: 'trials',
    cutoffs,
  };
}

/** The comparisons of a run and the notes they gave. */
export interface ComparisonOutcome {
  comparisons: MetricComparison[];
  notes: VerdictNote[];
}

/**
 * Compares every endpoint present in both runs on every configured metric its trials support,
 * then applies Holm (blocking) and Benjamini–Hochberg (advisory) across all the tests at the
 * profile's alpha — `runTests` (run-level figures such as the target's CPU per request,
 * cpu-compare.ts) among them.
 */
export function compareWithBaseline(
  current: readonly EndpointResult[],
  baseline: readonly BaselineEndpoint[],
  settings: RegressionSettings,
  endpointCutoffs: ReadonlyMap<string, SeverityCutoffs> = new Map(),
  runTests: readonly RawComparison[] = [],
): ComparisonOutcome {
  const notes: VerdictNote[] = [];
  const tests: RawComparison[] = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  for (const endpoint of current) {
    const before = baseline.find((b) => b.name === endpoint.name);
    if (!before || before.trials.length === 0) {
      notes.push({ code: 'new-endpoint', params: { endpoint: endpoint.name } });
      continue;
    }
    if (endpoint.trials.length === 0) continue;
    if (endpoint.requests === 0 || before.requests === 0) {
      notes.push({ code: 'no-data', params: { endpoint: endpoint.name, missingIn: endpoint.requests === 0 ? 'current' : 'baseline' } });
      continue;
    }
    const cutoffs = endpointCutoffs.get(endpoint.name) ?? settings.severity;
    for (const metric of eligible.metricsFor.get(endpoint.name) ?? []) tests.push(testMetric(endpoint, before, metric, cutoffs));
  }
  tests.push(...runTests);
  if (tests.length === 0) return { comparisons: [], notes };
  const comparisons = adjustComparisons(tests, settings.alpha);
  notes.push(...powerNotes(comparisons, settings.alpha));
  return { comparisons, notes };
}

/**
 * Says when the trial counts make a finding impossible: with n1 and n2 trials the smallest exact
 * one-sided p is 1 / C(n1 + n2, n1), and Holm's first step needs p below alpha / m.
 */
function powerNotes(comparisons: readonly MetricComparison[], alpha: number): VerdictNote[] {
  const ranked = comparisons.filter((c) => c.metric !== 'error_rate');
  if (ranked.length === 0) return [];
  const { n1, n2 } = ranked[0];
  const smallest = minimumAchievableP(n1, n2, 'greater');
  const needed = alpha / comparisons.length;
  if (smallest < needed) return [];
  return [
    {
      code: 'too-few-trials',
      params: { currentTrials: n1, baselineTrials: n2, smallestP: smallest, tests: comparisons.length, alpha, neededP: needed },
    },
  ];
}
