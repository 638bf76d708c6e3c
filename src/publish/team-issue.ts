/**
 * The sticky team issue of scheduled runs (`notify: issue`): one open issue per profile and level,
 * found again by its hidden marker among the issues the token's account wrote, its body replaced
 * with the open regression change points each night. A regression not open last time adds a
 * comment (subscribers are notified); series that returned get a comment too. When no issue is
 * open, a new one is opened only for regressions the last closed issue did not already list —
 * closing the issue acknowledges it; a deleted issue is simply not found, so the next night opens
 * a new one. Every failure (a read-only token, 403, 410 issues disabled, 422) is an outcome, not a
 * throw: the caller warns and the summary stands.
 */
import type { Trend } from '../verdict/trend.js';
import { openRegressions } from '../verdict/open-changes.js';
import { newRegressionsComment, openKeysOf, returnedComment, teamIssueBody, teamIssueMarker, teamIssueTitle } from '../report/team-issue.js';
import { describeFailure, tokenLogin, type Octokit, type RepoRef } from './github-client.js';

/** The `notify` input's values live with the inputs (constants.ts), so reading them loads no Octokit. */
export type { NotifyMode } from '../constants.js';

export type TeamIssueOutcome =
  | { status: 'created' | 'updated'; number: number; url: string; comments: number }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

export interface TeamIssueRequest {
  repo: RepoRef;
  profile: string;
  level?: string;
  /** The trend's runs, settings and series (its notes are not needed). */
  trend: Pick<Trend, 'runs' | 'alpha' | 'minChange' | 'series'>;
  /** The workflow run, linked from the body. */
  runUrl?: string;
}

interface FoundIssue {
  number: number;
  state: string;
  body?: string | null;
  html_url: string;
}

/** Our issues with this marker, newest first (pull requests and other authors' issues left out). */
async function markedIssues(octokit: Octokit, repo: RepoRef, marker: string, login: string): Promise<FoundIssue[]> {
  const all = await octokit.paginate(octokit.rest.issues.listForRepo, { ...repo, state: 'all', per_page: 100 });
  return all.filter((i) => !i.pull_request && i.user?.login === login && (i.body ?? '').startsWith(marker));
}

/** Creates or updates the team issue for this trend (file comment). Never throws. */
export async function upsertTeamIssue(octokit: Octokit, request: TeamIssueRequest): Promise<TeamIssueOutcome> {
  const { repo, trend } = request;
  const marker = teamIssueMarker(request.profile, request.level);
  const open = openRegressions(trend);
  const body = teamIssueBody(marker, trend, open, request.runUrl);
  try {
    const login = await tokenLogin(octokit);
    const issues = await markedIssues(octokit, repo, marker, login);
    const current = issues.find((i) => i.state === 'open');
    if (current) {
      const before = new Set(openKeysOf(current.body));
      const fresh = open.filter((r) => !before.has(r.key));
      const returned = [...before].filter((k) => !open.some((r) => r.key === k));
      await octokit.rest.issues.update({ ...repo, issue_number: current.number, body });
      let comments = 0;
      if (fresh.length > 0) {
        await octokit.rest.issues.createComment({ ...repo, issue_number: current.number, body: newRegressionsComment(fresh) });
        comments++;
      }
      if (returned.length > 0) {
        await octokit.rest.issues.createComment({ ...repo, issue_number: current.number, body: returnedComment(returned, open.length) });
        comments++;
      }
      return { status: 'updated', number: current.number, url: current.html_url, comments };
    }
    const acknowledged = new Set(openKeysOf(issues.find((i) => i.state === 'closed')?.body));
    const fresh = open.filter((r) => !acknowledged.has(r.key));
    if (fresh.length === 0) {
      return { status: 'skipped', reason: open.length === 0 ? 'no regression change point is open' : 'the open regressions are the ones a closed team issue already listed' };
    }
    const { data } = await octokit.rest.issues.create({ ...repo, title: teamIssueTitle(request.profile, request.level), body });
    return { status: 'created', number: data.number, url: data.html_url, comments: 0 };
  } catch (err) {
    return { status: 'failed', reason: describeFailure(err, 'update the team issue', 'issues: write') };
  }
}
