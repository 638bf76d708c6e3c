/**
 * One run lifecycle for every load model, as k6 puts every executor on one base executor: a model
 * (closed-runner.ts, open-runner.ts) says only how requests are issued; everything else a run does
 * is here, once.
 *
 * ```
 *  prepare ─ plan ─ counters ─ create(model) ─┬─ start: monitor, clock, model.start(), sweep, progress
 *  (options checked at once;                  │        … requests counted into the tally …
 *   LOADGATE_INVALID_LOAD_OPTIONS)            ├─ end: ctx.done() │ signal aborted │ forced deadline
 *                                             └─ teardown: timers, model.stop(), connections closed
 *                                                figures: endpoints, run health, generator, model's own
 * ```
 *
 * The files fit together without cycles: types.ts (shared types) ← tally.ts (counting) ←
 * request-handler.ts (per-request bookkeeping) ← a model's handler (connection.ts, open-request.ts)
 * ← the model (closed-runner.ts, open-runner.ts) → lifecycle.ts → run-timers.ts, run-end.ts.
 */
import type { LoadSpec } from '../profile/types.js';
import type { RunWarning } from '../metrics/types.js';
import { createEndpointCounters, releaseEndpointCounters, summarizeEndpoints } from '../metrics/summarize.js';
import { planTrials } from '../plan/trial-plan.js';
import { OperationAbortedError } from './errors.js';
import { Http1Connection, http1Target } from './http1.js';
import { setLongTimeout } from './long-timer.js';
import { prepareLoad } from './prepare.js';
import { runEndFigures, runHealth, SHUTDOWN_GRACE_MS } from './run-end.js';
import { progressAt, startRunTimers } from './run-timers.js';
import { startSaturationMonitor } from './saturation.js';
import { emptyTallyFigures } from './tally.js';
import { TimelineRecorder } from '../metrics/timeline.js';
import { startEarlyStop } from './early-stop.js';
import type { EndReason, Measurement, ModelRawCounts, ModelSections, RunLoadOptions, RunState, SweptRequest } from './types.js';

/**
 * How one load model issues requests. The lifecycle builds it (`ModelDefinition.create`) once the
 * run's state exists, calls `start` when the load starts and `stop` when it ends, and asks for its
 * own figures after teardown. Requests go through `RequestHandler`s (request-handler.ts), which
 * count into the run's tally; the model tells the lifecycle when it is done (`RunContext.done`).
 */
export interface LoadModel {
  /**
   * The longest pause the model may take between a request's end and noticing that the run is over
   * (the closed model's longest think time; 0 when none). The forced deadline allows for it.
   */
  readonly maxPauseMs: number;
  /** Starts issuing requests; `run.loadStartMs` is set. */
  start(): void;
  /** Stops issuing requests and cancels the model's own timers. Called once the run ends, or fails; may be called twice. */
  stop(): void;
  /** The model's own sections of the measurement and its warnings, after teardown of a run that was not aborted. */
  figures?(): ModelFigures;
  /** The model's own counts before they are summarised (a shard keeps them: RunLoadOptions.onCounters); valid until `release`. */
  rawCounts?(): ModelRawCounts;
  /** Frees what the model allocated (histograms), whatever happened. */
  release?(): void;
  /** A scheduled model's planned arrivals from the load's start to `elapsedMs` (the timeline's asked rate). */
  plannedArrivals?(elapsedMs: number): number;
}

/** What a model adds to the measurement: its sections, and warnings listed after the run's own. */
export interface ModelFigures extends ModelSections {
  warnings?: RunWarning[];
}

/** What the lifecycle gives a model: the run's shared state and the means to connect and to end. */
export interface RunContext {
  /** The tally, the plan and the run's clock, shared by every request handler. */
  readonly run: RunState;
  /** Opens an HTTP/1.1 connection to the target, closed by the lifecycle at teardown. */
  connect(connectTimeoutMs: number): Http1Connection;
  /** Has the lifecycle close `client` at teardown (a transport of the model's own). */
  own<T extends Closable>(client: T): T;
  /** Adds a request handler to the deadline sweep and to the straggler count; may be called mid-run. */
  track(handler: SweptRequest): void;
  /** The model has nothing left to send and nothing in flight: the run ends. Safe to call again. */
  done(): void;
}

