/**
 * What the HTML report draws, as plain data: one `ChartSpec` per chart, built from the report (its
 * timeline and histograms) and the stored history. The page's script turns each into a uPlot chart
 * and a table of the same numbers; nothing here knows about the browser. Pure.
 */
import type { ReportDocument } from './document.js';
import type { BaselineRun } from '../baseline/types.js';
import type { EndpointResult, RunTimeline } from '../metrics/types.js';
import { SPECTRUM_PERCENTILES, spectrumOf, spectrumX } from './spectrum.js';
import { endpointTrend } from './history-trend.js';
import { endpointChanges, type ChangeMark, type EndpointChanges } from './trend-marks.js';

export interface ChartSeries {
  label: string;
  unit: string;
  /** Which y axis: the left one, or the right one for a second unit. */
  axis: 'left' | 'right';
  values: (number | null)[];
}

export interface ChartSpec {
  id: string;
  title: string;
  /**
   * seconds: x is `i × xStepS` for i < points (not stored); percentile: x is 1/(1−p), drawn on a log
   * axis and labelled as percentiles; run: x is the run's index, labelled by `xLabels`.
   */
  xKind: 'seconds' | 'percentile' | 'run';
  points: number;
  xStepS?: number;
  x?: number[];
  xLabels?: string[];
  xName: string;
  series: ChartSeries[];
  /** Run charts: the nightly trend's change points, each marked between the runs on either side. */
  marks?: ChangeMark[];
}

/** The charts of one endpoint, and what could not be drawn for it (in words). */
export interface EndpointCharts {
  name: string;
  charts: ChartSpec[];
  missing: string[];
  /** The nightly trend's change points of this endpoint and what changed since (empty without a trend). */
  changes: EndpointChanges;
}

export interface ReportCharts {
  /** The load schedule and the target's resources (absent when the result has no such series). */
  run: ChartSpec[];
  endpoints: EndpointCharts[];
  /** What the whole report lacks (no timelines at all, no history). */
  missing: string[];
}

/** Builds every chart the report can show from what it has. */
export function reportCharts(report: ReportDocument, history: readonly BaselineRun[] | undefined): ReportCharts {
  const timeline = report.timeline;
  const missing: string[] = [];
  if (!timeline) {
    missing.push('This result has no timelines (written by a loadgate before they existed, or imported): the charts over time are left out.');
  }
  if (!history || history.length === 0) missing.push('No stored history was available to this report: the trend charts show this run alone.');
  const run = timeline ? runCharts(timeline) : [];
  const endpoints = report.endpoints.map((endpoint, index) => endpointCharts(endpoint, index, timeline, history ?? [], report));
  return { run, endpoints, missing };
}

function seconds(timeline: RunTimeline) {
  return { xKind: 'seconds' as const, points: timeline.points, xStepS: timeline.bucketMs / 1000, xName: 'time (s)' };
}

function perSecond(counts: readonly number[], bucketMs: number): number[] {
  const s = bucketMs / 1000;
  return counts.map((n) => (s === 1 ? n : Math.round((n / s) * 10) / 10));
}

function runCharts(timeline: RunTimeline): ChartSpec[] {
  const charts: ChartSpec[] = [];
  const open = timeline.open;
  if (open) {
    charts.push({
      id: 'schedule',
      title: 'Load schedule: asked vs achieved rate, dropped arrivals, peak in flight',
      ...seconds(timeline),
      series: [
        { label: 'asked', unit: 'req/s', axis: 'left', values: open.plannedRps },
        { label: 'achieved', unit: 'req/s', axis: 'left', values: open.achievedRps },
        { label: 'dropped', unit: 'req/s', axis: 'left', values: perSecond(open.dropped, timeline.bucketMs) },
        { label: 'peak in flight', unit: 'requests', axis: 'right', values: open.peakInFlight },
      ],
    });
    charts.push({
      id: 'send-lag',
      title: 'Send lag p99 (how late the generator sent)',
      ...seconds(timeline),
      series: [{ label: 'send lag p99', unit: 'ms', axis: 'left', values: open.sendLagP99Ms }],
    });
  }
  const target = timeline.target;
  if (target) {
    charts.push({
      id: 'target',
      title: 'Target process: CPU and RSS',
      ...seconds(timeline),
      series: [
        { label: 'CPU', unit: 'cores', axis: 'left', values: target.cpuShare },
        { label: 'RSS', unit: 'MB', axis: 'right', values: target.rssMb },
      ],
    });
  }
  return charts;
}

