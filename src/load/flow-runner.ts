/**
 * Loads with flows (profile `flows:`): the closed model's virtual users walk flows and endpoints
 * mixed by weight, each iteration's steps one after the other on the user's own connection. The
 * run itself — timers, deadline sweep, end, teardown, figures — is the lifecycle's (lifecycle.ts);
 * the per-request bookkeeping is the handler base's; this file builds the users and their loop.
 * In the open model the same users are the slots flow iterations arrive on (flow-open.ts).
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
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { createRandomSource, deriveSeed, randomInteger } from '../plan/random.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import { resultRows } from '../flow/rows.js';
import { REFUSED_BACKOFF_MS } from './connection.js';
import { FlowOpenWork } from './flow-open.js';
import { FeederExhaustion, prepareFlows } from './flow-prepare.js';
import { FlowUser, type FlowUserHost, type PreparedFlow } from './flow-user.js';
import { runLifecycle, type LoadModel, type ModelFigures, type RunContext } from './lifecycle.js';
import { runOpenWork } from './open-runner.js';
import { DEFAULT_SEED } from './prepare.js';
import type { Measurement, RunLoadOptions } from './types.js';

/**
 * Runs a load with flows and returns a row per endpoint, flow and step: in the closed model
 * (virtual users, here) or the open one (iterations arriving at the rate: flow-open.ts). Ends by
 * itself as every run does; a `unique` feeder that runs out stops it early, with a
 * `feeder-exhausted` warning.
 */
export function runFlowLoad(options: RunLoadOptions & { flows: readonly Flow[] }): Promise<Measurement> {
  const rows = resultRows({ endpoints: options.endpoints, flows: [...options.flows] });
  if (options.load.model === 'open') {
    return runOpenWork({ ...options, endpoints: rows }, (ctx) => new FlowOpenWork(ctx, options.endpoints, prepareFlows(options)));
  }
  return runLifecycle<ClosedModelLoad>({ ...options, endpoints: rows }, {
    model: 'closed',
    create: (ctx, load) => new FlowClosedModel(ctx, load, options, prepareFlows(options)),
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
  private readonly exhausted = new FeederExhaustion();

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
    // A shard's users are numbered from its first connection's global number (src/shard/plan.ts), so
    // the shards' users pick exactly what one runner's would.
    const offset = options.shardPart?.mixOffset ?? 0;
    for (let i = 0; i < load.connections; i++) {
      const user = new FlowUser(ctx.connect(connectTimeoutMs), ctx.run, this);
      ctx.track(user);
      const loop: Loop = { user, pick: createEndpointMix(weights, (offset + i) % weightSum), timer: null, idle: false };
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
    if (trial >= run.plan.trials.length || this.exhausted.happened) return this.stopForGood(loop);
    const pick = loop.pick();
    if (pick < this.endpointCount) loop.user.beginEndpoint(pick, trial, nowMs);
    else if (!loop.user.beginFlow(this.flows[pick - this.endpointCount], trial, nowMs, 0, true)) this.stopForGood(loop);
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
    this.exhausted.note(flow, performance.now() - this.ctx.run.loadStartMs);
  }

  figures(): ModelFigures {
    return { warnings: this.exhausted.warnings() };
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
