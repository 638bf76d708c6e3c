/**
 * The markdown report: one renderer for the job summary and the markdown file (and, later, the PR
 * comment and check run). Pure: the same document always renders to the same text, which is what
 * the golden files in fixtures/golden check.
 */
import type { ReportDocument } from './document.js';
import type { MetricComparison, VerdictStatus, Level } from '../verdict/types.js';
import {
  codeSpan,
  escapeMarkdown,
  formatChange,
  formatCount,
  formatMetric,
  formatMs,
  formatP,
  formatRate,
  formatRps,
  formatSeconds,
  shortCommit,
} from './format.js';
import { loadFacts, loadModelText } from './load-facts.js';
import { measuredElsewhereLines, type MeasuredElsewhere } from './measured-elsewhere.js';

export interface MarkdownOptions {
  /** Publish mode: the report was measured by another run; the summary says so under its heading. */
  measuredElsewhere?: MeasuredElsewhere;
}

const STATUS_TEXT: Record<VerdictStatus, string> = {
  pass: '✅ pass',
  regressed: '❌ regressed',
  'no-baseline': '⚪ no baseline',
  error: '⚠️ error',
};

const SEVERITY_TEXT: Record<Level, string> = {
  none: '—',
  minor: '🟡 minor',
  major: '🟠 major',
  critical: '🔴 critical',
};

/** Renders the whole report as GitHub-flavoured markdown. */
export function renderMarkdown(report: ReportDocument, options: MarkdownOptions = {}): string {
  const { verdict } = report;
  const lines: string[] = [];
  const worst = verdict.maxSeverity === 'none' ? '' : ` (${verdict.maxSeverity})`;
  lines.push(`## loadgate: ${escapeMarkdown(report.profile.name, 64)} — ${STATUS_TEXT[verdict.status]}${worst}`, '');
  if (options.measuredElsewhere) lines.push(...measuredElsewhereLines(options.measuredElsewhere));
  lines.push(headline(report), '');

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
    const l = e.latencyMs;
    const errors = e.errors === 0 ? '0' : `${formatCount(e.errors)} (${formatRate(e.errorRate)})`;
    lines.push(
      `| ${escapeMarkdown(e.name, 64)} | ${formatCount(e.requests)} | ${errors} | ${formatRps(e.rps)} | ${formatMs(l.p50)} | ${formatMs(l.p95)} | ${formatMs(l.p99)} | ${formatMs(l.max)} |`,
    );
  }
  lines.push('');

  const facts = loadFacts(report);
  if (facts.length > 0) {
    lines.push('### Load', '', '| | |', '|---|---|');
    for (const f of facts) lines.push(`| ${escapeMarkdown(f.label)} | ${escapeMarkdown(f.text, 2000)} |`);
    lines.push('');
  }

  if (report.comparisons.length > 0) {
    lines.push('<details><summary>All comparisons</summary>', '', ...comparisonTable(report.comparisons), '', '</details>', '');
  }

  const notes = [...report.notes, ...report.warnings];
  if (notes.length > 0) {
    lines.push('**Notes**', '');
    notes.forEach((n, i) => lines.push(`${i + 1}. ${escapeMarkdown(n.message, 2000)}`));
    lines.push('');
  }
  lines.push(
    `<sub>${formatCount(report.totals.requests)} requests to ${escapeMarkdown(report.target, 200)} · ${loadModelText(report)} · ` +
      `${report.load.trials} trials of ${formatSeconds(report.load.trialDurationMs)} after ${formatSeconds(report.load.warmupMs)} warm-up · ` +
      `${methodText(report)} · loadgate ${escapeMarkdown(report.tool.version, 20)}</sub>`,
  );
  return lines.join('\n') + '\n';
}

/**
 * How the comparisons were made, for the footers of the summary and the comment: the tests the
 * comparisons actually used, or none when nothing was compared (no baseline, thresholds only).
 */
export function methodText(report: ReportDocument): string {
  if (report.comparisons.length === 0) return 'nothing compared with a baseline';
  if (report.baseline.mode === 'paired') return 'paired trials interleaved A B B A, exact Mann–Whitney U, Holm-corrected';
  const methods = new Set(report.comparisons.map((c) => c.method ?? 'trials'));
  const tests = [
    methods.has('trials') ? 'Mann–Whitney U per trial' : undefined,
    methods.has('history') ? 'this run against the history’s run-to-run spread (Student t)' : undefined,
  ].filter(Boolean);
  return `${tests.join(' and ')}, Holm-corrected`;
}

/** One sentence: what was compared with what, and whether the step fails. */
function headline(report: ReportDocument): string {
  const { verdict } = report;
  // Every text of the baseline can come from an untrusted report (publish mode).
  const baseline = {
    ...report.baseline,
    source: escapeMarkdown(report.baseline.source, 200),
    reason: escapeMarkdown(report.baseline.reason ?? report.baseline.status),
  };
  const gate = verdict.failed
    ? `fail-on \`${verdict.failOn}\`: **the step fails**.`
    : `fail-on \`${verdict.failOn}\`: the step passes.`;
  switch (baseline.status) {
    case 'found': {
      if (baseline.mode === 'paired') {
        return `Paired mode: compared with the baseline target ${baseline.source}, measured on this runner with trials interleaved. ${gate}`;
      }
      const from = [
        baseline.ref ? codeSpan(baseline.ref, 100) : undefined,
        shortCommit(baseline.commit) ? `commit \`${shortCommit(baseline.commit)}\`` : undefined,
        baseline.savedAt ? `recorded ${escapeMarkdown(baseline.savedAt, 40)}` : undefined,
      ].filter(Boolean);
      const runs = baseline.runs === 1 ? '1 run' : `${baseline.runs} runs`;
      return `Compared with the baseline (${[...from, runs].join(', ')}) from ${baseline.source}. ${gate}`;
    }
    case 'missing':
      return `No baseline yet in ${baseline.source}; thresholds only. ${gate}`;
    case 'unusable':
      return `The baseline in ${baseline.source} was ignored: ${baseline.reason}. ${gate}`;
    case 'incompatible':
      return `The baseline in ${baseline.source} was not compared: ${baseline.reason}. ${gate}`;
  }
}

/** The comparisons as a table; the advisory table shows the Benjamini–Hochberg p its findings rest on. */
function comparisonTable(rows: readonly MetricComparison[], advisory = false): string[] {
  const out = [`| endpoint | metric | baseline | current | change | 95% interval | ${advisory ? 'p (BH)' : 'p (Holm)'} | severity |`, '|---|---|--:|--:|--:|--:|--:|---|'];
  for (const c of rows) {
    const interval = c.interval
      ? `${formatChange(c.interval.lower, c.changeKind)} … ${formatChange(c.interval.upper, c.changeKind)}`
      : '—';
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} | ${formatMetric(c.metric, c.current)} | ` +
        `${formatChange(c.change, c.changeKind)} | ${interval} | ${formatP(advisory ? (c.pBH ?? c.pAdjusted) : c.pAdjusted)} | ${severityCell(c, advisory)} |`,
    );
  }
  return out;
}

/** The severity; an advisory one (BH only, or a one-run history) in parentheses outside the advisory table. */
function severityCell(c: MetricComparison, advisoryTable: boolean): string {
  if (c.severity !== 'none' || !c.advisorySeverity || c.advisorySeverity === 'none') return SEVERITY_TEXT[c.severity];
  return advisoryTable ? SEVERITY_TEXT[c.advisorySeverity] : `(${SEVERITY_TEXT[c.advisorySeverity]}, advisory)`;
}
