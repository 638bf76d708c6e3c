/**
 * The open load model: requests arrive on a schedule computed ahead of time
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
 * The run itself — timers, the deadline sweep, the end, teardown, the end-of-run figures — is the
 * lifecycle's (lifecycle.ts), and the timing of arrivals is the pump's (arrival-pump.ts). This model
 * keeps the pool of connections (one slot each, opened on demand up to `maxInFlight`) and the
 * record of how well the schedule was kept: how late each arrival went out (the send lag), and for
 * every 10 ms slot of the measured phase whether an arrival in it was dropped or sent 10 ms late or
 * more (a missed slot).
 *
 * What an arrival *is* comes from its `OpenWork`: a request to an endpoint (open-request.ts, here),
 * or, with flows, an endpoint's request or a whole flow iteration (flow-open.ts) that holds its slot
 * from the first step to the last. The schedule, the cap and the accounting are the same for both.
 */
import type { OpenModelLoad } from '../profile/types.js';
import { createLatencyHistogram } from '../metrics/histogram.js';
import { openLoadResult, openLoadWarnings, SLOT_MS, type OpenRawCounts } from '../metrics/open-summary.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import { ArrivalClock, compileRateSegments, plannedArrivals, type RateSegment } from '../plan/rate-schedule.js';
import { ArrivalPump, type ArrivalSink } from './arrival-pump.js';
import { runLifecycle, type LoadModel, type ModelFigures, type RunContext } from './lifecycle.js';
import { OpenRequest } from './open-request.js';
import type { OpenLoadResult } from '../metrics/types.js';
import type { Measurement, RequestTransport, RunLoadOptions, RunState, ShardPart, SlotPool, SweptRequest } from './types.js';

/**
 * What the open model's arrivals are: the choices they are drawn from (by weight), the slot that
 * carries one, and what is counted beyond the schedule. One per run, built by the runner.
 */
export interface OpenWork<S extends SweptRequest> {
  /** The weight of each choice an arrival may be (an endpoint, a flow); drawn in this order. */
  readonly weights: readonly number[];
  /** The longest pause a slot may take inside its work (a flow's think time between steps); 0 when none. */
  readonly maxPauseMs: number;
  /** A new slot on `client`; it hands itself back to `pool` once each piece of work is over. */
  createSlot(client: RequestTransport, run: RunState, pool: SlotPool<S>): S;
  /**
   * Starts choice `pick` on `slot`, counted in `trial` (-1: warm-up), with latency from
   * `intendedAtMs` (both performance.now() values). False when the work has run out (a `unique`
   * feeder): nothing was sent, the slot is still free, and no further arrival is wanted.
   */
  begin(slot: S, pick: number, trial: number, intendedAtMs: number, nowMs: number): boolean;
  /** The result row an arrival of choice `pick` dropped at the cap is counted on. */
  rowOf(pick: number): number;
  /** A measured arrival of choice `pick`: sent `lagMs` late, or dropped (`lagMs` undefined). */
  noteArrival?(pick: number, lagMs: number | undefined): void;
  /** Cancels a slot's pending timers at teardown. */
  dispose?(slot: S): void;
  /** What the work adds to the `open` section, and its warnings. */
  figures?(): { open?: Partial<OpenLoadResult>; warnings?: ModelFigures['warnings'] };
  /** Each flow's arrival counts before they are summarised (a shard keeps them for the merge). */
  iterationCounts?(): OpenRawCounts['iterations'];
  /** Frees what the work allocated. */
  release?(): void;
}

/**
 * Runs the open-model load and returns per-endpoint, per-trial results plus the schedule's figures
 * (`open`) and the connections it opened (`connections`, its peak in flight). Ends by itself: no
 * arrival is scheduled past the last trial, requests still out get their deadline, and every
 * connection is closed before this returns. Bad options are rejected at once
 * (`LOADGATE_INVALID_LOAD_OPTIONS`); an aborted `signal` rejects with `LOADGATE_ABORTED`.
 */
export function runOpenLoad(options: RunLoadOptions): Promise<Measurement> {
  const work: OpenWork<OpenRequest> = {
    weights: options.endpoints.map((e) => e.weight),
    maxPauseMs: 0,
    createSlot: (client, run, pool) => new OpenRequest(client, run, pool),
    begin(slot, pick, trial, intendedAtMs, nowMs) {
      slot.send(pick, trial, intendedAtMs, nowMs);
      return true;
    },
    rowOf: (pick) => pick,
  };
  return runOpenWork(options, () => work);
}

/**
 * Runs the open model over the arrivals of the work `createWork` builds once the run's options are
 * checked (runOpenLoad's endpoints, or flows: flow-open.ts).
 */
export function runOpenWork<S extends SweptRequest>(options: RunLoadOptions, createWork: (ctx: RunContext) => OpenWork<S>): Promise<Measurement> {
  return runLifecycle<OpenModelLoad>(options, {
    model: 'open',
    sendLatency: true,
    create: (ctx, load) => new OpenModel(ctx, load, createWork(ctx), options.shardPart),
  });
}

