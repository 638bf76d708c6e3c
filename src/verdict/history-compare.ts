/**
 * Cache mode: this run against the stored history of one or more runs, which were measured on
 * other machines at other times. A run's summary of a metric is the median of its per-trial values
 * (robust to one odd trial), and the run — not the trial — is the unit: trials of one run share its
 * machine, so they cannot show how much runs differ.
 *
 * Each endpoint × metric gets two tests (docs/statistics.md has the reasoning and the figures):
 * - **relative** (stats/common-mode.ts): the endpoint's change against the run's common factor,
 *   the median change of its other endpoints. Runner noise moves every endpoint of a run together,
 *   so what is left — the per-endpoint rest — is small, and its spread is pooled over endpoints and
 *   moderated toward a prior. This test needs two endpoints and gates from the first stored run.
 * - **history** (stats/history-spread.ts): the endpoint's summary against the run-to-run spread of
 *   its own history, the witness for a change that hits every endpoint at once.
 * Both go into one Holm family (what blocks) and one Benjamini–Hochberg family (what is advisory);
 * each endpoint × metric then shows the test that said more. Error rate is a per-request
 * proportion and keeps Fisher's test on the history's pooled counts.
 */
import type { RegressionMetric, RegressionSettings, SeverityCutoffs } from '../profile/types.js';
import type { EndpointResult, TrialSummary } from '../metrics/types.js';
import type { BaselineRun } from '../baseline/types.js';
import { historySpreadTest, smallestDetectableChange } from '../stats/history-spread.js';
import { additiveFit, moderatedVariance, relativeChangeTest, robustVariance, type VarianceEstimate } from '../stats/common-mode.js';
import { studentTUpperQuantile } from '../stats/student-t.js';
import { median } from 'simple-statistics';
import { adjustComparisons, type RawComparison } from './adjust.js';
import { directionOf, testErrorRate, trialValue, worseIsLower, type ComparisonOutcome } from './compare.js';
import { eligibleMetrics } from './eligibility.js';
import { LEVELS } from './types.js';
import type { MetricComparison, VerdictNote } from './types.js';
import type { MetricDetectable } from './notes.js';

/**
 * Prior for the per-endpoint rest's run-to-run spread (log scale ≈ relative) and its weight in
 * degrees of freedom. Measured on a 2-core runner with the demo service restarted between runs:
 * 4.9% on p50 and 4.4% on p95; across runner machines it grows, hence 7%. Weighted like eight
 * observations, so a history of a few runs of a service of a few endpoints soon outweighs it;
 * docs/statistics.md has the measurements behind the weight (four let a real 2× slip half the
 * time after one stored run; eight costs false alarms only where endpoints move 10–15% on their own).
 */
export const PRIOR_REST_SPREAD = 0.07;
export const PRIOR_REST_WEIGHT = 8;
/** How much an endpoint's own variance may differ from the pooled one (limma's d0, in degrees of freedom). */
export const ENDPOINT_SHRINK_WEIGHT = 20;
/**
 * Absolute timing jitter (ms) of a latency summary on a shared runner: a 0.2 ms endpoint moves by
 * 0.05 ms between runs with nothing changed, so its relative spread has this floor.
 */
export const LATENCY_JITTER_MS = 0.03;

/** Log run summary of one endpoint and metric, and its sampling variance from the spread of its trials. */
interface RunValue {
  log: number;
  /** Variance of the log median of the trials: (π/2)·s²/T (0 with one trial). */
  sampling: number;
}

function runValue(trials: readonly TrialSummary[], metric: RegressionMetric): RunValue | undefined {
  const values = trials.filter((t) => t.requests > 0).map((t) => trialValue(t, metric)).filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return undefined;
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const s2 = logs.length > 1 ? logs.reduce((a, v) => a + (v - mean) ** 2, 0) / (logs.length - 1) : 0;
  return { log: Math.log(median(values)), sampling: (Math.PI / 2) * (s2 / logs.length) };
}

const isLatency = (metric: RegressionMetric) => metric !== 'throughput' && metric !== 'error_rate';

