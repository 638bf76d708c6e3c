import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ladderSteps, readCapacity } from '../../src/verdict/capacity-reading.js';
import type { CapacitySettings } from '../../src/profile/types.js';
import { endpointResult, trial } from '../support/builders.js';

const SETTINGS: CapacitySettings = { startRps: 100, stepRps: 100, ceilingRps: 300, stepMs: 3000, trialsPerStep: 3, hold: { p95Ms: 50, errorRate: 0.01, achievedShare: 0.98 } };

test('trials group into steps; a trial takes the worst p95, the pooled error rate and the summed rate', () => {
  // Two endpoints, a 2:1 mix. Step 100/s: 67 + 33 rps; step 200/s: 133 + 67; step 300/s: short and slow.
  const search = endpointResult('search', [trial(10, 67), trial(12, 67), trial(11, 67), trial(20, 133), trial(22, 133), trial(60, 133, 2), trial(90, 150), trial(95, 150), trial(99, 150)]);
  const home = endpointResult('home', [trial(5, 33), trial(6, 33), trial(5, 33), trial(8, 67), trial(9, 67), trial(9, 67), trial(30, 75), trial(30, 75), trial(30, 75)]);
  const steps = ladderSteps([search, home], SETTINGS, [100, 200, 300]);
  assert.deepEqual(steps.map((s) => s.rateRps), [100, 200, 300]);
  assert.deepEqual(steps[0].trials[1], { p95Ms: 12, errorRate: 0, sentRps: 100 });
  assert.deepEqual(steps[1].trials[2], { p95Ms: 60, errorRate: 2 / 200, sentRps: 200 });
  const capacity = readCapacity([search, home], SETTINGS, [100, 200, 300]);
  assert.equal(capacity.capacityRps, 200);
  assert.equal(capacity.lowerRps, 100, 'one trial of the 200/s step broke the p95 limit');
  assert.equal(capacity.upperRps, 300);
  assert.deepEqual(capacity.brokeAt, { rateRps: 300, causes: ['latency', 'rate'] });
});

test('a trial in which nothing was sent fails on every count; trials past an early stop are not read', () => {
  const silent = { ...trial(0, 0, 0, 0) };
  const only = endpointResult('only', [trial(10, 100), trial(10, 100), trial(10, 100), silent, trial(10, 200), trial(10, 200), silent, silent, silent]);
  const steps = ladderSteps([only], SETTINGS, [100, 200, 300], 6);
  assert.equal(steps.length, 2);
  assert.deepEqual(steps[1].trials[0], { p95Ms: Number.NaN, errorRate: 1, sentRps: 0 });
  assert.equal(readCapacity([only], SETTINGS, [100, 200, 300], 6).capacityRps, 200, 'two of three trials at 200/s held');
});
