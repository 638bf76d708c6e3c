/**
 * The series a trend tests, from stored run summaries: one per endpoint and metric, plus one per
 * metric for every endpoint at once.
 *
 * Runner noise is mostly common-mode (stats/common-mode.ts): a slower machine slows every endpoint
 * of a run. With three or more endpoints each run's common factor c (the median over endpoints of
 * log value − the endpoint's median log value) is taken out of every endpoint's series, which then
 * shows what that endpoint did against the rest, with the runner's shared noise gone; the factors
 * themselves form the "every endpoint" series, where a change all endpoints share (a slower
 * framework, a new runner image) shows. Medians, not means, so one endpoint that moved does not
 * move the others' series. Error rates are tested as they are (a proportion, not a ratio).
 *
 * Runs are only comparable when they measured the same load on the same kind of machine: runs with
 * another profile fingerprint or runner kind than the newest are left out, with a note.
 */
import type { RunReadingField, RunSummary, SummaryMetric } from '../baseline/run-summary.js';

/** The name the "every endpoint" series goes by (not a valid endpoint name, so never a clash). */
export const ALL_ENDPOINTS = '(every endpoint)';

/** Figures of the whole run rather than of an endpoint: one series each, when runs have them. */
export type RunLevelMetric = 'rss_growth' | 'cpu_per_request' | 'capacity' | 'recovery_time';
export type TrendMetric = SummaryMetric | RunLevelMetric;

/**
 * Where each run-level series comes from, what it is about, and how it is tested: CPU per request
 * and capacity as ratios (log scale, like latency), RSS growth in MB and recovery time in ms as
 * differences (either may be 0 or, for RSS, negative).
 */
export const RUN_LEVEL_METRICS: Readonly<Record<RunLevelMetric, { field: RunReadingField; subject: string; scale: 'log' | 'linear' }>> = {
  rss_growth: { field: 'rssGrowthMb', subject: 'target process', scale: 'linear' },
  cpu_per_request: { field: 'cpuMsPerRequest', subject: 'target process', scale: 'log' },
  capacity: { field: 'capacityRps', subject: 'whole run', scale: 'log' },
  recovery_time: { field: 'recoveryMs', subject: 'whole run', scale: 'linear' },
};

const isRunLevel = (metric: TrendMetric): metric is RunLevelMetric => Object.hasOwn(RUN_LEVEL_METRICS, metric);

export interface RunRef {
  savedAt: string;
  commit?: string;
}

export interface MetricSeries {
  endpoint: string;
  metric: TrendMetric;
  /** Indices into the trend's runs, one per point (an endpoint may be absent from some runs). */
  runs: number[];
  /** Shown values: ms, requests/s, a rate 0..1, MB, CPU ms per request; for the every-endpoint series a factor around 1. */
  values: number[];
  /** What the change-point test sees: log values less the run's common factor, or the values. */
  tested: number[];
  scale: 'log' | 'linear';
  /** Whether the runs' common factor was taken out. */
  adjusted: boolean;
}

/** What the trend says about its input, as data (worded by report/trend.ts). */
export type TrendNote =
  | { code: 'trend-other-profile'; params: { runs: number } }
  | { code: 'trend-other-runner'; params: { newest: string; others: { kind: string; runs: number }[] } }
  | { code: 'trend-too-short'; params: { runs: number; need: number } }
  | { code: 'trend-series-short'; params: { series: string[]; need: number } };

export interface TrendSeriesSet {
  runs: RunRef[];
  series: MetricSeries[];
  notes: TrendNote[];
}

const runnerKind = (r: RunSummary) => `${r.runner.cpuModel}, ${r.runner.cores} cores, ${r.runner.os}`;

/** Fewest endpoints for which a run's common factor is a median worth taking out. */
export const MIN_ENDPOINTS_FOR_COMMON_FACTOR = 3;