/** The run-summary tests of one metric across every endpoint that has it (file comment). */
function testMetricAcrossEndpoints(
  endpoints: readonly EndpointResult[],
  runs: readonly BaselineRun[],
  metric: RegressionMetric,
  cutoffsFor: (name: string) => SeverityCutoffs,
  pNeeded: number,
): { tests: RawComparison[]; missing: string[] } {
  const rows: { e: EndpointResult; current: RunValue; history: (RunValue | undefined)[] }[] = [];
  const missing: string[] = [];
  for (const e of endpoints) {
    const current = runValue(e.trials, metric);
    const history = runs.map((run) => {
      const b = run.endpoints.find((x) => x.name === e.name);
      return b ? runValue(b.trials, metric) : undefined;
    });
    if (current === undefined || history.every((h) => h === undefined)) missing.push(e.name);
    else rows.push({ e, current, history });
  }
  if (rows.length === 0) return { tests: [], missing };

  const H = runs.length;
  const matrix = runs.map((_, r) => rows.map((row) => row.history[r]?.log ?? Number.NaN));
  const fit = additiveFit(matrix);
  const deviations = rows.map((row, i) => row.current.log - fit.endpointMeans[i]);
  const inflation = 1 + 1 / H;

  // The per-endpoint rest's spread: prior, the history's residuals, and (with enough endpoints to
  // be robust to a regressed one) this run's spread of deviations around their median.
  const sources: VarianceEstimate[] = [{ variance: PRIOR_REST_SPREAD ** 2, df: PRIOR_REST_WEIGHT }];
  if (fit.df > 0) sources.push({ variance: fit.endpointSS.reduce((a, b) => a + b, 0) / fit.df, df: fit.df });
  if (rows.length >= 4) {
    const scale = robustVariance(deviations);
    sources.push({ variance: scale.variance / inflation, df: scale.df });
  }
  const pooled = moderatedVariance(sources);

  const variances = rows.map((row, i) => {
    const own = fit.endpointDf[i] > 0 ? [{ variance: fit.endpointSS[i] / fit.endpointDf[i], df: fit.endpointDf[i] }] : [];
    const shrunk = moderatedVariance([{ variance: pooled.variance, df: Math.min(pooled.df, ENDPOINT_SHRINK_WEIGHT) }, ...own]);
    const samplings = [row.current.sampling, ...row.history.flatMap((h) => (h ? [h.sampling] : []))];
    const sampling = samplings.reduce((a, b) => a + b, 0) / samplings.length;
    const jitter = isLatency(metric) ? (LATENCY_JITTER_MS / Math.exp(fit.endpointMeans[i])) ** 2 : 0;
    return { variance: Math.max(shrunk.variance, sampling, jitter), df: shrunk.df };
  });

  const lower = worseIsLower(metric);
  const alternative = lower ? 'less' : 'greater';
  const tests: RawComparison[] = [];
  rows.forEach((row, i) => {
    const name = row.e.name;
    const cutoffs = cutoffsFor(name);
    const current = Math.exp(row.current.log);
    const historyValues = row.history.flatMap((h) => (h ? [Math.exp(h.log)] : []));
    const base = { endpoint: name, metric, current, changeKind: 'relative' as const, n1: row.e.trials.length, n2: historyValues.length, cutoffs };

    const spread = historySpreadTest(current, historyValues, { alternative });
    tests.push({
      ...base,
      baseline: spread.center,
      change: spread.change,
      interval: { lower: spread.lower, upper: spread.upper, confidence: 0.95 },
      p: spread.p,
      direction: directionOf(spread.change, 0.005, lower),
      method: 'history',
      detectable: smallestDetectableChange(spread, pNeeded, alternative),
      spread: spread.spread,
    });

    const relative = relativeChangeTest({
      deviations,
      index: i,
      variances: variances.map((v) => v.variance),
      df: variances[i].df,
      runs: H,
      alternative,
    });
    if (!relative) return;
    const q = studentTUpperQuantile(pNeeded, relative.df) * relative.standardError;
    tests.push({
      ...base,
      // What this endpoint would read had it moved with the rest of the run.
      baseline: current / (1 + relative.change),
      change: relative.change,
      interval: { lower: relative.lower, upper: relative.upper, confidence: 0.95 },
      p: relative.p,
      direction: directionOf(relative.change, 0.005, lower),
      method: 'relative',
      detectable: lower ? -Math.expm1(-q) : Math.expm1(q),
      spread: Math.sqrt(variances[i].variance),
      runFactor: relative.runFactor,
    });
  });
  return { tests, missing };
}

/**
 * Compares this run with a cached history of one or more runs (file comment): Holm for what
 * blocks and Benjamini–Hochberg for what is advisory, and notes the smallest change it can detect.
 * `runTests` are tests of run-level figures (the target's CPU per request, cpu-compare.ts) that
 * join the same two families.
 */
