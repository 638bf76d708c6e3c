/**
 * Which regressions a trend still has open, for the team issue: per series, a regression change
 * point counts as open until a later improvement of similar size (at least half of it, on the log
 * scale for relative changes) says the series has returned. Pure.
 */
import type { Trend, TrendChangePoint, TrendSeriesResult } from './trend.js';

/** Share of a regression's size a later improvement must reach for the series to count as returned. */
export const RETURN_SHARE = 0.5;

export interface OpenRegression {
  /** Stable across nights: endpoint and metric (one open regression per series). */
  key: string;
  series: TrendSeriesResult;
  change: TrendChangePoint;
}

const size = (c: TrendChangePoint) => (c.unit === 'relative' ? Math.abs(Math.log1p(c.change)) : Math.abs(c.change));

/** The key of a series in the team issue's hidden state. */
export function seriesKey(s: { endpoint: string; metric: string }): string {
  return `${encodeURIComponent(s.endpoint)}|${s.metric}`;
}

/** The open regressions of a trend (file comment), in series order. */
export function openRegressions(trend: Pick<Trend, 'series'>): OpenRegression[] {
  const open: OpenRegression[] = [];
  for (const s of trend.series) {
    let current: TrendChangePoint | undefined;
    for (const c of s.changePoints) {
      if (c.kind === 'regression') current = c;
      else if (current && size(c) >= RETURN_SHARE * size(current)) current = undefined;
    }
    if (current) open.push({ key: seriesKey(s), series: s, change: current });
  }
  return open;
}
