/** Optimal partitioning: answers known by construction (clean steps, a constant, a huge penalty) and refusals. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { differenceScale, optimalPartition } from '../../src/stats/optimal-partition.js';
import { StatsInputError } from '../../src/stats/errors.js';

const wiggle = (i: number) => 0.01 * Math.sin(i * 12.9898);
const steps = (n: number, at: number[], size: number) => Array.from({ length: n }, (_, i) => wiggle(i) + size * at.filter((a) => i >= a).length);

test('optimalPartition: two steps the same way are split at both, not between them', () => {
  assert.deepEqual(optimalPartition(steps(36, [12, 22], 0.1), 3, 10, 0.01), [12, 22]);
});

test('optimalPartition: a step up and back down gives both ends of the bump', () => {
  const values = Array.from({ length: 30 }, (_, i) => wiggle(i) + (i >= 10 && i < 20 ? 0.2 : 0));
  assert.deepEqual(optimalPartition(values, 3, 10, 0.01), [10, 20]);
});

test('optimalPartition: a constant series, or a penalty larger than any gain, has no split', () => {
  assert.deepEqual(optimalPartition(new Array(20).fill(1), 3, 10, 0.01), []);
  assert.deepEqual(optimalPartition(steps(36, [12, 22], 0.1), 3, 10, 100), []);
});

test('optimalPartition: never more splits than asked, nor segments under minSegment', () => {
  assert.deepEqual(optimalPartition(steps(36, [12, 22], 0.1), 3, 1, 0.01).length, 1);
  const values = Array.from({ length: 12 }, (_, i) => (i === 1 ? 5 : 0));
  for (const split of optimalPartition(values, 3, 5, 0)) assert.ok(split >= 3 && split <= 9, String(split));
});

test('optimalPartition refuses bad arguments, naming them', () => {
  assert.throws(() => optimalPartition([1, 2, 3], 0, 1, 0), StatsInputError);
  assert.throws(() => optimalPartition([1, 2, 3], 1, -1, 0), /maxSplits/);
  assert.throws(() => optimalPartition([1, 2, 3], 1, 1, Number.NaN), /penalty/);
});

test('differenceScale: ±1 alternating has neighbour differences of 2, so σ = 2 / (0.6745·√2); one step barely moves it', () => {
  const alternating = Array.from({ length: 21 }, (_, i) => (i % 2 ? 1 : -1));
  assert.ok(Math.abs(differenceScale(alternating) - 2 / (0.6745 * Math.SQRT2)) < 1e-12);
  const stepped = alternating.map((v, i) => v + (i >= 10 ? 50 : 0));
  assert.ok(Math.abs(differenceScale(stepped) - differenceScale(alternating)) < 1e-12);
});
