/** When an engine shard may start for its start-at, and the settings that make a run a shard. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { lateStartNote, MAX_START_WAIT_MS, startAtProblem } from '../../src/shard/start-at.js';
import { readShardSettings } from '../../src/shard/settings.js';
import { SetupProblems } from '../../src/pipeline/problems.js';
import { planTrials } from '../../src/plan/trial-plan.js';

// 10 s warm-up, 10 trials of 6 s: a shard may be up to 10.6 s late.
const plan = planTrials({ model: 'closed', connections: 4, warmupMs: 10_000, durationMs: 60_000, trials: 10, requestTimeoutMs: 5000 });
const T = Date.parse('2026-11-30T14:00:00Z');

describe('startAtProblem', () => {
  const fine: Array<[string, number]> = [
    ['two minutes ahead', T - 120_000],
    ['exactly now', T],
    ['200 ms late (inside the warm-up)', T + 200],
    ['late by the warm-up and a tenth of a trial, exactly', T + 10_600],
    ['the longest wait, exactly', T - MAX_START_WAIT_MS],
  ];
  for (const [what, now] of fine) it(`accepts ${what}`, () => assert.equal(startAtProblem(T, now, plan, '--start-at'), undefined));
  it('refuses a start-at past by more than the warm-up and a tenth of a trial, naming both and what to do', () => {
    assert.equal(
      startAtProblem(T, T + 12_000, plan, '--start-at'),
      '--start-at: 2026-11-30T14:00:00.000Z was 12.000 s ago, more than the 10.000 s warm-up and a tenth of a trial (10.600 s in all): ' +
        'this shard would miss measured time and the merge would count it late. Pick a start-at further ahead (a setup job: now + 3 minutes)',
    );
  });
  it('refuses a start-at too far ahead, saying how far and the limit', () => {
    const problem = startAtProblem(T, T - 2 * 3_600_000, plan, "input 'start-at'");
    assert.match(problem ?? '', /^input 'start-at': 2026-11-30T14:00:00\.000Z is 2\.0 h from now \(2026-11-30T12:00:00\.000Z on this runner\); a shard waits at most 15\.0 min/);
  });
});

describe('lateStartNote', () => {
  it('says nothing of timer jitter', () => assert.equal(lateStartNote(12, 1000), undefined));
  it('says how much of the warm-up a 200 ms late shard kept', () => {
    assert.equal(lateStartNote(200, 1000), "Started 0.200 s after start-at: its warm-up was 0.800 s instead of 1.000 s; its trials are aligned with the other shards'.");
  });
});

describe('readShardSettings', () => {
  const read = (raw: Parameters<typeof readShardSettings>[0], entry: 'cli' | 'action' = 'cli') => {
    const problems = new SetupProblems(entry);
    return { settings: readShardSettings(raw, problems), problems: problems.list.map((p) => p.message) };
  };
  it('is not a shard without either', () => assert.deepEqual(read({ shard: '', startAt: ' ' }), { settings: undefined, problems: [] }));
  it('reads a shard and its start-at (ISO 8601 or epoch ms)', () => {
    assert.deepEqual(read({ shard: '2/4', startAt: '2026-11-30T14:00:00Z' }).settings, { shard: { index: 2, count: 4 }, startAtMs: T });
    assert.deepEqual(read({ shard: '1/1', startAt: String(T) }).settings, { shard: { index: 1, count: 1 }, startAtMs: T });
  });
  it('reports every problem at once, each naming its flag, the value and the valid form', () => {
    const { settings, problems } = read({ shard: '5/4', startAt: 'soon', unused: ['baseline-target', 'save-baseline'] });
    assert.equal(settings, undefined);
    assert.equal(problems.length, 4);
    assert.match(problems[0], /^--shard: "5\/4" is not a shard \(use i\/N/);
    assert.match(problems[1], /^--start-at: "soon" is not a time \(use ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds\)/);
    assert.match(problems[2], /^--baseline-target: not used with --shard: a shard writes its part for the merge/);
    assert.match(problems[3], /^--save-baseline: not used with --shard/);
  });
  it('needs both, in the action\'s words too', () => {
    assert.match(read({ shard: '1/2' }, 'action').problems[0], /^input 'shard': "1\/2" needs input 'start-at': the common start/);
    assert.match(read({ startAt: String(T) }, 'action').problems[0], /^input 'start-at': "\d+" is given without input 'shard'/);
  });
});
