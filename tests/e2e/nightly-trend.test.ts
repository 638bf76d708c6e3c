/**
 * A nightly run through the bundled action: a push to main stores the first run; the stored trend
 * is then given sixteen earlier runs in which search's latency was a third lower until run 6 (its
 * summaries scaled from the stored one, so profile version and runner match); a scheduled run on
 * main must report the change point between runs 6 and 7 — in the job summary with a Mermaid
 * chart, in the JSON report with both runs' commits, and (notify: issue) in a team issue opened
 * through the GitHub API stand-in.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { fixtureEvents, workspaceWithProfile } from '../support/demo-action.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';

const { push: pushEvent, schedule: scheduleEvent } = fixtureEvents;

let workspace: string;
before(async () => {
  workspace = await workspaceWithProfile({ fixture: 'fixtures/demo/quick.yml' });
});

async function runOnce(eventName: string, event: object, github?: GitHubApiStandin): Promise<ActionRun> {
  const service = await startDemoService([]);
  try {
    return await runAction({
      workspace, eventName, event, ref: 'refs/heads/main',
      inputs: {
        target: service.url, 'baseline-dir': '.loadgate/baselines', 'save-baseline': 'auto',
        ...(github ? { notify: 'issue', 'github-token': 'ghs_write', comment: 'never' } : {}),
      },
      ...(github ? { env: { GITHUB_API_URL: github.url } } : {}),
    });
  } finally {
    await service.stop();
  }
}

const baselineFile = () => join(workspace, '.loadgate/baselines/quick.baseline.json');
const commitOf = (k: number) => `${String(k + 1).padStart(2, '0')}`.repeat(20);
const LATENCIES = ['p50', 'p90', 'p95', 'p99', 'mean'];

test('a scheduled run reports the change point between runs 6 and 7 of the stored trend', async () => {
  const first = await runOnce('push', pushEvent);
  assert.equal(first.code, 0, first.stdout + first.stderr);
  const stored = JSON.parse(await readFile(baselineFile(), 'utf8'));
  assert.equal(stored.trend.length, 1);
  const [summary] = stored.trend;
  // Runs 1–6: search a third faster (so runs 7–16, at today's speed, are +50 %); ±2 % wiggles. Ten
  // runs after the step keep the permutation test's answer clear of its resolution (1 in 199 shuffles).
  stored.trend = Array.from({ length: 16 }, (_, k) => ({
    ...summary,
    savedAt: new Date(Date.UTC(2026, 10, 1 + k, 3)).toISOString(),
    commit: commitOf(k),
    endpoints: summary.endpoints.map((e: { name: string; values: Record<string, number> }, i: number) => {
      const f = (1 + 0.02 * Math.sin(3.1 * k + i)) * (e.name === 'search' && k < 6 ? 2 / 3 : 1);
      return { ...e, values: Object.fromEntries(Object.entries(e.values).map(([m, v]) => [m, LATENCIES.includes(m) ? v * f : v])) };
    }),
  }));
  await writeFile(baselineFile(), JSON.stringify(stored));

  const github = await startGitHubApi({ tokens: { ghs_write: 'write' }, repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }] });
  let nightly: ActionRun;
  try {
    nightly = await runOnce('schedule', scheduleEvent, github);
  } finally {
    await github.close();
  }
  assert.equal(nightly.code, 0, nightly.stdout + nightly.stderr);
  // notify: issue — one team issue naming search's regression, every request valid against the OpenAPI subset.
  assert.deepEqual(github.violations, []);
  const issues = [...github.issues.values()];
  assert.equal(issues.length, 1, nightly.stdout.split('\n').filter((l) => /team issue|warning/i.test(l)).join('\n') + nightly.summary.slice(nightly.summary.indexOf('### Trend')));
  assert.equal(issues[0].title, 'loadgate: performance changes in quick');
  assert.match(issues[0].body, /^<!-- loadgate-trend:quick -->\n[^]*- search p50: \+\d+\.\d% .* between `0606060` 2026-11-06 and `0707070` 2026-11-07/);
  assert.match(nightly.summary, /### Trend over 17 runs/);
  assert.match(nightly.summary, /\| search \| p50 \| run 6 `0606060` 2026-11-06 → run 7 `0707070` 2026-11-07 \| \+\d+\.\d% \(.*\) \| 🔺 regression \|/);
  assert.match(nightly.summary, /```mermaid\nxychart-beta\n {4}title "search p50"/);
  const report = JSON.parse(await readFile(nightly.outputs.report, 'utf8'));
  const search = report.trend.series.find((s: { endpoint: string; metric: string }) => s.endpoint === 'search' && s.metric === 'p50');
  assert.equal(search.changePoints.length, 1);
  const [c] = search.changePoints;
  assert.deepEqual([c.before.commit, c.after.commit, c.kind], [commitOf(5), commitOf(6), 'regression']);
  assert.ok(c.lower < 0.5 && 0.5 < c.upper, `interval ${c.lower}..${c.upper} should hold +50%`);
  // The scheduled run on main saved itself: 17 summaries now, and the newest two runs whole.
  const after = JSON.parse(await readFile(baselineFile(), 'utf8'));
  assert.equal(after.trend.length, 17);
  assert.equal(after.runs.length, 2);
});
