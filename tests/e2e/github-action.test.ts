/**
 * The bundled action in GitHub for real, as the runner runs it, against local stand-ins: the GitHub
 * REST API (every request validated against GitHub's OpenAPI description) and the actions cache
 * service v2 over Azurite, with the demo service as the target. The scenarios follow each other
 * like the life of a repository: main records a baseline, a pull request is judged against it and
 * commented on, re-runs update the comment, a fix turns it green, sibling pull requests cannot see
 * each other's cache, a fork gets a read-only token, the cache service fails and recovers, and the
 * fork-safe report-only → publish pair posts a report produced elsewhere — and refuses a tampered one.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot, runAction, type ActionRun } from '../support/action-runner.js';
import { workspaceWithProfile } from '../support/demo-action.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { cacheEnv, makeRuntimeToken, startCacheService, type CacheServiceStandin } from '../support/cache-service.js';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';

const WRITE = 'ghs_write_token';
const READ = 'ghs_fork_read_token';
const events = join(repoRoot, 'fixtures/events');
const pushEvent = JSON.parse(await readFile(join(events, 'push-main.json'), 'utf8'));
const prTemplate = JSON.parse(await readFile(join(events, 'pull-request.json'), 'utf8'));
const forkEvent = JSON.parse(await readFile(join(events, 'pull-request-fork.json'), 'utf8'));
const workflowRunEvent = JSON.parse(await readFile(join(events, 'workflow-run-fork.json'), 'utf8'));
const profileText = await readFile(join(repoRoot, 'fixtures/demo/github.yml'), 'utf8');
/** The line of `- name: search` in the profile, counted here, not by the code under test. */
const lineOf = (name: string) => profileText.split('\n').findIndex((l) => l.includes(`- name: ${name}`)) + 1;
const searchLine = lineOf('search');

const headSha = (n: number) => String(n).repeat(40).slice(0, 40).replace(/[^0-9a-f]/g, 'a');
function prEvent(number: number) {
  return {
    ...prTemplate,
    number,
    pull_request: { ...prTemplate.pull_request, number, head: { ...prTemplate.pull_request.head, sha: headSha(number), ref: `feature-${number}` } },
  };
}

