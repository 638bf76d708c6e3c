/**
 * The energy statistic of every split against SciPy: scipy.stats.energy_distance squared, times
 * n·m/(n + m) (tests/stats/energy-statistic.reference.json, SciPy 1.17.1).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { bestSplit, splitScore, splitScores } from '../../src/stats/energy-statistic.js';
import { StatsInputError } from '../../src/stats/errors.js';

const reference = JSON.parse(readFileSync(new URL('./energy-statistic.reference.json', import.meta.url), 'utf8')) as {
  cases: { values: number[]; minSegment: number; scores: number[]; best: { index: number; right: number; score: number } }[];
};
const close = (a: number, b: number) => assert.ok(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

for (const [i, c] of reference.cases.entries()) {
  test(`splitScores matches SciPy's energy distance for every split (case ${i}, ${c.values.length} values)`, () => {
    const scores = splitScores(c.values, 0, c.values.length, c.minSegment);
    assert.equal(scores.length, c.scores.length);
    c.scores.forEach((s, k) => close(scores[k], s));
    c.scores.forEach((s, k) => close(splitScore(c.values, 0, c.values.length, c.minSegment + k), s));
  });
}

test('splitScores scores a sub-segment as if it were the whole series', () => {
  const c = reference.cases[2];
  const padded = [100, -50, ...c.values, 7];
  const scores = splitScores(padded, 2, 2 + c.values.length, c.minSegment);
  c.scores.forEach((s, k) => close(scores[k], s));
});

for (const [i, c] of reference.cases.entries()) {
  test(`bestSplit finds SciPy's best split over every left part and right end (case ${i})`, () => {
    const best = bestSplit(c.values, 0, c.values.length, c.minSegment)!;
    assert.deepEqual([best.index, best.right], [c.best.index, c.best.right]);
    close(best.score, c.best.score);
  });
}

test('a segment shorter than two minimum parts has no split; a bad minimum segment is refused', () => {
  assert.equal(splitScores([1, 2, 3], 0, 3, 2).length, 0);
  assert.equal(bestSplit([1, 2, 3], 0, 3, 2), undefined);
  assert.throws(() => splitScores([1, 2, 3], 0, 3, 0), StatsInputError);
});