/** Anything the lifecycle closes at teardown. */
export interface Closable {
  destroy(): Promise<void>;
}

/** A load model as the lifecycle takes it: which `load.model` it runs and how to build it. */
export interface ModelDefinition<L extends LoadSpec> {
  /** The `load.model` this runs; prepare.ts checks it and the options that model needs. */
  model: L['model'];
  /** Keep a second latency histogram per endpoint, from the write (the trials' may run from the intended send). */
  sendLatency?: boolean;
  /** Builds the model for one run. */
  create(ctx: RunContext, load: L): LoadModel;
}

/**
 * Runs one load with `definition`'s model and returns per-endpoint, per-trial results. The run
 * always ends by itself: the model sends nothing after the last trial, requests still out are
 * given up to their deadline (or cut off at the forced deadline, a safety net that should never
 * fire: a `requests-abandoned` warning), and every connection is closed before this returns. Bad
 * options are rejected at once with `LOADGATE_INVALID_LOAD_OPTIONS`; an aborted `signal` stops
 * everything and rejects with `LOADGATE_ABORTED` (a partial run is not a sample the statistics
 * could use).
 */
export async function runLifecycle<L extends LoadSpec>(options: RunLoadOptions, definition: ModelDefinition<L>): Promise<Measurement> {
  const prepared = prepareLoad(options, definition.model);
  if (options.signal?.aborted) throw new OperationAbortedError('The load run');
  const load = options.load as L;
  const plan = planTrials(load);
  const counters = options.endpoints.map((e) => createEndpointCounters(e, plan.trials.length, { sendLatency: definition.sendLatency === true }));
  const run: RunState = {
    endpoints: prepared.endpoints, counters, plan, loadStartMs: 0, ...emptyTallyFigures(), finished: false, ...(options.onSample ? { sample: options.onSample } : {}),
  };
  // The measured phase per second, recorded by the tally (metrics/timeline.ts).
  const timeline = (run.timeline = new TimelineRecorder(options.endpoints.map((e) => e.name), run, plan.warmupMs, plan.totalMs - plan.warmupMs));
  const clients: Closable[] = [];
  const handlers: SweptRequest[] = [];
  const timeoutsMs = prepared.endpoints.map((e) => e.timeoutMs);
  let end: RunEnd | undefined;
  let model: LoadModel | undefined;
  try {
    model = definition.create(runContext(run, prepared.origin, clients, handlers, () => end?.settle('done')), load);
    // A shard waits for its start-at (connections open lazily, so none idles meanwhile).
    const anchorMs = options.startAtMs === undefined ? undefined : await waitForStart(options.startAtMs, options.signal);
    if (options.signal?.aborted) throw new OperationAbortedError('The load run');
    // Connect timeout, then the request deadline, then a pause, then the grace.
    end = runEnd(plan.totalMs + 2 * (Math.max(...timeoutsMs) + model.maxPauseMs) + SHUTDOWN_GRACE_MS, options.signal);
    const monitor = startSaturationMonitor();
    const startedAt = new Date();
    run.loadStartMs = anchorMs ?? performance.now();
    if (anchorMs !== undefined) run.lateStartMs = Math.max(0, performance.now() - anchorMs);
    model.start();
    const stopTimers = startRunTimers(handlers, Math.min(...timeoutsMs), {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.progressIntervalMs ? { intervalMs: options.progressIntervalMs } : {}),
      plan,
      tally: run,
      startMs: () => run.loadStartMs,
    });
    let trialsRun: number | undefined;
    const runEnded = end;
    const stopEarly = options.stopAfterTrial
      ? startEarlyStop(run, handlers, options.stopAfterTrial, Math.min(plan.trialDurationMs, Math.max(...timeoutsMs)), (k) => {
          trialsRun = k + 1;
          model?.stop();
        }, () => runEnded.settle('done'))
      : undefined;
    const reason = await end.ended;
    stopEarly?.();
    const stragglers = handlers.filter((h) => h.inFlight).length;

    run.finished = true;
    stopTimers();
    model.stop();
    await destroyAll(clients);
    const finishedAt = new Date();
    const sample = monitor.stop();
    if (reason === 'aborted') throw new OperationAbortedError('The load run');
    options.onProgress?.(progressAt(plan, run, performance.now() - run.loadStartMs, true));

    const figures = runEndFigures(sample, reason, stragglers);
    // A run stopped early reports the trials it ran, not the empty ones after them.
    const ran = trialsRun === undefined ? counters : counters.map((c) => ({ ...c, trials: c.trials.slice(0, trialsRun) }));
    const endpoints = summarizeEndpoints(ran, plan.trialDurationMs);
    options.onCounters?.(ran, model.rawCounts?.() ?? {});
    const { warnings: modelWarnings = [], ...sections } = model.figures?.() ?? {};
    return {
      startedAt,
      finishedAt,
      trialDurationMs: plan.trialDurationMs,
      endpoints,
      warnings: [...runHealth(run, run.loadStartMs, plan, load.model, endpoints), ...figures.warnings, ...modelWarnings],
      generator: figures.generator,
      ...(trialsRun === undefined ? {} : { trialsRun }),
      ...sections,
      timeline: timeline.finish(model.plannedArrivals ? (elapsedMs) => model!.plannedArrivals!(elapsedMs) : undefined),
      timelineOriginMs: run.loadStartMs + plan.warmupMs,
    };
  } finally {
    run.finished = true;
    end?.cancel();
    model?.stop();
    await destroyAll(clients);
    releaseEndpointCounters(counters);
    model?.release?.();
  }
}

