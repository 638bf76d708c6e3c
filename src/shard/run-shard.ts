/**
 * A shard of loadgate's own engine (`loadgate run --shard i/N --start-at T`, action inputs `shard`
 * and `start-at` without `results`): run exactly this shard's part of the profile's load, its plan
 * counting from the common start, and return the shard result the merge job reads — no gate here.
 *
 * ```
 *  readiness ─ start-at check ─ wait for start-at ─ warm-up │ trial 0 │ … │ trial K-1 ─ shard result
 *                (start-at.ts)    (load/lifecycle.ts)        (the same stretches of time on every shard)
 * ```
 *
 * The part comes from the shard plan (plan.ts): closed connections dealt out with their global
 * numbers, open rates ÷ N with interleaved arrivals and the single runner's endpoint sequence.
 * Flows split as endpoints do (an iteration is one pick of the mix), each shard taking every N-th
 * feeder row (flow/feeder.ts). What has no exact split is refused with the reason (shardRefusal).
 */
import { LoadgateError } from '../errors.js';
import type { LoadSpec, Profile } from '../profile/types.js';
import type { ShardPart } from '../load/types.js';
import type { PipelineEdges } from '../pipeline/types.js';
import { waitForTarget } from '../pipeline/wait.js';
import { planTrials } from '../plan/trial-plan.js';
import { planShard, type ShardPlan, type ShardSpec } from './plan.js';
import { shardResultOf, type ShardResult } from './result.js';
import { shardOpenOf } from './open.js';
import { uniqueRowsOfShare } from '../flow/feeder.js';
import { lateStartNote, startAtProblem } from './start-at.js';

export interface ShardRunOptions {
  profile: Profile;
  target: string;
  shard: ShardSpec;
  /** The common start, epoch ms. */
  startAtMs: number;
  /** The field that gave start-at, for messages (`--start-at`, `input start-at`). */
  startAtField: string;
  /** Debug aid: every measured answer (endpoint index, trial, latency µs). */
  onSample?: (endpointIndex: number, trial: number, latencyUs: number) => void;
}

/** Why `profile` cannot be sharded by the engine, or undefined when it can (pure). */
export function shardRefusal(profile: Profile, shard: ShardSpec): string | undefined {
  const at = `shard ${shard.index}/${shard.count}`;
  if (profile.load.model === 'open' && profile.load.capacity) {
    return `${at}: a capacity ladder (load.capacity) cannot be sharded: each step stops the ladder or not from its own live trials, and N shards deciding apart would climb different ladders. Run the ladder on one runner`;
  }
  if (profile.websocket) {
    return `${at}: a websocket load (websocket:) cannot be sharded yet: a shard result keeps HTTP rows' trial histograms, not the session figures (connects, message latencies, drops) a WebSocket run reports. Run it on one runner`;
  }
  return uniqueFeederRefusal(profile, shard);
}

/**
 * A `unique` feeder gives shard k the rows k, k+N, … (flow/feeder.ts), so that no two shards share
 * a row: with fewer rows than shards, some shard would have none and could start no iteration.
 */
function uniqueFeederRefusal(profile: Profile, shard: ShardSpec): string | undefined {
  for (const [f, flow] of (profile.flows ?? []).entries()) {
    const feeder = flow.feeder;
    const rows = feeder?.rows?.length;
    // Every shard refuses alike, not only the ones left without a row: the last shard has the fewest.
    if (feeder?.order !== 'unique' || rows === undefined || uniqueRowsOfShare(rows, { offset: shard.count - 1, stride: shard.count }) > 0) continue;
    const line = feeder.line === undefined ? '' : ` (profile line ${feeder.line})`;
    return `shard ${shard.index}/${shard.count}: flows[${f}].feeder: order unique gives each shard its own rows (shard k takes rows k, k+N, …), ` +
      `but ${feeder.file} has ${rows} row${rows === 1 ? '' : 's'} for ${shard.count} shards${line}: add rows, use at most ${rows} shard${rows === 1 ? '' : 's'}, or order sequential or random`;
  }
  return undefined;
}

/** The engine's view of a shard plan: where the mix starts, its stride, the arrival phase (pure). */
export function shardPartOf(plan: ShardPlan): ShardPart {
  const k = plan.shard.index - 1;
  const rows = { rowOffset: k, rowStride: plan.shard.count };
  return plan.load.model === 'closed'
    ? { mixOffset: plan.connectionOffset, mixStride: 1, arrivalPhase: 0, ...rows }
    : { mixOffset: k, mixStride: plan.shard.count, arrivalPhase: plan.arrivalPhase, ...rows };
}

/** Runs this shard's part aligned to start-at and returns its shard result. */
export async function runShard(
  options: ShardRunOptions,
  edges: Pick<PipelineEdges, 'waitUntilReady' | 'runLoad' | 'log' | 'onProgress'>,
): Promise<ShardResult> {
  const { profile, shard, startAtMs } = options;
  const refusal = shardRefusal(profile, shard);
  if (refusal) throw new LoadgateError('LOADGATE_INPUT_INVALID', refusal);
  const plan = planShard(profile.load, shard);
  const load = plan.load;
  const trials = planTrials(load);
  // Checked before and after the readiness wait: a bad value fails at once, a slow target late.
  const check = (): void => {
    const problem = startAtProblem(startAtMs, Date.now(), trials, options.startAtField);
    if (problem) throw new LoadgateError('LOADGATE_INPUT_INVALID', problem);
  };
  check();
  await waitForTarget(edges, options.target, profile.readiness);
  check();
  edges.log.info(`Shard ${shard.index}/${shard.count} of ${profile.name}: ${shardDescription(load)}, starting at ${new Date(startAtMs).toISOString()} ` +
    `(in ${Math.max(0, (startAtMs - Date.now()) / 1000).toFixed(1)} s)`);
  let counted: ShardResult | undefined;
  const fields = {
    name: profile.name,
    shard,
    startAtMs,
    window: { warmupMs: load.warmupMs, durationMs: load.durationMs, trials: load.trials },
  };
  const measurement = await edges.runLoad({
    targetUrl: options.target,
    load,
    endpoints: profile.endpoints,
    ...((profile.flows ?? []).length > 0 ? { flows: profile.flows } : {}),
    ...(edges.onProgress ? { onProgress: edges.onProgress } : {}),
    ...(profile.targetProcess ? { targetProcess: profile.targetProcess } : {}),
    startAtMs,
    shardPart: shardPartOf(plan),
    onCounters: (counters, model) => {
      const open = load.model === 'open' && model.open ? { open: shardOpenOf(model.open, load) } : {};
      counted = shardResultOf(counters, { ...fields, firstSampleMs: startAtMs, connections: 0, warnings: [], ...open });
    },
    ...(options.onSample ? { onSample: options.onSample } : {}),
  });
  if (!counted) throw new Error('runShard: the load returned without its counters');
  const startedMs = Math.max(startAtMs, measurement.startedAt.getTime());
  const note = lateStartNote(startedMs - startAtMs, load.warmupMs);
  return {
    ...counted,
    firstSampleMs: startedMs,
    connections: measurement.connections ?? load.connections,
    warnings: [...(note ? [{ code: 'shard-late-start', message: note }] : []), ...measurement.warnings],
  };
}

/** What this shard runs, for the log. */
function shardDescription(load: LoadSpec): string {
  return load.model === 'open'
    ? `${round(load.rateRps)} requests/s (at most ${load.maxInFlight} in flight)`
    : `${load.connections} connection${load.connections === 1 ? '' : 's'}`;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
