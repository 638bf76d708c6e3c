import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareWithBaseline } from '../../src/verdict/compare.js';
import { endpointResult, trial } from '../support/builders.js';
import type { RegressionSettings } from '../../src/profile/types.js';
import type { VerdictNote } from '../../src/verdict/notes.js';

const settings = (metrics: RegressionSettings['metrics']): RegressionSettings => ({
  metrics,
  alpha: 0.05,
  severity: { minor: 0.1, major: 0.25, critical: 0.5 },
});
const baseMs = [10, 11, 12, 13, 14, 15, 16, 17];

/** The first note of `code`, typed by its code (notes are data: a code and its figures). */
function noteOf<C extends VerdictNote['code']>(notes: readonly VerdictNote[], code: C): Extract<VerdictNote, { code: C }> | undefined {
  return notes.find((n): n is Extract<VerdictNote, { code: C }> => n.code === code);
}

test('every current trial twice the baseline: +100%, exact p = 1/C(16,8), critical', () => {
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms * 2)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((ms) => trial(ms)) }];
  const { comparisons } = compareWithBaseline(current, baseline, settings(['p50']));
  assert.equal(comparisons.length, 1);
  const c = comparisons[0];
  // log(2·y_i) − log(y_j) = log 2 + log(y_i / y_j); the ratios are symmetric around 0, so the median shift is log 2.
  assert.ok(Math.abs(c.change - 1) < 1e-12, `change ${c.change}`);
  // 2·10 = 20 > 17: complete separation, the smallest exact one-sided p.
  assert.ok(Math.abs(c.p - 1 / 12870) < 1e-12, `p ${c.p}`);
  assert.equal(c.baseline, 13.5);
  assert.equal(c.current, 27);
  assert.equal(c.direction, 'worse');
  assert.equal(c.significant, true);
  assert.equal(c.severity, 'critical');
});

test('the same values are not a finding', () => {
  const trials = baseMs.map((ms) => trial(ms));
  const { comparisons } = compareWithBaseline([endpointResult('a', trials)], [{ name: 'a', requests: 800, errors: 0, trials }], settings(['p50', 'p95']));
  for (const c of comparisons) {
    assert.equal(c.significant, false);
    assert.equal(c.severity, 'none');
    assert.equal(c.change, 0);
    assert.equal(c.direction, 'same');
  }
});

test('faster is never a regression, however significant', () => {
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms / 2)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((ms) => trial(ms)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['p50'])).comparisons;
  assert.equal(c.direction, 'better');
  assert.ok(c.p > 0.99, `one-sided p toward worse is near 1, got ${c.p}`);
  assert.equal(c.severity, 'none');
});

test('throughput: lower is worse', () => {
  const current = [endpointResult('a', baseMs.map((rps) => trial(10, rps * 10)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((rps) => trial(10, rps * 20)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['throughput'])).comparisons;
  assert.ok(Math.abs(c.change + 0.5) < 1e-12, `halved: ${c.change}`);
  assert.equal(c.direction, 'worse');
  assert.equal(c.severity, 'critical');
  const [up] = compareWithBaseline(baseline.map((b) => endpointResult('a', b.trials)), [{ ...baseline[0], trials: current[0].trials }], settings(['throughput'])).comparisons;
  assert.equal(up.direction, 'better');
  assert.equal(up.severity, 'none');
});

test('error rate: 0 of 8,000 → 5% is a critical increase in points', () => {
  const current = [endpointResult('a', baseMs.map(() => trial(10, 100, 50, 1000)))];
  const baseline = [{ name: 'a', requests: 8000, errors: 0, trials: baseMs.map(() => trial(10, 100, 0, 1000)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['error_rate'])).comparisons;
  assert.equal(c.changeKind, 'points');
  assert.ok(Math.abs(c.change - 0.05) < 1e-12);
  assert.ok(c.p < 1e-6, `p ${c.p}`);
  assert.equal(c.severity, 'critical');
});

test('a +5% shift, significant or not, is below the 10% floor', () => {
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms * 1.05)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((ms) => trial(ms)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['p50'])).comparisons;
  assert.ok(Math.abs(c.change - 0.05) < 1e-9, `change ${c.change}`);
  assert.equal(c.severity, 'none');
});

test('Holm: one large family makes a marginal p insufficient', () => {
  // 3 vs 3 trials: the smallest exact one-sided p is 1/20 = 0.05, never below alpha / m.
  const current = [endpointResult('a', [20, 21, 22].map((ms) => trial(ms, 100, 0, 1000)))];
  const baseline = [{ name: 'a', requests: 3000, errors: 0, trials: [10, 11, 12].map((ms) => trial(ms, 100, 0, 1000)) }];
  const outcome = compareWithBaseline(current, baseline, settings(['p50', 'p95']));
  for (const c of outcome.comparisons) {
    assert.ok(Math.abs(c.p - 0.05) < 1e-12);
    assert.equal(c.significant, false);
    assert.equal(c.severity, 'none');
  }
  const tooFew = noteOf(outcome.notes, 'too-few-trials');
  assert.ok(tooFew, JSON.stringify(outcome.notes));
  // 3 against 3 trials: the smallest one-sided exact p is 1 / C(6, 3) = 0.05.
  assert.ok(Math.abs(tooFew.params.smallestP - 0.05) < 1e-12, `${tooFew.params.smallestP}`);
  assert.deepEqual([tooFew.params.currentTrials, tooFew.params.baselineTrials, tooFew.params.tests, tooFew.params.neededP], [3, 3, 2, 0.025]);
});

test('an endpoint missing from the baseline is noted, not compared', () => {
  const outcome = compareWithBaseline([endpointResult('new', [trial(1), trial(2)])], [], settings(['p50']));
  assert.equal(outcome.comparisons.length, 0);
  assert.deepEqual(outcome.notes.map((n) => n.code), ['new-endpoint']);
});

test('per-endpoint cut-offs override the profile’s', () => {
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms * 1.3)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((ms) => trial(ms)) }];
  const strict = new Map([['a', { minor: 0.05, major: 0.1, critical: 0.2 }]]);
  assert.equal(compareWithBaseline(current, baseline, settings(['p50'])).comparisons[0].severity, 'major');
  assert.equal(compareWithBaseline(current, baseline, settings(['p50']), strict).comparisons[0].severity, 'critical');
});