describe('loadgate on GitHub (bundled action, API and cache stand-ins)', () => {
  let azurite: Azurite;
  let cacheService: CacheServiceStandin;
  let github: GitHubApiStandin;
  let fast: { url: string; stop(): Promise<void> };
  let slow: { url: string; stop(): Promise<void> };
  let workspace: string;

  before(async () => {
    azurite = await startAzurite();
    cacheService = await startCacheService({ azurite });
    github = await startGitHubApi({
      tokens: { [WRITE]: 'write', [READ]: 'read' },
      repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }],
      pulls: [7, 8, 9].map((n) => ({ owner: 'octo-org', repo: 'shop', number: n, headRef: `feature-${n}`, headSha: headSha(n), baseRef: 'main' })).concat([
        { owner: 'octo-org', repo: 'shop', number: 10, headRef: 'patch-1', headSha: forkEvent.pull_request.head.sha, baseRef: 'main', headRepoFullName: 'stranger/shop' } as never,
      ]),
    });
    [fast, slow] = await Promise.all([startDemoService([]), startDemoService(['search=3'])]);
    workspace = await workspaceWithProfile({ yaml: profileText });
  });
  after(async () => {
    await Promise.all([fast?.stop(), slow?.stop()]);
    await github?.close();
    await cacheService?.close();
    await azurite?.stop();
  });

  interface Scenario {
    eventName: string;
    event: object;
    ref: string;
    cacheScopes: Parameters<typeof makeRuntimeToken>[0];
    token?: string;
    inputs?: Record<string, string>;
    target?: string;
  }

  let runId = 5000;
  async function run(s: Scenario): Promise<ActionRun> {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'loadgate-rt-'));
    const result = await runAction({
      workspace,
      eventName: s.eventName,
      event: s.event,
      ref: s.ref,
      inputs: { 'github-token': s.token ?? WRITE, 'fail-on': 'critical', ...(s.target === '' ? {} : { target: s.target ?? fast.url }), ...s.inputs },
      env: { ...cacheEnv(cacheService, makeRuntimeToken(s.cacheScopes), workspace, runnerTemp), GITHUB_API_URL: github.url, GITHUB_RUN_ID: String(runId++) },
    });
    assert.deepEqual(github.violations, [], 'every GitHub API request must match the OpenAPI description');
    assert.deepEqual(cacheService.violations, []);
    return result;
  }
  const mainScopes = [{ scope: 'refs/heads/main', permission: 3 as const }];
  const prScopes = (n: number) => [
    { scope: `refs/pull/${n}/merge`, permission: 3 as const },
    { scope: 'refs/heads/main', permission: 1 as const },
  ];
  const pr = (n: number, target: string, extra: Partial<Scenario> = {}): Scenario => ({
    eventName: 'pull_request',
    event: prEvent(n),
    ref: `refs/pull/${n}/merge`,
    cacheScopes: prScopes(n),
    target,
    ...extra,
  });
  const commentsOn = (n: number) => github.comments.get(n) ?? [];

  it('pushes to main save the baseline in the cache, newest first, and make check runs on the pushed commit, no comment', async () => {
    // Three pushes: a history of three runs, so the verdict can judge run-to-run spread.
    for (let i = 1; i <= 3; i++) {
      const result = await run({ eventName: 'push', event: pushEvent, ref: 'refs/heads/main', cacheScopes: mainScopes });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      if (i === 1) {
        assert.equal(result.outputs.verdict, 'no-baseline');
        assert.match(result.summary, /## loadgate: shop — ⚪ no baseline/);
      }
      const check = github.checkRuns.at(-1)!;
      assert.equal(check.headSha, '0123456789abcdef0123456789abcdef01234567');
      assert.equal(check.name, 'loadgate: shop');
      assert.equal(result.outputs['check-run-id'], String(check.id));
      assert.equal(result.outputs['comment-url'], undefined);
    }
    const saved = cacheService.entries.filter((e) => e.finalized && e.key.startsWith('loadgate-baseline/v1/shop/main/'));
    assert.equal(saved.length, 3);
    assert.ok(saved.every((e) => e.scope === 'refs/heads/main'));
    assert.equal(github.comments.size, 0);
  });

  it("a pull request restores main's baseline, comments, makes a failing check run with annotations, and fails the step", async () => {
    const result = await run(pr(7, slow.url));
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'regressed');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.equal(report.baseline.status, 'found');
    assert.match(report.baseline.source, /loadgate-baseline\/v1\/shop\/main\//);
    const comments = commentsOn(7);
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /^<!-- loadgate:comment profile=shop -->\n### loadgate: shop — ❌ regressed \(critical\)/);
    assert.match(comments[0]!.body, /\| search \| p50 \| [^\n]*🔴 critical \|/);
    assert.match(comments[0]!.body, /xychart-beta/);
    assert.match(result.outputs['comment-url']!, new RegExp(`#issuecomment-${comments[0]!.id}$`));
    const check = github.checkRuns.at(-1)!;
    assert.equal(check.headSha, headSha(7), 'the check run goes on the pull request head, not the merge commit');
    assert.equal(check.conclusion, 'failure');
    assert.ok(check.annotations.length > 0);
    assert.ok(check.annotations.some((a) => a.start_line === searchLine && a.annotation_level === 'failure'));
    for (const a of check.annotations) assert.deepEqual([a.path, a.start_line], ['.github/loadgate.yml', lineOf(String(a.title).split(':')[0]!)]);
    assert.match(result.summary, /## loadgate: shop — ❌ regressed \(critical\)/);
    assert.equal(cacheService.entries.filter((e) => e.scope === 'refs/pull/7/merge').length, 0, 'a pull request never saves by default');
  });

  it('a re-run updates the same comment, riding out a cache 503', async () => {
    cacheService.failNext(1, 503);
    const result = await run(pr(7, slow.url));
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(commentsOn(7).length, 1);
    assert.ok(cacheService.requests.some((r) => r.status === 503));
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.equal(report.baseline.status, 'found', 'the client retried the 503 and found the baseline');
    assert.ok(github.requests.some((r) => r.operationId === 'issues/update-comment' && r.status === 200));
  });

  it('a fixed regression flips the same comment green, riding out a GitHub 502 and a secondary rate limit', async () => {
    const before = github.requests.length;
    github.failNext(1, 502);
    github.failNext(1, 403, { retryAfterSeconds: 1 });
    const result = await run(pr(7, fast.url));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const seen = github.requests.slice(before);
    assert.deepEqual(seen.slice(0, 2).map((r) => r.status), [502, 403], 'the first two API calls were refused');
    assert.match(result.stdout, /secondary rate limit/);
    assert.ok(seen.some((r) => r.operationId === 'issues/update-comment' && r.status === 200), 'the comment was still updated');
    assert.ok(seen.some((r) => r.operationId === 'checks/create' && r.status === 201), 'the check run was still created');
    assert.equal(commentsOn(7).length, 1);
    const body = commentsOn(7)[0]!.body;
    assert.doesNotMatch(body, /❌ regressed \(critical\)/);
    assert.match(body, /^<!-- loadgate:comment profile=shop -->\n### loadgate: shop — (✅ pass|❌ regressed \((minor|major)\))/);
    assert.notEqual(github.checkRuns.at(-1)!.conclusion, 'failure');
  });

  it("a 429 from the cache: no comparison, the baseline named as unreadable, and its history not overwritten; a second pull request cannot see the first one's saves", async () => {
    cacheService.failNext(1, 429, { retryAfterSeconds: 30 });
    const entriesBefore = cacheService.entries.length;
    const limited = await run(pr(8, slow.url, { inputs: { 'save-baseline': 'true', comment: 'never' } }));
    assert.equal(limited.code, 0, limited.stdout + limited.stderr);
    assert.equal(limited.outputs.verdict, 'no-baseline');
    const limitedReport = JSON.parse(await readFile(limited.outputs.report!, 'utf8'));
    assert.equal(limitedReport.baseline.status, 'unusable');
    assert.match(limitedReport.baseline.reason, /exists but could not be restored/);
    assert.match(limited.summary, /was ignored: it exists but could not be restored/);
    assert.match(limited.stdout, /::warning::Baseline not saved: the actions cache entry loadgate-baseline\/v1\/shop\/main\/\S+ exists but could not be read, and saving now would replace its history with this one run/);
    assert.equal(cacheService.entries.length, entriesBefore, 'nothing saved over the unread history');
    assert.equal(commentsOn(8).length, 0, 'comment: never');

    const saving = await run(pr(8, slow.url, { inputs: { 'save-baseline': 'true', comment: 'never' } }));
    assert.equal(saving.code, 1, saving.stdout + saving.stderr);
    const pr8Entry = cacheService.entries.find((e) => e.scope === 'refs/pull/8/merge' && e.finalized);
    assert.ok(pr8Entry, 'save-baseline: true saved into the pull request scope');

    const sibling = await run(pr(9, fast.url));
    const report = JSON.parse(await readFile(sibling.outputs.report!, 'utf8'));
    assert.equal(report.baseline.status, 'found');
    assert.match(report.baseline.source, /\/shop\/main\//, `not ${pr8Entry.key}`);
  });

  it('a fork pull request with a read-only token: warnings, the summary, and fail-on through the exit code', async () => {
    const result = await run({ eventName: 'pull_request', event: forkEvent, ref: 'refs/pull/10/merge', cacheScopes: prScopes(10), token: READ, target: slow.url });
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.match(result.stdout, /::warning::loadgate: cannot post the pull request comment: the token is read-only/);
    assert.match(result.stdout, /::warning::loadgate: cannot create the check run: the token is read-only/);
    assert.doesNotMatch(result.stdout + result.stderr, /unexpected error/);
    assert.match(result.summary, /❌ regressed \(critical\)/);
    assert.equal(result.outputs['comment-url'], undefined);
    assert.equal(commentsOn(10).length, 0);
  });

  it('report-only measures with no API call; publish posts that report from a workflow_run, and refuses a tampered one', async () => {
    const before = github.requests.length;
    const measured = await run({ eventName: 'pull_request', event: forkEvent, ref: 'refs/pull/10/merge', cacheScopes: prScopes(10), token: READ, target: slow.url, inputs: { mode: 'report-only' } });
    assert.equal(measured.code, 1, measured.stdout + measured.stderr);
    assert.equal(github.requests.length, before, 'report-only makes no GitHub API call');
    const note = JSON.parse(await readFile(join(dirname(measured.outputs.report!), 'pull-request.json'), 'utf8'));
    assert.deepEqual(note, { number: 10, headSha: forkEvent.pull_request.head.sha });

    // The artifact as the publishing workflow downloads it.
    const artifact = await mkdtemp(join(tmpdir(), 'loadgate-artifact-'));
    await writeFile(join(artifact, 'shop.report.json'), await readFile(measured.outputs.report!));
    await writeFile(join(artifact, 'pull-request.json'), JSON.stringify(note));
    const publishing = (report: string) =>
      run({ eventName: 'workflow_run', event: workflowRunEvent, ref: 'refs/heads/main', cacheScopes: mainScopes, target: '', inputs: { mode: 'publish', report } });

    const published = await publishing(join(artifact, 'shop.report.json'));
    assert.equal(published.code, 0, published.stdout + published.stderr);
    assert.equal(commentsOn(10).length, 1);
    assert.match(commentsOn(10)[0]!.body, /❌ regressed \(critical\)/);
    assert.equal(github.checkRuns.at(-1)!.headSha, forkEvent.pull_request.head.sha);
    assert.ok(github.checkRuns.at(-1)!.annotations.some((a) => a.start_line === searchLine));
    assert.ok(published.outputs['check-run-id']);

    const tampered = JSON.parse(await readFile(measured.outputs.report!, 'utf8'));
    tampered.endpoints[0].name = 'home <img src=x onerror=alert(1)> @octo-org/admins';
    tampered.comparisons[0].endpoint = tampered.endpoints[0].name;
    const bad = join(artifact, 'tampered.report.json');
    await writeFile(bad, JSON.stringify(tampered));
    const commentsBefore = JSON.stringify(commentsOn(10));
    const checksBefore = github.checkRuns.length;
    const refused = await publishing(bad);
    assert.equal(refused.code, 1);
    assert.match(refused.stdout, /::error::report .*tampered\.report\.json: not a loadgate report this version can publish/);
    assert.match(refused.stdout, /endpoints\/0\/name: must be 1–64 of A-Z/);
    assert.equal(JSON.stringify(commentsOn(10)), commentsBefore, 'nothing posted');
    assert.equal(github.checkRuns.length, checksBefore);
  });

  it('publish keeps the comment for a 1,000-endpoint report (the most it accepts) under the limit', async () => {
    const measured = await run(pr(9, fast.url, { inputs: { mode: 'report-only' } }));
    const report = JSON.parse(await readFile(measured.outputs.report!, 'utf8'));
    const [endpoint] = report.endpoints;
    const [comparison] = report.comparisons;
    report.endpoints = Array.from({ length: 1000 }, (_, i) => ({ ...endpoint, name: `endpoint-${String(i).padStart(4, '0')}-${'x'.repeat(50)}` }));
    report.comparisons = report.endpoints.flatMap((e: { name: string }) =>
      ['p50', 'p95'].map((metric) => ({ ...comparison, endpoint: e.name, metric, severity: 'critical', significant: true, direction: 'worse' })),
    );
    report.verdict = { ...report.verdict, status: 'regressed', maxSeverity: 'critical', failed: true };
    const dir = await mkdtemp(join(tmpdir(), 'loadgate-big-'));
    const file = join(dir, 'shop.report.json');
    await writeFile(file, JSON.stringify(report));
    await writeFile(join(dir, 'pull-request.json'), JSON.stringify({ number: 9, headSha: headSha(9) }));
    const event = { ...workflowRunEvent, workflow_run: { ...workflowRunEvent.workflow_run, head_sha: headSha(9), head_branch: 'feature-9', pull_requests: [{ number: 9 }] } };
    const result = await run({ eventName: 'workflow_run', event, ref: 'refs/heads/main', cacheScopes: mainScopes, target: '', inputs: { mode: 'publish', report: file, comment: 'always' } });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const body = commentsOn(9).at(-1)!.body;
    assert.ok([...body].length <= 65_536, `${body.length}`);
    assert.match(body, /…and \d+ more regressions in the job summary/);
    const check = github.checkRuns.at(-1)!;
    assert.ok(check.history.every((h) => ((h.output as { annotations?: unknown[] })?.annotations?.length ?? 0) <= 50));
  });
});