/**
 * Sleeps until `startAtMs` (epoch ms) and returns that instant on the performance.now() clock, the
 * one the plan counts from. Already past: returns at once with the past instant. An abort ends the wait.
 */
async function waitForStart(startAtMs: number, signal: AbortSignal | undefined): Promise<number> {
  const anchorMs = performance.now() + (startAtMs - Date.now());
  const waitMs = anchorMs - performance.now();
  if (waitMs > 0 && !signal?.aborted) {
    await new Promise<void>((resolve) => {
      const onAbort = (): void => {
        timer.clear();
        resolve();
      };
      const timer = setLongTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }, waitMs);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }
  return anchorMs;
}

/** The context a model is built with: connections and handlers go into the lifecycle's lists. */
function runContext(run: RunState, origin: string, clients: Closable[], handlers: SweptRequest[], done: () => void): RunContext {
  const target = http1Target(origin);
  const own = <T extends Closable>(client: T): T => {
    clients.push(client);
    return client;
  };
  return {
    run,
    connect: (connectTimeoutMs) => own(new Http1Connection(target, { connectTimeoutMs })),
    own,
    track: (handler) => void handlers.push(handler),
    done,
  };
}

/** The end of a run: a promise of why it ended, settled once. */
interface RunEnd {
  ended: Promise<EndReason>;
  settle(reason: EndReason): void;
  /** Disarms the forced deadline and the abort listener without settling. */
  cancel(): void;
}

/**
 * Resolves on the first of: `settle('done')` (the model is done), the caller's abort ('aborted'),
 * and `forceAfterMs` from now ('forced'). Later calls do nothing.
 */
function runEnd(forceAfterMs: number, signal: AbortSignal | undefined): RunEnd {
  let resolveEnded: (reason: EndReason) => void = () => {};
  const ended = new Promise<EndReason>((resolve) => (resolveEnded = resolve));
  let settled = false;
  const safety = setLongTimeout(() => settle('forced'), forceAfterMs);
  const onAbort = (): void => settle('aborted');
  signal?.addEventListener('abort', onAbort, { once: true });
  function cancel(): void {
    safety.clear();
    signal?.removeEventListener('abort', onAbort);
  }
  function settle(reason: EndReason): void {
    if (settled) return;
    settled = true;
    cancel();
    resolveEnded(reason);
  }
  return { ended, settle, cancel };
}

/**
 * Closes every client and waits for their sockets to close. `Http1Connection.destroy` never
 * rejects: requests still out fail through their handlers, which ignore it once the run is finished.
 */
async function destroyAll(clients: readonly Closable[]): Promise<void> {
  await Promise.all(clients.map((client) => client.destroy()));
}
