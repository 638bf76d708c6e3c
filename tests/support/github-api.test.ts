import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { getOctokit } from '@actions/github';
import { startGitHubApi, type GitHubApiStandin } from './github-api.js';
import { OpenApiSubset } from './openapi/validator.js';

const WRITE = 'ghs_write_token';
const READ = 'ghs_fork_read_token';
const repo = { owner: 'octo-org', repo: 'service' };

type Octokit = ReturnType<typeof getOctokit>;

/** The status of a rejected Octokit call (RequestError carries it). */
async function statusOf(call: Promise<unknown>): Promise<{ status: number; message: string; headers: Record<string, unknown> }> {
  try {
    await call;
  } catch (error) {
    const requestError = error as { status: number; message: string; response?: { headers: Record<string, unknown> } };
    return { status: requestError.status, message: requestError.message, headers: requestError.response?.headers ?? {} };
  }
  assert.fail('expected the request to fail');
}

describe('GitHub API stand-in', () => {
  let github: GitHubApiStandin;
  let octokit: Octokit;
  let forkOctokit: Octokit;
  const subset = OpenApiSubset.load();

  before(async () => {
    github = await startGitHubApi({
      tokens: { [WRITE]: 'write', [READ]: 'read' },
      repos: [{ ...repo, defaultBranch: 'trunk' }],
      pulls: [{ ...repo, number: 7, headRef: 'feature/faster', headSha: 'a'.repeat(40), baseRef: 'trunk' }],
    });
    octokit = getOctokit(WRITE, { baseUrl: github.url });
    forkOctokit = getOctokit(READ, { baseUrl: github.url });
  });
  after(() => github.close());

  it('answers valid Octokit calls with GitHub-shaped bodies that match the description', async () => {
    const repository = await octokit.rest.repos.get(repo);
    assert.equal(repository.data.default_branch, 'trunk');
    const pull = await octokit.rest.pulls.get({ ...repo, pull_number: 7 });
    assert.equal(pull.data.head.sha, 'a'.repeat(40));
    assert.equal(pull.data.base.ref, 'trunk');

    const created = await octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: '<!-- loadgate -->\nfirst' });
    assert.equal(created.status, 201);
    assert.equal(created.data.user?.login, 'github-actions[bot]');
    assert.equal(created.data.user?.type, 'Bot');
    assert.match(created.data.html_url, /^https:\/\/github\.com\/octo-org\/service\/pull\/7#issuecomment-\d+$/);
    const updated = await octokit.rest.issues.updateComment({ ...repo, comment_id: created.data.id, body: '<!-- loadgate -->\nsecond' });
    assert.equal(updated.data.body, '<!-- loadgate -->\nsecond');
    assert.equal(github.comments.get(7)?.at(-1)?.body, '<!-- loadgate -->\nsecond');

    const run = await octokit.rest.checks.create({ ...repo, name: 'loadgate', head_sha: 'a'.repeat(40), status: 'in_progress' });
    const done = await octokit.rest.checks.update({
      ...repo,
      check_run_id: run.data.id,
      conclusion: 'failure',
      output: { title: 'p95 regressed', summary: 'p95 +18%', annotations: [{ path: 'loadgate.yml', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'p95 over budget' }] },
    });
    assert.equal(done.data.status, 'completed');
    assert.equal(done.data.output.annotations_count, 1);
    assert.equal(github.checkRuns[0]?.conclusion, 'failure');

    for (const [operationId, body] of [
      ['repos/get', repository.data],
      ['pulls/get', pull.data],
      ['issues/create-comment', created.data],
      ['issues/update-comment', updated.data],
      ['checks/create', run.data],
      ['checks/update', done.data],
    ] as const) {
      const operation = subset.operations.find((candidate) => candidate.operationId === operationId)!;
      assert.deepEqual(subset.checkResponse(operation, body), [], `${operationId} response must match GitHub's description`);
    }
    assert.deepEqual(github.violations, []);
  });

  /** Octokit's types refuse these malformed requests, so send them through an untyped route. */
  const untyped = (route: string, parameters: Record<string, unknown>) => octokit.request(route, parameters);

  it('records a body with an unknown field or a wrong type as a violation and answers 422', async () => {
    const before = github.violations.length;
    const typo = await statusOf(
      untyped('POST /repos/{owner}/{repo}/check-runs', { ...repo, name: 'x', head_sha: 'b'.repeat(40), output: { title: 't', summary: 's', summery: 'typo' } }),
    );
    assert.equal(typo.status, 422);
    const wrongType = await statusOf(untyped('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, body: 42 }));
    assert.equal(wrongType.status, 422);
    const badEnum = await statusOf(untyped('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...repo, check_run_id: github.checkRuns[0]!.id, conclusion: 'passed' }));
    assert.equal(badEnum.status, 422);
    const added = github.violations.slice(before);
    assert.ok(added.some((v) => v.where === 'body' && v.message.includes('unknown property "summery"')), JSON.stringify(added));
    assert.ok(added.some((v) => v.where === 'body' && v.message.includes('/body: must be string')), JSON.stringify(added));
    assert.ok(added.some((v) => v.operationId === 'checks/update' && v.message.includes('/conclusion')), JSON.stringify(added));
    github.violations.length = before;
  });

  it('records bad query and path parameters and unknown routes', async () => {
    const before = github.violations.length;
    assert.equal((await statusOf(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, per_page: 200 }))).status, 422);
    assert.equal((await statusOf(untyped('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 'seven' }))).status, 422);
    assert.equal((await statusOf(octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: 7, sort: 'created' }))).status, 422);
    assert.equal((await statusOf(octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: 1 }))).status, 404);
    const added = github.violations.slice(before).map((v) => `${v.where}: ${v.message}`);
    assert.equal(added.length, 4, added.join('\n'));
    assert.match(added[0]!, /^query: per_page=200 exceeds the documented maximum of 100/);
    assert.match(added[1]!, /^path: issue_number: must be integer/);
    assert.match(added[2]!, /^query: query parameter "sort" is not defined/);
    assert.match(added[3]!, /^route: DELETE/);
    github.violations.length = before;
  });

  it('paginates 250 comments 100 a page with GitHub Link headers', async () => {
    for (let i = 0; i < 250; i++) github.addComment(12, `comment ${i}`, { login: i % 2 ? 'octocat' : 'hubot' }, 'octo-org/service');
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 12, per_page: 100 });
    const url = (page: number) => `<${github.url}/repos/octo-org/service/issues/12/comments?per_page=100&page=${page}>`;
    assert.equal(first.headers.link, `${url(2)}; rel="next", ${url(3)}; rel="last"`);
    const second = await octokit.rest.issues.listComments({ ...repo, issue_number: 12, per_page: 100, page: 2 });
    assert.equal(second.headers.link, `${url(1)}; rel="prev", ${url(3)}; rel="next", ${url(3)}; rel="last", ${url(1)}; rel="first"`);
    const third = await octokit.rest.issues.listComments({ ...repo, issue_number: 12, per_page: 100, page: 3 });
    assert.equal(third.data.length, 50);
    assert.equal(third.headers.link, `${url(2)}; rel="prev", ${url(1)}; rel="first"`);

    const all = await octokit.paginate(octokit.rest.issues.listComments, { ...repo, issue_number: 12, per_page: 100 });
    assert.deepEqual(all.map((comment) => comment.body), Array.from({ length: 250 }, (_, i) => `comment ${i}`));
    const defaultPage = await octokit.rest.issues.listComments({ ...repo, issue_number: 12 });
    assert.equal(defaultPage.data.length, 30);
    assert.deepEqual(github.violations, []);
  });

  it('refuses what GitHub refuses: long bodies, long summaries, more than 50 annotations', async () => {
    const before = github.violations.length;
    const longComment = await statusOf(octokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'x'.repeat(65_537) }));
    assert.equal(longComment.status, 422);
    assert.match(longComment.message, /Body is too long \(maximum is 65536 characters\)/);
    await octokit.rest.issues.createComment({ ...repo, issue_number: 8, body: 'x'.repeat(65_536) });

    const longSummary = await statusOf(octokit.rest.checks.create({ ...repo, name: 'l', head_sha: 'c'.repeat(40), output: { title: 't', summary: 's'.repeat(65_536) } }));
    assert.equal(longSummary.status, 422);
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice' as const, message: 'm' };
    const tooMany = await statusOf(octokit.rest.checks.create({ ...repo, name: 'l', head_sha: 'c'.repeat(40), output: { title: 't', summary: 's', annotations: Array(51).fill(annotation) } }));
    assert.equal(tooMany.status, 422);
    const fifty = await octokit.rest.checks.create({ ...repo, name: 'l', head_sha: 'c'.repeat(40), output: { title: 't', summary: 's', annotations: Array(50).fill(annotation) } });
    assert.equal(fifty.data.output.annotations_count, 50);
    const completedWithout = await statusOf(octokit.rest.checks.create({ ...repo, name: 'l', head_sha: 'c'.repeat(40), status: 'completed' }));
    assert.equal(completedWithout.status, 422);

    assert.deepEqual(github.violations.slice(before).map((v) => v.where), ['limit', 'body', 'body', 'limit']);
    github.violations.length = before;
  });

  it('answers 401 to unknown tokens and 403 to a read-only token on writes', async () => {
    const stranger = getOctokit('ghp_unknown', { baseUrl: github.url });
    const unknown = await statusOf(stranger.rest.repos.get(repo));
    assert.equal(unknown.status, 401);
    assert.match(unknown.message, /Bad credentials/);

    assert.equal((await forkOctokit.rest.repos.get(repo)).status, 200);
    const write = await statusOf(forkOctokit.rest.issues.createComment({ ...repo, issue_number: 7, body: 'hello' }));
    assert.equal(write.status, 403);
    assert.match(write.message, /Resource not accessible by integration/);
    const check = await statusOf(forkOctokit.rest.checks.create({ ...repo, name: 'x', head_sha: 'd'.repeat(40) }));
    assert.equal(check.status, 403);
    const user = await statusOf(octokit.rest.users.getAuthenticated());
    assert.equal(user.status, 403, 'installation tokens cannot read /user');
    assert.deepEqual(github.violations, []);
  });

  it("a personal access token reads its own user and writes as that user", async () => {
    const pat = await startGitHubApi({ tokens: { github_pat_x: 'write' }, users: { github_pat_x: { login: 'release-robot', id: 777 } }, repos: [repo] });
    try {
      const client = getOctokit('github_pat_x', { baseUrl: pat.url });
      const me = await client.rest.users.getAuthenticated();
      assert.equal(me.data.login, 'release-robot');
      assert.equal(me.data.type, 'User');
      const operation = subset.operations.find((candidate) => candidate.operationId === 'users/get-authenticated')!;
      assert.deepEqual(subset.checkResponse(operation, me.data), [], 'GET /user response must match GitHub\'s description');
      const created = await client.rest.issues.createComment({ ...repo, issue_number: 3, body: 'hi' });
      assert.equal(created.data.user?.login, 'release-robot');
      assert.deepEqual(pat.violations, []);
    } finally {
      await pat.close();
    }
  });

  it('injects 502s and secondary rate limits, then recovers', async () => {
    github.failNext(1, 502);
    github.failNext(1, 403);
    assert.equal((await statusOf(octokit.rest.repos.get(repo))).status, 502);
    const limited = await statusOf(octokit.rest.repos.get(repo));
    assert.equal(limited.status, 403);
    assert.match(limited.message, /secondary rate limit/);
    assert.equal(limited.headers['retry-after'], '1');
    assert.equal((await octokit.rest.repos.get(repo)).status, 200);
    assert.deepEqual(github.requests.slice(-3).map((r) => r.status), [502, 403, 200]);
  });
});
