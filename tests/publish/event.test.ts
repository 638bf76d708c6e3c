/** Where results go, per event: the pull request, the commit for the check run, the branch for cache keys. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { eventTarget, pullRequestNoteProblem } from '../../src/publish/event.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const HEAD = 'a'.repeat(40);

test('each event names its pull request, head commit and branch', () => {
  const cases: [string, unknown, string, ReturnType<typeof eventTarget>][] = [
    ['pull_request', { pull_request: { number: 7, head: { sha: HEAD, ref: 'feature/x' } } }, 'refs/pull/7/merge', { pullRequest: 7, headSha: HEAD, branch: 'feature/x' }],
    ['pull_request_target', { pull_request: { number: 3, head: { sha: HEAD, ref: 'patch-1' } } }, 'refs/heads/main', { pullRequest: 3, headSha: HEAD, branch: 'patch-1' }],
    ['push', { ref: 'refs/heads/main' }, 'refs/heads/main', { headSha: SHA, branch: 'main' }],
    ['schedule', {}, 'refs/heads/main', { headSha: SHA, branch: 'main' }],
    ['merge_group', { merge_group: { head_sha: HEAD, head_ref: 'refs/heads/gh-readonly-queue/main/pr-7-abc' } }, 'refs/heads/gh-readonly-queue/main/pr-7-abc', { headSha: HEAD, branch: 'gh-readonly-queue/main/pr-7-abc' }],
    ['workflow_run', { workflow_run: { head_sha: HEAD, head_branch: 'patch-1', pull_requests: [] } }, 'refs/heads/main', { headSha: HEAD, branch: 'patch-1' }],
    ['workflow_run', { workflow_run: { head_sha: HEAD, head_branch: 'f', pull_requests: [{ number: 12 }] } }, 'refs/heads/main', { pullRequest: 12, headSha: HEAD, branch: 'f' }],
    ['workflow_run', { workflow_run: { id: 2002, head_sha: HEAD, head_branch: 'f', pull_requests: [] } }, 'refs/heads/main', { measuringRunId: 2002, headSha: HEAD, branch: 'f' }],
    ['workflow_run', { workflow_run: { id: '2002"><img', head_sha: HEAD, head_branch: 'f' } }, 'refs/heads/main', { headSha: HEAD, branch: 'f' }],
  ];
  for (const [eventName, payload, ref, expected] of cases) {
    assert.deepEqual(eventTarget(eventName, payload, SHA, ref), expected, eventName);
  }
});

test('a pull request note from an artifact must hold a plausible number and a full commit id', () => {
  assert.equal(pullRequestNoteProblem({ number: 10, headSha: HEAD }), undefined);
  assert.match(pullRequestNoteProblem({ number: '10', headSha: HEAD })!, /number/);
  assert.match(pullRequestNoteProblem({ number: 0, headSha: HEAD })!, /number/);
  assert.match(pullRequestNoteProblem({ number: 10, headSha: 'main' })!, /headSha/);
  assert.match(pullRequestNoteProblem(null)!, /not a JSON object/);
});
