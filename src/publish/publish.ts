/**
 * Publishing a report to GitHub: the sticky comment on the pull request and the check run on its
 * head commit, as rendered by src/report/comment.ts and check-run.ts. Each is independent and best-effort — a failure is a warning with its reason, and
 * what was made is returned for the `comment-url` and `check-run-id` outputs.
 */
import type { ReportDocument } from '../report/document.js';
import type { MeasuredElsewhere } from '../report/measured-elsewhere.js';
import { commentMarker, hasFindings, renderComment } from '../report/comment.js';
import { buildCheckRun } from '../report/check-run.js';
import { publishCheckRun, upsertStickyComment, type CheckRunOutcome, type CommentMode, type CommentOutcome, type Octokit, type RepoRef } from './github-client.js';

/** Everything publishing needs: the report, where it goes, and how to render it. */
export interface PublishRequest {
  report: ReportDocument;
  repo: RepoRef;
  pullRequest?: number;
  headSha: string;
  commentMode: CommentMode;
  level?: string;
  now: Date;
  detailsUrl?: string;
  profilePath?: string;
  endpointLines?: Record<string, number>;
  /** Publish mode: the report was measured by another run. */
  measuredElsewhere?: MeasuredElsewhere;
}

/** What was made, for the `comment-url` and `check-run-id` outputs. */
export interface PublishOutcome {
  comment: CommentOutcome;
  checkRun: CheckRunOutcome;
}

/** Posts or updates the comment (pull requests only) and creates the check run. Never throws. */
export async function publishReport(octokit: Octokit, request: PublishRequest, log: { info(m: string): void; warning(m: string): void }): Promise<PublishOutcome> {
  const options = { level: request.level, now: request.now, detailsUrl: request.detailsUrl, measuredElsewhere: request.measuredElsewhere };
  let comment: CommentOutcome;
  if (request.pullRequest === undefined) {
    comment = { status: 'skipped', reason: 'not a pull request' };
  } else {
    comment = await upsertStickyComment(octokit, {
      repo: request.repo,
      issueNumber: request.pullRequest,
      marker: commentMarker(request.report.profile.name, request.level),
      body: renderComment(request.report, options),
      mode: request.commentMode,
      hasFindings: hasFindings(request.report),
    });
  }
  if (comment.status === 'failed') log.warning(`loadgate: ${comment.reason}`);
  else if (comment.status === 'skipped') log.info(`PR comment: skipped (${comment.reason})`);
  else log.info(`PR comment ${comment.status}: ${comment.url}`);

  const content = buildCheckRun(request.report, { ...options, profilePath: request.profilePath, endpointLines: request.endpointLines });
  const checkRun = await publishCheckRun(octokit, request.repo, request.headSha, content, request.detailsUrl);
  if (checkRun.status === 'failed') log.warning(`loadgate: ${checkRun.reason}`);
  else log.info(`Check run "${content.name}" (${content.conclusion}) on ${request.headSha}: ${checkRun.url}`);
  return { comment, checkRun };
}
