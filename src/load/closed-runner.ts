/**
 * The closed-model load engine: `connections` connections, each sending its next request as soon as
 * the last one is answered, for a warm-up and then K equal trials (see plan/trial-plan.ts).
 *
 * ```
 *  conn 0  |req|req|req|   req   |req|req| …            (each connection: one request at a time)
 *  conn 1  | req |req|req|req| req  |req| …
 *          0     warm-up     |  trial 0  |  trial 1  | … |  trial K-1  |  in-flight answers
 *          (not counted)                                               (counted in their start trial,
 *                                                                       abandoned at their deadline)
 * ```
 *
 * Technique (measured on the 2-core dev machine, `npm run bench:load`): one `Http1Connection`
 * (http1.ts: prepared request bytes, one reused read buffer, a minimal response framer) per
 * connection, each driven by a reusable handler. undici's raw `dispatch`, the fastest way to use
 * undici, managed two thirds of this engine's requests/s at 1.5x its CPU per request against nginx
 * (60,002 vs 89,149 req/s); the README's performance section has the figures.
 * The deadline is ours: a sweep a few times per
 * `requestTimeoutMs` abandons overdue requests (so no timer is armed per request), counts them as
 * `timeout`, and the connection carries on with a fresh one.
 */
import type { ClosedModelLoad, Endpoint, LoadSpec } from '../profile/types.js';
import type { EndpointResult, GeneratorLoad, RunTimeline, RunWarning } from '../metrics/types.js';
import { TimelineRecorder } from '../metrics/timeline.js';
import {
  createEndpointCounters,
  releaseEndpointCounters,
  summarizeEndpoints,
  type EndpointCounters,
} from '../metrics/summarize.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { createRandomSource, deriveSeed } from '../plan/random.js';
import { planTrials, type TrialPlan } from '../plan/trial-plan.js';
import { LoadConnection, type LoadState } from './connection.js';
import { OperationAbortedError } from './errors.js';
import { Http1Connection, http1Target } from './http1.js';
import { DEFAULT_SEED, prepareLoad } from './prepare.js';
import { startSaturationMonitor } from './saturation.js';
import { setLongTimeout } from './long-timer.js';
import { destroyClients, emptyTallyFigures, progressAt, runEndFigures, runHealth, SHUTDOWN_GRACE_MS, startRunTimers } from './tally.js';

export interface LoadProgress {
  phase: 'warmup' | 'measure' | 'done';
  elapsedMs: number;
  totalMs: number;
  /**
   * 0-based index of the trial under way (print `trial + 1`): 0 during warm-up, `trials - 1` while
   * the last answers come in, `trials` once done — the same numbering as `trialIndexAt`, clamped.
   */
  trial: number;
  trials: number;
  /** Measured requests (warm-up excluded) and errors so far. */
  requests: number;
  errors: number;
}

export interface LoadMeasurement {
  startedAt: Date;
  finishedAt: Date;
  trialDurationMs: number;
  endpoints: EndpointResult[];
  warnings: RunWarning[];
  generator?: GeneratorLoad;
  /** The measured phase per second, and the performance.now() it counts from. */
  timeline?: RunTimeline;
  timelineOriginMs?: number;
}

/** What a load run needs, for either model (`load.model` picks the engine: see run-load.ts). */
export interface RunLoadOptions {
  targetUrl: string;
  load: LoadSpec;
  endpoints: Endpoint[];
  onProgress?: (p: LoadProgress) => void;
  /** Default 1000. */
  progressIntervalMs?: number;
  signal?: AbortSignal;
  /** Values for `{{ env NAME }}` templates; the real edge passes process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /** A local target process to sample CPU and RSS of during the run (run-load.ts). */
  targetProcess?: { pid?: number; pidFile?: string };
}

/** The name the options had before the open model; the same type. */
export type RunClosedLoadOptions = RunLoadOptions;


type EndReason = 'done' | 'aborted' | 'forced';

/**
 * Runs the load and returns per-endpoint, per-trial results. The run always ends by itself: no new
 * request starts after the last trial, requests still out are given up to `requestTimeoutMs`, and
 * every connection is closed before this returns. Bad options are rejected at once with
 * `LOADGATE_INVALID_LOAD_OPTIONS`; an aborted `signal` stops everything and rejects with
 * `LOADGATE_ABORTED` (a partial run is not a sample the statistics could use).
 */
