/**
 * The markdown report: the job summary and the markdown file, with every table in full. The PR
 * comment (comment.ts) is its compact sibling; both take their labels (labels.ts), baseline sentence
 * and footer (run-context.ts) from the same place. Pure: the same document always renders to the
 * same text, which is what the golden files in fixtures/golden check.
 */
import type { ReportDocument } from './document.js';
import type { MetricComparison } from '../verdict/types.js';
import { formatChange, formatCount, formatMetric, formatMs, formatP, formatRate, formatRps } from './format.js';
import { escapeMarkdown } from './escape.js';
import { loadFacts } from './load-facts.js';
import { runMetricSentences } from './run-metrics.js';
import { SEVERITY_TEXT, gateLine, intervalText, severityCell, statusLabel, unconfirmedSentence } from './labels.js';
import { baselineSentence, footerLine } from './run-context.js';
import { answeredRequests } from '../metrics/run-health.js';
import { errorSampleRows } from './error-samples.js';
import { measuredElsewhereLines, type MeasuredElsewhere } from './measured-elsewhere.js';
import { trendLines } from './trend.js';

/** What the markdown report needs beyond the document. */
export interface MarkdownOptions {
  /** Publish mode: the report was measured by another run; the summary says so under its heading. */
  measuredElsewhere?: MeasuredElsewhere;
}

/** Renders the whole report as GitHub-flavoured markdown. */
export function renderMarkdown(report: ReportDocument, options: MarkdownOptions = {}): string {
  const lines: string[] = [];
  lines.push(`## loadgate: ${escapeMarkdown(report.profile.name, 64)} — ${statusLabel(report)}`, '');
  if (options.measuredElsewhere) lines.push(...measuredElsewhereLines(options.measuredElsewhere));
  lines.push(gateLine(report), '', baselineSentence(report), '');
  for (const sentence of runMetricSentences(report)) lines.push(`**${escapeMarkdown(sentence, 500)}**`, '');
  const unconfirmed = unconfirmedSentence(report, (s) => escapeMarkdown(s, 64));
  if (unconfirmed) lines.push(`⚠️ ${unconfirmed}.`, '');

  const findings = report.comparisons.filter((c) => c.severity !== 'none');
  if (findings.length > 0) {
    lines.push('### Regressions', '', ...comparisonTable(findings), '');
  }
  const advisory = report.comparisons.filter((c) => c.advisorySeverity && c.advisorySeverity !== 'none');
  if (advisory.length > 0) {
    lines.push('### Advisory (does not fail the step)', '', ...comparisonTable(advisory, true), '');
  }
  if (report.breaches.length > 0) {
    lines.push('### Thresholds crossed', '');
    lines.push('| endpoint | metric | limit | actual | severity |', '|---|---|---|---|---|');
    for (const b of report.breaches) {
      lines.push(
        `| ${escapeMarkdown(b.endpoint, 64)} | ${b.metric} | ${formatMetric(b.metric, b.limit)} | ${formatMetric(b.metric, b.actual)} | ${SEVERITY_TEXT[b.severity]} |`,
      );
    }
    lines.push('');
  }

  lines.push('### Endpoints', '');
  lines.push('| endpoint | requests | errors | throughput | p50 | p95 | p99 | max |', '|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const e of report.endpoints) {
    // No answered request, no latency: "—", never a made-up 0 ms.
    const ms = answeredRequests(e) === 0 ? () => '—' : formatMs;
    const l = e.latencyMs;
    const errors = e.errors === 0 ? '0' : `${formatCount(e.errors)} (${formatRate(e.errorRate)})`;
    lines.push(
      `| ${escapeMarkdown(e.name, 64)} | ${formatCount(e.requests)} | ${errors} | ${formatRps(e.rps)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} |`,
    );
  }
  lines.push('');

  const failures = errorSampleRows(report.endpoints);
  if (failures.length > 0) {
    lines.push('<details><summary>Errors</summary>', '', '| endpoint | class | count | first messages |', '|---|---|--:|---|');
    for (const f of failures) {
      // Messages quote the target's bytes: shown as code, with nothing that could end the span or the cell.
      const said = f.samples.map((m) => `\`${m.replace(/[`|\\]/g, "'")}\``).join('<br>') || '—';
      lines.push(`| ${f.endpoint} | ${f.errorClass} | ${formatCount(f.count)} | ${said} |`);
    }
    lines.push('', '</details>', '');
  }

  const facts = loadFacts(report);
  if (facts.length > 0) {
    lines.push('### Load', '', '| | |', '|---|---|');
    for (const f of facts) lines.push(`| ${escapeMarkdown(f.label)} | ${escapeMarkdown(f.text, 2000)} |`);
    lines.push('');
  }

  if (report.comparisons.length > 0) {
    lines.push('<details><summary>All comparisons</summary>', '', ...comparisonTable(report.comparisons), '', '</details>', '');
  }

  if (report.trend) lines.push(...trendLines(report.trend));

  const notes = [...report.notes, ...report.warnings];
  if (notes.length > 0) {
    lines.push('**Notes**', '');
    notes.forEach((n, i) => lines.push(`${i + 1}. ${escapeMarkdown(n.message, 2000)}`));
    lines.push('');
  }
  lines.push(footerLine(report));
  return lines.join('\n') + '\n';
}

/** The comparisons as a table; the advisory table shows the Benjamini–Hochberg p its findings rest on. */
function comparisonTable(rows: readonly MetricComparison[], advisory = false): string[] {
  const out = [`| endpoint | metric | baseline | current | change | 95% interval | ${advisory ? 'p (BH)' : 'p (Holm)'} | severity |`, '|---|---|--:|--:|--:|--:|--:|---|'];
  for (const c of rows) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} | ${formatMetric(c.metric, c.current)} | ` +
        `${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(advisory ? (c.pBH ?? c.pAdjusted) : c.pAdjusted)} | ${severityCell(c, advisory)} |`,
    );
  }
  return out;
}
