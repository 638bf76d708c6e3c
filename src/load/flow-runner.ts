/**
 * Loads with flows (profile `flows:`): the closed model's virtual users walk flows and endpoints
 * mixed by weight, each iteration's steps one after the other on the user's own connection. The
 * run itself — timers, deadline sweep, end, teardown, figures — is the lifecycle's (lifecycle.ts);
 * the per-request bookkeeping is the handler base's; this file builds the users and their loop.
 *
 * ```
 *  user 0  |login|cart|order|  think  |products|login|cart|order| …   (one unit of work at a time:
 *  user 1  |products|login|  cart  |order|login|cart| …                 an endpoint's request or a
 *          0     warm-up     |  trial 0  |  trial 1  | … |  trial K-1 |  whole iteration)
 * ```
 *
 * Results have a row per endpoint, per flow (its iterations) and per step (`flow/step`):
 * flow/rows.ts. A step counts in the trial it started in, an iteration in the trial its first
 * step started in; an iteration the end of the run cuts short counts nowhere.
 */
import type { ClosedModelLoad, Flow } from '../profile/types.js';
import type { RunWarning } from '../metrics/types.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { createRandomSource, deriveSeed, randomInteger } from '../plan/random.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import { compileFlow } from '../flow/iteration.js';
import { createFeeder } from '../flow/feeder.js';
import { resultRows } from '../flow/rows.js';
import { prepareStep } from '../flow/step-request.js';
import { resolveTemplateEnvironment } from '../profile/env.js';
import { REFUSED_BACKOFF_MS } from './connection.js';
import { FlowUser, type FlowUserHost, type PreparedFlow } from './flow-user.js';
import { runLifecycle, type LoadModel, type ModelFigures, type RunContext } from './lifecycle.js';
import { DEFAULT_SEED } from './prepare.js';
import { parseTarget } from './target-url.js';
import type { Measurement, RunLoadOptions } from './types.js';

/** Seeds of a flow's streams are derived from the run's seed past the endpoints' (which use 0, 1, …). */
const FLOW_SEED_BASE = 0x10000;

/**
 * Runs a load with flows in the closed model and returns a row per endpoint, flow and step. Ends
 * by itself as every run does; a `unique` feeder that runs out stops it early, with a
 * `feeder-exhausted` warning.
 */
export function runFlowLoad(options: RunLoadOptions & { flows: readonly Flow[] }): Promise<Measurement> {
  const rows = resultRows({ endpoints: options.endpoints, flows: [...options.flows] });
  return runLifecycle<ClosedModelLoad>({ ...options, endpoints: rows }, {
    model: 'closed',
    create: (ctx, load) => new FlowClosedModel(ctx, load, options, prepareFlows(options)),
  });
}

/** Each flow's rows, step renderers, feeder and random stream, in the order of `resultRows`. */
export function prepareFlows(options: RunLoadOptions & { flows: readonly Flow[] }): PreparedFlow[] {
  const target = parseTarget(options.targetUrl);
  if (typeof target === 'string') throw new Error(target);
  const env = resolveTemplateEnvironment(options.endpoints, options.env ?? {}, options.flows);
  const seed = options.load.seed ?? DEFAULT_SEED;
  const stepTarget = { origin: target.origin, host: new URL(target.origin).host, basePath: target.basePath };
  let row = options.endpoints.length;
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
      ...(flow.feeder && rows ? { feeder: createFeeder(rows, flow.feeder.order, createRandomSource(deriveSeed(flowSeed, 255))) } : {}),
      random: createRandomSource(flowSeed),
    };
  });
}

/** One user's loop: its picker and its pending pause. */
interface Loop {
  readonly user: FlowUser;
  readonly pick: () => number;
  timer: NodeJS.Timeout | null;
  idle: boolean;
}

/** The closed model with flows: one connection and one user per `connections`. */
class FlowClosedModel implements LoadModel, FlowUserHost {
  readonly maxPauseMs: number;
  private readonly loops: Loop[] = [];
  private readonly byUser = new Map<FlowUser, Loop>();
  private idleLoops = 0;
  private readonly endpointCount: number;
  private readonly thinkRandom;
  private exhausted: { flow: string; file: string; rows: number; atMs: number } | undefined;

