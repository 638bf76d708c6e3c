/**
 * The GitHub API edge: the sticky comment and the check run. Octokit comes from @actions/github
 * with @octokit/plugin-retry (5xx retried) and @octokit/plugin-throttling (primary and secondary
 * rate limits waited out, twice at most). Nothing here throws: a read-only token (a fork's pull
 * request, or missing `permissions:`), a 422 or an outage becomes an outcome with a reason that
 * the action logs as a warning — the job summary and the exit-code gate do not depend on it.
 */
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { CheckAnnotation, CheckRunContent } from '../report/check-run.js';
import type { CommentMode } from '../constants.js';

/** The GitHub client, with retries and throttling. */
export type Octokit = ReturnType<typeof github.getOctokit>;

/** The repository a comment or check run goes to. */
export interface RepoRef {
  owner: string;
  repo: string;
}

/** The `comment` input's values live with the inputs (constants.ts), so reading them loads no Octokit. */
export type { CommentMode } from '../constants.js';

/** What became of the comment: made, updated, skipped (why) or failed (why). */
export type CommentOutcome =
  | { status: 'created' | 'updated'; url: string; id: number }
  | { status: 'skipped'; reason: string }
  | { status: 'failed'; reason: string };

/** What became of the check run: its id and page, or why it failed. */
export type CheckRunOutcome = { status: 'created'; id: number; url: string } | { status: 'failed'; reason: string };

/** How often a rate-limited request is retried after waiting, and the longest wait accepted. */
const RATE_LIMIT_RETRIES = 2;
const RATE_LIMIT_MAX_WAIT_S = 120;

/**
 * An Octokit for the token, against GITHUB_API_URL (GitHub Enterprise and the tests' stand-in),
 * retrying server errors and waiting out rate limits within bounds, so a run never hangs on them.
 */
export function makeOctokit(token: string, log: { warning(message: string): void }, baseUrl?: string): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _o: unknown, retryCount: number) => {
    const again = retryCount < RATE_LIMIT_RETRIES && retryAfter <= RATE_LIMIT_MAX_WAIT_S;
    log.warning(`GitHub ${kind} rate limit on ${options.method} ${options.url}: ${again ? `retrying after ${retryAfter} s` : 'giving up'}`);
    return again;
  };
  return github.getOctokit(
    token,
    {
      baseUrl: baseUrl || process.env.GITHUB_API_URL || 'https://api.github.com',
      throttle: { onRateLimit: onLimit('primary'), onSecondaryRateLimit: onLimit('secondary') },
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451] },
    },
    retry,
    throttling,
  );
}

/** Words for a failed request, with the likely cause of a 403. */
export function describeFailure(err: unknown, what: string, permission: string): string {
  const e = err as { status?: number; message?: string };
  if (e.status === 403 && /not accessible by integration/i.test(e.message ?? '')) {
    return `cannot ${what}: the token is read-only here (a pull request from a fork, or the workflow lacks \`permissions: ${permission}\`) — ${e.message}`;
  }
  if (e.status === 401) return `cannot ${what}: the github-token was refused (${e.message})`;
  return `cannot ${what}: ${e.status ? `HTTP ${e.status}: ` : ''}${e.message ?? String(err)}`;
}

/** The account that GITHUB_TOKEN (the workflow's installation token) writes as. */
export const GITHUB_ACTIONS_BOT_LOGIN = 'github-actions[bot]';

/**
 * The login our comments are written under, so only our own comment is ever edited. A personal
 * access token can read its user (`GET /user`); an installation token cannot (403 "Resource not
 * accessible by integration"), and the workflow's GITHUB_TOKEN writes as `github-actions[bot]`.
 * Any other failure is thrown: without knowing who we are, no comment is edited.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (err) {
    const e = err as { status?: number; message?: string };
    if (e.status === 403 && /not accessible by integration/i.test(e.message ?? '')) return GITHUB_ACTIONS_BOT_LOGIN;
    throw err;
  }
}

/**
 * Finds our earlier comment: the marker at the start of the body, written by `login` — the token's
 * own account, so neither a person quoting the marker nor another bot copying it is ever edited.
 * Reads 100 comments a page, all pages.
 */
export async function findStickyComment(octokit: Octokit, repo: RepoRef, issueNumber: number, marker: string, login: string) {
  const comments = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: issueNumber, per_page: 100 });
  return comments.find((c) => (c.body ?? '').startsWith(marker) && c.user?.login === login);
}

/** One sticky comment to create or update. */
export interface StickyCommentRequest {
  repo: RepoRef;
  issueNumber: number;
  marker: string;
  body: string;
  mode: CommentMode;
  /** Whether the report has findings (decides `auto` when no comment exists yet). */
  hasFindings: boolean;
}

/**
 * Creates or updates the sticky comment. `auto` posts when something was found and otherwise only
 * updates an existing comment (so a fixed regression turns it green); `always` posts either way.
 */
export async function upsertStickyComment(octokit: Octokit, request: StickyCommentRequest): Promise<CommentOutcome> {
  if (request.mode === 'never') return { status: 'skipped', reason: 'comment is never' };
  try {
    const login = await tokenLogin(octokit).catch((err) => {
      throw Object.assign(new Error(`cannot tell which account the github-token belongs to, so no comment is edited (${(err as Error).message})`), { status: (err as { status?: number }).status });
    });
    const existing = await findStickyComment(octokit, request.repo, request.issueNumber, request.marker, login);
    if (existing) {
      const { data } = await octokit.rest.issues.updateComment({ ...request.repo, comment_id: existing.id, body: request.body });
      return { status: 'updated', url: data.html_url, id: data.id };
    }
    if (request.mode === 'auto' && !request.hasFindings) {
      return { status: 'skipped', reason: 'nothing found and no earlier comment to update (comment: auto)' };
    }
    const { data } = await octokit.rest.issues.createComment({ ...request.repo, issue_number: request.issueNumber, body: request.body });
    return { status: 'created', url: data.html_url, id: data.id };
  } catch (err) {
    return { status: 'failed', reason: describeFailure(err, 'post the pull request comment', 'pull-requests: write') };
  }
}

/** GitHub takes at most this many annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;

/** Splits annotations into GitHub's batches of at most 50 per request. */
export function annotationBatches(annotations: readonly CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  return batches;
}

/**
 * Creates the completed check run on `headSha`, then adds annotations beyond the first 50 with
 * updates (GitHub accumulates them), 50 per request.
 */
export async function publishCheckRun(octokit: Octokit, repo: RepoRef, headSha: string, content: CheckRunContent, detailsUrl?: string): Promise<CheckRunOutcome> {
  const [first = [], ...rest] = annotationBatches(content.annotations);
  const output = { title: content.title, summary: content.summary };
  try {
    const { data } = await octokit.rest.checks.create({
      ...repo,
      name: content.name,
      head_sha: headSha,
      conclusion: content.conclusion,
      completed_at: new Date().toISOString(),
      ...(detailsUrl ? { details_url: detailsUrl } : {}),
      output: { ...output, ...(first.length > 0 ? { annotations: first } : {}) },
    });
    for (const batch of rest) {
      await octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: { ...output, annotations: batch } });
    }
    return { status: 'created', id: data.id, url: data.html_url ?? '' };
  } catch (err) {
    return { status: 'failed', reason: describeFailure(err, 'create the check run', 'checks: write') };
  }
}
