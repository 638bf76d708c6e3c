import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendRun, baselineProblem } from '../../src/baseline/history.js';
import type { BaselineRun } from '../../src/baseline/types.js';
import { trial } from '../support/builders.js';

const run = (savedAt: string): BaselineRun => ({
  savedAt,
  runner: { cpuModel: 'x', cores: 2, os: 'linux', node: 'v20' },
  trialDurationMs: 1000,
  endpoints: [{ name: 'a', requests: 200, errors: 0, trials: [trial(1), trial(2)] }],
});
const profile = { name: 'p', fingerprint: 'f1' };

test('appendRun keeps the newest runs, oldest first', () => {
  let b = appendRun(undefined, profile, run('1'), 3);
  for (const t of ['2', '3', '4']) b = appendRun(b, profile, run(t), 3);
  assert.deepEqual(b.runs.map((r) => r.savedAt), ['2', '3', '4']);
});

test('appendRun starts over when the profile fingerprint changed', () => {
  const old = appendRun(undefined, profile, run('1'));
  const b = appendRun(old, { name: 'p', fingerprint: 'f2' }, run('2'));
  assert.deepEqual(b.runs.map((r) => r.savedAt), ['2']);
  assert.equal(b.profile.fingerprint, 'f2');
});

test('baselineProblem names what is wrong with a foreign or corrupt document', () => {
  const good = appendRun(undefined, profile, run('1'));
  assert.equal(baselineProblem(good), undefined);
  const cases: [unknown, RegExp][] = [
    [[], /not a JSON object/],
    [null, /not a JSON object/],
    [{ ...good, schemaVersion: 2 }, /schemaVersion is 2, this loadgate reads 1/],
    [{ ...good, profile: {} }, /profile\.name or profile\.fingerprint is missing/],
    [{ ...good, runs: [] }, /runs is missing or empty/],
    [{ ...good, runs: [{ ...run('1'), endpoints: [{ name: 'a', requests: 1, errors: 0, trials: [{ requests: 'x' }] }] }] }, /runs\[0\]\.endpoints\[0\]\.trials\[0\]\.requests is "x", not a count/],
  ];
  for (const [doc, expected] of cases) assert.match(baselineProblem(doc) ?? '', expected);
});

test('appendRun keeps the last 20 runs by default, each with its runner, commit and per-trial summaries', () => {
  let b = appendRun(undefined, profile, { ...run('0'), commit: 'c0' });
  for (let i = 1; i < 25; i++) b = appendRun(b, profile, { ...run(String(i)), commit: `c${i}` });
  assert.equal(b.runs.length, 20);
  assert.equal(b.runs[0].savedAt, '5');
  assert.equal(b.runs[19].commit, 'c24');
  assert.equal(b.runs[19].runner.cpuModel, 'x');
  assert.equal(b.runs[19].endpoints[0].trials.length, 2);
});
