/**
 * The bundled action importing real JMeter results (fixtures/import/jmeter/) on GitHub, against the
 * GitHub REST and cache stand-ins: a push to main saves the imported run as the baseline in the
 * cache; a pull request whose results show search 20x slower restores it, comments, and fails.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, repoRoot, runAction, type ActionRun } from '../support/action-runner.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { cacheEnv, makeRuntimeToken, startCacheService, type CacheServiceStandin } from '../support/cache-service.js';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';

const WRITE = 'ghs_write_token';
const events = join(repoRoot, 'fixtures/events');
const pushEvent = JSON.parse(await readFile(join(events, 'push-main.json'), 'utf8'));
const prTemplate = JSON.parse(await readFile(join(events, 'pull-request.json'), 'utf8'));
const headSha = '7'.repeat(40);
const prEvent = { ...prTemplate, number: 7, pull_request: { ...prTemplate.pull_request, number: 7, head: { ...prTemplate.pull_request.head, sha: headSha, ref: 'feature-7' } } };

describe('the bundled action importing JMeter results', () => {
  let azurite: Azurite;
  let cacheService: CacheServiceStandin;
  let github: GitHubApiStandin;
  let workspace: string;

  before(async () => {
    azurite = await startAzurite();
    cacheService = await startCacheService({ azurite });
    github = await startGitHubApi({
      tokens: { [WRITE]: 'write' },
      repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }],
      pulls: [{ owner: 'octo-org', repo: 'shop', number: 7, headRef: 'feature-7', headSha, baseRef: 'main' }],
    });
    workspace = await makeWorkspace();
    for (const f of ['main.jtl', 'slow-search.jtl']) await copyFile(join(repoRoot, 'fixtures/import/jmeter', f), join(workspace, f));
    // The 404 page fails every time by design of the plan: left out, so the run may be a baseline.
    await writeFile(join(workspace, 'labels.yml'), 'endpoints:\n  "missing page": null\n');
  });
  after(async () => {
    await github?.close();
    await cacheService?.close();
    await azurite?.stop();
  });

  let runId = 7000;
  async function run(eventName: string, event: object, ref: string, scopes: Parameters<typeof makeRuntimeToken>[0], results: string): Promise<ActionRun> {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'loadgate-rt-'));
    const result = await runAction({
      workspace,
      eventName,
      event,
      ref,
      inputs: {
        'github-token': WRITE, 'fail-on': 'critical', results, format: 'jmeter', 'endpoint-mapping': 'labels.yml',
        name: 'shop-jmeter', warmup: '1s', duration: '8s', trials: '4',
      },
      env: { ...cacheEnv(cacheService, makeRuntimeToken(scopes), workspace, runnerTemp), GITHUB_API_URL: github.url, GITHUB_RUN_ID: String(runId++) },
    });
    assert.deepEqual(github.violations, [], 'every GitHub API request must match the OpenAPI description');
    assert.deepEqual(cacheService.violations, []);
    return result;
  }

  it('a push to main imports the results and saves them as the baseline in the cache', async () => {
    const result = await run('push', pushEvent, 'refs/heads/main', [{ scope: 'refs/heads/main', permission: 3 }], 'main.jtl');
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'no-baseline');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['checkout', 'products', 'search']);
    assert.equal(report.load.trials, 4);
    assert.ok(report.warnings.some((w: { code: string; message: string }) => w.code === 'imported' && /JMeter/.test(w.message)));
    const saved = cacheService.entries.filter((e) => e.finalized && e.key.startsWith('loadgate-baseline/v1/shop-jmeter/main/'));
    assert.equal(saved.length, 1, 'the imported run is the baseline');
    assert.match(result.summary, /Measured by JMeter/);
  });

  it('a pull request whose results show search 20x slower is judged against it, commented on, and fails', async () => {
    const result = await run('pull_request', prEvent, 'refs/pull/7/merge', [
      { scope: 'refs/pull/7/merge', permission: 3 },
      { scope: 'refs/heads/main', permission: 1 },
    ], 'slow-search.jtl');
    assert.equal(result.code, 1, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'regressed');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.equal(report.baseline.status, 'found');
    const search = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'search' && c.metric === 'p50');
    assert.ok(search, 'search p50 compared');
    assert.ok(search.change > 1, `search p50 change ${search.change} (the service was 20x slower)`);
    assert.equal(search.severity, 'critical');
    const comments = github.comments.get(7) ?? [];
    assert.equal(comments.length, 1);
    assert.match(comments[0]!.body, /loadgate: shop-jmeter — ❌ regressed/);
    assert.equal(github.checkRuns.at(-1)!.conclusion, 'failure');
    assert.equal(cacheService.entries.filter((e) => e.scope === 'refs/pull/7/merge').length, 0, 'a pull request does not save');
  });

  it('target and results together are refused, naming both inputs', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'loadgate-rt-'));
    const result = await runAction({
      workspace, eventName: 'push', event: pushEvent, ref: 'refs/heads/main',
      inputs: { results: 'main.jtl', format: 'jmeter', target: 'http://127.0.0.1:9' },
      env: { ...cacheEnv(cacheService, makeRuntimeToken([{ scope: 'refs/heads/main', permission: 3 }]), workspace, runnerTemp) },
    });
    assert.equal(result.code, 1);
    assert.match(result.stdout, /input 'target': not used with input 'results'/);
  });
});
