/**
 * What both load models need of a profile's flows before a run: each flow's rows, step renderers,
 * feeder and seeded random stream (`prepareFlows`), and the record of a `unique` feeder running out
 * (`FeederExhaustion`), which ends the run in either model with the same warning.
 */
import type { Flow } from '../profile/types.js';
import type { RunWarning } from '../metrics/types.js';
import { createRandomSource, deriveSeed } from '../plan/random.js';
import { compileFlow } from '../flow/iteration.js';
import { createFeeder } from '../flow/feeder.js';
import { prepareStep } from '../flow/step-request.js';
import { stepWants } from '../flow/response-collector.js';
import { resolveTemplateEnvironment } from '../profile/env.js';
import type { PreparedFlow } from './flow-user.js';
import { DEFAULT_SEED } from './prepare.js';
import { parseTarget } from './target-url.js';
import type { RunLoadOptions } from './types.js';

/** Seeds of a flow's streams are derived from the run's seed past the endpoints' (which use 0, 1, …). */
const FLOW_SEED_BASE = 0x10000;

/** Each flow's rows, step renderers, what each step reads of its answers, feeder and random stream, in the order of `resultRows` (flow/rows.ts). */
export function prepareFlows(options: RunLoadOptions & { flows: readonly Flow[] }): PreparedFlow[] {
  const target = parseTarget(options.targetUrl);
  if (typeof target === 'string') throw new Error(target);
  const env = resolveTemplateEnvironment(options.endpoints, options.env ?? {}, options.flows);
  const seed = options.load.seed ?? DEFAULT_SEED;
  const stepTarget = { origin: target.origin, host: new URL(target.origin).host, basePath: target.basePath };
  let row = options.endpoints.length;
  // A shard takes every N-th row of the single runner's sequence (flow/feeder.ts).
  const share = options.shardPart ? { offset: options.shardPart.rowOffset, stride: options.shardPart.rowStride } : undefined;
  return options.flows.map((flow, f) => {
    const rowIndex = row++;
    const stepRows = flow.steps.map(() => row++);
    const flowSeed = deriveSeed(seed, FLOW_SEED_BASE + f * 256);
    const rows = flow.feeder?.rows;
    if (flow.feeder && (rows === undefined || rows.length === 0)) throw new Error(`flow "${flow.name}": feeder file ${flow.feeder.file} was not read`);
    return {
      compiled: compileFlow(flow),
      rowIndex,
      stepRows,
      renderers: flow.steps.map((step, s) => prepareStep(step, stepTarget, deriveSeed(flowSeed, s + 1), env)),
      wants: flow.steps.map((step) => stepWants(step, flow.cookies === true)),
      ...(flow.feeder && rows ? { feeder: createFeeder(rows, flow.feeder.order, createRandomSource(deriveSeed(flowSeed, 255)), share) } : {}),
      random: createRandomSource(flowSeed),
    };
  });
}

/** The first `unique` feeder of a run that ran out: which, after how many rows, and when. */
export class FeederExhaustion {
  private seen: { flow: string; file: string; rows: number; atMs: number } | undefined;

  /** True once a feeder has run out: the run starts no further iteration. */
  get happened(): boolean {
    return this.seen !== undefined;
  }

  /** Notes that `flow`'s feeder ran out at `elapsedMs` into the load; only the first is kept. */
  note(flow: PreparedFlow, elapsedMs: number): void {
    if (this.seen) return;
    this.seen = { flow: flow.compiled.flow.name, file: flow.compiled.flow.feeder!.file, rows: flow.feeder!.taken, atMs: elapsedMs };
  }

  /** The `feeder-exhausted` warning, when a feeder ran out. */
  warnings(): RunWarning[] {
    const e = this.seen;
    if (!e) return [];
    return [{
      code: 'feeder-exhausted',
      message: `Flow ${e.flow}: feeder file ${e.file} ran out of rows (order: unique) after ${e.rows.toLocaleString('en-US')} iterations, at t = ${(e.atMs / 1000).toFixed(1)} s; the run stopped there (add rows, or use order sequential or random)`,
    }];
  }
}
