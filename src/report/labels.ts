/**
 * The words every view of a run shares — status, severity, the gate, intervals, the method, and the
 * sentence about a change that was seen but not confirmed — so the job summary, the comment, the
 * check run and the terminal cannot describe the same run differently. Plain text or fixed markdown:
 * callers escape names for their medium through `name`.
 */
import type { ReportDocument } from './document.js';
import type { Level, MetricComparison } from '../verdict/types.js';
import { LEVELS } from '../verdict/types.js';
import { formatChange } from './format.js';

/** A severity as a table cell shows it. */
export const SEVERITY_TEXT: Readonly<Record<Level, string>> = { none: '—', minor: '🟡 minor', major: '🟠 major', critical: '🔴 critical' };

/**
 * A comparison's severity cell: its blocking severity, or an advisory one (Benjamini–Hochberg only)
 * in parentheses — bare in a table that lists only advisory findings.
 */
export function severityCell(c: Pick<MetricComparison, 'severity' | 'advisorySeverity'>, advisoryTable = false): string {
  if (c.severity !== 'none' || !c.advisorySeverity || c.advisorySeverity === 'none') return SEVERITY_TEXT[c.severity];
  return advisoryTable ? SEVERITY_TEXT[c.advisorySeverity] : `(${SEVERITY_TEXT[c.advisorySeverity]}, advisory)`;
}

/** The 95% interval of a change, `+10.0% … +55.0%`, or `—` when the test gives none. */
export function intervalText(c: Pick<MetricComparison, 'interval' | 'changeKind'>): string {
  return c.interval ? `${formatChange(c.interval.lower, c.changeKind)} … ${formatChange(c.interval.upper, c.changeKind)}` : '—';
}

/**
 * Whether the gate fails and what reached a severity, in markdown:
 * ``fail-on `critical`: **the gate fails** · 2 critical`` or ``fail-on `critical`: the gate passes · no regressions``.
 */
export function gateLine(report: Pick<ReportDocument, 'verdict' | 'comparisons' | 'breaches'>): string {
  const { verdict } = report;
  const counts = (['critical', 'major', 'minor'] as const)
    .map((s) => [s, report.comparisons.filter((c) => c.severity === s).length + report.breaches.filter((b) => b.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const gate = verdict.failed ? `fail-on \`${verdict.failOn}\`: **the gate fails**` : `fail-on \`${verdict.failOn}\`: the gate passes`;
  return counts.length > 0 ? `${gate} · ${counts.join(' · ')}` : `${gate} · no regressions`;
}

const rank = (l: Level | undefined) => LEVELS.indexOf(l ?? 'none');

/**
 * The worst unconfirmed change: the report's own figure, or — for a report written before it
 * existed — the worst advisory severity among its comparisons.
 */
export function advisorySeverityOf(report: Pick<ReportDocument, 'verdict' | 'comparisons'>): Level {
  const stated = report.verdict.advisorySeverity;
  if (stated !== undefined && LEVELS.includes(stated)) return stated;
  return report.comparisons.reduce<Level>((worst, c) => (rank(c.advisorySeverity) > rank(worst) ? (c.advisorySeverity ?? 'none') : worst), 'none');
}

/** A change of major or critical size was seen but not confirmed: no view may show a plain pass then. */
export function hasUnconfirmedChange(report: Pick<ReportDocument, 'verdict' | 'comparisons'>): boolean {
  return rank(advisorySeverityOf(report)) >= rank('major');
}

/** `✅ pass`, `⚠️ passes`, `❌ regressed (critical)`, … — the headline's status. */
export function statusLabel(report: Pick<ReportDocument, 'verdict' | 'comparisons'>): string {
  const { verdict } = report;
  const worst = verdict.maxSeverity === 'none' ? '' : ` (${verdict.maxSeverity})`;
  switch (verdict.status) {
    case 'pass':
      return hasUnconfirmedChange(report) ? '⚠️ passes' : '✅ pass';
    case 'regressed':
      return `❌ regressed${worst}`;
    case 'no-baseline':
      return `⚪ no baseline${worst}`;
    case 'error':
      return '⚠️ error';
  }
}

/**
 * "search p50 +223% and 2 more could not be told apart from runner noise with 1 stored run" — what
 * was seen and why it does not block; undefined when no major or critical change is unconfirmed.
 * `name` escapes an endpoint name for the medium.
 */
export function unconfirmedSentence(report: Pick<ReportDocument, 'verdict' | 'comparisons' | 'baseline'>, name: (s: string) => string = (s) => s): string | undefined {
  if (!hasUnconfirmedChange(report)) return undefined;
  const seen = report.comparisons
    .filter((c) => c.severity === 'none' && rank(c.advisorySeverity) >= rank('major'))
    .sort((a, b) => rank(b.advisorySeverity) - rank(a.advisorySeverity) || Math.abs(b.change) - Math.abs(a.change));
  if (seen.length === 0) return undefined;
  const listed = seen.slice(0, 3).map((c) => `${name(c.endpoint)} ${c.metric} ${formatChange(c.change, c.changeKind)}`);
  const more = seen.length > 3 ? ` and ${seen.length - 3} more` : '';
  const why =
    report.baseline.mode === 'paired'
      ? 'significant only before Holm’s correction for the number of tests'
      : allEndpointsMoved(report.comparisons, seen)
        ? `could not be told apart from a slower runner with ${runsText(report.baseline.runs)}: every endpoint moved together`
        : `could not be told apart from runner noise with ${runsText(report.baseline.runs)}`;
  return `${listed.join(', ')}${more} ${why}; ${seen.length === 1 ? 'it does' : 'they do'} not fail the step`;
}

function runsText(runs: number | undefined): string {
  return runs === 1 ? '1 stored run' : `${runs ?? 'the'} stored runs`;
}

/** Whether the unconfirmed changes cover every compared endpoint (a change a slower machine could explain). */
function allEndpointsMoved(all: readonly MetricComparison[], seen: readonly MetricComparison[]): boolean {
  const endpoints = new Set(all.map((c) => c.endpoint));
  const moved = new Set(seen.map((c) => c.endpoint));
  return endpoints.size > 1 && moved.size === endpoints.size;
}

/**
 * How the comparisons were made, for every view's footer: the tests the comparisons actually used,
 * or none when nothing was compared (no baseline, thresholds only).
 */
export function methodText(report: Pick<ReportDocument, 'baseline' | 'comparisons'>): string {
  if (report.comparisons.length === 0) return 'nothing compared with a baseline';
  if (report.baseline.mode === 'paired') return 'paired trials interleaved A B B A, Mann–Whitney U, Holm-corrected';
  const methods = new Set(report.comparisons.map((c) => c.method ?? 'trials'));
  // Each row shows the cache-mode test that said more; with two or more endpoints both ran.
  const cacheEndpoints = new Set(report.comparisons.filter((c) => c.method === 'history' || c.method === 'relative').map((c) => c.endpoint));
  const tests = [
    methods.has('trials') ? 'Mann–Whitney U per trial' : undefined,
    methods.has('relative') || cacheEndpoints.size >= 2 ? 'each endpoint against the rest of its run' : undefined,
    methods.has('history') ? 'against the stored runs’ run-to-run spread (Student t)' : undefined,
  ].filter(Boolean);
  return `${tests.join(' and ')}, Holm-corrected`;
}