  constructor(
    private readonly ctx: RunContext,
    private readonly load: ClosedModelLoad,
    options: RunLoadOptions,
    private readonly flows: readonly PreparedFlow[],
  ) {
    this.endpointCount = options.endpoints.length;
    const pauses = flows.flatMap((f) => [f.compiled.flow.thinkTime?.maxMs ?? 0, f.compiled.flow.iterationThinkTime?.maxMs ?? 0]);
    this.maxPauseMs = Math.max(load.thinkTime?.maxMs ?? 0, ...pauses);
    this.thinkRandom = createRandomSource(deriveSeed(load.seed ?? DEFAULT_SEED, 0xffff));
    const weights = [...options.endpoints.map((e) => e.weight), ...flows.map((f) => f.compiled.flow.weight)];
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    const connectTimeoutMs = Math.max(...ctx.run.endpoints.map((e) => e.timeoutMs));
    for (let i = 0; i < load.connections; i++) {
      const user = new FlowUser(ctx.connect(connectTimeoutMs), ctx.run, this);
      ctx.track(user);
      const loop: Loop = { user, pick: createEndpointMix(weights, i % weightSum), timer: null, idle: false };
      this.loops.push(loop);
      this.byUser.set(user, loop);
    }
  }

  start(): void {
    for (const loop of this.loops) this.next(loop);
  }

  stop(): void {
    for (const loop of this.loops) {
      if (loop.timer !== null) clearTimeout(loop.timer);
      loop.timer = null;
      loop.user.dispose();
    }
  }

  /** The loop's next unit of work: a pick by weight, or idle once the measured phase is over. */
  private next(loop: Loop): void {
    const run = this.ctx.run;
    loop.timer = null;
    if (run.finished || loop.idle) return;
    const nowMs = performance.now();
    const trial = trialIndexAt(run.plan, nowMs - run.loadStartMs);
    if (trial >= run.plan.trials.length || this.exhausted) return this.stopForGood(loop);
    const pick = loop.pick();
    if (pick < this.endpointCount) loop.user.beginEndpoint(pick, trial, nowMs);
    else if (!loop.user.beginFlow(this.flows[pick - this.endpointCount], trial, nowMs)) this.stopForGood(loop);
  }

  /** @inheritdoc */
  unitDone(user: FlowUser, pauseMs: number | undefined, unsent: boolean): void {
    const loop = this.byUser.get(user)!;
    const run = this.ctx.run;
    if (run.finished) return;
    const waitMs = unsent ? REFUSED_BACKOFF_MS : pauseMs ?? this.loadThinkMs();
    if (waitMs <= 0) return this.next(loop);
    if (performance.now() + waitMs - run.loadStartMs >= run.plan.totalMs) return this.stopForGood(loop);
    loop.timer = setTimeout(() => this.next(loop), waitMs);
  }

  /** @inheritdoc */
  feederExhausted(flow: PreparedFlow): void {
    if (this.exhausted) return;
    const spec = flow.compiled.flow.feeder!;
    this.exhausted = { flow: flow.compiled.flow.name, file: spec.file, rows: flow.feeder!.taken, atMs: performance.now() - this.ctx.run.loadStartMs };
  }

  figures(): ModelFigures {
    const warnings: RunWarning[] = [];
    const e = this.exhausted;
    if (e) {
      warnings.push({
        code: 'feeder-exhausted',
        message: `Flow ${e.flow}: feeder file ${e.file} ran out of rows (order: unique) after ${e.rows.toLocaleString('en-US')} iterations, at t = ${(e.atMs / 1000).toFixed(1)} s; the run stopped there (add rows, or use order sequential or random)`,
      });
    }
    return { warnings };
  }

  private loadThinkMs(): number {
    const think = this.load.thinkTime;
    if (think === undefined) return 0;
    return think.minMs === think.maxMs ? think.minMs : randomInteger(this.thinkRandom, think.minMs, think.maxMs);
  }

  private stopForGood(loop: Loop): void {
    if (loop.idle) return;
    loop.idle = true;
    this.idleLoops++;
    if (this.idleLoops >= this.loops.length) this.ctx.done();
  }
}
