import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  ArrivalClock,
  SLOT_MS,
  compileRateSegments,
  openLoadResult,
  openLoadWarnings,
  plannedArrivals
} from "./chunk-CS3JO6KU.js";
import {
  RUN_ENDED,
  clampTimerMs,
  classifyFailure,
  noteAnswer,
  noteWarmupEnd,
  runLifecycle,
  tallyAnswer,
  tallyFailure
} from "./chunk-QCDODLJF.js";
import {
  trialIndexAt
} from "./chunk-ZPEXDWHR.js";
import {
  createLatencyHistogram
} from "./chunk-QAD4NADN.js";

// src/plan/endpoint-mix.ts
function createEndpointMix(weights, offset = 0, stride = 1) {
  if (weights.length === 0) throw new RangeError("createEndpointMix: at least one weight is needed");
  for (const w of weights) {
    if (!Number.isSafeInteger(w) || w < 1) {
      throw new RangeError(`createEndpointMix: weight ${String(w)} is not an integer >= 1`);
    }
  }
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RangeError(`createEndpointMix: offset ${String(offset)} is not an integer >= 0`);
  }
  if (!Number.isSafeInteger(stride) || stride < 1) {
    throw new RangeError(`createEndpointMix: stride ${String(stride)} is not an integer >= 1`);
  }
  const weight = Float64Array.from(weights);
  const current = new Float64Array(weights.length);
  const total = weights.reduce((a, b) => a + b, 0);
  const count = weights.length;
  const pick = () => {
    let best = 0;
    for (let i = 0; i < count; i++) {
      current[i] += weight[i];
      if (current[i] > current[best]) best = i;
    }
    current[best] -= total;
    return best;
  };
  for (let i = offset % total; i > 0; i--) pick();
  const skip = (stride - 1) % total;
  if (skip === 0) return pick;
  return () => {
    const picked = pick();
    for (let i = skip; i > 0; i--) pick();
    return picked;
  };
}

// src/load/request-handler.ts
var RequestHandler = class {
  constructor(client, run) {
    this.client = client;
    this.run = run;
  }
  client;
  run;
  /** True while a request is out; false between requests. */
  inFlight = false;
  endpointIndex = 0;
  /** The trial the request counts in; -1 for a warm-up request (counted nowhere). */
  trial = -1;
  /** performance.now() when the request was handed to the connection: its deadline runs from here. */
  dispatchedAtMs = 0;
  /** performance.now() when its bytes reached the socket (until then, when it was handed over). */
  sentAtMs = 0;
  /** True once the current request is on the socket (before that, the connect timeout applies). */
  written = false;
  /** True while `dispatch` is under way: a failure then is synchronous (the connection is gone). */
  inDispatch = false;
  /**
   * The instant an answer's latency is measured from (performance.now()). By default the write to
   * the socket, so waiting for a connection, or behind pipelined requests queued first, is not
   * charged to the service; the open model measures from the intended send instead.
   */
  latencyOriginMs() {
    return this.sentAtMs;
  }
  /**
   * Sends a request to endpoint `endpointIndex` now (`nowMs`), counted in `trial` (-1: warm-up):
   * the endpoint's prepared bytes, or `request` when the caller rendered them (a flow step).
   */
  dispatch(endpointIndex, trial, nowMs, request) {
    this.endpointIndex = endpointIndex;
    this.trial = trial;
    this.dispatchedAtMs = nowMs;
    this.sentAtMs = nowMs;
    this.written = false;
    this.inFlight = true;
    this.inDispatch = true;
    const endpoint = this.run.endpoints[endpointIndex];
    this.client.send(request ?? (endpoint.next === void 0 ? endpoint.request : endpoint.next()), endpoint.isHead, this);
    this.inDispatch = false;
  }
  /**
   * Abandons the current request if it has run past the deadline; the run's sweep (run-timers.ts)
   * calls this a few times per timeout period. A request still connecting is not written yet: the
   * connection's connect timeout (set to the same deadline) ends it.
   */
  abortIfOverdue(nowMs) {
    if (!this.inFlight || !this.written) return;
    const run = this.run;
    const endpoint = run.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.client.abort(this, endpoint.timeoutError);
    else if (this.trial < 0 && nowMs - run.loadStartMs >= run.plan.totalMs) this.client.abort(this, RUN_ENDED);
  }
  /** @inheritdoc */
  onWritten() {
    this.written = true;
    this.sentAtMs = performance.now();
  }
  /** @inheritdoc */
  onComplete(statusCode) {
    if (!this.inFlight) return;
    const nowMs = performance.now();
    this.inFlight = false;
    this.written = false;
    const run = this.run;
    if (run.finished) return;
    noteAnswer(run, nowMs);
    if (this.trial >= 0) {
      tallyAnswer(run, this.endpointIndex, this.trial, statusCode, (nowMs - this.latencyOriginMs()) * 1e3, (nowMs - this.sentAtMs) * 1e3);
    } else {
      noteWarmupEnd(run, this.endpointIndex, nowMs - run.loadStartMs);
    }
    this.answered();
  }
  /** @inheritdoc */
  onError(err) {
    if (!this.inFlight) return;
    this.inFlight = false;
    const reachedSocket = this.written;
    this.written = false;
    const run = this.run;
    if (run.finished) return;
    const errorClass = classifyFailure(err);
    if (this.trial >= 0) tallyFailure(run, this.endpointIndex, this.trial, errorClass, err);
    else noteWarmupEnd(run, this.endpointIndex, performance.now() - run.loadStartMs);
    this.failed(errorClass === "refused" || errorClass === "generator" || !reachedSocket || this.inDispatch);
  }
};

