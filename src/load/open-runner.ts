/**
 * The open-model load engine: requests arrive on a schedule computed ahead of time
 * (plan/rate-schedule.ts) whatever the service does, as real users do; each arrival goes out on a
 * free connection, and when `maxInFlight` requests are already out it is dropped and counted —
 * never silently skipped or quietly delayed.
 *
 * ```
 *  schedule   |  |  |  |  |  |  |  |  |  |  |  |  |        (arrival instants, evenly spaced at a
 *  sent       |  |  |  | |  |  |  |  x  x  |  |  |         constant rate; x = dropped at the cap)
 *  latency    ├──intended──┤ counted from the schedule's instant, not from the late send
 * ```
 *
 * Timing: the schedule is pumped by a timer that sleeps until the next arrival is due (Node timers
 * have 1 ms resolution) and, in between, by every answer that comes in, so at high rates arrivals
 * go out within a fraction of a millisecond of their instant without a busy loop. How late each
 * arrival went out (the send lag) is measured and reported, and every 10 ms slot of the measured
 * phase is checked: a slot with an arrival dropped or sent 10 ms late or more is a missed slot.
 */
import type { OpenModelLoad } from '../profile/types.js';
import { createEndpointCounters, releaseEndpointCounters, summarizeEndpoints } from '../metrics/summarize.js';
import { createLatencyHistogram } from '../metrics/histogram.js';
import { openLoadResult, openLoadWarnings, SLOT_MS } from '../metrics/open-summary.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { planTrials, trialIndexAt } from '../plan/trial-plan.js';
import { ArrivalClock, compileRateSegments, plannedArrivals } from '../plan/rate-schedule.js';
import { OpenRequest, type OpenState } from './open-request.js';
import { OperationAbortedError } from './errors.js';
import { Http1Connection, http1Target } from './http1.js';
import { prepareLoad } from './prepare.js';
import { startSaturationMonitor } from './saturation.js';
import { clampTimerMs, setLongTimeout } from './long-timer.js';
import { destroyClients, emptyTallyFigures, progressAt, runEndFigures, runHealth, SHUTDOWN_GRACE_MS, startRunTimers } from './tally.js';
import type { LoadMeasurement, RunLoadOptions } from './closed-runner.js';
import type { OpenLoadResult } from '../metrics/types.js';
import { TimelineRecorder } from '../metrics/timeline.js';


/** The open model's measurement: the closed one's plus the schedule's figures. */
export interface OpenMeasurement extends LoadMeasurement {
  open: OpenLoadResult;
  /** Connections the run opened (its peak in flight). */
  connections: number;
}

/** Mutable bookkeeping of the schedule during a run. */
interface Schedule {
  sent: number;
  dropped: number;
  inFlight: number;
  peakInFlight: number;
  /** missed[i] = 1 when slot i had an arrival dropped or sent >= SLOT_MS late. */
  missed: Uint8Array;
  /** planned[i] = 1 when slot i of the measured phase had an arrival at all. */
  planned: Uint8Array;
}

/**
 * Runs the open-model load and returns per-endpoint, per-trial results plus the schedule's figures.
 * Ends by itself: no arrival is scheduled past the last trial, requests still out get their
 * deadline, and every connection is closed before this returns. Bad options are rejected at once
 * (`LOADGATE_INVALID_LOAD_OPTIONS`); an aborted `signal` rejects with `LOADGATE_ABORTED`.
 */
/** How long after a timer wake-up the pump waits for the next arrival on setImmediate (ms; see onTimer). */
export const SPIN_WINDOW_MS = 0.3;

