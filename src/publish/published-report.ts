/**
 * The verdict of a report measured elsewhere (the `publish` mode). The report is untrusted: its
 * `verdict` block is a claim, and a schema-valid report can claim `pass` over a list of critical
 * comparisons. So the verdict that reaches the comment, the check run and the summary is recomputed
 * here from what the report lists — its comparisons and threshold breaches — by the same rules the
 * measuring run applies (src/verdict/decide.ts): the worst severity among them, `regressed` when
 * that is not none, else `pass` when something was compared, else `no-baseline`; the gate fails
 * when the worst severity reaches fail-on.
 *
 * A report may make itself look worse than its lists, never better: a claimed `error`, a claimed
 * failure or a claimed worse severity is kept (a run can fail for reasons no comparison shows), and
 * fail-on is the stricter of the report's and the publishing step's own input. The numbers inside
 * the comparisons cannot be checked here; the renderers say the report was measured elsewhere.
 *
 * Pure.
 */
import type { ReportDocument } from '../report/document.js';
import type { MeasuredElsewhere } from '../report/measured-elsewhere.js';
import { maxLevel, reaches } from '../verdict/severity.js';
import { FAIL_ON_VALUES, type FailOn, type Level } from '../verdict/types.js';

/** The verdict block of a report document. */
export type ReportVerdict = ReportDocument['verdict'];

/** The recomputed verdict, and the claim it overruled. */
export interface PublishedVerdict {
  /** The verdict to publish. */
  verdict: ReportVerdict;
  /** What the report claimed, when it does not match its own comparisons and breaches. */
  overruled?: ReportVerdict;
}

/** The stricter of two fail-on settings (`minor` is stricter than `critical`; `never` the most lenient). */
export function stricterFailOn(a: FailOn, b: FailOn): FailOn {
  const order: readonly FailOn[] = ['minor', 'major', 'critical', 'never'];
  return order.indexOf(a) <= order.indexOf(b) ? a : b;
}

/**
 * Recomputes the verdict of an untrusted report. `failOnHere` is the publishing step's own
 * `fail-on` input (trusted: it comes from the default branch's workflow).
 */
export function recomputeVerdict(report: ReportDocument, failOnHere: FailOn): PublishedVerdict {
  const claimed = report.verdict;
  let found: Level = 'none';
  for (const c of report.comparisons) found = maxLevel(found, c.severity);
  for (const b of report.breaches) found = maxLevel(found, b.severity);

  const failOn = stricterFailOn(FAIL_ON_VALUES.includes(claimed.failOn) ? claimed.failOn : 'critical', failOnHere);
  const maxSeverity = maxLevel(found, claimed.maxSeverity);
  const status =
    claimed.status === 'error'
      ? 'error'
      : maxSeverity !== 'none' || claimed.status === 'regressed'
        ? 'regressed'
        : report.comparisons.length > 0
          ? 'pass'
          : 'no-baseline';
  const verdict: ReportVerdict = { status, maxSeverity, failOn, failed: claimed.failed || status === 'error' || reaches(maxSeverity, failOn) };
  const differs = claimed.status !== verdict.status || claimed.maxSeverity !== verdict.maxSeverity || claimed.failed !== verdict.failed;
  return differs ? { verdict, overruled: claimed } : { verdict };
}

/** The claimed and the recomputed verdict in words, for the report's readers and the log. */
export function overruledText(claimed: ReportVerdict, published: ReportVerdict): string {
  const words = (v: ReportVerdict) => `${v.status}, worst ${v.maxSeverity}, the gate ${v.failed ? 'fails' : 'passes'} (fail-on ${v.failOn})`;
  return `the report's own verdict (${words(claimed)}) does not match its comparisons and thresholds; shown here is the verdict they give: ${words(published)}`;
}

/** A report ready to render in publish mode. */
export interface PublishedReport {
  /** The report with its verdict recomputed. */
  report: ReportDocument;
  /** The mark the renderers put on it. */
  measuredElsewhere: MeasuredElsewhere;
}

/** Where the report was measured, from the trusted side: the workflow_run event and the runner's variables. */
export interface MeasuringRun {
  /** The measured commit (the event's head SHA). */
  commit?: string;
  /** The measuring run's id, when the event names one. */
  runId?: number;
  /** GITHUB_SERVER_URL and GITHUB_REPOSITORY, for the run's page. */
  serverUrl?: string;
  repository?: string;
}

/** The report to render in publish mode: its verdict recomputed, marked as measured elsewhere. */
export function preparePublished(report: ReportDocument, failOnHere: FailOn, run: MeasuringRun): PublishedReport {
  const { verdict, overruled } = recomputeVerdict(report, failOnHere);
  const runUrl =
    run.runId !== undefined && Number.isSafeInteger(run.runId) && run.runId > 0 && run.serverUrl && run.repository && /^[\w.-]+\/[\w.-]+$/.test(run.repository)
      ? `${run.serverUrl.replace(/\/+$/, '')}/${run.repository}/actions/runs/${run.runId}`
      : undefined;
  return {
    report: { ...report, verdict },
    measuredElsewhere: {
      ...(run.commit ? { commit: run.commit } : {}),
      ...(runUrl ? { runUrl } : {}),
      ...(overruled ? { overruled: overruledText(overruled, verdict) } : {}),
    },
  };
}
