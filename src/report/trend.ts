/**
 * The trend section of the markdown report (scheduled runs): the change points over the stored
 * runs, what changed since the last one, and per series with a change point a Mermaid xychart of
 * the runs with the segment medians drawn as a second line, so the steps show, and the runs after a
 * change marked ◆ on the x axis. Pure; every name goes through plainName or escapeMarkdown, every
 * commit through shortCommit (stored histories are outside data).
 */
import type { Trend, TrendChangePoint, TrendSeriesResult } from '../verdict/trend.js';
import type { RunRef, TrendNote } from '../verdict/trend-series.js';
import { formatChange, formatMs, formatRate, formatRps } from './format.js';
import { escapeMarkdown, plainName, shortCommit } from './escape.js';

/** The trend as the JSON report holds it: the notes worded, like the verdict's ({ code, message }). */
export interface ReportTrend extends Omit<Trend, 'notes'> {
  notes: { code: TrendNote['code']; message: string }[];
}

/** One trend note in words. */
export function trendNoteText(note: TrendNote): string {
  switch (note.code) {
    case 'trend-other-profile':
      return `${note.params.runs} stored run${note.params.runs === 1 ? '' : 's'} measured another version of the profile (a different load) and ${note.params.runs === 1 ? 'is' : 'are'} left out of the trend`;
    case 'trend-other-runner':
      return `stored runs on another kind of runner are left out of the trend (${note.params.others.map((o) => `${o.runs} on ${o.kind}`).join('; ')}); it follows the newest run's runner: ${note.params.newest}`;
    case 'trend-too-short':
      return `not enough runs yet for change points (${note.params.runs} of ${note.params.need})`;
    case 'trend-series-short':
      return `not enough runs yet for ${note.params.series.join(', ')} (each needs ${note.params.need} runs with data)`;
  }
}

/** The trend with its notes worded, for the report document. */
export function reportTrend(trend: Trend): ReportTrend {
  return { ...trend, notes: trend.notes.map((n) => ({ code: n.code, message: trendNoteText(n) })) };
}

/** At most this many charts: a nightly summary stays readable with many endpoints. */
export const MAX_TREND_CHARTS = 6;

function runText(run: RunRef | undefined, index: number): string {
  if (!run) return `run ${index + 1}`;
  const commit = shortCommit(run.commit);
  const date = Number.isNaN(Date.parse(run.savedAt)) ? '' : new Date(run.savedAt).toISOString().slice(0, 10);
  return [`run ${index + 1}`, commit ? `\`${commit}\`` : '', date].filter(Boolean).join(' ');
}

function valueText(metric: string, value: number, allEndpoints: boolean): string {
  if (allEndpoints) return `×${value.toFixed(3)}`;
  if (metric === 'throughput' || metric === 'capacity') return formatRps(value);
  if (metric === 'error_rate') return formatRate(value);
  if (metric === 'rss_growth') return `${value.toFixed(1)} MB`;
  if (metric === 'cpu_per_request') return `${value.toFixed(3)} CPU ms`;
  return formatMs(value);
}

/** A change as text: relative (+8.1 %), or a difference in the metric's unit. */
export function changeText(c: { change: number; unit: 'relative' | 'difference' }, metric: string): string {
  if (c.unit === 'relative') return formatChange(c.change, 'relative');
  const sign = c.change > 0 ? '+' : '';
  if (metric === 'rss_growth') return `${sign}${c.change.toFixed(1)} MB`;
  if (metric === 'recovery_time') return `${sign}${(c.change / 1000).toFixed(1)} s`;
  return formatChange(c.change, 'points');
}

function seriesName(s: TrendSeriesResult): string {
  return escapeMarkdown(s.endpoint, 64);
}

