/**
 * Permutation tests of a segment: a perfectly separated split reaches the smallest p the shuffles
 * allow, an interleaved one does not come near it, and the same input gives the same p.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestSplitP, fixedSplitP } from '../../src/stats/permutation-test.js';
import { bestSplit } from '../../src/stats/energy-statistic.js';

const separated = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110];
const interleaved = [1, 9, 3, 7, 5, 2, 8, 4, 6, 10, 2, 8, 4, 6, 5, 1, 9, 3, 7, 10];
const settings = { permutations: 199, seed: 7, level: 0.01 };

test('fixedSplitP: a split between two clearly separated halves gets p = 1 / (1 + R)', () => {
  // Only the observed arrangement (and its mirror halves) scores as high: C(20, 10) orders, 2 of them.
  assert.equal(fixedSplitP(separated, 0, 20, 10, settings), 1 / 200);
});

test('fixedSplitP: the same split of interleaved values is far from significant (and stops early)', () => {
  assert.ok(fixedSplitP(interleaved, 0, 20, 10, settings) > 0.2);
});

test('bestSplitP: the best split of the separated series is significant; the same p every time', () => {
  const best = bestSplit(separated, 0, 20, 3)!;
  const p = bestSplitP(separated, 0, 20, best.score, 3, settings);
  assert.equal(p, 1 / 200);
  assert.equal(bestSplitP(interleaved, 0, 20, bestSplit(interleaved, 0, 20, 3)!.score, 3, settings), bestSplitP(interleaved, 0, 20, bestSplit(interleaved, 0, 20, 3)!.score, 3, settings));
});

test('bestSplitP: a segment with the search counted gives a larger p than the split tested alone', () => {
  const mild = [0, 1, 0, 1, 0, 1, 0, 1, 1, 2, 1, 2, 1, 2, 1, 2];
  const best = bestSplit(mild, 0, mild.length, 3)!;
  const loose = { ...settings, level: 0.5 };
  assert.ok(bestSplitP(mild, 0, mild.length, best.score, 3, loose) >= fixedSplitP(mild, 0, mild.length, 8, loose));
});
