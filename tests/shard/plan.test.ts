/** Shard planning: the shards' parts add up exactly to the load, for awkward N and any weights. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { dealOut, parseShard, planShard } from '../../src/shard/plan.js';
import { createEndpointMix } from '../../src/plan/endpoint-mix.js';
import { ArrivalClock, compileRateSegments } from '../../src/plan/rate-schedule.js';
import { shardPartOf } from '../../src/shard/run-shard.js';
import type { ClosedModelLoad, OpenModelLoad } from '../../src/profile/types.js';

const closed = (connections: number): ClosedModelLoad => ({ model: 'closed', connections, warmupMs: 1000, durationMs: 10_000, trials: 10, requestTimeoutMs: 5000 });
const open = (rateRps: number, maxInFlight: number, shape: OpenModelLoad['shape'] = { kind: 'constant' }): OpenModelLoad =>
  ({ model: 'open', rateRps, shape, maxInFlight, connections: maxInFlight, warmupMs: 1000, durationMs: 10_000, trials: 10, requestTimeoutMs: 5000 });

describe('parseShard', () => {
  for (const [text, expected] of [['1/1', { index: 1, count: 1 }], ['3/4', { index: 3, count: 4 }], [' 7 / 7 ', { index: 7, count: 7 }]] as const) {
    it(`reads "${text}"`, () => assert.deepEqual(parseShard(text, 'shard'), expected));
  }
  for (const text of ['0/4', '5/4', '4', 'a/b', '1/0', '1/257', '-1/4']) {
    it(`refuses "${text}", naming the field and the form`, () => assert.throws(() => parseShard(text, 'input shard'), new RegExp(`input shard: "${text.replace(/[/]/g, '\\/')}" is not a shard \\(use i/N`)));
  }
});

describe('closed model: connections dealt out, offsets the global connection numbers', () => {
  const cases: Array<[number, number, number[]]> = [
    [10, 4, [3, 3, 2, 2]],
    [7, 3, [3, 2, 2]],
    [100, 7, [15, 15, 14, 14, 14, 14, 14]],
    [5, 5, [1, 1, 1, 1, 1]],
    [1, 1, [1]],
  ];
  for (const [connections, n, expected] of cases) {
    it(`${connections} connections over ${n} shards: ${expected.join(' ')}`, () => {
      const plans = Array.from({ length: n }, (_, k) => planShard(closed(connections), { index: k + 1, count: n }));
      assert.deepEqual(plans.map((p) => p.load.connections), expected);
      assert.equal(plans.reduce((s, p) => s + p.load.connections, 0), connections);
      // Offsets tile 0..connections-1 with no gap and no overlap.
      const numbers = plans.flatMap((p) => Array.from({ length: p.load.connections }, (_, i) => p.connectionOffset + i));
      assert.deepEqual(numbers, Array.from({ length: connections }, (_, i) => i));
    });
  }
  it('keeps the mix: the shards\' connections pick exactly what one runner\'s would, for weights 5:3:1', () => {
    const weights = [5, 3, 1];
    const picks = (offsets: number[]) => {
      const counts = [0, 0, 0];
      for (const o of offsets) {
        const mix = createEndpointMix(weights, o);
        for (let i = 0; i < 90; i++) counts[mix()]++;
      }
      return counts;
    };
    const single = picks(Array.from({ length: 11 }, (_, i) => i));
    const sharded = Array.from({ length: 4 }, (_, k) => planShard(closed(11), { index: k + 1, count: 4 }))
      .flatMap((p) => Array.from({ length: p.load.connections }, (_, i) => p.connectionOffset + i));
    assert.deepEqual(picks(sharded), single);
    assert.deepEqual(single, [550, 330, 110]);
  });
  it('refuses more shards than connections, saying how many would do', () => {
    assert.throws(() => planShard(closed(3), { index: 4, count: 4 }), /shard 4\/4: load\.connections is 3, fewer than the 4 shards .* at most 3 shards/);
  });
});

describe('open model: every rate divided, totals exact, arrival phases interleaved', () => {
  for (const [rate, n] of [[1000, 3], [1, 7], [250.5, 4], [99, 11]] as const) {
    it(`${rate} requests/s over ${n} shards`, () => {
      const plans = Array.from({ length: n }, (_, k) => planShard(open(rate, 64), { index: k + 1, count: n }));
      const total = plans.reduce((s, p) => s + (p.load as OpenModelLoad).rateRps, 0);
      assert.ok(Math.abs(total - rate) <= rate * 1e-12, `${total} vs ${rate}`);
      assert.deepEqual(plans.map((p) => p.arrivalPhase), Array.from({ length: n }, (_, k) => k / n));
      assert.equal(plans.reduce((s, p) => s + (p.load as OpenModelLoad).maxInFlight, 0), 64);
    });
  }
  it('scales every rate of a staged shape, and leaves durations alone', () => {
    const shape = { kind: 'stages' as const, startRps: 40, stages: [{ durationMs: 5000, rateRps: 400 }, { durationMs: 6000, rateRps: 80 }] };
    const p = planShard(open(400, 100, shape), { index: 2, count: 4 }).load as OpenModelLoad;
    assert.deepEqual(p.shape, { kind: 'stages', startRps: 10, stages: [{ durationMs: 5000, rateRps: 100 }, { durationMs: 6000, rateRps: 20 }] });
    assert.equal(p.durationMs, 10_000);
    assert.equal(p.trials, 10);
  });
});

it('dealOut adds up for any total and count', () => {
  for (let total = 0; total < 40; total++) for (let n = 1; n < 12; n++) {
    const d = dealOut(total, n);
    assert.equal(d.reduce((a, b) => a + b, 0), total);
    assert.ok(Math.max(...d) - Math.min(...d) <= 1);
  }
});

describe('the engine\'s split of an open load: the shards\' arrivals and endpoints are the single runner\'s', () => {
  const merged = (load: OpenModelLoad, n: number, weights: number[]) => {
    const arrivals: Array<[number, number]> = [];
    for (let k = 0; k < n; k++) {
      const plan = planShard(load, { index: k + 1, count: n });
      const part = shardPartOf(plan);
      const clock = new ArrivalClock(compileRateSegments(plan.load as OpenModelLoad), part.arrivalPhase);
      const mix = createEndpointMix(weights, part.mixOffset, part.mixStride);
      for (let t = clock.next(); t !== Infinity; t = clock.next()) arrivals.push([t, mix()]);
    }
    return arrivals.sort((a, b) => a[0] - b[0]);
  };
  it('2000 requests/s over 3 shards: one arrival every 0.5 ms, 2:1 endpoints in order', () => {
    const load = { ...open(2000, 64), warmupMs: 0, durationMs: 1000 };
    const arrivals = merged(load, 3, [2, 1]);
    assert.equal(arrivals.length, 2000);
    arrivals.forEach(([t], i) => assert.ok(Math.abs(t - i * 0.5) < 1e-6, `arrival ${i} at ${t} ms, not ${i * 0.5}`));
    // Smooth round-robin of 2:1 is A B A | A B A | …, whichever shard sends it.
    assert.deepEqual(arrivals.slice(0, 9).map(([, e]) => e), [0, 1, 0, 0, 1, 0, 0, 1, 0]);
  });
  for (const [shape, n] of [[{ kind: 'ramp', startRps: 10 }, 4], [{ kind: 'step', steps: 3 }, 7], [{ kind: 'spike', spikeRps: 900, spikeMs: 2000 }, 5]] as const) {
    it(`a ${shape.kind} shape over ${n} shards plans exactly the single runner's arrivals and endpoints`, () => {
      const load = open(300, 64, shape as OpenModelLoad['shape']);
      const single: Array<[number, number]> = [];
      const clock = new ArrivalClock(compileRateSegments(load));
      const mix = createEndpointMix([5, 3, 1]);
      for (let t = clock.next(); t !== Infinity; t = clock.next()) single.push([t, mix()]);
      const sharded = merged(load, n, [5, 3, 1]);
      assert.equal(sharded.length, single.length);
      sharded.forEach(([t, e], i) => {
        assert.ok(Math.abs(t - single[i][0]) < 1e-6, `arrival ${i}: ${t} vs ${single[i][0]}`);
        assert.equal(e, single[i][1], `arrival ${i}'s endpoint`);
      });
    });
  }
  it('the closed model keeps the global connection numbers as the mix offsets', () => {
    const parts = [1, 2, 3].map((i) => shardPartOf(planShard(closed(10), { index: i, count: 3 })));
    assert.deepEqual(parts.map((p) => p.mixOffset), [0, 4, 7]);
    assert.deepEqual(parts.map((p) => [p.mixStride, p.arrivalPhase]), [[1, 0], [1, 0], [1, 0]]);
  });
});