test('p95 and p99 are skipped, with one note each, when trials hold too few requests for them', () => {
  // 150 requests per trial: enough for p50 (20) but not p95 (200) or p99 (1,000).
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms * 2, 100, 0, 150))), endpointResult('b', baseMs.map((ms) => trial(ms, 100, 0, 150)))];
  const baseline = ['a', 'b'].map((name) => ({ name, requests: 1200, errors: 0, trials: baseMs.map((ms) => trial(ms, 100, 0, 150)) }));
  const outcome = compareWithBaseline(current, baseline, settings(['p50', 'p95', 'p99']));
  assert.deepEqual(outcome.comparisons.map((c) => `${c.endpoint} ${c.metric}`), ['a p50', 'b p50']);
  const skipped = outcome.notes.filter((n) => n.code === 'percentile-skipped');
  assert.deepEqual(skipped.map((n) => n.params), [
    { metric: 'p95', endpoints: ['a', 'b'], fewestRequests: 150, neededRequests: 200 },
    { metric: 'p99', endpoints: ['a', 'b'], fewestRequests: 150, neededRequests: 1000 },
  ]);
});

test('exact p for 12 against 12 trials without ties: complete separation gives 1/C(24,12)', () => {
  const twelve = [10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21];
  const current = [endpointResult('a', twelve.map((ms) => trial(ms * 3)))];
  const baseline = [{ name: 'a', requests: 1200, errors: 0, trials: twelve.map((ms) => trial(ms)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['p50'])).comparisons;
  assert.ok(Math.abs(c.p - 1 / 2704156) < 1e-18, `p ${c.p}`);
  assert.equal(c.method, 'trials');
});

test('advisory: significant after Benjamini–Hochberg but not Holm is reported, never blocking', () => {
  // Four endpoints, each 4 vs 4 trials fully separated (+100%): exact one-sided p = 1/70 ≈ 0.0143.
  // Holm's first step needs p <= 0.05/4 = 0.0125: nothing blocks. BH: 4·p/4 = 0.0143 <= 0.05: all advisory.
  const four = [10, 11, 12, 13];
  const names = ['a', 'b', 'c', 'd'];
  const current = names.map((n) => endpointResult(n, four.map((ms) => trial(ms * 2))));
  const baseline = names.map((name) => ({ name, requests: 400, errors: 0, trials: four.map((ms) => trial(ms)) }));
  const { comparisons } = compareWithBaseline(current, baseline, settings(['p50']));
  for (const c of comparisons) {
    assert.ok(Math.abs(c.p - 1 / 70) < 1e-15);
    assert.equal(c.significant, false);
    assert.equal(c.severity, 'none');
    assert.ok(Math.abs((c.pBH ?? NaN) - 1 / 70) < 1e-15);
    assert.equal(c.advisorySeverity, 'critical');
  }
});

test('an empty or NaN trial value is an error with a message, not a verdict', () => {
  const current = [endpointResult('a', baseMs.map((ms) => trial(ms)))];
  current[0].trials[3] = trial(Number.NaN);
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map((ms) => trial(ms)) }];
  assert.throws(() => compareWithBaseline(current, baseline, settings(['p50'])), /first sample \(x\)\[3\]: NaN is not a number/);
});

test('all values tied: p = 1, no finding', () => {
  const current = [endpointResult('a', baseMs.map(() => trial(12)))];
  const baseline = [{ name: 'a', requests: 800, errors: 0, trials: baseMs.map(() => trial(12)) }];
  const [c] = compareWithBaseline(current, baseline, settings(['p50'])).comparisons;
  assert.equal(c.p, 1);
  assert.equal(c.severity, 'none');
  assert.equal(c.advisorySeverity, undefined);
});
