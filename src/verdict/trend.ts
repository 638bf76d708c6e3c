/**
 * The trend: change points over the stored runs of one profile and level, per endpoint and metric
 * (stats/change-points.ts over the series of trend-series.ts), each named by the runs on either side,
 * sized with an interval, and called a regression or an improvement by the metric's direction.
 * Pure: run summaries and settings in, a Trend (with notes as data) out.
 */
import type { RunSummary } from '../baseline/run-summary.js';
import { changePoints, DEFAULT_MIN_SERIES } from '../stats/change-points.js';
import type { Profile } from '../profile/types.js';
import { DEFAULT_TREND } from '../profile/trend.js';
import { RUN_LEVEL_METRICS, trendSeries, type MetricSeries, type RunLevelMetric, type RunRef, type TrendMetric, type TrendNote } from './trend-series.js';

export interface TrendSettings {
  /** Significance level of the whole-series test that guards every change point (stats/change-points.ts). */
  alpha: number;
  /** Level of each of several change points against its neighbours (default alpha / 2). */
  alphaWithin?: number;
  /** Smallest relative change kept on ratio metrics (latency, throughput, capacity, CPU per request); the others: fixed minimums below. */
  minChange: number;
  metrics: TrendMetric[];
}

export interface TrendChangePoint {
  /** Index into the series' points of the first run after the change. */
  index: number;
  before: RunRef;
  after: RunRef;
  /** Relative change (+0.2 = 20 % higher) on log-scale metrics; a difference on linear ones. */
  change: number;
  lower: number;
  upper: number;
  unit: 'relative' | 'difference';
  pValue: number;
  kind: 'regression' | 'improvement';
}

export interface TrendPoint {
  run: number;
  value: number;
}

export interface TrendSeriesResult {
  endpoint: string;
  metric: TrendMetric;
  /** The runs' common factor was taken out before testing (the change is against the other endpoints). */
  adjusted: boolean;
  points: TrendPoint[];
  changePoints: TrendChangePoint[];
  /** The newest run against the runs since the last change point (or all runs, if none). */
  sinceLast?: { from: RunRef; runs: number; change: number; unit: 'relative' | 'difference' };
}

export interface Trend {
  alpha: number;
  minChange: number;
  /** The runs the trend covers, oldest first (the current run last). */
  runs: RunRef[];
  series: TrendSeriesResult[];
  notes: TrendNote[];
}

/** Smallest change kept in an error rate (one percentage point), in RSS growth (MB) and in recovery time (ms). */
export const MIN_ERROR_RATE_CHANGE = 0.01;
export const MIN_RSS_GROWTH_CHANGE_MB = 5;
export const MIN_RECOVERY_CHANGE_MS = 1000;

/** Whether a higher value of the metric is worse. */
function higherIsWorse(metric: TrendMetric): boolean {
  return metric !== 'throughput' && metric !== 'capacity';
}

function minShiftOf(s: MetricSeries, settings: TrendSettings): number {
  if (s.scale === 'log') return Math.log1p(settings.minChange);
  if (s.metric === 'rss_growth') return MIN_RSS_GROWTH_CHANGE_MB;
  if (s.metric === 'recovery_time') return MIN_RECOVERY_CHANGE_MS;
  return MIN_ERROR_RATE_CHANGE;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

/** Change points of one series (trend-series.ts), named by the runs on either side of each. */
export function analyseSeries(s: MetricSeries, runs: readonly RunRef[], settings: TrendSettings): TrendSeriesResult {
  const log = s.scale === 'log';
  const minShift = minShiftOf(s, settings);
  const found = changePoints(s.tested, { alpha: settings.alpha, minShift, ...(settings.alphaWithin !== undefined ? { alphaWithin: settings.alphaWithin } : {}) }).changePoints;
  const unit = log ? ('relative' as const) : ('difference' as const);
  const map = (v: number) => (log ? Math.expm1(v) : v);
  const changes: TrendChangePoint[] = found.map((c) => ({
    index: c.index,
    before: runs[s.runs[c.index - 1]],
    after: runs[s.runs[c.index]],
    change: map(c.shift.shift),
    lower: map(c.shift.lower),
    upper: map(c.shift.upper),
    unit,
    pValue: c.pValue,
    kind: (c.shift.shift > 0) === higherIsWorse(s.metric) ? 'regression' : 'improvement',
  }));
  const last = s.tested.length - 1;
  const from = changes.length ? changes[changes.length - 1].index : 0;
  const settled = s.tested.slice(from, last);
  const sinceLast = settled.length > 0
    ? { from: runs[s.runs[from]], runs: last - from, change: map(s.tested[last] - median(settled)), unit }
    : undefined;
  return {
    endpoint: s.endpoint,
    metric: s.metric,
    adjusted: s.adjusted,
    points: s.runs.map((run, k) => ({ run, value: s.values[k] })),
    changePoints: changes,
    ...(sinceLast ? { sinceLast } : {}),
  };
}

/**
 * Change points over `history` (oldest first, the current run last). Fewer comparable runs than the
 * method needs gives no series results and a `trend-too-short` note ("not enough runs yet (N of M)").
 */
export function analyseTrend(history: readonly RunSummary[], settings: TrendSettings): Trend {
  const set = trendSeries(history, settings.metrics);
  const base = { alpha: settings.alpha, minChange: settings.minChange, runs: set.runs };
  if (set.runs.length < DEFAULT_MIN_SERIES) {
    return {
      ...base,
      series: [],
      notes: [...set.notes, { code: 'trend-too-short', params: { runs: set.runs.length, need: DEFAULT_MIN_SERIES } }],
    };
  }
  const series = set.series.filter((s) => s.tested.length >= DEFAULT_MIN_SERIES).map((s) => analyseSeries(s, set.runs, settings));
  const short = set.series.filter((s) => s.tested.length < DEFAULT_MIN_SERIES);
  const notes = [...set.notes];
  if (short.length > 0) {
    notes.push({ code: 'trend-series-short', params: { series: [...new Set(short.map((s) => s.endpoint))], need: DEFAULT_MIN_SERIES } });
  }
  return { ...base, series, notes };
}

/**
 * The trend a profile asks for: its `trend:` settings (defaults when absent) over the metrics its
 * regression section tests, plus each run-level figure (RSS growth, CPU per request, capacity,
 * recovery time) that some of the runs recorded.
 */
export function profileTrend(profile: Profile, history: readonly RunSummary[]): Trend {
  const t = profile.trend ?? DEFAULT_TREND;
  const metrics: TrendMetric[] = [...profile.regression.metrics];
  for (const metric of Object.keys(RUN_LEVEL_METRICS) as RunLevelMetric[]) {
    if (history.some((r) => r[RUN_LEVEL_METRICS[metric].field] !== undefined)) metrics.push(metric);
  }
  return analyseTrend(history.slice(-t.historyRuns), { alpha: t.alpha, minChange: t.minChange, metrics });
}
