/**
 * The nightly trend's change points on an endpoint's history chart in the HTML report: where each
 * change falls among the runs the chart draws (a mark between the run before and the run after),
 * and the rows of the table beside the chart — metric, between which runs, the change with its
 * interval, regression or improvement — plus what changed since the last change point. The trend
 * covers `trend.history` run summaries while the chart draws the runs kept whole, so a change older
 * than the chart's first run has a row but no mark. Pure.
 */
import type { BaselineRun } from '../baseline/types.js';
import type { RunRef } from '../verdict/trend-series.js';
import type { ReportTrend } from './trend.js';
import { changeText } from './trend.js';
import { shortCommit } from './escape.js';

/** The metrics the history chart draws, so the ones whose change points it can mark. */
export const CHART_METRICS: readonly string[] = ['p50', 'p95', 'throughput'];

/** A change point on the chart: x is the first run after the change (the mark sits half a run before). */
export interface ChangeMark {
  x: number;
  kind: 'regression' | 'improvement';
  label: string;
}

export interface ChangeRow {
  metric: string;
  between: string;
  change: string;
  kind: 'regression' | 'improvement';
  /** Whether the chart shows it (false: older than the runs the chart draws). */
  marked: boolean;
}

export interface SinceRow {
  metric: string;
  since: string;
  runs: number;
  change: string;
}

export interface EndpointChanges {
  marks: ChangeMark[];
  rows: ChangeRow[];
  since: SinceRow[];
}

function runLabel(run: RunRef | undefined, current: boolean): string {
  if (current) return 'this run';
  if (!run) return 'a stored run';
  const date = Number.isNaN(Date.parse(run.savedAt)) ? '' : new Date(run.savedAt).toISOString().slice(0, 10);
  return [shortCommit(run.commit) ?? 'no commit', date].filter(Boolean).join(' · ');
}

/**
 * The change points of `endpoint`'s charted metrics in `trend`, placed on a chart of `history`
 * (oldest first) followed by this run, which is the trend's newest run.
 */
export function endpointChanges(trend: ReportTrend | undefined, endpoint: string, history: readonly BaselineRun[]): EndpointChanges {
  const out: EndpointChanges = { marks: [], rows: [], since: [] };
  if (!trend) return out;
  const newest = trend.runs[trend.runs.length - 1];
  const xOf = (run: RunRef | undefined): number | undefined => {
    if (!run) return undefined;
    if (run === newest || (newest && run.savedAt === newest.savedAt && run.commit === newest.commit)) return history.length;
    const i = history.findIndex((h) => h.savedAt === run.savedAt && h.commit === run.commit);
    return i >= 0 ? i : undefined;
  };
  const isNewest = (run: RunRef | undefined) => xOf(run) === history.length;
  for (const s of trend.series) {
    if (s.endpoint !== endpoint || !CHART_METRICS.includes(s.metric)) continue;
    for (const c of s.changePoints) {
      const x = xOf(c.after);
      const between = `${runLabel(c.before, isNewest(c.before))} → ${runLabel(c.after, isNewest(c.after))}`;
      const change = `${changeText(c, s.metric)} (${changeText({ change: c.lower, unit: c.unit }, s.metric)} … ${changeText({ change: c.upper, unit: c.unit }, s.metric)})`;
      out.rows.push({ metric: s.metric, between, change, kind: c.kind, marked: x !== undefined });
      if (x !== undefined) out.marks.push({ x, kind: c.kind, label: `${s.metric} ${c.kind} ${changeText(c, s.metric)}` });
    }
    if (s.sinceLast) {
      out.since.push({ metric: s.metric, since: runLabel(s.sinceLast.from, isNewest(s.sinceLast.from)), runs: s.sinceLast.runs, change: changeText(s.sinceLast, s.metric) });
    }
  }
  return out;
}
