/**
 * Sharding: one load split over N runners (an Actions matrix), each running 1/N of it, so that the
 * shards together put exactly the profile's load on the target.
 *
 * ```
 *  closed, 10 connections, 4 shards:  3 3 2 2   (offsets 0 3 6 8: the global connection numbers)
 *  open, 1000 requests/s, 3 shards:   333.3… each, arrival phases 0, 1/3, 2/3
 * ```
 *
 * Closed model: connections are whole, so they are dealt out like cards — the first C mod N shards
 * get one more — and each shard knows the global number of its first connection, so the endpoint
 * mix (a smooth weighted round-robin whose offset is the connection number, plan/endpoint-mix.ts)
 * is the single runner's mix, connection for connection. Open model: every rate of the shape is
 * divided by N (the total is exact: N × rate/N), the in-flight cap is dealt out like connections,
 * and shard k's arrivals are shifted by k/N of an arrival interval so the shards interleave rather
 * than arrive together. Weights are untouched: each shard keeps the whole mix. Each shard of two or
 * more gets its own seed, derived from the load's and its index, so that templated values, random
 * think times and random feeder rows are not drawn in lockstep by every shard. Pure.
 */
import { LoadgateError } from '../errors.js';
import { DEFAULT_SEED, deriveSeed } from '../plan/random.js';
import type { LoadSpec, RateShape } from '../profile/types.js';

/** Shard `index` (1-based) of `count`. */
export interface ShardSpec {
  index: number;
  count: number;
}

/** Most shards a load may be split into (a matrix holds at most 256 jobs). */
export const MAX_SHARDS = 256;

/** Reads `i/N` (1 <= i <= N <= 256); the error names the field, the value and the form. */
export function parseShard(value: string, field: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `${field}: "${value}" is not a shard (use i/N with 1 <= i <= N <= ${MAX_SHARDS}, e.g. 2/4 — in a matrix: \${{ matrix.shard }}/4)`);
  }
  return { index, count };
}

/** One shard's part of the load. */
export interface ShardPlan {
  shard: ShardSpec;
  load: LoadSpec;
  /** Global number of the shard's first connection (closed model) — the endpoint mix's offset. */
  connectionOffset: number;
  /** Open model: the shard's arrival phase, a fraction of one arrival interval (k/N). */
  arrivalPhase: number;
}

/** Deals `total` whole units over `count` shards: the first `total mod count` get one more. */
export function dealOut(total: number, count: number): number[] {
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: count }, (_, k) => base + (k < extra ? 1 : 0));
}

/** The part of `load` that shard `shard` runs; an error when the load is too small to split that far. */
export function planShard(whole: LoadSpec, shard: ShardSpec): ShardPlan {
  const k = shard.index - 1;
  const load = shard.count === 1 ? whole : { ...whole, seed: shardSeed(whole.seed ?? DEFAULT_SEED, k) };
  if (load.model === 'closed') {
    const dealt = dealOut(load.connections, shard.count);
    if (dealt[k] === 0) {
      throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard ${shard.index}/${shard.count}: load.connections is ${load.connections}, fewer than the ${shard.count} shards — each shard needs a connection (use at most ${load.connections} shards)`);
    }
    const offset = dealt.slice(0, k).reduce((a, b) => a + b, 0);
    return { shard, load: { ...load, connections: dealt[k] }, connectionOffset: offset, arrivalPhase: 0 };
  }
  const inFlight = dealOut(load.maxInFlight, shard.count);
  if (inFlight[k] === 0) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard ${shard.index}/${shard.count}: load.max_in_flight is ${load.maxInFlight}, fewer than the ${shard.count} shards (raise it, or use fewer shards)`);
  }
  const n = shard.count;
  return {
    shard,
    load: { ...load, rateRps: load.rateRps / n, shape: scaleShape(load.shape, 1 / n), maxInFlight: inFlight[k], connections: inFlight[k] },
    connectionOffset: inFlight.slice(0, k).reduce((a, b) => a + b, 0),
    arrivalPhase: k / n,
  };
}

/** Streams of a shard's seed are derived past every index a run uses for its own streams (endpoints, flows, think time). */
const SHARD_SEED_BASE = 0x40000;

/** Shard k's (0-based) seed, from the load's seed: the same seed and shard, the same values. */
export function shardSeed(seed: number, k: number): number {
  return deriveSeed(seed, SHARD_SEED_BASE + k);
}

/** Every rate in a shape times `factor` (durations and step counts unchanged). */
export function scaleShape(shape: RateShape, factor: number): RateShape {
  switch (shape.kind) {
    case 'constant':
    case 'soak':
    case 'step':
      return { ...shape };
    case 'ramp':
      return { ...shape, startRps: shape.startRps * factor };
    case 'spike':
      return { ...shape, spikeRps: shape.spikeRps * factor };
    case 'stages':
      return { ...shape, startRps: shape.startRps * factor, stages: shape.stages.map((s) => ({ ...s, rateRps: s.rateRps * factor })) };
  }
}
