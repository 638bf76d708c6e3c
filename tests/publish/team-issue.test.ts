/**
 * The team issue against the GitHub API stand-in (every request validated against GitHub's
 * OpenAPI description): opened for a regression, updated in place, a comment for a new regression
 * and for a series that returned, a closed issue acknowledged, a deleted one replaced, and
 * 403 / 410 / 422 answered with a failed outcome (the caller's warning), never a throw.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';
import { makeOctokit } from '../../src/publish/github-client.js';
import { upsertTeamIssue } from '../../src/publish/team-issue.js';
import type { Trend, TrendChangePoint, TrendSeriesResult } from '../../src/verdict/trend.js';

const WRITE = 'ghs_write';
const READ = 'ghs_read';
const repo = { owner: 'octo-org', repo: 'shop' };
const runs = Array.from({ length: 20 }, (_, k) => ({ savedAt: new Date(Date.UTC(2026, 10, k + 1)).toISOString(), commit: `${k % 10}`.repeat(40) }));

function change(index: number, value: number, kind: 'regression' | 'improvement'): TrendChangePoint {
  return { index, before: runs[index - 1], after: runs[index], change: value, lower: value - 0.05, upper: value + 0.05, unit: 'relative', pValue: 0.005, kind };
}
function series(endpoint: string, changePoints: TrendChangePoint[]): TrendSeriesResult {
  return { endpoint, metric: 'p95', adjusted: true, points: runs.map((_, run) => ({ run, value: 10 })), changePoints };
}
const trendOf = (...s: TrendSeriesResult[]): Trend => ({ alpha: 0.01, minChange: 0.05, runs, series: s, notes: [] });

describe('team issue', () => {
  let github: GitHubApiStandin;
  const log = { warning: () => undefined };
  before(async () => {
    github = await startGitHubApi({ tokens: { [WRITE]: 'write', [READ]: 'read' }, repos: [{ ...repo, defaultBranch: 'main' }] });
  });
  after(() => github.close());
  const upsert = (trend: Trend, token = WRITE) => upsertTeamIssue(makeOctokit(token, log, github.url), { repo, profile: 'shop', level: 'nightly', trend, runUrl: 'https://github.com/octo-org/shop/actions/runs/1' });

  it('no open regression and no issue: nothing is opened', async () => {
    const outcome = await upsert(trendOf(series('search', [change(8, -0.2, 'improvement')])));
    assert.deepEqual(outcome, { status: 'skipped', reason: 'no regression change point is open' });
    assert.equal(github.issues.size, 0);
  });

  let first = 0;
  it('a regression opens one issue, marked, naming the series and both runs', async () => {
    const outcome = await upsert(trendOf(series('search', [change(8, 0.2, 'regression')])));
    assert.equal(outcome.status, 'created');
    first = (outcome as { number: number }).number;
    const issue = github.issues.get(first)!;
    assert.equal(issue.title, 'loadgate: performance changes in shop (nightly)');
    assert.ok(issue.body.startsWith('<!-- loadgate-trend:shop@nightly -->\n'));
    assert.match(issue.body, /- search p95: \+20\.0% \(\+15\.0% … \+25\.0%\) between `7777777` 2026-11-08 and `8888888` 2026-11-09/);
  });

  it('the same regression next night: the body is updated in place, no comment', async () => {
    const outcome = await upsert(trendOf(series('search', [change(8, 0.2, 'regression')])));
    assert.deepEqual(outcome, { status: 'updated', number: first, url: `https://github.com/octo-org/shop/issues/${first}`, comments: 0 });
    assert.equal(github.issues.size, 1);
    assert.equal(github.comments.get(first)?.length ?? 0, 0);
  });

  it('a new regression on another series adds a comment that names it', async () => {
    const outcome = await upsert(trendOf(series('search', [change(8, 0.2, 'regression')]), series('checkout', [change(15, 0.3, 'regression')])));
    assert.equal(outcome.status, 'updated');
    const [comment] = github.comments.get(first)!;
    assert.match(comment.body, /^🔺 New regression change point:\n\n- checkout p95: \+30\.0%/);
  });

  it('an improvement of similar size: the series has returned, and a comment says so', async () => {
    const outcome = await upsert(trendOf(series('search', [change(8, 0.2, 'regression'), change(14, -0.17, 'improvement')]), series('checkout', [change(15, 0.3, 'regression')])));
    assert.equal(outcome.status, 'updated');
    const comments = github.comments.get(first)!;
    assert.equal(comments[comments.length - 1].body, '✅ Returned: search p95.\n1 still open.\n');
    assert.doesNotMatch(github.issues.get(first)!.body, /search/);
  });

  it('closed by a person: the same regressions do not reopen anything; a new one opens a new issue', async () => {
    github.closeIssue(first);
    const same = await upsert(trendOf(series('checkout', [change(15, 0.3, 'regression')])));
    assert.equal(same.status, 'skipped');
    const fresh = await upsert(trendOf(series('checkout', [change(15, 0.3, 'regression')]), series('home', [change(12, 0.1, 'regression')])));
    assert.equal(fresh.status, 'created');
    assert.notEqual((fresh as { number: number }).number, first);
  });

  it('deleted by a person: the next night opens a new issue, no crash', async () => {
    for (const n of [...github.issues.keys()]) github.deleteIssue(n);
    const outcome = await upsert(trendOf(series('home', [change(12, 0.1, 'regression')])));
    assert.equal(outcome.status, 'created');
    assert.equal(github.issues.size, 1);
  });

  it('a read-only token: a failed outcome that names the permission', async () => {
    for (const n of [...github.issues.keys()]) github.deleteIssue(n);
    const outcome = await upsert(trendOf(series('home', [change(12, 0.1, 'regression')])), READ);
    assert.equal(outcome.status, 'failed');
    assert.match((outcome as { reason: string }).reason, /cannot update the team issue: the token is read-only here .*permissions: issues: write/);
  });

  for (const [status, message] of [[410, 'Issues are disabled for this repo'], [422, 'Validation Failed'], [403, 'Resource not accessible by integration']] as const) {
    it(`HTTP ${status} from the issues API: a failed outcome with the status, never a throw`, async () => {
      // GET /user answers 403 to an installation token anyway (the bot is assumed); a 403 must hit the issues list.
      github.failNext(status === 403 ? 2 : 1, status, { message });
      const outcome = await upsert(trendOf(series('home', [change(12, 0.1, 'regression')])));
      assert.equal(outcome.status, 'failed');
      assert.match((outcome as { reason: string }).reason, new RegExp(status === 403 ? 'read-only' : `HTTP ${status}: ${message}`));
    });
  }

  it('every request matched GitHub\'s OpenAPI description', () => {
    assert.deepEqual(github.violations, []);
  });
});
