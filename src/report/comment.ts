/**
 * The sticky PR comment: the verdict, the findings with their intervals and p-values, a compact
 * per-endpoint table, which baseline was used, the runner noise, and a chart. The full tables stay
 * in the job summary and the JSON report, so the comment fits GitHub's 65,536-character limit on
 * any number of endpoints: every list is capped and a final guard cuts what is left over.
 *
 * Its labels, gate line, baseline sentence and footer are the job summary's (labels.ts,
 * run-context.ts), so the two cannot describe one run differently. Pure: the report, the marker and
 * the clock come in, the text goes out (golden-file tested); src/publish/ sends it.
 */
import type { ReportDocument } from './document.js';
import type { Level, MetricComparison } from '../verdict/types.js';
import { LEVELS } from '../verdict/types.js';
import { formatChange, formatMetric, formatP } from './format.js';
import { escapeMarkdown, plainName } from './escape.js';
import { noiseLine } from './noise.js';
import { runMetricSentences } from './run-metrics.js';
import { renderLatencyChart } from './chart.js';
import { SEVERITY_TEXT, gateLine, hasUnconfirmedChange, intervalText, statusLabel, unconfirmedSentence } from './labels.js';
import { baselineSentence, footerLine } from './run-context.js';
import { answeredRequests } from '../metrics/run-health.js';
import { measuredElsewhereLines, type MeasuredElsewhere } from './measured-elsewhere.js';

/** GitHub refuses a comment body longer than this (422). */
export const COMMENT_MAX_CHARS = 65_536;
/** Caps on the comment's lists; the job summary has the rest. */
export const COMMENT_MAX_FINDINGS = 30;
export const COMMENT_MAX_ENDPOINT_ROWS = 40;
export const COMMENT_MAX_BREACHES = 15;
export const COMMENT_MAX_NOTES = 8;

/** How the comment is rendered: the level it belongs to, the clock, links, and where it was measured. */
export interface CommentOptions {
  /** The load level, when the profile has levels: one comment per profile and level. */
  level?: string;
  /** The clock, for the baseline's age. */
  now: Date;
  /** Where the full report is, e.g. the run's URL; shown as a link when it is an https URL. */
  detailsUrl?: string;
  /** Publish mode: the report was measured by another run; the comment says so under its heading. */
  measuredElsewhere?: MeasuredElsewhere;
}

/**
 * The hidden marker that identifies our comment for one profile and level. Only plain characters
 * go into it, so a crafted name cannot close the HTML comment.
 */
export function commentMarker(profileName: string, level?: string): string {
  return `<!-- loadgate:comment profile=${plainName(profileName, 64)}${level ? ` level=${plainName(level, 64)}` : ''} -->`;
}

/**
 * Whether a report has something a reviewer should see: a regression, a crossed threshold, or a
 * change of major or critical size that was seen but could not be confirmed.
 */
export function hasFindings(report: ReportDocument): boolean {
  return report.verdict.maxSeverity !== 'none' || report.verdict.status === 'regressed' || hasUnconfirmedChange(report);
}

/** Renders the comment body, marker first. */
export function renderComment(report: ReportDocument, options: CommentOptions): string {
  const name = escapeMarkdown(report.profile.name, 64) + (options.level ? ` (${escapeMarkdown(options.level, 64)})` : '');
  const lines = [commentMarker(report.profile.name, options.level), `### loadgate: ${name} — ${statusLabel(report)}`, ''];
  if (options.measuredElsewhere) lines.push(...measuredElsewhereLines(options.measuredElsewhere));
  lines.push(gateLine(report), '');
  for (const sentence of runMetricSentences(report)) lines.push(`**${escapeMarkdown(sentence, 500)}**`, '');
  const unconfirmed = unconfirmedSentence(report, (s) => escapeMarkdown(s, 64));
  if (unconfirmed) lines.push(`⚠️ ${unconfirmed}.`, '');
  lines.push(...findingsSection(report), ...advisorySection(report), ...breachesSection(report), ...endpointsSection(report));
  const chart = renderLatencyChart(report);
  if (chart) lines.push(chart, '');
  lines.push(baselineSentence(report, options.now), '');
  const noise = noiseLine(report);
  if (noise) lines.push(noise, '');
  lines.push(...notesSection(report));
  const details = options.detailsUrl && /^https:\/\/[^\s()<>]+$/.test(options.detailsUrl) ? `[the job summary](${options.detailsUrl})` : 'the job summary';
  lines.push(footerLine(report, `All comparisons are in ${details} and the JSON report`));
  return fitComment(lines.join('\n') + '\n');
}

/** Cuts a body that would still exceed the limit (it cannot with the caps above; a last guard). */
export function fitComment(body: string, maxChars: number = COMMENT_MAX_CHARS): string {
  const chars = [...body];
  if (chars.length <= maxChars) return body;
  const tail = '\n\n… cut to fit GitHub’s comment limit; the job summary has everything.\n';
  return chars.slice(0, maxChars - tail.length).join('') + tail;
}

const rank = (l: Level) => LEVELS.indexOf(l);