// src/load/connection.ts
var REFUSED_BACKOFF_MS = 25;
var LoadConnection = class extends RequestHandler {
  constructor(client, pickEndpoint, run, loop) {
    super(client, run);
    this.pickEndpoint = pickEndpoint;
    this.loop = loop;
    this.startAfterBackoff = () => {
      this.backoffTimer = null;
      this.start();
    };
  }
  pickEndpoint;
  loop;
  /** True once the connection has stopped for good. */
  idle = false;
  backoffTimer = null;
  startAfterBackoff;
  /** Sends the next request, or stops for good when the measured phase is over. */
  start() {
    const run = this.run;
    if (run.finished || this.idle) return;
    const nowMs = performance.now();
    const trial = trialIndexAt(run.plan, nowMs - run.loadStartMs);
    if (trial >= run.plan.trials.length) return this.stopForGood();
    this.dispatch(this.pickEndpoint(), trial, nowMs);
  }
  /** Cancels a pending back-off; used when the run is torn down. */
  dispose() {
    if (this.backoffTimer !== null) clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
  }
  /** The next request at once, or after the think time; idle at once if the think would outlast the run. */
  answered() {
    const thinkMs = this.loop.thinkMs;
    if (thinkMs === void 0) return this.start();
    const pauseMs = thinkMs();
    const run = this.run;
    if (performance.now() + pauseMs - run.loadStartMs >= run.plan.totalMs) return this.stopForGood();
    this.backoffTimer = setTimeout(this.startAfterBackoff, pauseMs);
  }
  /** A request that never reached the target would fail again at once: wait a little instead of spinning. */
  failed(unsent) {
    if (unsent) this.backoffTimer = setTimeout(this.startAfterBackoff, REFUSED_BACKOFF_MS);
    else this.answered();
  }
  stopForGood() {
    this.idle = true;
    this.loop.onConnectionIdle();
  }
};