function endpointCharts(endpoint: EndpointResult, index: number, timeline: RunTimeline | undefined, history: readonly BaselineRun[], report: ReportDocument): EndpointCharts {
  const charts: ChartSpec[] = [];
  const missing: string[] = [];
  const series = timeline?.endpoints.find((e) => e.name === endpoint.name);
  if (timeline && series) {
    charts.push({
      id: `latency-${index}`,
      title: 'Latency percentiles over time',
      ...seconds(timeline),
      series: [
        { label: 'p50', unit: 'ms', axis: 'left', values: series.p50Ms },
        { label: 'p95', unit: 'ms', axis: 'left', values: series.p95Ms },
        { label: 'p99', unit: 'ms', axis: 'left', values: series.p99Ms },
        { label: 'max', unit: 'ms', axis: 'left', values: series.maxMs },
      ],
    });
    const errorSeries = Object.entries(series.errors).map(([errorClass, counts]) => ({
      label: `${errorClass} errors`, unit: 'req/s', axis: 'left' as const, values: perSecond(counts, timeline.bucketMs),
    }));
    charts.push({
      id: `throughput-${index}`,
      title: 'Throughput and errors over time',
      ...seconds(timeline),
      series: [{ label: 'requests', unit: 'req/s', axis: 'left', values: perSecond(series.requests, timeline.bucketMs) }, ...errorSeries],
    });
  } else if (timeline) {
    missing.push('No timeline for this endpoint.');
  }

  const current = spectrumOf([endpoint.histogram]);
  const baselineHistograms = history.map((run) => run.endpoints.find((e) => e.name === endpoint.name)?.histogram);
  const baseline = spectrumOf(baselineHistograms);
  if (current || baseline) {
    charts.push({
      id: `spectrum-${index}`,
      title: 'Latency by percentile (log scale toward p99.99), this run against the baseline',
      xKind: 'percentile',
      points: SPECTRUM_PERCENTILES.length,
      x: SPECTRUM_PERCENTILES.map(spectrumX),
      xLabels: SPECTRUM_PERCENTILES.map((p) => `p${p}`),
      xName: 'percentile',
      series: [
        ...(current ? [{ label: 'this run', unit: 'ms', axis: 'left' as const, values: current }] : []),
        ...(baseline ? [{ label: `baseline (${baselineHistograms.filter(Boolean).length} runs merged)`, unit: 'ms', axis: 'left' as const, values: baseline }] : []),
      ],
    });
  }
  if (!current) missing.push('No latency histogram in this result: the spectrum shows the baseline only.');
  if (!baseline && history.length > 0) missing.push('The stored runs keep no histogram for this endpoint: the spectrum shows this run only.');

  const trend = endpointTrend(history, endpoint.name, endpoint);
  const changes = endpointChanges(report.trend, endpoint.name, history);
  charts.push({
    id: `trend-${index}`,
    title: `Trend over the stored history (${trend.length === 1 ? 'this run only' : `${trend.length - 1} stored runs and this one`})`,
    xKind: 'run',
    points: trend.length,
    x: trend.map((_, i) => i),
    xLabels: trend.map((p) => p.label),
    xName: 'run',
    series: [
      { label: 'p50', unit: 'ms', axis: 'left', values: trend.map((p) => p.p50Ms) },
      { label: 'p95', unit: 'ms', axis: 'left', values: trend.map((p) => p.p95Ms) },
      { label: 'throughput', unit: 'req/s', axis: 'right', values: trend.map((p) => p.rps) },
    ],
    ...(changes.marks.length > 0 ? { marks: changes.marks } : {}),
  });
  return { name: endpoint.name, charts, missing, changes };
}
