/**
 * Change points: table-driven cases whose answer is known by construction (a clean step, no step,
 * two steps, a step under the minimum size), plus the warnings and refusals.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changePoints, DEFAULT_MIN_SERIES } from '../../src/stats/change-points.js';
import { StatsInputError } from '../../src/stats/errors.js';

/** A fixed, small pseudo-random wiggle (not from the code under test): ±1 % around 0. */
const wiggle = (i: number) => 0.01 * Math.sin(i * 12.9898) * ((i * 7) % 3 === 0 ? 1 : -0.7);
const series = (n: number, step: (i: number) => number) => Array.from({ length: n }, (_, i) => wiggle(i) + step(i));
const options = { alpha: 0.01, minShift: Math.log1p(0.05) };

const cases: { name: string; values: number[]; expected: number[] }[] = [
  { name: 'no change', values: series(30, () => 0), expected: [] },
  { name: 'one step of +20 % at run 12', values: series(30, (i) => (i >= 12 ? Math.log(1.2) : 0)), expected: [12] },
  { name: 'a step down of −20 % at run 20 of 40', values: series(40, (i) => (i >= 20 ? Math.log(0.8) : 0)), expected: [20] },
  { name: 'two steps, +15 % at 10 and +15 % more at 22', values: series(34, (i) => (i >= 10 ? Math.log(1.15) : 0) + (i >= 22 ? Math.log(1.15) : 0)), expected: [10, 22] },
  { name: 'a step up and back: +30 % for runs 10–19', values: series(30, (i) => (i >= 10 && i < 20 ? Math.log(1.3) : 0)), expected: [10, 20] },
  { name: 'a clear but small step (+3 %, under the 5 % minimum)', values: series(30, (i) => (i >= 15 ? Math.log(1.03) : 0) + wiggle(i) * -0.8), expected: [] },
];

for (const c of cases) {
  test(`changePoints: ${c.name}`, () => {
    const r = changePoints(c.values, options);
    assert.deepEqual(r.changePoints.map((p) => p.index), c.expected);
    assert.deepEqual(r.warnings, []);
    for (const p of r.changePoints) {
      assert.ok(p.pValue <= 0.01, `p ${p.pValue}`);
      assert.ok(p.shift.lower <= p.shift.shift && p.shift.shift <= p.shift.upper);
      assert.ok(Math.abs(p.shift.shift) >= options.minShift);
      assert.equal(p.before.end, p.index);
      assert.equal(p.after.start, p.index);
    }
  });
}

/** Fixed noise, not from the code under test: a sum of four hashed uniforms, about N(0, 1). */
const hashed = (i: number, k: number) => {
  const x = Math.sin(i * 12.9898 + k * 78.233) * 43758.5453;
  return x - Math.floor(x);
};
const noise = (i: number, seed: number) => (hashed(i, seed) + hashed(i, seed + 1) + hashed(i, seed + 2) + hashed(i, seed + 3) - 2) * Math.sqrt(3);

for (const seed of [32, 40]) {
  test(`changePoints: two +10 % steps 10 runs apart in 4 % noise are both found (noise ${seed}), not one split between them`, () => {
    const values = Array.from({ length: 36 }, (_, i) => 0.04 * noise(i, seed) + (i >= 12 ? Math.log(1.1) : 0) + (i >= 22 ? Math.log(1.1) : 0));
    const r = changePoints(values, options);
    assert.deepEqual(r.changePoints.map((p) => p.index), [12, 22]);
    for (const p of r.changePoints) assert.ok(p.pValue <= r.alphaWithin, `p ${p.pValue}`);
  });
}

test('changePoints: noise alone gives nothing, however loose the level between change points (the whole-series test guards)', () => {
  for (const seed of [0, 4, 8, 12]) {
    const values = Array.from({ length: 40 }, (_, i) => 0.05 * noise(i, seed));
    assert.deepEqual(changePoints(values, { alpha: 0.01, minShift: 0, alphaWithin: 0.4 }).changePoints, [], `noise ${seed}`);
  }
});

test('changePoints: the level between change points defaults to alpha / 2 and is refused outside (0, 0.5)', () => {
  assert.equal(changePoints(series(30, () => 0), options).alphaWithin, 0.005);
  assert.throws(() => changePoints(series(30, () => 0), { ...options, alphaWithin: 0.5 }), /alphaWithin: 0.5 must be between 0 and 0.5/);
});

test('changePoints: the size of a +20 % step is about log(1.2), inside its interval', () => {
  const [p] = changePoints(series(30, (i) => (i >= 12 ? Math.log(1.2) : 0)), options).changePoints;
  assert.ok(Math.abs(p.shift.shift - Math.log(1.2)) < 0.02, String(p.shift.shift));
  assert.ok(p.shift.lower < Math.log(1.2) && Math.log(1.2) < p.shift.upper);
  assert.deepEqual([p.before.start, p.after.end], [0, 30]);
});

test('changePoints: the same series gives the same answer every time (seeded shuffles)', () => {
  const values = series(30, (i) => (i >= 9 ? 0.03 : 0));
  const a = changePoints(values, { alpha: 0.05, minShift: 0 });
  const b = changePoints(values, { alpha: 0.05, minShift: 0 });
  assert.deepEqual(a, b);
});

test('changePoints: fewer runs than needed → no change point and "not enough runs yet (N of M)"', () => {
  const r = changePoints(series(7, (i) => (i >= 4 ? 1 : 0)), options);
  assert.deepEqual(r.changePoints, []);
  assert.equal(r.warnings[0].code, 'series-too-short');
  assert.equal(r.warnings[0].message, `not enough runs yet (7 of ${DEFAULT_MIN_SERIES})`);
});

test('changePoints: a constant series has no change point', () => {
  assert.deepEqual(changePoints(new Array(20).fill(3), options).changePoints, []);
});

test('changePoints refuses bad values and options, naming them', () => {
  assert.throws(() => changePoints([...series(12, () => 0), Number.NaN], options), /values\[12\]: NaN/);
  assert.throws(() => changePoints(series(12, () => 0), { alpha: 0.7, minShift: 0 }), StatsInputError);
  assert.throws(() => changePoints(series(12, () => 0), { alpha: 0.01, minShift: -1 }), /minShift/);
  assert.throws(() => changePoints(series(12, () => 0), { ...options, minSegment: 1 }), /minSegment/);
});
