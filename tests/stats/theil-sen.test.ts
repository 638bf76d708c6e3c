/**
 * Theil–Sen slope and Sen's interval against scipy.stats.theilslopes 1.17.1
 * (tests/stats/theil-sen.reference.json, made by scripts/theil-sen-reference.py).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MAX_POINTS, theilSen } from '../../src/stats/theil-sen.js';
import { StatsInputError } from '../../src/stats/errors.js';

const reference = JSON.parse(readFileSync(new URL('./theil-sen.reference.json', import.meta.url), 'utf8')) as {
  cases: { name: string; x: number[]; y: number[]; confidence: number; slope: number; intercept: number; lower: number; upper: number }[];
};

function close(actual: number, expected: number, what: string): void {
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs SciPy ${expected}`);
}

for (const c of reference.cases) {
  test(`theilSen matches SciPy: ${c.name}`, () => {
    const r = theilSen(c.x, c.y, c.confidence);
    close(r.slope, c.slope, 'slope');
    close(r.intercept, c.intercept, 'intercept');
    close(r.lower, c.lower, 'lower');
    close(r.upper, c.upper, 'upper');
  });
}

test('theilSen ignores one wild point that least squares would follow', () => {
  const x = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
  const y = x.map((v) => 3 * v + (v === 9 ? 1000 : 0));
  assert.equal(theilSen(x, y).slope, 3);
});

test('theilSen refuses what has no trend, naming the argument', () => {
  const cases: [number[], number[], RegExp][] = [
    [[1, 2], [1, 2], /^x: 2 points; a trend needs at least 3/],
    [[1, 2, 3], [1, 2], /^x and y: 3 and 2 values/],
    [[4, 4, 4], [1, 2, 3], /^x: every value is the same/],
    [[1, 2, 3], [1, Number.NaN, 3], /^y\[1\]: NaN is not a finite number/],
    [Array.from({ length: MAX_POINTS + 1 }, (_, i) => i), Array.from({ length: MAX_POINTS + 1 }, () => 1), /summarise into at most/],
  ];
  for (const [x, y, message] of cases) {
    assert.throws(() => theilSen(x, y), (err: unknown) => err instanceof StatsInputError && message.test(err.message));
  }
  assert.throws(() => theilSen([1, 2, 3], [1, 2, 3], 1), /confidence: 1 is not between 0 and 1/);
});