/** The open model: arrivals from the pump, started on pooled slots or dropped at the cap, and recorded. */
class OpenModel<S extends SweptRequest> implements LoadModel, ArrivalSink, SlotPool<S> {
  readonly maxPauseMs: number;
  private readonly segments: RateSegment[];
  private readonly pump: ArrivalPump;
  private readonly mix: () => number;
  private readonly connectTimeoutMs: number;
  /** Every slot opened, and those free now (a stack). */
  private readonly slots: S[] = [];
  private readonly idle: S[] = [];
  private inFlight = 0;
  private peakInFlight = 0;
  private sent = 0;
  private dropped = 0;
  /** The work ran out (`begin` said so): no further arrival; done once nothing is in flight. */
  private workOver = false;
  private readonly lag = createLatencyHistogram();
  /** missed[i] = 1 when slot i had an arrival dropped or sent >= SLOT_MS late. */
  private readonly missed: Uint8Array;
  /** planned[i] = 1 when slot i of the measured phase had an arrival at all. */
  private readonly planned: Uint8Array;

  constructor(
    private readonly ctx: RunContext,
    private readonly load: OpenModelLoad,
    private readonly work: OpenWork<S>,
    /** A shard's interleaving with the other shards (src/shard/plan.ts): its arrival phase and its picks of the mix. */
    shardPart: ShardPart | undefined,
  ) {
    this.maxPauseMs = work.maxPauseMs;
    this.segments = compileRateSegments(load);
    this.pump = new ArrivalPump(new ArrivalClock(this.segments, shardPart?.arrivalPhase ?? 0), ctx.run.plan.totalMs, this);
    this.mix = createEndpointMix(work.weights, shardPart?.mixOffset ?? 0, shardPart?.mixStride ?? 1);
    this.connectTimeoutMs = Math.max(...ctx.run.endpoints.map((e) => e.timeoutMs));
    this.missed = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
    this.planned = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
  }

  /** The pump starts at the load's start; a shard that began late skips the arrivals it missed (warm-up ones). */
  start(): void {
    this.pump.start(this.ctx.run.loadStartMs, this.ctx.run.lateStartMs ?? 0);
  }

  /** No further arrival; pending pauses inside the work are cancelled. */
  stop(): void {
    this.pump.stop();
    if (this.work.dispose) for (const slot of this.slots) this.work.dispose(slot);
  }

  /** The arrival due `intendedMs` into the run starts now on a free slot, or is dropped at the cap. */
  arrive(intendedMs: number, nowMs: number): void {
    if (this.workOver) return;
    const run = this.ctx.run;
    const trial = trialIndexAt(run.plan, intendedMs);
    const pick = this.mix();
    let slot = this.idle.pop();
    if (slot === undefined && this.slots.length < this.load.maxInFlight) {
      slot = this.work.createSlot(this.ctx.connect(this.connectTimeoutMs), run, this);
      this.ctx.track(slot);
      this.slots.push(slot);
    }
    const slotIndex = Math.floor((intendedMs - run.plan.warmupMs) / SLOT_MS);
    if (slot === undefined) {
      if (trial >= 0) {
        this.planned[slotIndex] = 1;
        this.dropped++;
        this.missed[slotIndex] = 1;
        run.counters[this.work.rowOf(pick)].dropped!++;
        this.work.noteArrival?.(pick, undefined);
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
      this.lag.recordMicros(lagMs * 1000);
      if (lagMs >= SLOT_MS) this.missed[slotIndex] = 1;
      this.work.noteArrival?.(pick, lagMs);
      run.timeline?.arrival(intendedMs, true, lagMs, this.inFlight);
    }
  }

  /** Planned arrivals from the load's start to `elapsedMs` (the timeline's asked rate). */
  plannedArrivals(elapsedMs: number): number {
    return plannedArrivals(this.segments, elapsedMs);
  }

  /** The schedule has no arrival left: the run is done once nothing is in flight. */
  exhausted(): void {
    if (this.inFlight === 0) this.ctx.done();
  }

  /** A slot's work is over: the slot is free, and whatever is due goes out. */
  returnSlot(slot: S): void {
    this.inFlight--;
    this.idle.push(slot);
    if (this.workOver) {
      if (this.inFlight === 0) this.ctx.done();
      return;
    }
    this.pump.poke();
  }

  /** The schedule's counts, send-lag histogram and slot marks, and the work's flows' counts, unsummarised. */
  rawCounts(): { open: OpenRawCounts } {
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
        ...(iterations ? { iterations } : {}),
      },
    };
  }

  /** The `open` section (how well the schedule was kept, and the work's own figures), its warnings, and the connections opened. */
  figures(): ModelFigures {
    const open = openLoadResult(this.rawCounts().open);
    const own = this.work.figures?.() ?? {};
    const merged = { ...open, ...own.open };
    return { open: merged, connections: this.slots.length, warnings: [...openLoadWarnings(merged), ...(own.warnings ?? [])] };
  }

  /** Frees the send-lag histogram and what the work allocated. */
  release(): void {
    this.lag.release();
    this.work.release?.();
  }

  /** No further arrival: the schedule stops, and the run ends once the work in flight is over. */
  private workIsOver(): void {
    this.workOver = true;
    this.pump.stop();
    if (this.inFlight === 0) this.ctx.done();
  }
}