function changeRow(s: TrendSeriesResult, c: TrendChangePoint, runs: RunRef[]): string {
  const before = s.points[c.index - 1].run;
  const after = s.points[c.index].run;
  const interval = `${changeText({ change: c.lower, unit: c.unit }, s.metric)} … ${changeText({ change: c.upper, unit: c.unit }, s.metric)}`;
  const kind = c.kind === 'regression' ? '🔺 regression' : '🔻 improvement';
  return `| ${seriesName(s)} | ${s.metric} | ${runText(runs[before], before)} → ${runText(runs[after], after)} | ${changeText(c, s.metric)} (${interval}) | ${kind} |`;
}

/** A Mermaid xychart of one series: values and segment medians, change-point runs marked ◆. */
export function trendChart(s: TrendSeriesResult): string[] {
  const starts = new Set(s.changePoints.map((c) => c.index));
  const labels = s.points.map((p, k) => `"${p.run + 1}${starts.has(k) ? ' ◆' : ''}"`);
  const values = s.points.map((p) => p.value);
  const bounds = [0, ...s.changePoints.map((c) => c.index), values.length];
  const medians: number[] = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const segment = values.slice(bounds[b], bounds[b + 1]).sort((x, y) => x - y);
    const mid = segment.length >> 1;
    const median = segment.length % 2 ? segment[mid] : (segment[mid - 1] + segment[mid]) / 2;
    for (let k = bounds[b]; k < bounds[b + 1]; k++) medians.push(median);
  }
  const num = (v: number) => String(Number(v.toPrecision(4)));
  return [
    '```mermaid',
    'xychart-beta',
    `    title "${plainName(s.endpoint === '(every endpoint)' ? 'every-endpoint' : s.endpoint)} ${s.metric}"`,
    `    x-axis [${labels.join(', ')}]`,
    `    line [${values.map(num).join(', ')}]`,
    `    line [${medians.map(num).join(', ')}]`,
    '```',
  ];
}

/** The trend section's lines (heading included); empty when the trend has nothing to say. */
export function trendLines(trend: ReportTrend): string[] {
  const lines = [`### Trend over ${trend.runs.length === 1 ? '1 run' : `${trend.runs.length} runs`}`, ''];
  const withChanges = trend.series.filter((s) => s.changePoints.length > 0);
  if (trend.series.length > 0 && withChanges.length === 0) {
    lines.push(`No change point: no series moved by ${formatChange(trend.minChange, 'relative').replace('+', '')} or more at α ${trend.alpha}.`, '');
  }
  if (withChanges.length > 0) {
    lines.push('| series | metric | between | change (95% interval) | |', '|---|---|---|---|---|');
    for (const s of withChanges) for (const c of s.changePoints) lines.push(changeRow(s, c, trend.runs));
    lines.push('');
    lines.push('**Since the last change point**', '', '| series | metric | since | runs | newest run against them |', '|---|---|---|--:|--:|');
    for (const s of withChanges) {
      if (!s.sinceLast) continue;
      const from = s.points[s.changePoints[s.changePoints.length - 1].index].run;
      lines.push(`| ${seriesName(s)} | ${s.metric} | ${runText(trend.runs[from], from)} | ${s.sinceLast.runs} | ${changeText(s.sinceLast, s.metric)} |`);
    }
    lines.push('');
    for (const s of withChanges.slice(0, MAX_TREND_CHARTS)) {
      const last = s.points[s.points.length - 1];
      lines.push(`**${seriesName(s)} ${s.metric}** (now ${valueText(s.metric, last.value, s.endpoint === '(every endpoint)')}; ◆ the first run after a change)`, '', ...trendChart(s), '');
    }
    if (withChanges.length > MAX_TREND_CHARTS) lines.push(`Charts for ${withChanges.length - MAX_TREND_CHARTS} more series are in the JSON report.`, '');
  }
  trend.notes.forEach((n) => lines.push(`- ${escapeMarkdown(n.message, 2000)}`));
  if (trend.notes.length > 0) lines.push('');
  return lines;
}
