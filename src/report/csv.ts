/**
 * CSV exports beside the HTML report, for spreadsheets and scripts:
 * - `stats.csv`, one row per endpoint and an `Aggregated` row, under Locust's `_stats.csv` column
 *   names where they mean the same thing (Type, Name, Request Count, Failure Count, Median/Average/
 *   Min/Max Response Time in ms, Requests/s, Failures/s and the percentile columns 50%…100%), so
 *   what reads Locust's file reads this one; Locust's content-size column is left out (not measured);
 * - `timeline.csv`, one row per endpoint and bucket (Locust's stats-history names where they fit);
 * - `comparisons.csv`, one row per comparison: baseline, current, change, interval, p-values,
 *   severity.
 * Percentiles come from the endpoint's HDR histogram when the result has one. Pure.
 */
import type { ReportDocument } from './document.js';
import type { EndpointResult } from '../metrics/types.js';
import { mergeHistograms } from './spectrum.js';
import type { LatencyHistogram } from '../metrics/histogram.js';
import { ERROR_CLASSES } from '../metrics/timeline.js';

/** Locust's percentile columns, and the percentile each stands for. */
const LOCUST_PERCENTILES: readonly [string, number][] = [
  ['50%', 50], ['66%', 66], ['75%', 75], ['80%', 80], ['90%', 90], ['95%', 95], ['98%', 98], ['99%', 99], ['99.9%', 99.9], ['99.99%', 99.99], ['100%', 100],
];

/** One CSV field: quoted when it holds a comma, quote or line break; text that a spreadsheet would run as a formula gets a leading `'`. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(head: readonly string[], rows: readonly (readonly (string | number | boolean | null | undefined)[])[]): string {
  return [head, ...rows].map((r) => r.map(csvField).join(',')).join('\n') + '\n';
}

const ms = (us: number) => Math.round(us) / 1000;

function statsRow(type: string, name: string, requests: number, failures: number, seconds: number, histogram: LatencyHistogram | undefined, fallback: Partial<EndpointResult['latencyMs']> | undefined): (string | number)[] {
  const perSecond = (n: number) => (seconds > 0 ? Math.round((n / seconds) * 1000) / 1000 : 0);
  // A decoded histogram's maximum is its bucket's top; the result's exact maximum caps every figure.
  const maxMs = fallback?.max ?? (histogram ? ms(histogram.maxMicros) : '');
  const at = (h: LatencyHistogram, p: number) => (typeof maxMs === 'number' ? Math.min(ms(h.percentileMicros(p)), maxMs) : ms(h.percentileMicros(p)));
  const percentiles = LOCUST_PERCENTILES.map(([, p]) => {
    if (histogram) return at(histogram, p);
    const known: Record<number, number | undefined> = { 50: fallback?.p50, 90: fallback?.p90, 95: fallback?.p95, 99: fallback?.p99, 100: fallback?.max };
    return known[p] ?? '';
  });
  return [
    type,
    name,
    requests,
    failures,
    histogram ? at(histogram, 50) : (fallback?.p50 ?? ''),
    fallback?.mean ?? (histogram ? ms(histogram.meanMicros) : ''),
    histogram ? at(histogram, 0) : '',
    maxMs,
    perSecond(requests),
    perSecond(failures),
    ...percentiles,
  ];
}

/** `stats.csv`: Locust's `_stats.csv` columns (those loadgate measures), one row per endpoint and `Aggregated`. */
export function statsCsv(report: ReportDocument): string {
  const seconds = (report.load.trialDurationMs * report.load.trials) / 1000;
  const rows = report.endpoints.map((e) => {
    const histogram = mergeHistograms([e.histogram]);
    try {
      return statsRow(e.method, e.name, e.requests, e.errors, seconds, histogram, e.latencyMs);
    } finally {
      histogram?.release();
    }
  });
  const all = mergeHistograms(report.endpoints.map((e) => e.histogram));
  try {
    // The exact maximum over every endpoint (a merged histogram only knows its bucket's top).
    const answered = report.endpoints.filter((e) => e.histogram !== undefined);
    const exactMax = answered.length > 0 ? { max: Math.max(...answered.map((e) => e.latencyMs.max)) } : undefined;
    rows.push(statsRow('', 'Aggregated', report.totals.requests, report.totals.errors, seconds, all, exactMax));
  } finally {
    all?.release();
  }
  const head = ['Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time', 'Min Response Time', 'Max Response Time', 'Requests/s', 'Failures/s', ...LOCUST_PERCENTILES.map(([c]) => c)];
  return csv(head, rows);
}

/** `timeline.csv`: one row per endpoint and bucket; empty (the header only) for a result without timelines. */
export function timelineCsv(report: ReportDocument): string {
  const head = ['Timestamp', 'Time (s)', 'Name', 'Requests/s', 'Failures/s', '50%', '95%', '99%', '100%', ...ERROR_CLASSES.map((c) => `${c} errors`)];
  const t = report.timeline;
  if (!t) return csv(head, []);
  const startMs = Date.parse(report.startedAt) + report.load.warmupMs;
  const seconds = t.bucketMs / 1000;
  const rows: (string | number)[][] = [];
  for (const e of t.endpoints) {
    for (let i = 0; i < t.points; i++) {
      const failures = ERROR_CLASSES.reduce((sum, c) => sum + (e.errors[c]?.[i] ?? 0), 0);
      rows.push([
        Math.round((startMs + i * t.bucketMs) / 1000),
        i * seconds,
        e.name,
        e.requests[i] / seconds,
        failures / seconds,
        e.p50Ms[i],
        e.p95Ms[i],
        e.p99Ms[i],
        e.maxMs[i],
        ...ERROR_CLASSES.map((c) => e.errors[c]?.[i] ?? 0),
      ]);
    }
  }
  return csv(head, rows);
}

/** `comparisons.csv`: every comparison with the baseline, with its p-values and severity. */
export function comparisonsCsv(report: ReportDocument): string {
  const head = ['Name', 'Metric', 'Baseline', 'Current', 'Change', 'Change Kind', 'Interval Lower', 'Interval Upper', 'p', 'p (Holm)', 'p (BH)', 'Significant', 'Severity', 'Advisory Severity', 'Method'];
  return csv(head, report.comparisons.map((c) => [
    c.endpoint, c.metric, c.baseline, c.current, c.change, c.changeKind, c.interval?.lower, c.interval?.upper,
    c.p, c.pAdjusted, c.pBH, c.significant, c.severity, c.advisorySeverity ?? '', c.method ?? '',
  ]));
}

/** The three exports by file name. */
export function csvExports(report: ReportDocument): Record<'stats.csv' | 'timeline.csv' | 'comparisons.csv', string> {
  return { 'stats.csv': statsCsv(report), 'timeline.csv': timelineCsv(report), 'comparisons.csv': comparisonsCsv(report) };
}
