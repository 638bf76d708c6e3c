import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ladderRates, planLadder, MAX_LADDER_STEPS } from '../../src/plan/capacity-ladder.js';
import { compileRateSegments, plannedArrivals } from '../../src/plan/rate-schedule.js';

test('a ladder climbs by its step and ends at the ceiling', () => {
  assert.deepEqual(ladderRates({ startRps: 100, stepRps: 100, ceilingRps: 500 }), [100, 200, 300, 400, 500]);
  assert.deepEqual(ladderRates({ startRps: 100, stepRps: 150, ceilingRps: 500 }), [100, 250, 400, 500]);
  assert.deepEqual(ladderRates({ startRps: 0.5, stepRps: 0.1, ceilingRps: 0.8 }), [0.5, 0.6, 0.7, 0.8]);
  assert.deepEqual(ladderRates({ startRps: 300, stepRps: 50, ceilingRps: 300 }), [300]);
  assert.equal(ladderRates({ startRps: 1, stepRps: 1, ceilingRps: 10_000 }).length, MAX_LADDER_STEPS);
});

test('the plan holds each step for its duration, trials meeting step boundaries', () => {
  const plan = planLadder({ startRps: 100, stepRps: 100, ceilingRps: 300, stepMs: 10_000, trialsPerStep: 5 }, 5000);
  assert.deepEqual(plan.stepRates, [100, 200, 300]);
  assert.equal(plan.durationMs, 30_000);
  assert.equal(plan.trials, 15);
  assert.deepEqual(plan.shape.stages, [
    { durationMs: 5000, rateRps: 100 },
    { durationMs: 0, rateRps: 100 }, { durationMs: 10_000, rateRps: 100 },
    { durationMs: 0, rateRps: 200 }, { durationMs: 10_000, rateRps: 200 },
    { durationMs: 0, rateRps: 300 }, { durationMs: 10_000, rateRps: 300 },
  ]);
  // The open runner's schedule over the plan: 100/s × 5 s warm-up, then 10 s at each step.
  const segments = compileRateSegments({ rateRps: 300, shape: plan.shape, warmupMs: 5000, durationMs: plan.durationMs });
  assert.equal(Math.round(plannedArrivals(segments, 35_000)), 500 + 1000 + 2000 + 3000);
  assert.equal(Math.round(plannedArrivals(segments, 15_000)), 500 + 1000);
});