function findingsSection(report: ReportDocument): string[] {
  const findings = report.comparisons.filter((c) => c.severity !== 'none').sort((a, b) => rank(b.severity) - rank(a.severity));
  if (findings.length === 0) return [];
  const out = ['| endpoint | metric | baseline → current | change | 95% interval | p (Holm) | severity |', '|---|---|--:|--:|--:|--:|---|'];
  for (const c of findings.slice(0, COMMENT_MAX_FINDINGS)) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} → ${formatMetric(c.metric, c.current)} | ` +
        `${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(c.pAdjusted)} | ${SEVERITY_TEXT[c.severity]} |`,
    );
  }
  if (findings.length > COMMENT_MAX_FINDINGS) out.push('', `…and ${findings.length - COMMENT_MAX_FINDINGS} more regressions in the job summary.`);
  return [...out, ''];
}

/**
 * Changes seen only by the advisory test (Benjamini–Hochberg, or a history too short to gate):
 * shown so a reviewer knows of them, labelled so nobody mistakes them for what failed the gate.
 */
function advisorySection(report: ReportDocument): string[] {
  const advisory = report.comparisons
    .filter((c) => c.severity === 'none' && c.advisorySeverity !== undefined && c.advisorySeverity !== 'none')
    .sort((a, b) => rank(b.advisorySeverity ?? 'none') - rank(a.advisorySeverity ?? 'none'));
  if (advisory.length === 0) return [];
  const out = [
    '**Advisory** (seen, but not firm enough to gate; does not fail the step)',
    '',
    '| endpoint | metric | baseline → current | change | 95% interval | p (BH) | severity |',
    '|---|---|--:|--:|--:|--:|---|',
  ];
  for (const c of advisory.slice(0, COMMENT_MAX_FINDINGS)) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} → ${formatMetric(c.metric, c.current)} | ` +
        `${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(c.pBH ?? c.pAdjusted)} | ${SEVERITY_TEXT[c.advisorySeverity ?? 'none']} |`,
    );
  }
  if (advisory.length > COMMENT_MAX_FINDINGS) out.push('', `…and ${advisory.length - COMMENT_MAX_FINDINGS} more advisory changes in the job summary.`);
  return [...out, ''];
}

function breachesSection(report: ReportDocument): string[] {
  if (report.breaches.length === 0) return [];
  const out = ['**Thresholds crossed**', '', '| endpoint | metric | limit | actual | severity |', '|---|---|--:|--:|---|'];
  for (const b of report.breaches.slice(0, COMMENT_MAX_BREACHES)) {
    out.push(`| ${escapeMarkdown(b.endpoint, 64)} | ${b.metric} | ${formatMetric(b.metric, b.limit)} | ${formatMetric(b.metric, b.actual)} | ${SEVERITY_TEXT[b.severity]} |`);
  }
  if (report.breaches.length > COMMENT_MAX_BREACHES) out.push('', `…and ${report.breaches.length - COMMENT_MAX_BREACHES} more in the job summary.`);
  return [...out, ''];
}

/** One row per endpoint, worst first: p50 and p95 baseline → current with their changes. */
function endpointsSection(report: ReportDocument): string[] {
  const byEndpoint = new Map<string, MetricComparison[]>();
  for (const c of report.comparisons) byEndpoint.set(c.endpoint, [...(byEndpoint.get(c.endpoint) ?? []), c]);
  if (byEndpoint.size === 0) return [];
  const worstOf = (list: MetricComparison[]) => list.reduce<Level>((w, c) => (rank(c.severity) > rank(w) ? c.severity : w), 'none');
  const rows = [...byEndpoint.entries()].sort((a, b) => rank(worstOf(b[1])) - rank(worstOf(a[1])));
  // An endpoint with no answered request has no latency: "—", never a made-up 0 ms.
  const unanswered = new Set(report.endpoints.filter((e) => answeredRequests(e) === 0).map((e) => e.name));
  const cell = (list: MetricComparison[], metric: string) => {
    const c = list.find((x) => x.metric === metric);
    if (c && metric !== 'throughput' && unanswered.has(c.endpoint)) return `${formatMetric(c.metric, c.baseline)} → —`;
    return c ? `${formatMetric(c.metric, c.baseline)} → ${formatMetric(c.metric, c.current)} (${formatChange(c.change, c.changeKind)})` : '—';
  };
  const out = [
    `<details${hasFindings(report) ? '' : ' open'}><summary>Endpoints (${byEndpoint.size})</summary>`,
    '',
    '| endpoint | p50 | p95 | throughput | worst |',
    '|---|--:|--:|--:|---|',
  ];
  for (const [endpoint, list] of rows.slice(0, COMMENT_MAX_ENDPOINT_ROWS)) {
    out.push(`| ${escapeMarkdown(endpoint, 64)} | ${cell(list, 'p50')} | ${cell(list, 'p95')} | ${cell(list, 'throughput')} | ${SEVERITY_TEXT[worstOf(list)]} |`);
  }
  if (rows.length > COMMENT_MAX_ENDPOINT_ROWS) out.push('', `…and ${rows.length - COMMENT_MAX_ENDPOINT_ROWS} more endpoints in the job summary.`);
  return [...out, '', '</details>', ''];
}

function notesSection(report: ReportDocument): string[] {
  const notes = [...report.notes, ...report.warnings];
  if (notes.length === 0) return [];
  const out = notes.slice(0, COMMENT_MAX_NOTES).map((n, i) => `${i + 1}. ${escapeMarkdown(n.message)}`);
  if (notes.length > COMMENT_MAX_NOTES) out.push(`${COMMENT_MAX_NOTES + 1}. …and ${notes.length - COMMENT_MAX_NOTES} more notes in the job summary.`);
  return ['<details><summary>Notes</summary>', '', ...out, '', '</details>', ''];
}
