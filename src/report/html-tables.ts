/**
 * The HTML report's server-side tables: the findings (what the gate counted, and what was seen but
 * not confirmed), every comparison, and the endpoints. Words and numbers come from labels.ts and
 * format.ts, as in the markdown report, so the two cannot describe one run differently. Pure.
 */
import type { ReportDocument } from './document.js';
import type { MetricComparison } from '../verdict/types.js';
import { SEVERITY_TEXT } from './labels.js';
import { formatChange, formatCount, formatMetric, formatMs, formatP, formatRate, formatRps } from './format.js';
import { escapeHtml, withoutEmoji } from './html-escape.js';

function row(cells: readonly string[], header = false): string {
  const tag = header ? 'th scope="col"' : 'td';
  const close = header ? 'th' : 'td';
  return `<tr>${cells.map((c) => `<${tag}>${c}</${close}>`).join('')}</tr>`;
}

function table(className: string, caption: string, head: readonly string[], rows: readonly string[][]): string {
  return [
    `<table class="${className}"><caption>${escapeHtml(caption)}</caption>`,
    `<thead>${row(head.map(escapeHtml), true)}</thead>`,
    `<tbody>${rows.map((r) => row(r)).join('\n')}</tbody></table>`,
  ].join('\n');
}

function interval(c: MetricComparison): string {
  if (!c.interval) return '—';
  return `${formatChange(c.interval.lower, c.changeKind)} … ${formatChange(c.interval.upper, c.changeKind)}`;
}

function comparisonCells(c: MetricComparison): string[] {
  const severity = withoutEmoji(c.severity !== 'none' ? SEVERITY_TEXT[c.severity] : c.advisorySeverity && c.advisorySeverity !== 'none' ? `${SEVERITY_TEXT[c.advisorySeverity]} (not confirmed)` : SEVERITY_TEXT.none);
  return [
    escapeHtml(c.endpoint),
    escapeHtml(c.metric),
    escapeHtml(formatMetric(c.metric, c.baseline)),
    escapeHtml(formatMetric(c.metric, c.current)),
    escapeHtml(formatChange(c.change, c.changeKind)),
    escapeHtml(interval(c)),
    escapeHtml(formatP(c.pAdjusted)),
    `<span class="sev sev-${c.severity !== 'none' ? c.severity : 'none'}">${escapeHtml(severity)}</span>`,
  ];
}

const COMPARISON_HEAD = ['endpoint', 'metric', 'baseline', 'current', 'change', '95% interval', 'p (Holm)', 'severity'];

/** The findings: regressions, unconfirmed major/critical changes and crossed thresholds; or a sentence saying there are none. */
export function findingsHtml(report: ReportDocument): string {
  const findings = report.comparisons.filter((c) => c.severity !== 'none' || (c.advisorySeverity !== undefined && c.advisorySeverity !== 'none'));
  const parts: string[] = [];
  if (findings.length > 0) parts.push(table('findings', 'Regressions found (and changes seen but not confirmed)', COMPARISON_HEAD, findings.map(comparisonCells)));
  if (report.breaches.length > 0) {
    parts.push(table('breaches', 'Thresholds crossed', ['endpoint', 'metric', 'limit', 'actual', 'severity'], report.breaches.map((b) => [
      escapeHtml(b.endpoint), escapeHtml(b.metric), escapeHtml(formatMetric(b.metric, b.limit)), escapeHtml(formatMetric(b.metric, b.actual)),
      `<span class="sev sev-${b.severity}">${escapeHtml(withoutEmoji(SEVERITY_TEXT[b.severity]))}</span>`,
    ])));
  }
  if (parts.length === 0) {
    parts.push(`<p class="none">${report.comparisons.length > 0 ? 'No regression and no threshold crossed.' : 'Nothing was compared with a baseline, and no threshold was crossed.'}</p>`);
  }
  if (report.comparisons.length > 0) {
    parts.push(`<details class="all-comparisons"><summary>All ${report.comparisons.length} comparisons</summary>\n${table('comparisons', 'Every comparison with the baseline', COMPARISON_HEAD, report.comparisons.map(comparisonCells))}\n</details>`);
  }
  return parts.join('\n');
}

/** One row per endpoint: requests, errors, rate and latency, each name linking to its section. */
export function endpointsHtml(report: ReportDocument): string {
  const rows = report.endpoints.map((e, i) => {
    const answered = e.requests > e.errorsByClass.refused + e.errorsByClass.reset + e.errorsByClass.timeout + e.errorsByClass.other;
    const ms = (v: number) => (answered ? escapeHtml(formatMs(v)) : '—');
    return [
      `<a href="#endpoint-${i}">${escapeHtml(e.name)}</a>`,
      escapeHtml(`${e.method} ${e.path}`),
      escapeHtml(formatCount(e.requests)),
      escapeHtml(`${formatCount(e.errors)} (${formatRate(e.errorRate)})`),
      escapeHtml(formatRps(e.rps)),
      ms(e.latencyMs.p50),
      ms(e.latencyMs.p95),
      ms(e.latencyMs.p99),
      ms(e.latencyMs.max),
    ];
  });
  return table('endpoints', 'Every endpoint over the measured phase', ['endpoint', 'request', 'requests', 'errors', 'throughput', 'p50', 'p95', 'p99', 'max'], rows);
}
