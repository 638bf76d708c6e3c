/**
 * The bundled action on a capacity ladder, as the runner runs it: a pull request against a target of
 * known capacity (4 workers × 10 ms, a queueing server), the GitHub REST API stand-in, no cache
 * service (so no baseline: a warning). The capacity must be in the job summary, the PR comment and
 * the check run, worded the same, and a capacity threshold the run cannot reach fails the step.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureEvents, runOnPullRequest, startPullRequestGitHub, workspaceWithProfile } from '../support/demo-action.js';
import type { GitHubApiStandin } from '../support/github-api.js';
import { startQueueingTarget, type QueueingTarget } from '../../fixtures/targets/queueing.mjs';

const TOKEN = 'ghs_write_token';
const prTemplate = fixtureEvents.pullRequest as { number: number };
const PROFILE = `name: ladder
load:
  max_in_flight: 256
  capacity:
    start_rate: 100
    step: 200
    ceiling: 1500
    step_duration: 600ms
    trials_per_step: 3
    hold: { p95: 100ms, achieved: 90% }
thresholds:
  capacity: { critical: 2000/s }
endpoints:
  - name: work
    path: /
`;

describe('the bundled action on a capacity ladder', () => {
  let github: GitHubApiStandin;
  let target: QueueingTarget;
  let workspace: string;
  before(async () => {
    github = await startPullRequestGitHub(TOKEN);
    target = await startQueueingTarget({ workers: 4, serviceMs: 10 });
    workspace = await workspaceWithProfile({ yaml: PROFILE });
  });
  after(async () => {
    await target?.close();
    await github?.close();
  });

  it('reports the capacity in the summary, the comment and the check run, and fails on the capacity threshold', async () => {
    const run = await runOnPullRequest(workspace, github, TOKEN, target.url, '77');
    assert.deepEqual(github.violations, []);
    assert.equal(run.code, 1, run.stdout + run.stderr);
    assert.equal(run.outputs.verdict, 'regressed');
    // 4 workers × 10 ms answer about 400/s: 100 and 300/s hold, 500/s breaks, 700/s at most.
    const sentence = /capacity (\d+)\/s \((\d+)…([\d,]+)\/s\), broke at (\d+)\/s on latency; stopped after (\d) of 8 steps/;
    // Markdown escapes the parentheses; the sentence is read as a person reads it.
    const plain = (text: string) => text.replace(/\\([()\\_*[\]])/g, '$1');
    const summary = plain(run.summary);
    const m = sentence.exec(summary);
    assert.ok(m, summary);
    const [capacity, brokeAt] = [Number(m[1]), Number(m[4])];
    assert.ok([100, 300].includes(capacity), `capacity ${capacity}`);
    assert.ok(brokeAt === capacity + 200, `broke at ${brokeAt}`);
    assert.ok(Number(m[5]) < 8, 'the ladder stopped early');
    assert.match(summary, /\| whole run \| capacity \| 2,000\/s \| \d+\/s \| 🔴 critical \|/);
    const comments = github.comments.get(prTemplate.number) ?? [];
    assert.equal(comments.length, 1);
    assert.ok(plain(comments[0].body).includes(m[0]), 'the comment says the capacity as the summary does');
    const check = github.checkRuns.at(-1)!;
    assert.ok(plain(String(check.output?.summary ?? '')).includes(m[0]), 'the check run too');
  });
});
