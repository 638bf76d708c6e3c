/** The verdict as a plain-text table for a terminal or a log: aligned columns, no markup. */
import type { ReportDocument } from './document.js';
import { formatChange, formatMetric, formatMs, formatP } from './format.js';
import { answeredRequests } from '../metrics/run-health.js';
import { errorSampleRows } from './error-samples.js';
import { loadFacts } from './load-facts.js';
import { runMetricSentences } from './run-metrics.js';
import { advisorySeverityOf, unconfirmedSentence } from './labels.js';

/** Renders the comparisons (or the endpoint figures when there is no baseline) and the verdict. */
export function renderTerminal(report: ReportDocument): string {
  const rows: string[][] = [];
  if (report.comparisons.length > 0) {
    rows.push(['endpoint', 'metric', 'baseline', 'current', 'change', 'p (Holm)', 'severity']);
    for (const c of report.comparisons) {
      rows.push([
        c.endpoint,
        c.metric,
        formatMetric(c.metric, c.baseline),
        formatMetric(c.metric, c.current),
        formatChange(c.change, c.changeKind),
        formatP(c.pAdjusted),
        c.severity !== 'none' ? c.severity.toUpperCase() : c.advisorySeverity && c.advisorySeverity !== 'none' ? `(${c.advisorySeverity}, advisory)` : '-',
      ]);
    }
  } else {
    rows.push(['endpoint', 'requests', 'errors', 'throughput', 'p50', 'p95', 'p99']);
    for (const e of report.endpoints) {
      rows.push([
        e.name,
        String(e.requests),
        String(e.errors),
        formatMetric('throughput', e.rps),
        // No answered request, no latency: "—", never a made-up 0 ms.
        ...(answeredRequests(e) === 0 ? ['—', '—', '—'] : [formatMs(e.latencyMs.p50), formatMs(e.latencyMs.p95), formatMs(e.latencyMs.p99)]),
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of report.breaches) {
    lines.push(
      `threshold: ${b.endpoint} ${b.metric} ${formatMetric(b.metric, b.actual)} crosses ${formatMetric(b.metric, b.limit)} (${b.severity})`,
    );
  }
  for (const f of errorSampleRows(report.endpoints)) {
    lines.push(`errors: ${f.endpoint} ${f.errorClass} ×${f.count}${f.samples.length > 0 ? `: ${f.samples.join(' | ')}` : ''}`);
  }
  for (const sentence of runMetricSentences(report)) lines.push(sentence);
  for (const f of loadFacts(report)) lines.push(`${f.label}: ${f.text}`);
  for (const n of [...report.notes, ...report.warnings]) lines.push(`note: ${n.message}`);
  const v = report.verdict;
  const unconfirmed = unconfirmedSentence(report);
  if (unconfirmed) lines.push(`unconfirmed: ${unconfirmed}`);
  lines.push(
    `verdict: ${v.status}, max severity ${v.maxSeverity}, unconfirmed ${advisorySeverityOf(report)}, fail-on ${v.failOn} → ${v.failed ? 'FAIL' : 'ok'}`,
  );
  return lines.join('\n') + '\n';
}