export async function runOpenLoad(options: RunLoadOptions): Promise<OpenMeasurement> {
  const prepared = prepareLoad(options, 'open');
  const load = options.load as OpenModelLoad;
  if (options.signal?.aborted) throw new OperationAbortedError('The load run');
  const plan = planTrials(load);
  const segments = compileRateSegments(load);
  const counters = options.endpoints.map((e) => createEndpointCounters(e, plan.trials.length, { sendLatency: true }));
  const lag = createLatencyHistogram();
  const clients: Http1Connection[] = [];
  const slots: OpenRequest[] = [];
  const idle: OpenRequest[] = [];
  const schedule: Schedule = { sent: 0, dropped: 0, inFlight: 0, peakInFlight: 0, missed: new Uint8Array(Math.ceil(load.durationMs / SLOT_MS)), planned: new Uint8Array(Math.ceil(load.durationMs / SLOT_MS)) };
  const clock = new ArrivalClock(segments);
  const mix = createEndpointMix(options.endpoints.map((e) => e.weight));
  const maxTimeoutMs = Math.max(...prepared.endpoints.map((e) => e.timeoutMs));
  const target = http1Target(prepared.origin);
  let startMs = 0;
  let nextMs = clock.next();
  let timer: NodeJS.Timeout | undefined;
  let pumping = false;
  /** Waiting for an arrival on setImmediate, until `spinUntilMs` (see onTimer). */
  let spinning = false;
  let spinUntilMs = 0;
  let settle: (reason: 'done' | 'aborted' | 'forced') => void = () => {};

  const state: OpenState = {
    endpoints: prepared.endpoints,
    counters,
    plan,
    loadStartMs: 0,
    ...emptyTallyFigures(),
    finished: false,
    release(slot) {
      schedule.inFlight--;
      idle.push(slot);
      if (!pumping) pump();
    },
  };

  const timeline = (state.timeline = new TimelineRecorder(options.endpoints.map((e) => e.name), state, plan.warmupMs, load.durationMs));

  /** Sends every arrival that is due; re-arms the timer for the next; notices the end. */
  function pump(): void {
    if (state.finished) return;
    pumping = true;
    const nowMs = performance.now();
    const elapsedMs = nowMs - startMs;
    while (nextMs <= elapsedMs && nextMs < plan.totalMs) {
      arrive(nextMs, nowMs);
      nextMs = clock.next();
    }
    pumping = false;
    if (nextMs >= plan.totalMs) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (schedule.inFlight === 0) settle('done');
    } else if (timer === undefined && !spinning) {
      timer = setTimeout(onTimer, clampTimerMs(Math.floor(nextMs - elapsedMs)));
    }
  }

  /**
   * Node timers fire on whole loop milliseconds, so an arrival due just after a wake-up would wait
   * for the next millisecond: a send lag spread evenly over 0–1 ms (p99 1.07 ms at 2,000/s,
   * measured). Right after a timer wake-up, arrivals due within the next SPIN_WINDOW_MS are instead
   * waited for on setImmediate (I/O is still served between turns), which cuts the tail to about
   * 1 − SPIN_WINDOW_MS plus the wake-up's own delay, at a cost of at most SPIN_WINDOW_MS of CPU per
   * millisecond. Measured at 2,000/s: p99 0.86–0.93 ms for 7% more of a core (0.25 ms gave
   * 0.92–1.0 ms; 0.4 ms gave 0.89–0.92 ms for 14%). Spinning the whole millisecond would burn a core.
   */
  function onTimer(): void {
    timer = undefined;
    spinUntilMs = performance.now() - startMs + SPIN_WINDOW_MS;
    spin();
  }
  function spin(): void {
    spinning = true; // so that pump leaves the next wake-up to us
    pump();
    spinning = false;
    if (state.finished || timer !== undefined || nextMs >= plan.totalMs) return;
    const elapsedMs = performance.now() - startMs;
    if (nextMs <= spinUntilMs && elapsedMs < spinUntilMs) {
      spinning = true;
      setImmediate(spin);
    } else {
      timer = setTimeout(onTimer, clampTimerMs(Math.floor(nextMs - elapsedMs)));
    }
  }

  function arrive(intendedMs: number, nowMs: number): void {
    const trial = trialIndexAt(plan, intendedMs);
    const endpointIndex = mix();
    const slot = Math.floor((intendedMs - plan.warmupMs) / SLOT_MS);
    if (trial >= 0) schedule.planned[slot] = 1;
    let request = idle.pop();
    if (request === undefined && slots.length < load.maxInFlight) {
      const client = new Http1Connection(target, { connectTimeoutMs: maxTimeoutMs });
      clients.push(client);
      request = new OpenRequest(client, state);
      slots.push(request);
    }
    if (request === undefined) {
      if (trial >= 0) {
        schedule.dropped++;
        schedule.missed[slot] = 1;
        counters[endpointIndex].dropped!++;
        timeline.arrival(intendedMs, false, 0, schedule.inFlight);
      }
      return;
    }
    const lagMs = nowMs - (startMs + intendedMs);
    if (trial >= 0) {
      schedule.sent++;
      lag.recordMicros(lagMs * 1000);
      if (lagMs >= SLOT_MS) schedule.missed[slot] = 1;
    }
    schedule.inFlight++;
    if (schedule.inFlight > schedule.peakInFlight) schedule.peakInFlight = schedule.inFlight;
    if (trial >= 0) timeline.arrival(intendedMs, true, lagMs, schedule.inFlight);
    request.send(endpointIndex, trial, startMs + intendedMs, nowMs);
  }

  const ended = new Promise<'done' | 'aborted' | 'forced'>((resolve) => {
    const safety = setLongTimeout(() => finish('forced'), plan.totalMs + 2 * maxTimeoutMs + SHUTDOWN_GRACE_MS);
    const onAbort = (): void => finish('aborted');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    function finish(reason: 'done' | 'aborted' | 'forced'): void {
      safety.clear();
      options.signal?.removeEventListener('abort', onAbort);
      settle = () => {};
      resolve(reason);
    }
    settle = finish;
  });

  try {
    const monitor = startSaturationMonitor();
    const startedAt = new Date();
    startMs = performance.now();
    state.loadStartMs = startMs;
    pump();
    const stopTimers = startRunTimers(slots, Math.min(...prepared.endpoints.map((e) => e.timeoutMs)), {
      ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      ...(options.progressIntervalMs ? { intervalMs: options.progressIntervalMs } : {}),
      plan,
      tally: state,
      startMs: () => startMs,
    });
    const reason = await ended;
    const stragglers = slots.filter((s) => s.inFlight).length;
    state.finished = true;
    stopTimers();
    if (timer !== undefined) clearTimeout(timer);
    await destroyClients(clients);
    const finishedAt = new Date();
    const sample = monitor.stop();
    if (reason === 'aborted') throw new OperationAbortedError('The load run');
    options.onProgress?.(progressAt(plan, state, performance.now() - startMs, true));

    const planned = plannedArrivals(segments, plan.totalMs) - plannedArrivals(segments, plan.warmupMs);
    const open = openLoadResult({
      plannedCount: planned,
      measuredMs: load.durationMs,
      sent: schedule.sent,
      dropped: schedule.dropped,
      maxInFlight: load.maxInFlight,
      peakInFlight: schedule.peakInFlight,
      lag,
      missed: schedule.missed,
      planned: schedule.planned,
    });
    const end = runEndFigures(sample, reason, stragglers);
    const endpoints = summarizeEndpoints(counters, plan.trialDurationMs);
    const warnings = [...runHealth(state, startMs, plan, 'open', endpoints), ...end.warnings, ...openLoadWarnings(open)];
    return {
      startedAt,
      finishedAt,
      trialDurationMs: plan.trialDurationMs,
      endpoints,
      warnings,
      generator: end.generator,
      open,
      connections: slots.length,
      timeline: timeline.finish((elapsedMs) => plannedArrivals(segments, elapsedMs)),
      timelineOriginMs: startMs + plan.warmupMs,
    };
  } finally {
    state.finished = true;
    if (timer !== undefined) clearTimeout(timer);
    await destroyClients(clients);
    releaseEndpointCounters(counters);
    lag.release();
  }
}
