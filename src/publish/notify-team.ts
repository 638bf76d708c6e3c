/**
 * When the team issue is kept: `notify: issue`, a report with a trend (scheduled and dispatched
 * runs), on the default branch, with a token and a GitHub API. Everything else is said in the log;
 * a failure is a warning and the job summary stands.
 */
import type { ReportDocument } from '../report/document.js';
import { makeOctokit, type RepoRef } from './github-client.js';
import { upsertTeamIssue, type NotifyMode, type TeamIssueOutcome } from './team-issue.js';

export interface NotifyContext {
  mode: NotifyMode;
  token: string;
  apiUrl?: string;
  repo: RepoRef;
  level?: string;
  ref: string;
  defaultBranch?: string;
  runUrl?: string;
}

/** Keeps the team issue when the context allows (file comment). Never throws. */
export async function notifyTeam(report: ReportDocument, ctx: NotifyContext, log: { info(m: string): void; warning(m: string): void }): Promise<TeamIssueOutcome | undefined> {
  if (ctx.mode === 'none' || !report.trend) return undefined;
  if (!ctx.defaultBranch || ctx.ref !== `refs/heads/${ctx.defaultBranch}`) {
    log.info(`Team issue: not kept for ${ctx.ref} (only the default branch's scheduled runs keep it)`);
    return undefined;
  }
  if (!ctx.token || !ctx.apiUrl) {
    log.info('Team issue: no github-token or GitHub API here, so no issue (the job summary has the trend)');
    return undefined;
  }
  const outcome = await upsertTeamIssue(makeOctokit(ctx.token, log, ctx.apiUrl), {
    repo: ctx.repo, profile: report.profile.name, trend: report.trend,
    ...(ctx.level ? { level: ctx.level } : {}), ...(ctx.runUrl ? { runUrl: ctx.runUrl } : {}),
  });
  if (outcome.status === 'failed') log.warning(`loadgate: ${outcome.reason}`);
  else if (outcome.status === 'skipped') log.info(`Team issue: ${outcome.reason}`);
  else log.info(`Team issue ${outcome.status}: ${outcome.url}${outcome.comments ? ` (${outcome.comments} comment${outcome.comments === 1 ? '' : 's'})` : ''}`);
  return outcome;
}
