/**
 * Planning shards of a profile with flows (pure): an iteration is one pick of the mix, so the
 * shards together pick exactly the single runner's endpoints and iterations, for awkward N and
 * weights, in either model; each shard takes its own every-N-th feeder rows, and each shard of
 * several has its own seed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { planShard, shardSeed } from '../../src/shard/plan.js';
import { shardPartOf } from '../../src/shard/run-shard.js';
import { createEndpointMix } from '../../src/plan/endpoint-mix.js';
import { ArrivalClock, compileRateSegments } from '../../src/plan/rate-schedule.js';
import { createFeeder, type FeederRow } from '../../src/flow/feeder.js';
import { createRandomSource } from '../../src/plan/random.js';
import type { ClosedModelLoad, OpenModelLoad } from '../../src/profile/types.js';

// Two endpoints (weights 5 and 1) and a three-step flow (weight 3): picks 0 and 1 are requests, 2 an iteration.
const WEIGHTS = [5, 1, 3];
const FLOW = 2;
const open = (rateRps: number, maxInFlight: number, shape: OpenModelLoad['shape'] = { kind: 'constant' }): OpenModelLoad =>
  ({ model: 'open', rateRps, shape, maxInFlight, connections: maxInFlight, warmupMs: 0, durationMs: 3000, trials: 3, requestTimeoutMs: 5000 });
const closed = (connections: number): ClosedModelLoad => ({ model: 'closed', connections, warmupMs: 0, durationMs: 3000, trials: 3, requestTimeoutMs: 5000 });

/** Every (instant, pick) the schedule draws, as the open model draws them (open-runner.ts). */
function arrivals(load: OpenModelLoad, phase = 0, offset = 0, stride = 1): Array<[number, number]> {
  const clock = new ArrivalClock(compileRateSegments(load), phase);
  const mix = createEndpointMix(WEIGHTS, offset, stride);
  const out: Array<[number, number]> = [];
  for (let t = clock.next(); t !== Infinity; t = clock.next()) out.push([t, mix()]);
  return out;
}

describe('open model with flows: the shards draw the single runner\'s requests and iterations', () => {
  for (const [n, rate, shape] of [[3, 90, { kind: 'constant' }], [7, 101, { kind: 'ramp', startRps: 13 }], [4, 37, { kind: 'spike', spikeRps: 211, spikeMs: 700 }]] as const) {
    it(`${rate}/s (${shape.kind}) over ${n} shards: the same instants and picks; the flow's iterations split with nothing lost or added`, () => {
      const load = open(rate, 64, shape as OpenModelLoad['shape']);
      const single = arrivals(load);
      const perShard = Array.from({ length: n }, (_, k) => {
        const plan = planShard(load, { index: k + 1, count: n });
        const part = shardPartOf(plan);
        return arrivals(plan.load as OpenModelLoad, part.arrivalPhase, part.mixOffset, part.mixStride);
      });
      const merged = perShard.flat().sort((a, b) => a[0] - b[0]);
      assert.equal(merged.length, single.length);
      merged.forEach(([t, pick], i) => {
        assert.ok(Math.abs(t - single[i][0]) < 1e-6, `arrival ${i}: ${t} vs ${single[i][0]}`);
        assert.equal(pick, single[i][1], `arrival ${i}: an iteration where one runner has one, a request where it has one`);
      });
      const iterations = (list: Array<[number, number]>) => list.filter(([, p]) => p === FLOW).length;
      assert.equal(perShard.reduce((sum, list) => sum + iterations(list), 0), iterations(single));
      // 3 of every 9 picks are the flow's: the single runner's share, whole rounds of the mix.
      assert.ok(Math.abs(iterations(single) - single.length / 3) <= 3, `${iterations(single)} of ${single.length}`);
    });
  }
});

describe('closed model with flows: the shards\' virtual users are the single runner\'s', () => {
  it('11 users over 4 shards pick exactly what one runner\'s 11 would, iterations included', () => {
    const weightSum = WEIGHTS.reduce((a, b) => a + b, 0);
    const picks = (users: number[]) => {
      const counts = WEIGHTS.map(() => 0);
      const sequences = users.map((u) => {
        const mix = createEndpointMix(WEIGHTS, u % weightSum);
        return Array.from({ length: 30 }, () => mix());
      });
      for (const s of sequences) for (const p of s) counts[p]++;
      return { counts, sequences };
    };
    const single = picks(Array.from({ length: 11 }, (_, i) => i));
    // A shard's users are numbered from its first connection's global number (flow-runner.ts).
    const users = [1, 2, 3, 4].flatMap((index) => {
      const part = shardPartOf(planShard(closed(11), { index, count: 4 }));
      const plan = planShard(closed(11), { index, count: 4 });
      return Array.from({ length: plan.load.connections }, (_, i) => part.mixOffset + i);
    });
    const sharded = picks(users);
    assert.deepEqual(sharded.sequences, single.sequences);
    assert.deepEqual(single.counts, [11 * 30 * 5 / 9, 11 * 30 / 9, 11 * 30 * 3 / 9].map(Math.round));
  });
});

describe('feeders and seeds of shards', () => {
  const rows: FeederRow[] = Array.from({ length: 10 }, (_, i) => ({ user: `u${i}` }));
  const drain = (feeder: ReturnType<typeof createFeeder>) => {
    const out: string[] = [];
    for (let row = feeder.next(); row !== undefined && out.length < 20; row = feeder.next()) out.push(row.user);
    return out;
  };

  it('a unique feeder over 3 shards: rows k, k+3, …, every row used once in all', () => {
    const taken = [1, 2, 3].map((index) => {
      const part = shardPartOf(planShard(open(30, 9), { index, count: 3 }));
      return drain(createFeeder(rows, 'unique', createRandomSource(1), { offset: part.rowOffset, stride: part.rowStride }));
    });
    assert.deepEqual(taken, [['u0', 'u3', 'u6', 'u9'], ['u1', 'u4', 'u7'], ['u2', 'u5', 'u8']]);
  });

  it('each shard of several has its own seed, the same for the same shard; one shard keeps the profile\'s', () => {
    const seeds = [1, 2, 3].map((index) => planShard({ ...open(30, 9), seed: 42 }, { index, count: 3 }).load.seed);
    assert.equal(new Set(seeds).size, 3);
    assert.deepEqual(seeds, [0, 1, 2].map((k) => shardSeed(42, k)));
    assert.ok(!seeds.includes(42));
    assert.equal(planShard({ ...open(30, 9), seed: 42 }, { index: 1, count: 1 }).load.seed, 42);
    // Random feeder rows: the shards do not draw the same rows in the same order.
    const draws = seeds.map((seed) => drain(createFeeder(rows, 'random', createRandomSource(seed!))));
    assert.notDeepEqual(draws[0], draws[1]);
    assert.notDeepEqual(draws[1], draws[2]);
  });
});