function median(values: number[]): number {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** The runs comparable with the newest one (same fingerprint and runner kind), with notes on the rest. */
export function comparableRuns(history: readonly RunSummary[]): { runs: RunSummary[]; notes: TrendNote[] } {
  if (history.length === 0) return { runs: [], notes: [] };
  const newest = history[history.length - 1];
  const notes: TrendNote[] = [];
  const otherLoad = history.filter((r) => r.fingerprint !== newest.fingerprint).length;
  if (otherLoad > 0) {
    notes.push({ code: 'trend-other-profile', params: { runs: otherLoad } });
  }
  const sameLoad = history.filter((r) => r.fingerprint === newest.fingerprint);
  const kind = runnerKind(newest);
  const others = new Map<string, number>();
  for (const r of sameLoad) if (runnerKind(r) !== kind) others.set(runnerKind(r), (others.get(runnerKind(r)) ?? 0) + 1);
  if (others.size > 0) {
    notes.push({ code: 'trend-other-runner', params: { newest: kind, others: [...others].map(([k, runs]) => ({ kind: k, runs })) } });
  }
  return { runs: sameLoad.filter((r) => runnerKind(r) === kind), notes };
}

function valueOf(run: RunSummary, endpoint: string, metric: SummaryMetric): number {
  const v = run.endpoints.find((e) => e.name === endpoint)?.values[metric];
  return v === undefined ? Number.NaN : v;
}

/** Per-run common factors of one log-scale metric: NaN where fewer than 3 endpoints are present. */
function commonFactors(runs: readonly RunSummary[], names: readonly string[], metric: SummaryMetric): number[] {
  const logs = runs.map((r) => names.map((n) => {
    const v = valueOf(r, n, metric);
    return v > 0 ? Math.log(v) : Number.NaN;
  }));
  const centre = names.map((_, e) => median(logs.map((row) => row[e])));
  return logs.map((row) => {
    const deviations = row.map((v, e) => v - centre[e]).filter(Number.isFinite);
    return deviations.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? median(deviations) : Number.NaN;
  });
}

/**
 * The series of `metrics` over `history` (oldest first, the current run last): see the file
 * comment. A run-level metric (RUN_LEVEL_METRICS) is one series, over the runs that recorded it.
 */
export function trendSeries(history: readonly RunSummary[], metrics: readonly TrendMetric[]): TrendSeriesSet {
  const { runs, notes } = comparableRuns(history);
  const names = [...new Set(runs.flatMap((r) => r.endpoints.map((e) => e.name)))];
  const series: MetricSeries[] = [];
  for (const metric of metrics) {
    if (isRunLevel(metric)) {
      const { field, subject, scale } = RUN_LEVEL_METRICS[metric];
      const at = runs.map((_, i) => i).filter((i) => {
        const v = runs[i][field];
        return typeof v === 'number' && Number.isFinite(v) && (scale === 'linear' || v > 0);
      });
      if (at.length > 0) {
        const values = at.map((i) => runs[i][field]!);
        series.push({ endpoint: subject, metric, runs: at, values, tested: scale === 'log' ? values.map(Math.log) : values, scale, adjusted: false });
      }
      continue;
    }
    const log = metric !== 'error_rate';
    const common = log && names.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? commonFactors(runs, names, metric) : undefined;
    for (const name of names) {
      const at = runs.map((_, i) => i).filter((i) => {
        const v = valueOf(runs[i], name, metric);
        return log ? v > 0 && (!common || Number.isFinite(common[i])) : Number.isFinite(v);
      });
      if (at.length === 0) continue;
      const values = at.map((i) => valueOf(runs[i], name, metric));
      const tested = log ? at.map((i, k) => Math.log(values[k]) - (common ? common[i] : 0)) : values;
      series.push({ endpoint: name, metric, runs: at, values, tested, scale: log ? 'log' : 'linear', adjusted: common !== undefined });
    }
    if (common) {
      const at = runs.map((_, i) => i).filter((i) => Number.isFinite(common[i]));
      series.push({ endpoint: ALL_ENDPOINTS, metric, runs: at, values: at.map((i) => Math.exp(common[i])), tested: at.map((i) => common[i]), scale: 'log', adjusted: false });
    }
  }
  return {
    runs: runs.map((r) => ({ savedAt: r.savedAt, ...(r.commit ? { commit: r.commit } : {}) })),
    series,
    notes,
  };
}
