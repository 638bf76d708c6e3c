import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capacityOf, shouldStopAfter, trialBreaks, type CapacitySlo, type LadderStep, type LadderTrial } from '../../src/verdict/capacity.js';

const SLO: CapacitySlo = { p95Ms: 50, errorRate: 0.01, achievedShare: 0.98 };
const ok = (rate: number): LadderTrial => ({ p95Ms: 10, errorRate: 0, sentRps: rate });
const slow = (rate: number): LadderTrial => ({ p95Ms: 80, errorRate: 0, sentRps: rate });
const failing = (rate: number): LadderTrial => ({ p95Ms: 10, errorRate: 0.2, sentRps: rate });
const short = (rate: number): LadderTrial => ({ p95Ms: 10, errorRate: 0, sentRps: rate * 0.9 });

/** A step of five trials: `pattern` letters o (held), s (slow), e (errors), r (rate short). */
function step(rateRps: number, pattern: string): LadderStep {
  const make = { o: ok, s: slow, e: failing, r: short } as const;
  return { rateRps, trials: [...pattern].map((c) => make[c as keyof typeof make](rateRps)) };
}

test('each limit of the SLO is its own cause', () => {
  assert.deepEqual(trialBreaks(ok(100), 100, SLO), []);
  assert.deepEqual(trialBreaks(slow(100), 100, SLO), ['latency']);
  assert.deepEqual(trialBreaks(failing(100), 100, SLO), ['errors']);
  assert.deepEqual(trialBreaks(short(100), 100, SLO), ['rate']);
  assert.deepEqual(trialBreaks({ p95Ms: Number.NaN, errorRate: 1, sentRps: 0 }, 100, SLO), ['latency', 'errors', 'rate']);
  assert.deepEqual(trialBreaks({ p95Ms: 50, errorRate: 0.01, sentRps: 98 }, 100, SLO), [], 'limits are inclusive');
  assert.deepEqual(trialBreaks(slow(100), 100, { achievedShare: 0.98 }), [], 'no p95 limit set');
});

const cases: { name: string; steps: LadderStep[]; expect: { capacity: number; lower: number; upper: number; brokeAt?: number; causes?: string[]; heldToCeiling: boolean } }[] = [
  {
    name: 'a clean break between two steps',
    steps: [step(100, 'ooooo'), step(200, 'ooooo'), step(300, 'sssss')],
    expect: { capacity: 200, lower: 200, upper: 300, brokeAt: 300, causes: ['latency'], heldToCeiling: false },
  },
  {
    name: 'one slow trial does not end the ladder',
    steps: [step(100, 'ooooo'), step(200, 'oosoo'), step(300, 'ooooo'), step(400, 'eeeee')],
    expect: { capacity: 300, lower: 300, upper: 400, brokeAt: 400, causes: ['errors'], heldToCeiling: false },
  },
  {
    name: 'a wobbling step below the break lowers the certain bound',
    steps: [step(100, 'ooooo'), step(200, 'oosso'), step(300, 'rrrrr')],
    expect: { capacity: 200, lower: 100, upper: 300, brokeAt: 300, causes: ['rate'], heldToCeiling: false },
  },
  {
    name: 'a break step where some trials held moves the upper bound to the next clear failure',
    steps: [step(100, 'ooooo'), step(200, 'oosss'), step(300, 'ssrrs')],
    expect: { capacity: 100, lower: 100, upper: 300, brokeAt: 200, causes: ['latency'], heldToCeiling: false },
  },
  {
    name: 'the first step already broken: capacity 0',
    steps: [step(100, 'eeeoo')],
    expect: { capacity: 0, lower: 0, upper: 500, brokeAt: 100, causes: ['errors'], heldToCeiling: false },
  },
  {
    name: 'a stalled step with a held step above it is not the break',
    steps: [step(100, 'ooooo'), step(200, 'sssss'), step(300, 'ooooo'), step(400, 'sssss'), step(500, 'eeeee')],
    expect: { capacity: 300, lower: 300, upper: 400, brokeAt: 400, causes: ['latency'], heldToCeiling: false },
  },
  {
    name: 'a stalled first step with the ladder holding above it',
    steps: [step(100, 'rrrrr'), step(200, 'ooooo'), step(300, 'ooooo')],
    expect: { capacity: 300, lower: 300, upper: 500, heldToCeiling: true },
  },
  {
    name: 'a break step where some trials held and a confirming step where some held too: upper at the confirmation',
    steps: [step(100, 'ooooo'), step(200, 'oosss'), step(300, 'oosss')],
    expect: { capacity: 100, lower: 100, upper: 300, brokeAt: 200, causes: ['latency'], heldToCeiling: false },
  },
  {
    name: 'every step held: at least the ceiling',
    steps: [step(100, 'ooooo'), step(200, 'ooooo')],
    expect: { capacity: 200, lower: 200, upper: 500, heldToCeiling: true },
  },
];

for (const c of cases) {
  test(`capacity: ${c.name}`, () => {
    const r = capacityOf(c.steps, SLO, 500);
    assert.equal(r.capacityRps, c.expect.capacity);
    assert.equal(r.lowerRps, c.expect.lower);
    assert.equal(r.upperRps, c.expect.upper);
    assert.equal(r.heldToCeiling, c.expect.heldToCeiling);
    assert.equal(r.brokeAt?.rateRps, c.expect.brokeAt);
    assert.deepEqual(r.brokeAt?.causes, c.expect.causes);
  });
}

test('the ladder stops after two failed steps in a row (a confirmed break), or when the target stopped', () => {
  assert.equal(shouldStopAfter(step(300, 'sssss'), SLO, false, step(200, 'sssss')), true);
  assert.equal(shouldStopAfter(step(300, 'sssoo'), SLO, false, step(200, 'ssoos')), true, 'failed by a majority is failed');
  assert.equal(shouldStopAfter(step(300, 'sssss'), SLO, false, step(200, 'ooooo')), false, 'one failed step waits for the next');
  assert.equal(shouldStopAfter(step(100, 'sssss'), SLO, false), false, 'the first step has nothing below to confirm it');
  assert.equal(shouldStopAfter(step(300, 'ssoss'), SLO, false, step(200, 'ooooo')), false);
  assert.equal(shouldStopAfter(step(300, 'ooooo'), SLO, true), true);
});
