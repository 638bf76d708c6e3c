/**
 * The mode people meet first: a cold actions cache, one push to main stores one run, and pull
 * requests are judged against that single run — by the bundled action, as the runner runs it,
 * against the GitHub API stand-in (every request validated against GitHub's OpenAPI description)
 * and the cache service stand-in over Azurite. One endpoint 3× slower than the rest of its run is
 * blocked; every endpoint 1.05× slower is not; every endpoint 2.5× slower at once is not confirmed
 * after one run (with a 10% prior for runner noise and one run, p ≈ 0.01 against Holm's 0.05 / 12), so
 * it is said plainly (⚠️, comment, neutral check) and not blocked.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot, runAction, type ActionRun } from '../support/action-runner.js';
import { workspaceWithProfile } from '../support/demo-action.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { cacheEnv, makeRuntimeToken, startCacheService, type CacheServiceStandin } from '../support/cache-service.js';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';

const TOKEN = 'ghs_write_token';
const events = join(repoRoot, 'fixtures/events');
const pushEvent = JSON.parse(await readFile(join(events, 'push-main.json'), 'utf8'));
const prTemplate = JSON.parse(await readFile(join(events, 'pull-request.json'), 'utf8'));
// Two endpoints that sleep on the server (4 and 8 ms), with enough requests per trial for p50 at 3×
// slower. p50, mean and throughput: twelve tests, so Holm's first step needs p < 0.05 / 12.
const profileText = `name: first
load:
  connections: 16
  warmup: 300ms
  duration: 2s
  trials: 8
endpoints:
  - name: products
    path: /api/products
  - name: search
    path: /api/search?q=shoes
regression:
  metrics: [p50, mean, throughput]
readiness:
  timeout: 10s
`;

const headSha = (n: number) => `${n}`.repeat(40).slice(0, 40);
const prEvent = (number: number) => ({
  ...prTemplate,
  number,
  pull_request: { ...prTemplate.pull_request, number, head: { ...prTemplate.pull_request.head, sha: headSha(number), ref: `feature-${number}` } },
});

describe('cache mode from the first stored run (bundled action, cold cache)', () => {
  let azurite: Azurite;
  let cacheService: CacheServiceStandin;
  let github: GitHubApiStandin;
  let workspace: string;
  const services: { url: string; stop(): Promise<void> }[] = [];
  const service = async (slow: string[]) => {
    const s = await startDemoService(slow);
    services.push(s);
    return s.url;
  };

  before(async () => {
    azurite = await startAzurite();
    cacheService = await startCacheService({ azurite });
    github = await startGitHubApi({
      tokens: { [TOKEN]: 'write' },
      repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }],
      pulls: [7, 8, 9].map((n) => ({ owner: 'octo-org', repo: 'shop', number: n, headRef: `feature-${n}`, headSha: headSha(n), baseRef: 'main' })),
    });
    workspace = await workspaceWithProfile({ yaml: profileText });
  });
  after(async () => {
    await Promise.all(services.map((s) => s.stop()));
    await github?.close();
    await cacheService?.close();
    await azurite?.stop();
  });

  let runId = 9000;
  async function run(eventName: string, event: object, ref: string, scopes: Parameters<typeof makeRuntimeToken>[0], target: string): Promise<ActionRun> {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'loadgate-rt-'));
    const result = await runAction({
      workspace,
      eventName,
      event,
      ref,
      inputs: { 'github-token': TOKEN, 'fail-on': 'critical', target },
      env: { ...cacheEnv(cacheService, makeRuntimeToken(scopes), workspace, runnerTemp), GITHUB_API_URL: github.url, GITHUB_RUN_ID: String(runId++) },
    });
    assert.deepEqual(github.violations, [], 'every GitHub API request must match the OpenAPI description');
    assert.deepEqual(cacheService.violations, []);
    return result;
  }
  const pr = async (n: number, slow: string[]) =>
    run('pull_request', prEvent(n), `refs/pull/${n}/merge`, [
      { scope: `refs/pull/${n}/merge`, permission: 3 },
      { scope: 'refs/heads/main', permission: 1 },
    ], await service(slow));

  it('one push to main stores one run', async () => {
    const result = await run('push', pushEvent, 'refs/heads/main', [{ scope: 'refs/heads/main', permission: 3 }], await service([]));
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'no-baseline');
    const saved = cacheService.entries.filter((e) => e.finalized && e.key.startsWith('loadgate-baseline/v1/first/main/'));
    assert.equal(saved.length, 1);
  });

  it('one endpoint 3× slower than the rest of its run: blocked, headline not ✅, comment posted, check run failure', async () => {
    const result = await pr(7, ['search=3']);
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'regressed');
    assert.equal(result.outputs['max-severity'], 'critical');
    assert.match(result.summary, /^## loadgate: first — ❌ regressed \(critical\)/m);
    assert.doesNotMatch(result.summary, /✅/);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.equal(report.baseline.runs, 1);
    const search = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'search' && c.metric === 'p50');
    assert.equal(search.severity, 'critical');
    const products = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'products' && c.metric === 'p50');
    assert.equal(products.severity, 'none');
    const comments = github.comments.get(7) ?? [];
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /### loadgate: first — ❌ regressed \(critical\)/);
    assert.equal(github.checkRuns.at(-1)!.conclusion, 'failure');
  });

  it('every endpoint 1.05× slower: not blocked', async () => {
    const result = await pr(8, ['products=1.05', 'search=1.05']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.notEqual(result.outputs['max-severity'], 'critical');
    assert.notEqual(github.checkRuns.at(-1)!.conclusion, 'failure');
  });

  it('every endpoint 2.5× slower at once: not confirmed after one run — ⚠️ headline, comment posted, neutral check, advisory-severity set', async () => {
    const result = await pr(9, ['products=2.5', 'search=2.5']);
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'pass');
    assert.equal(result.outputs['max-severity'], 'none');
    assert.match(result.outputs['advisory-severity'] ?? '', /^(major|critical)$/);
    assert.match(result.summary, /^## loadgate: first — ⚠️ passes/m);
    assert.match(result.summary, /could not be told apart from a slower runner with 1 stored run: every endpoint moved together/);
    assert.doesNotMatch(result.summary, /✅/);
    const comments = github.comments.get(9) ?? [];
    assert.equal(comments.length, 1, 'comment: auto posts when a major or critical change was seen');
    assert.match(comments[0]!.body, /### loadgate: first — ⚠️ passes/);
    const check = github.checkRuns.at(-1)!;
    assert.equal(check.conclusion, 'neutral');
    assert.match(String(check.output.title), /^No confirmed regressions · an unconfirmed (major|critical) change$/);
  });
});
