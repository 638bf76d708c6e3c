/**
 * The mark on a report published by another run (the `publish` mode): which run and commit measured
 * it, that this run only checked and re-judged it, and, when the report's own verdict did not match
 * its comparisons, what it claimed. The same lines go into the job summary, the markdown report and
 * the PR comment (and with it the check run), so no view of a published report passes for one
 * measured by the workflow that shows it. Pure; every value in it is trusted (from the event, not the
 * report) or escaped by the caller.
 */

export interface MeasuredElsewhere {
  /** The measured commit, from the workflow_run event (7 hex digits are shown). */
  commit?: string;
  /** The measuring run's page, built from the event's run id (never from the report). */
  runUrl?: string;
  /** Set when the report's own verdict was overruled: the claim and the recomputed verdict, in words. */
  overruled?: string;
}

/** The block under the heading: a quote, so it stands apart from what the report says. */
export function measuredElsewhereLines(m: MeasuredElsewhere): string[] {
  const run = m.runUrl && /^https:\/\/[^\s()<>]+$/.test(m.runUrl) ? `[another workflow run](${m.runUrl})` : 'another workflow run';
  const commit = m.commit && /^[0-9a-f]{7,64}$/i.test(m.commit) ? ` of commit \`${m.commit.slice(0, 7)}\`` : '';
  const lines = [
    `> **Measured elsewhere:** ${run}${commit} measured this and uploaded the report; this run only published it. ` +
      'loadgate checked the report’s form and recomputed its verdict from its comparisons and thresholds; the measurements are as that run reported them.',
  ];
  if (m.overruled) lines.push('>', `> ⚠️ ${m.overruled}.`);
  return [...lines, ''];
}