// src/load/arrival-pump.ts
var SPIN_WINDOW_MS = 0.3;
var ArrivalPump = class {
  /**
   * `clock.next()` gives the arrival instants in order (ms after the start; Infinity when there
   * are no more); none at or after `endMs` is sent.
   */
  constructor(clock, endMs, sink) {
    this.clock = clock;
    this.endMs = endMs;
    this.sink = sink;
    this.nextMs = clock.next();
  }
  clock;
  endMs;
  sink;
  startMs = 0;
  /** The next arrival's instant, ms after the start (Infinity once the schedule has none). */
  nextMs;
  timer;
  pumping = false;
  /** Waiting for an arrival on setImmediate, until `spinUntilMs`. */
  spinning = false;
  spinUntilMs = 0;
  stopped = false;
  // Bound once, so a wake-up creates no closure.
  onTimerBound = () => this.onTimer();
  spinBound = () => this.spin();
  /**
   * Starts pumping; `startMs` (performance.now()) is the instant the schedule counts from. Arrivals
   * before `skipBeforeMs` are skipped, not sent in a burst: a shard that reached its start-at late.
   */
  start(startMs, skipBeforeMs = 0) {
    this.startMs = startMs;
    while (this.nextMs < skipBeforeMs && this.nextMs < this.endMs) this.nextMs = this.clock.next();
    this.pump();
  }
  /** Something changed (an answer freed a connection): send whatever is due now. */
  poke() {
    if (!this.pumping) this.pump();
  }
  /** Stops for good: no arrival is sent and no timer stays armed. */
  stop() {
    this.stopped = true;
    if (this.timer !== void 0) clearTimeout(this.timer);
    this.timer = void 0;
  }
  /** Sends every arrival that is due; re-arms the timer for the next; notices the end. */
  pump() {
    if (this.stopped) return;
    this.pumping = true;
    const nowMs = performance.now();
    const elapsedMs = nowMs - this.startMs;
    while (this.nextMs <= elapsedMs && this.nextMs < this.endMs) {
      this.sink.arrive(this.nextMs, nowMs);
      this.nextMs = this.clock.next();
    }
    this.pumping = false;
    if (this.nextMs >= this.endMs) {
      if (this.timer !== void 0) clearTimeout(this.timer);
      this.timer = void 0;
      this.sink.exhausted();
    } else if (this.timer === void 0 && !this.spinning) {
      this.timer = setTimeout(this.onTimerBound, clampTimerMs(Math.floor(this.nextMs - elapsedMs)));
    }
  }
  onTimer() {
    this.timer = void 0;
    this.spinUntilMs = performance.now() - this.startMs + SPIN_WINDOW_MS;
    this.spin();
  }
  spin() {
    this.spinning = true;
    this.pump();
    this.spinning = false;
    if (this.stopped || this.timer !== void 0 || this.nextMs >= this.endMs) return;
    const elapsedMs = performance.now() - this.startMs;
    if (this.nextMs <= this.spinUntilMs && elapsedMs < this.spinUntilMs) {
      this.spinning = true;
      setImmediate(this.spinBound);
    } else {
      this.timer = setTimeout(this.onTimerBound, clampTimerMs(Math.floor(this.nextMs - elapsedMs)));
    }
  }
};

// src/load/open-request.ts
var OpenRequest = class extends RequestHandler {
  constructor(client, run, pool) {
    super(client, run);
    this.pool = pool;
  }
  pool;
  intendedAtMs = 0;
  /**
   * Sends one arrival now. `intendedAtMs` is the schedule's instant and `nowMs` the present, both
   * performance.now() values; `trial` is -1 in the warm-up (nothing is counted then).
   */
  send(endpointIndex, trial, intendedAtMs, nowMs) {
    this.intendedAtMs = intendedAtMs;
    this.dispatch(endpointIndex, trial, nowMs);
  }
  /** Latency runs from the schedule's instant, not from the (possibly late) write. */
  latencyOriginMs() {
    return this.intendedAtMs;
  }
  /** Back to the pool. */
  answered() {
    this.pool.returnSlot(this);
  }
  /** Back to the pool: the schedule, not this slot, decides when the next request goes. */
  failed() {
    this.pool.returnSlot(this);
  }
};

