/**
 * The GitHub edge against the API stand-in (requests validated against GitHub's OpenAPI
 * description): finding the sticky comment across pages, never editing a person's comment,
 * `comment` modes, retries of 5xx and secondary rate limits, read-only tokens, annotation batches.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';
import { makeOctokit, publishCheckRun, upsertStickyComment, type StickyCommentRequest } from '../../src/publish/github-client.js';
import type { CheckAnnotation } from '../../src/report/check-run.js';

const WRITE = 'ghs_write';
const READ = 'ghs_read';
const PAT = 'github_pat_release';
const repo = { owner: 'octo-org', repo: 'shop' };
const MARKER = '<!-- loadgate:comment profile=shop -->';

describe('GitHub client', () => {
  let github: GitHubApiStandin;
  const warnings: string[] = [];
  const log = { warning: (m: string) => warnings.push(m) };

  before(async () => {
    github = await startGitHubApi({
      tokens: { [WRITE]: 'write', [READ]: 'read', [PAT]: 'write' },
      users: { [PAT]: { login: 'release-robot', id: 777, type: 'User' } },
      repos: [{ ...repo, defaultBranch: 'main' }],
    });
  });
  after(() => github.close());

  const request = (over: Partial<StickyCommentRequest>): StickyCommentRequest => ({
    repo, issueNumber: 5, marker: MARKER, body: `${MARKER}\nfirst`, mode: 'auto', hasFindings: true, ...over,
  });

  it('auto skips a clean first run, posts a finding, then finds its comment on page 2 and edits it in place', async () => {
    const octokit = makeOctokit(WRITE, log, github.url);
    const skipped = await upsertStickyComment(octokit, request({ hasFindings: false }));
    assert.equal(skipped.status, 'skipped');
    assert.equal(github.comments.get(5)?.length ?? 0, 0);

    github.addComment(5, `${MARKER}\nquoted by a person`, { login: 'octocat', type: 'User' }, 'octo-org/shop');
    for (let i = 0; i < 120; i++) github.addComment(5, `chatter ${i}`, { login: 'hubot' }, 'octo-org/shop');
    const created = await upsertStickyComment(octokit, request({}));
    assert.equal(created.status, 'created');
    for (let i = 0; i < 30; i++) github.addComment(5, `more ${i}`, { login: 'hubot' }, 'octo-org/shop');

    const updated = await upsertStickyComment(octokit, request({ body: `${MARKER}\nfixed`, hasFindings: false }));
    assert.equal(updated.status, 'updated');
    assert.equal(created.status === 'created' && updated.status === 'updated' && updated.id, created.status === 'created' && created.id);
    const ours = github.comments.get(5)!.filter((c) => c.body.startsWith(MARKER));
    assert.deepEqual(ours.map((c) => [c.user.type, c.body]), [['User', `${MARKER}\nquoted by a person`], ['Bot', `${MARKER}\nfixed`]]);
    assert.ok(github.requests.some((r) => r.path.includes('page=2')), 'read the second page');
    assert.deepEqual(github.violations, []);
  });

  it("never edits another bot's comment that carries our marker: GITHUB_TOKEN's comments are github-actions[bot]'s", async () => {
    const octokit = makeOctokit(WRITE, log, github.url);
    const foreign = github.addComment(11, `${MARKER}\nanother bot's text`, { login: 'renovate[bot]', id: 29139614, type: 'Bot' }, 'octo-org/shop');
    const first = await upsertStickyComment(octokit, request({ issueNumber: 11, body: `${MARKER}\nours` }));
    assert.equal(first.status, 'created');
    const second = await upsertStickyComment(octokit, request({ issueNumber: 11, body: `${MARKER}\nours again` }));
    assert.equal(second.status, 'updated');
    const comments = github.comments.get(11)!;
    assert.deepEqual(comments.map((c) => [c.user.login, c.body]), [
      ['renovate[bot]', `${MARKER}\nanother bot's text`],
      ['github-actions[bot]', `${MARKER}\nours again`],
    ]);
    assert.equal(comments[0]!.id, foreign.id);
    assert.ok(github.requests.some((r) => r.operationId === 'users/get-authenticated' && r.status === 403), 'asked who the token is');
    assert.deepEqual(github.violations, []);
  });

  it("with a personal access token, edits only the token user's comment, not github-actions[bot]'s", async () => {
    const octokit = makeOctokit(PAT, log, github.url);
    github.addComment(12, `${MARKER}\nfrom the workflow token`, { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }, 'octo-org/shop');
    const mine = github.addComment(12, `${MARKER}\nearlier, by the PAT's user`, { login: 'release-robot', id: 777, type: 'User' }, 'octo-org/shop');
    const outcome = await upsertStickyComment(octokit, request({ issueNumber: 12, body: `${MARKER}\nupdated` }));
    assert.equal(outcome.status === 'updated' && outcome.id, mine.id);
    assert.deepEqual(github.comments.get(12)!.map((c) => c.body), [`${MARKER}\nfrom the workflow token`, `${MARKER}\nupdated`]);
    assert.deepEqual(github.violations, []);
  });

  it('edits nothing when the token cannot be identified (refused token)', async () => {
    const outcome = await upsertStickyComment(makeOctokit('ghs_unknown', log, github.url), request({ issueNumber: 13, mode: 'always' }));
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.status === 'failed' ? outcome.reason : '', /the github-token was refused/);
    assert.equal(github.comments.get(13), undefined);
  });

  it('never posts with comment: never', async () => {
    const outcome = await upsertStickyComment(makeOctokit(WRITE, log, github.url), request({ issueNumber: 6, mode: 'never' }));
    assert.equal(outcome.status, 'skipped');
    assert.equal(github.comments.get(6), undefined);
  });

  it('retries a 502 and waits out a secondary rate limit', async () => {
    const octokit = makeOctokit(WRITE, log, github.url);
    github.failNext(1, 502);
    const afterError = await upsertStickyComment(octokit, request({ issueNumber: 7, mode: 'always' }));
    assert.equal(afterError.status, 'created');
    github.failNext(1, 403, { retryAfterSeconds: 1 });
    const afterLimit = await upsertStickyComment(octokit, request({ issueNumber: 7, mode: 'always', body: `${MARKER}\nsecond` }));
    assert.equal(afterLimit.status, 'updated');
    assert.ok(warnings.some((w) => /secondary rate limit .*retrying after 1 s/.test(w)), warnings.join('\n'));
    assert.deepEqual(github.violations, []);
  });

  it('turns a read-only token into a reason, not an exception', async () => {
    const octokit = makeOctokit(READ, log, github.url);
    const comment = await upsertStickyComment(octokit, request({ issueNumber: 8, mode: 'always' }));
    assert.equal(comment.status, 'failed');
    assert.match(comment.status === 'failed' ? comment.reason : '', /read-only here \(a pull request from a fork/);
    const check = await publishCheckRun(octokit, repo, 'a'.repeat(40), { name: 'loadgate: shop', conclusion: 'success', title: 't', summary: 's', annotations: [] });
    assert.equal(check.status, 'failed');
    assert.match(check.status === 'failed' ? check.reason : '', /checks: write/);
  });

  it('sends 120 annotations 50 per request, all landing on one check run', async () => {
    const annotations: CheckAnnotation[] = Array.from({ length: 120 }, (_, i) => ({
      path: '.github/loadgate.yml', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', title: `e${i}`, message: `m${i}`,
    }));
    const outcome = await publishCheckRun(makeOctokit(WRITE, log, github.url), repo, 'b'.repeat(40), { name: 'loadgate: shop', conclusion: 'neutral', title: 't', summary: 's', annotations });
    assert.equal(outcome.status, 'created');
    const run = github.checkRuns.find((r) => outcome.status === 'created' && r.id === outcome.id)!;
    assert.equal(run.annotations.length, 120);
    assert.deepEqual(run.history.map((h) => (h.output as { annotations?: unknown[] }).annotations?.length), [50, 50, 20]);
    assert.equal(run.conclusion, 'neutral');
    assert.deepEqual(github.violations, []);
  });
});