export function compareWithHistory(
  current: readonly EndpointResult[],
  runs: readonly BaselineRun[],
  settings: RegressionSettings,
  endpointCutoffs: ReadonlyMap<string, SeverityCutoffs> = new Map(),
  runTests: readonly RawComparison[] = [],
): ComparisonOutcome {
  const notes: VerdictNote[] = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  const cutoffsFor = (name: string) => endpointCutoffs.get(name) ?? settings.severity;
  const metricsInUse = settings.metrics.filter((m) => current.some((e) => eligible.metricsFor.get(e.name)?.includes(m)));
  // Holm's first step: the most lenient threshold any one test can meet. Each endpoint × metric has
  // the history test, and the relative test too where two or more endpoints have the metric.
  const planned = metricsInUse.reduce((n, m) => {
    const k = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(m)).length;
    return n + (m === 'error_rate' || k < 2 ? k : 2 * k);
  }, 0);
  const pNeeded = settings.alpha / Math.max(1, planned);
  const tests: RawComparison[] = [];
  const missing = new Set<string>();
  const noData = new Set<string>();
  for (const metric of metricsInUse) {
    const endpoints = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(metric));
    if (metric === 'error_rate') {
      for (const e of endpoints) {
        const inHistory = runs.flatMap((run) => run.endpoints.filter((b) => b.name === e.name));
        if (inHistory.length === 0) {
          missing.add(e.name);
          continue;
        }
        const pooled = inHistory.reduce((a, c) => ({ errors: a.errors + c.errors, requests: a.requests + c.requests }), { errors: 0, requests: 0 });
        if (e.requests === 0 || pooled.requests === 0) {
          noData.add(e.name);
          continue;
        }
        tests.push({ ...testErrorRate(e.name, e, pooled), method: 'history' });
      }
      continue;
    }
    const outcome = testMetricAcrossEndpoints(endpoints, runs, metric, cutoffsFor, pNeeded);
    tests.push(...outcome.tests);
    for (const name of outcome.missing) {
      const inHistory = runs.some((run) => run.endpoints.some((b) => b.name === name));
      (inHistory ? noData : missing).add(name);
    }
  }
  for (const name of missing) notes.push({ code: 'new-endpoint', params: { endpoint: name } });
  for (const name of noData) {
    if (missing.has(name)) continue;
    notes.push({ code: 'no-data', params: { endpoint: name, missingIn: 'some-metrics' } });
  }
  const adjusted = adjustComparisons([...tests, ...runTests], settings.alpha);
  notes.push(...historyNotes(adjusted, runs.length, current.length, settings.severity));
  const comparisons = strongestPerMetric(adjusted);
  return { comparisons, notes };
}

const rank = (level: MetricComparison['severity'] | undefined) => LEVELS.indexOf(level ?? 'none');

/**
 * Of an endpoint × metric's tests, the one that says more: a blocking severity, then an advisory
 * one, then the smaller p. The row keeps the relative test's smallest detectable change (what one
 * endpoint alone must move by to be flagged) when there is one.
 */
function strongestPerMetric(comparisons: readonly MetricComparison[]): MetricComparison[] {
  const chosen = new Map<string, MetricComparison>();
  const relativeDetectable = new Map<string, number>();
  const key = (c: MetricComparison) => `${c.endpoint}\u0000${c.metric}`;
  for (const c of comparisons) {
    if (c.method === 'relative' && c.detectable !== undefined) relativeDetectable.set(key(c), c.detectable);
    const other = chosen.get(key(c));
    const better = !other || rank(c.severity) - rank(other.severity) || rank(c.advisorySeverity) - rank(other.advisorySeverity) || other.pAdjusted - c.pAdjusted;
    if (better === true || better > 0) chosen.set(key(c), c);
  }
  return [...chosen.values()].map((c) => {
    const d = relativeDetectable.get(key(c));
    return d === undefined ? c : { ...c, detectable: d };
  });
}

/**
 * What this history can see: the smallest detectable change (median over endpoints) of each test,
 * a warning when even a critical change on every endpoint at once would be inside the spread, and
 * what a one-endpoint service loses.
 */
export function historyNotes(comparisons: readonly MetricComparison[], runs: number, endpoints: number, cutoffs: SeverityCutoffs): VerdictNote[] {
  const notes: VerdictNote[] = [];
  const detectable = (method: 'history' | 'relative'): MetricDetectable[] => {
    const byMetric = new Map<RegressionMetric, number[]>();
    for (const c of comparisons) {
      if (c.method !== method || c.detectable === undefined || c.metric === 'capacity' || c.metric === 'target_cpu_per_request' || c.metric === 'recovery_time') continue;
      byMetric.set(c.metric, [...(byMetric.get(c.metric) ?? []), c.detectable]);
    }
    return [...byMetric].map(([metric, values]) => ({ metric, detectable: median(values) }));
  };
  const relative = detectable('relative');
  const history = detectable('history');
  if (relative.length > 0 || history.length > 0) notes.push({ code: 'history-sensitivity', params: { runs, endpoints, relative, history } });
  const blind = history.filter((p) => p.detectable >= cutoffs.critical).map((p) => p.metric);
  if (blind.length > 0) notes.push({ code: 'history-too-noisy', params: { metrics: blind, critical: cutoffs.critical, runs } });
  return notes;
}
