/**
 * The check run's content: its name, conclusion, title, summary, text and annotations. The step's
 * exit code is the gate (a check run made with GITHUB_TOKEN may land in another workflow's check
 * suite), so the check run is information: the verdict where reviewers look, and an annotation on
 * the profile file at each regressed endpoint's line.
 *
 * Pure; within GitHub's limits: summary and text at most 65,535 characters. src/publish/ sends it
 * (annotations 50 per request).
 */
import type { ReportDocument } from './document.js';
import type { Level } from '../verdict/types.js';
import { LEVELS } from '../verdict/types.js';
import { formatChange, formatMetric, formatP } from './format.js';
import { fitComment, renderComment, type CommentOptions } from './comment.js';
import { advisorySeverityOf, hasUnconfirmedChange } from './labels.js';

/** GitHub's limit on a check run's summary and text. */
export const CHECK_TEXT_MAX_CHARS = 65_535;
/** Annotations beyond this are left out of the check run (the job summary lists every finding). */
export const CHECK_MAX_ANNOTATIONS = 200;

/** The check run's conclusion: the step's exit code is the gate, this is what reviewers see. */
export type CheckConclusion = 'success' | 'failure' | 'neutral';

/** One annotation, in GitHub's shape: a line of the profile file and what regressed there. */
export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** Everything a check run shows, ready to send. */
export interface CheckRunContent {
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations: CheckAnnotation[];
}

/** The comment's options, and where the profile's endpoints are for the annotations. */
export interface CheckRunOptions extends CommentOptions {
  /** The profile file, relative to the repository root, and each endpoint's line in it. */
  profilePath?: string;
  endpointLines?: Record<string, number>;
}

/** `loadgate: shop` or `loadgate: shop (nightly)`. */
export function checkRunName(profileName: string, level?: string): string {
  return `loadgate: ${profileName}${level ? ` (${level})` : ''}`.slice(0, 200);
}

/**
 * The conclusion: failure when the verdict fails the gate (`fail-on`), neutral for findings below
 * it, for a major or critical change seen but not confirmed, or for a run without a baseline,
 * success otherwise.
 */
export function checkConclusion(report: ReportDocument): CheckConclusion {
  if (report.verdict.failed || report.verdict.status === 'error') return 'failure';
  if (report.verdict.status === 'pass' && report.verdict.maxSeverity === 'none' && !hasUnconfirmedChange(report)) return 'success';
  return 'neutral';
}

/** Builds the check run's content from the report. */
export function buildCheckRun(report: ReportDocument, options: CheckRunOptions): CheckRunContent {
  const conclusion = checkConclusion(report);
  const findings = report.comparisons.filter((c) => c.severity !== 'none').length + report.breaches.length;
  const title =
    report.verdict.status === 'no-baseline'
      ? `No baseline yet${findings ? ` · ${findings} threshold breaches` : ''}`
      : findings === 0
        ? hasUnconfirmedChange(report)
          ? `No confirmed regressions · an unconfirmed ${advisorySeverityOf(report)} change`
          : 'No regressions'
        : `${findings} finding${findings === 1 ? '' : 's'}, worst ${report.verdict.maxSeverity}${report.verdict.failed ? ' — the gate fails' : ''}`;
  // Published results say so where the check run is listed, not only in its summary.
  const elsewhere = options.measuredElsewhere ? ' · measured elsewhere' : '';
  // The comment's text without its marker is the summary; it is already capped below 65,536.
  const summary = fitComment(renderComment(report, options).split('\n').slice(1).join('\n'), CHECK_TEXT_MAX_CHARS);
  return {
    name: checkRunName(report.profile.name, options.level),
    conclusion,
    title: (title.slice(0, 255 - elsewhere.length) + elsewhere),
    summary,
    annotations: buildAnnotations(report, options),
  };
}

/** One annotation per regressed endpoint × metric and per breach, on the endpoint's profile line. */
function buildAnnotations(report: ReportDocument, options: CheckRunOptions): CheckAnnotation[] {
  const { profilePath, endpointLines } = options;
  if (!profilePath || !endpointLines) return [];
  const failOnRank = report.verdict.failOn === 'never' ? Infinity : LEVELS.indexOf(report.verdict.failOn);
  const level = (severity: Level) => (LEVELS.indexOf(severity) >= failOnRank ? 'failure' : 'warning');
  const out: CheckAnnotation[] = [];
  for (const c of report.comparisons) {
    const line = Object.hasOwn(endpointLines, c.endpoint) ? endpointLines[c.endpoint] : undefined;
    if (c.severity === 'none' || !line) continue;
    out.push({
      path: profilePath,
      start_line: line,
      end_line: line,
      annotation_level: level(c.severity),
      title: `${c.endpoint}: ${c.metric} ${c.severity} regression`.slice(0, 255),
      message:
        `${c.metric} ${formatMetric(c.metric, c.baseline)} → ${formatMetric(c.metric, c.current)} ` +
        `(${formatChange(c.change, c.changeKind)}, p ${formatP(c.pAdjusted)} after Holm)`,
    });
  }
  for (const b of report.breaches) {
    const line = Object.hasOwn(endpointLines, b.endpoint) ? endpointLines[b.endpoint] : undefined;
    if (!line) continue;
    out.push({
      path: profilePath,
      start_line: line,
      end_line: line,
      annotation_level: level(b.severity),
      title: `${b.endpoint}: ${b.metric} crossed its ${b.severity} threshold`.slice(0, 255),
      message: `${b.metric} ${formatMetric(b.metric, b.actual)}, limit ${formatMetric(b.metric, b.limit)}`,
    });
  }
  return out.slice(0, CHECK_MAX_ANNOTATIONS);
}
