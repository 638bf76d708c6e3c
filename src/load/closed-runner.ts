/**
 * The closed load model: `connections` connections, each sending its next request as soon as the
 * last one is answered, for a warm-up and then K equal trials (see plan/trial-plan.ts).
 *
 * ```
 *  conn 0  |req|req|req|   req   |req|req| …            (each connection: one request at a time)
 *  conn 1  | req |req|req|req| req  |req| …
 *          0     warm-up     |  trial 0  |  trial 1  | … |  trial K-1  |  in-flight answers
 *          (not counted)                                               (counted in their start trial,
 *                                                                       abandoned at their deadline)
 * ```
 *
 * The run itself — timers, the deadline sweep, the end, teardown, the end-of-run figures — is the
 * lifecycle's (lifecycle.ts); this model opens the connections, starts each connection's request
 * loop (connection.ts) and says when every loop has stopped. Each connection is one
 * `Http1Connection` (http1.ts: prepared request bytes, one reused read buffer, a minimal response
 * framer) driven by a reusable handler; docs/performance.md compares it with undici and the others.
 */
import type { ClosedModelLoad, Endpoint } from '../profile/types.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { createRandomSource, deriveSeed } from '../plan/random.js';
import { LoadConnection, type ClosedLoop } from './connection.js';
import { runLifecycle, type LoadModel, type RunContext } from './lifecycle.js';
import { DEFAULT_SEED } from './prepare.js';
import type { Measurement, RunLoadOptions } from './types.js';

/**
 * Runs the closed-model load and returns per-endpoint, per-trial results. Ends by itself: no
 * request starts after the last trial, requests still out get their deadline, and every
 * connection is closed before this returns. Bad options are rejected at once
 * (`LOADGATE_INVALID_LOAD_OPTIONS`); an aborted `signal` rejects with `LOADGATE_ABORTED`.
 */
export function runClosedLoad(options: RunLoadOptions): Promise<Measurement> {
  return runLifecycle<ClosedModelLoad>(options, {
    model: 'closed',
    create: (ctx, load) => new ClosedModel(ctx, load, options.endpoints, options.shardPart?.mixOffset ?? 0),
  });
}

/**
 * The closed model's connections. One `Http1Connection` per connection (connect timeout = the
 * longest deadline), each with its own endpoint picker offset by its index so connections do not
 * move in lockstep; with pipelining N, N request loops share each connection, written back to back
 * on its socket.
 */
class ClosedModel implements LoadModel, ClosedLoop {
  readonly maxPauseMs: number;
  readonly thinkMs?: () => number;
  private readonly loops: LoadConnection[] = [];
  private idleLoops = 0;

  constructor(
    private readonly ctx: RunContext,
    load: ClosedModelLoad,
    endpoints: readonly Endpoint[],
    /** A shard's global number of its first connection (src/shard/plan.ts): the mix is the single runner's. */
    connectionOffset: number,
  ) {
    this.maxPauseMs = load.thinkTime?.maxMs ?? 0;
    const thinkMs = thinkTime(load);
    if (thinkMs !== undefined) this.thinkMs = thinkMs;
    const weights = endpoints.map((e) => e.weight);
    const weightSum = weights.reduce((sum, w) => sum + w, 0);
    const pipelining = load.pipelining ?? 1;
    const connectTimeoutMs = Math.max(load.requestTimeoutMs, ...endpoints.map((e) => e.timeoutMs ?? 0));
    for (let i = 0; i < load.connections; i++) {
      const client = ctx.connect(connectTimeoutMs);
      for (let j = 0; j < pipelining; j++) {
        const index = (connectionOffset + i) * pipelining + j;
        const loop = new LoadConnection(client, createEndpointMix(weights, index % weightSum), ctx.run, this);
        ctx.track(loop);
        this.loops.push(loop);
      }
    }
  }

  /** Every loop sends its first request. */
  start(): void {
    for (const loop of this.loops) loop.start();
  }

  /** Cancels pending back-offs and think times. */
  stop(): void {
    for (const loop of this.loops) loop.dispose();
  }

  /** A loop has stopped for good; once all have, the run is done. */
  onConnectionIdle(): void {
    this.idleLoops++;
    if (this.idleLoops >= this.loops.length) this.ctx.done();
  }
}

/** The think-time draw (seeded, uniform in [min, max]), or undefined when there is none. */
function thinkTime(load: ClosedModelLoad): (() => number) | undefined {
  const think = load.thinkTime;
  if (think === undefined || think.maxMs <= 0) return undefined;
  if (think.minMs === think.maxMs) return () => think.minMs;
  const random = createRandomSource(deriveSeed(load.seed ?? DEFAULT_SEED, 0xffff));
  return () => think.minMs + random() * (think.maxMs - think.minMs);
}
