/**
 * The common-mode statistics against values computed independently: least squares by
 * numpy.linalg.lstsq and Student t tails by scipy.stats.t 1.17.1, from the formulas in the file
 * comment of src/stats/common-mode.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { additiveFit, medianVarianceFactor, moderatedVariance, relativeChangeTest, robustVariance } from '../../src/stats/common-mode.js';
import { StatsInputError } from '../../src/stats/errors.js';

const close = (a: number, b: number, tol = 1e-9) => assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} vs ${b}`);

test('additiveFit recovers endpoint means and run factors of an exact additive matrix, residuals 0', () => {
  const mu = [1, 2, 3.5];
  const c = [-0.1, 0.25, -0.15];
  const fit = additiveFit(c.map((cr) => mu.map((m) => m + cr)));
  fit.endpointMeans.forEach((m, i) => close(m, mu[i]));
  fit.runFactors.forEach((r, i) => close(r, c[i]));
  assert.equal(fit.df, (3 - 1) * (3 - 1));
  fit.endpointSS.forEach((ss) => close(ss, 0));
});

test('additiveFit with a missing value matches numpy least squares (sum of run factors 0)', () => {
  const fit = additiveFit([
    [1.0, 2.1, 3.0],
    [1.2, 2.2, 3.3],
    [0.9, Number.NaN, 2.8],
  ]);
  [1.0333333333333337, 2.0583333333333327, 3.033333333333332].forEach((m, i) => close(fit.endpointMeans[i], m, 1e-7));
  [-0.008333333333333304, 0.19166666666666643, -0.18333333333333313].forEach((r, i) => close(fit.runFactors[i], r, 1e-7));
  close(fit.endpointSS.reduce((a, b) => a + b, 0), 0.017499999999999988, 1e-7);
  assert.equal(fit.df, 8 - 3 - 3 + 1);
  assert.ok(Number.isNaN(fit.residuals[2][1]));
});

test('relativeChangeTest: one endpoint 2× against two unchanged ones, one stored run (scipy t.sf)', () => {
  const r = relativeChangeTest({ deviations: [Math.log(2), 0.01, -0.01], index: 0, variances: [0.0049, 0.0049, 0.0049], df: 4, runs: 1, alternative: 'greater' });
  assert.ok(r);
  close(r.change, 1);
  close(r.runFactor, 0);
  close(r.t, 5.716981589775922);
  close(r.p, 0.002315701842497736, 1e-7);
  close(r.lower, 0.4283516705576571, 1e-7);
  close(r.upper, 1.800430791975984, 1e-7);
});

test('relativeChangeTest: the median of four other endpoints, their variance factor π/8 (scipy t.sf)', () => {
  const r = relativeChangeTest({ deviations: [0.5, 0.02, -0.01, 0.03, 0], index: 0, variances: [0.01, 0.0025, 0.0025, 0.0025, 0.0025], df: 7.5, runs: 3, alternative: 'greater' });
  assert.ok(r);
  close(r.runFactor, Math.expm1(0.01));
  close(r.t, 4.049402817903047);
  close(r.p, 0.002109574440345341, 1e-7);
});

test('relativeChangeTest: a faster or slower machine (a constant added to every deviation) changes nothing but the run factor', () => {
  const base = { index: 1, variances: [0.003, 0.002, 0.004, 0.0025], df: 9, runs: 2, alternative: 'greater' as const };
  const a = relativeChangeTest({ ...base, deviations: [0.01, 0.4, -0.02, 0.03] });
  const b = relativeChangeTest({ ...base, deviations: [0.31, 0.7, 0.28, 0.33] });
  assert.ok(a && b);
  close(a.t, b.t);
  close(a.p, b.p);
  close(a.change, b.change);
  assert.ok(b.runFactor > a.runFactor + 0.3);
});

test('relativeChangeTest: throughput is worse when it falls; one endpoint alone cannot be tested', () => {
  const fall = relativeChangeTest({ deviations: [Math.log(0.5), 0], index: 0, variances: [0.0049, 0.0049], df: 4, runs: 1, alternative: 'less' });
  assert.ok(fall && fall.p < 0.01 && fall.change < 0);
  const rise = relativeChangeTest({ deviations: [Math.log(0.5), 0], index: 0, variances: [0.0049, 0.0049], df: 4, runs: 1, alternative: 'greater' });
  assert.ok(rise && rise.p > 0.99);
  assert.equal(relativeChangeTest({ deviations: [0.3], index: 0, variances: [0.01], df: 4, runs: 1, alternative: 'greater' }), undefined);
  assert.equal(relativeChangeTest({ deviations: [0.3, Number.NaN], index: 0, variances: [0.01, 0.01], df: 4, runs: 1, alternative: 'greater' }), undefined);
  assert.throws(() => relativeChangeTest({ deviations: [0.3, 0], index: 0, variances: [0.01, 0.01], df: 0, runs: 1, alternative: 'greater' }), StatsInputError);
});

test('moderatedVariance pools by degrees of freedom and skips estimates without any', () => {
  const v = moderatedVariance([
    { variance: 0.0049, df: 4 },
    { variance: 0.01, df: 6 },
    { variance: Number.NaN, df: 0 },
  ]);
  close(v.variance, (4 * 0.0049 + 6 * 0.01) / 10);
  assert.equal(v.df, 10);
  assert.throws(() => moderatedVariance([{ variance: 1, df: 0 }]), StatsInputError);
});

test('robustVariance: a regressed minority does not inflate it; an outlier-free sample gives about its variance', () => {
  const quiet = [0.01, -0.02, 0.015, 0, -0.01, 0.02, -0.015, 0.005, -0.005, 0.012];
  const clean = robustVariance(quiet);
  const withOutlier = robustVariance([...quiet.slice(0, 9), 1.1]);
  assert.ok(withOutlier.variance < 2 * clean.variance, `${withOutlier.variance} vs ${clean.variance}`);
  const sd2 = (() => {
    const m = quiet.reduce((a, b) => a + b, 0) / quiet.length;
    return quiet.reduce((a, v) => a + (v - m) ** 2, 0) / (quiet.length - 1);
  })();
  assert.ok(clean.variance > sd2 / 3 && clean.variance < sd2 * 3, `${clean.variance} vs ${sd2}`);
  assert.equal(clean.df, 5.77);
  assert.equal(robustVariance([1, 2]).df, 0);
});

test('medianVarianceFactor: one value, the mean of two, then π / 2n', () => {
  assert.equal(medianVarianceFactor(1), 1);
  assert.equal(medianVarianceFactor(2), 0.5);
  close(medianVarianceFactor(9), Math.PI / 18);
});