export async function runClosedLoad(options: RunLoadOptions): Promise<LoadMeasurement> {
  const prepared = prepareLoad(options, 'closed');
  const { signal } = options;
  const load = options.load as ClosedModelLoad;
  if (signal?.aborted) throw new OperationAbortedError('The load run');
  const plan = planTrials(load);
  const counters = options.endpoints.map((e) => createEndpointCounters(e, plan.trials.length));
  const clients: Http1Connection[] = [];
  try {
    const state = createState(plan, prepared.endpoints, counters, thinkTime(load));
    const timeline = (state.timeline = new TimelineRecorder(options.endpoints.map((e) => e.name), state, plan.warmupMs, plan.totalMs - plan.warmupMs));
    const connections = openConnections(prepared.origin, load, options.endpoints, state, clients);

    const monitor = startSaturationMonitor();
    const startedAt = new Date();
    state.loadStartMs = performance.now();
    const maxTimeoutMs = Math.max(...prepared.endpoints.map((e) => e.timeoutMs));
    const ended = whenAllIdle(state, connections.length, plan, maxTimeoutMs + (load.thinkTime?.maxMs ?? 0), signal);
    for (const connection of connections) connection.start();
    const stopTimers = startRunTimers(connections, Math.min(...prepared.endpoints.map((e) => e.timeoutMs)), {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.progressIntervalMs ? { intervalMs: options.progressIntervalMs } : {}),
      plan,
      tally: state,
      startMs: () => state.loadStartMs,
    });
    const reason = await ended;
    const stragglers = connections.filter((c) => c.inFlight).length;

    state.finished = true;
    stopTimers();
    for (const connection of connections) connection.dispose();
    await destroyClients(clients);
    const finishedAt = new Date();
    const sample = monitor.stop();
    if (reason === 'aborted') throw new OperationAbortedError('The load run');
    reportProgress(options.onProgress, state, plan, 'done');

    const { warnings, generator } = runEndFigures(sample, reason, stragglers);
    const endpoints = summarizeEndpoints(counters, plan.trialDurationMs);
    return {
      startedAt,
      finishedAt,
      trialDurationMs: plan.trialDurationMs,
      endpoints,
      warnings: [...runHealth(state, state.loadStartMs, plan, 'closed', endpoints), ...warnings],
      generator,
      timeline: timeline.finish(),
      timelineOriginMs: state.loadStartMs + plan.warmupMs,
    };
  } finally {
    await destroyClients(clients);
    releaseEndpointCounters(counters);
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

/**
 * One `Http1Connection` (connect timeout = our deadline) per connection, each with its
 * own endpoint picker offset by its index so connections do not move in lockstep. With pipelining
 * N, each connection gets N request loops (`LoadConnection`s), written back to back on the
 * one socket. Connections are pushed into `clients` as they are made, so the caller can destroy them
 * whatever happens.
 */
function openConnections(
  origin: string,
  load: ClosedModelLoad,
  endpoints: readonly Endpoint[],
  state: LoadState,
  clients: Http1Connection[],
): LoadConnection[] {
  const weights = endpoints.map((e) => e.weight);
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const pipelining = load.pipelining ?? 1;
  const connectTimeoutMs = Math.max(load.requestTimeoutMs, ...endpoints.map((e) => e.timeoutMs ?? 0));
  const target = http1Target(origin);
  const connections: LoadConnection[] = [];
  for (let i = 0; i < load.connections; i++) {
    const client = new Http1Connection(target, { connectTimeoutMs });
    clients.push(client);
    for (let j = 0; j < pipelining; j++) {
      const index = i * pipelining + j;
      connections.push(new LoadConnection(client, createEndpointMix(weights, index % weightSum), state));
    }
  }
  return connections;
}

function createState(
  plan: TrialPlan,
  endpoints: LoadState['endpoints'],
  counters: EndpointCounters[],
  thinkMs: (() => number) | undefined,
): LoadState & { idleConnections: number; onAllIdle: () => void } {
  const state = {
    plan,
    endpoints,
    counters,
    ...(thinkMs === undefined ? {} : { thinkMs }),
    loadStartMs: 0,
    ...emptyTallyFigures(),
    finished: false,
    idleConnections: 0,
    onAllIdle: () => {},
    onConnectionIdle(): void {
      state.idleConnections++;
      state.onAllIdle();
    },
  };
  return state;
}

/**
 * Resolves when every connection has stopped ('done'), when the caller aborts ('aborted'), or — a
 * safety net that should never fire — when requests are still out well past the last possible
 * deadline ('forced'): connect timeout plus request deadline plus back-off after the end.
 */
function whenAllIdle(
  state: ReturnType<typeof createState>,
  connectionCount: number,
  plan: TrialPlan,
  requestTimeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<EndReason> {
  return new Promise<EndReason>((resolve) => {
    const forceAfterMs = plan.totalMs + 2 * requestTimeoutMs + SHUTDOWN_GRACE_MS;
    const safety = setLongTimeout(() => settle('forced'), forceAfterMs);
    const onAbort = (): void => settle('aborted');
    signal?.addEventListener('abort', onAbort, { once: true });
    state.onAllIdle = () => {
      if (state.idleConnections >= connectionCount) settle('done');
    };
    function settle(reason: EndReason): void {
      safety.clear();
      signal?.removeEventListener('abort', onAbort);
      state.onAllIdle = () => {};
      resolve(reason);
    }
  });
}

function reportProgress(
  onProgress: ((p: LoadProgress) => void) | undefined,
  state: LoadState,
  plan: TrialPlan,
  phase: 'done' | undefined,
): void {
  onProgress?.(progressAt(plan, state, performance.now() - state.loadStartMs, phase === 'done'));
}