// src/load/open-runner.ts
function runOpenLoad(options) {
  const work = {
    weights: options.endpoints.map((e) => e.weight),
    maxPauseMs: 0,
    createSlot: (client, run, pool) => new OpenRequest(client, run, pool),
    begin(slot, pick, trial, intendedAtMs, nowMs) {
      slot.send(pick, trial, intendedAtMs, nowMs);
      return true;
    },
    rowOf: (pick) => pick
  };
  return runOpenWork(options, () => work);
}
function runOpenWork(options, createWork) {
  return runLifecycle(options, {
    model: "open",
    sendLatency: true,
    create: (ctx, load) => new OpenModel(ctx, load, createWork(ctx), options.shardPart)
  });
}
var OpenModel = class {
  constructor(ctx, load, work, shardPart) {
    this.ctx = ctx;
    this.load = load;
    this.work = work;
    this.maxPauseMs = work.maxPauseMs;
    this.segments = compileRateSegments(load);
    this.pump = new ArrivalPump(new ArrivalClock(this.segments, shardPart?.arrivalPhase ?? 0), ctx.run.plan.totalMs, this);
    this.mix = createEndpointMix(work.weights, shardPart?.mixOffset ?? 0, shardPart?.mixStride ?? 1);
    this.connectTimeoutMs = Math.max(...ctx.run.endpoints.map((e) => e.timeoutMs));
    this.missed = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
    this.planned = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
  }
  ctx;
  load;
  work;
  maxPauseMs;
  segments;
  pump;
  mix;
  connectTimeoutMs;
  /** Every slot opened, and those free now (a stack). */
  slots = [];
  idle = [];
  inFlight = 0;
  peakInFlight = 0;
  sent = 0;
  dropped = 0;
  /** The work ran out (`begin` said so): no further arrival; done once nothing is in flight. */
  workOver = false;
  lag = createLatencyHistogram();
  /** missed[i] = 1 when slot i had an arrival dropped or sent >= SLOT_MS late. */
  missed;
  /** planned[i] = 1 when slot i of the measured phase had an arrival at all. */
  planned;
  /** The pump starts at the load's start; a shard that began late skips the arrivals it missed (warm-up ones). */
  start() {
    this.pump.start(this.ctx.run.loadStartMs, this.ctx.run.lateStartMs ?? 0);
  }
  /** No further arrival; pending pauses inside the work are cancelled. */
  stop() {
    this.pump.stop();
    if (this.work.dispose) for (const slot of this.slots) this.work.dispose(slot);
  }
  /** The arrival due `intendedMs` into the run starts now on a free slot, or is dropped at the cap. */
  arrive(intendedMs, nowMs) {
    if (this.workOver) return;
    const run = this.ctx.run;
    const trial = trialIndexAt(run.plan, intendedMs);
    const pick = this.mix();
    let slot = this.idle.pop();
    if (slot === void 0 && this.slots.length < this.load.maxInFlight) {
      slot = this.work.createSlot(this.ctx.connect(this.connectTimeoutMs), run, this);
      this.ctx.track(slot);
      this.slots.push(slot);
    }
    const slotIndex = Math.floor((intendedMs - run.plan.warmupMs) / SLOT_MS);
    if (slot === void 0) {
      if (trial >= 0) {
        this.planned[slotIndex] = 1;
        this.dropped++;
        this.missed[slotIndex] = 1;
        run.counters[this.work.rowOf(pick)].dropped++;
        this.work.noteArrival?.(pick, void 0);
        run.timeline?.arrival(intendedMs, false, 0, this.inFlight);
      }
      return;
    }
    this.inFlight++;
    if (!this.work.begin(slot, pick, trial, run.loadStartMs + intendedMs, nowMs)) {
      this.inFlight--;
      this.idle.push(slot);
      this.workIsOver();
      return;
    }
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    if (trial >= 0) {
      const lagMs = nowMs - (run.loadStartMs + intendedMs);
      this.planned[slotIndex] = 1;
      this.sent++;
      this.lag.recordMicros(lagMs * 1e3);
      if (lagMs >= SLOT_MS) this.missed[slotIndex] = 1;
      this.work.noteArrival?.(pick, lagMs);
      run.timeline?.arrival(intendedMs, true, lagMs, this.inFlight);
    }
  }
  /** Planned arrivals from the load's start to `elapsedMs` (the timeline's asked rate). */
  plannedArrivals(elapsedMs) {
    return plannedArrivals(this.segments, elapsedMs);
  }
  /** The schedule has no arrival left: the run is done once nothing is in flight. */
  exhausted() {
    if (this.inFlight === 0) this.ctx.done();
  }
  /** A slot's work is over: the slot is free, and whatever is due goes out. */
  returnSlot(slot) {
    this.inFlight--;
    this.idle.push(slot);
    if (this.workOver) {
      if (this.inFlight === 0) this.ctx.done();
      return;
    }
    this.pump.poke();
  }
  /** The schedule's counts, send-lag histogram and slot marks, and the work's flows' counts, unsummarised. */
  rawCounts() {
    const plan = this.ctx.run.plan;
    const iterations = this.work.iterationCounts?.();
    return {
      open: {
        plannedCount: plannedArrivals(this.segments, plan.totalMs) - plannedArrivals(this.segments, plan.warmupMs),
        measuredMs: this.load.durationMs,
        sent: this.sent,
        dropped: this.dropped,
        maxInFlight: this.load.maxInFlight,
        peakInFlight: this.peakInFlight,
        lag: this.lag,
        missed: this.missed,
        planned: this.planned,
        ...iterations ? { iterations } : {}
      }
    };
  }
  /** The `open` section (how well the schedule was kept, and the work's own figures), its warnings, and the connections opened. */
  figures() {
    const open = openLoadResult(this.rawCounts().open);
    const own = this.work.figures?.() ?? {};
    const merged = { ...open, ...own.open };
    return { open: merged, connections: this.slots.length, warnings: [...openLoadWarnings(merged), ...own.warnings ?? []] };
  }
  /** Frees the send-lag histogram and what the work allocated. */
  release() {
    this.lag.release();
    this.work.release?.();
  }
  /** No further arrival: the schedule stops, and the run ends once the work in flight is over. */
  workIsOver() {
    this.workOver = true;
    this.pump.stop();
    if (this.inFlight === 0) this.ctx.done();
  }
};

export {
  createEndpointMix,
  RequestHandler,
  REFUSED_BACKOFF_MS,
  LoadConnection,
  runOpenLoad,
  runOpenWork
};
