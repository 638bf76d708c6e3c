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
 * keeps the pool of connections (open-request.ts: one request slot each, opened on demand up to
 * `maxInFlight`) and the record of how well the schedule was kept: how late each arrival went out
 * (the send lag), and for every 10 ms slot of the measured phase whether an arrival in it was
 * dropped or sent 10 ms late or more (a missed slot).
 */
import type { Endpoint, OpenModelLoad } from '../profile/types.js';
import { createLatencyHistogram } from '../metrics/histogram.js';
import { openLoadResult, openLoadWarnings, SLOT_MS } from '../metrics/open-summary.js';
import { createEndpointMix } from '../plan/endpoint-mix.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import { ArrivalClock, compileRateSegments, plannedArrivals, type RateSegment } from '../plan/rate-schedule.js';
import { ArrivalPump, type ArrivalSink } from './arrival-pump.js';
import { runLifecycle, type LoadModel, type ModelFigures, type RunContext } from './lifecycle.js';
import { OpenRequest, type SlotPool } from './open-request.js';
import type { Measurement, RunLoadOptions, ShardPart } from './types.js';

/**
 * Runs the open-model load and returns per-endpoint, per-trial results plus the schedule's figures
 * (`open`) and the connections it opened (`connections`, its peak in flight). Ends by itself: no
 * arrival is scheduled past the last trial, requests still out get their deadline, and every
 * connection is closed before this returns. Bad options are rejected at once
 * (`LOADGATE_INVALID_LOAD_OPTIONS`); an aborted `signal` rejects with `LOADGATE_ABORTED`.
 */
export function runOpenLoad(options: RunLoadOptions): Promise<Measurement> {
  return runLifecycle<OpenModelLoad>(options, {
    model: 'open',
    sendLatency: true,
    create: (ctx, load) => new OpenModel(ctx, load, options.endpoints, options.shardPart),
  });
}

/** The open model: arrivals from the pump, sent on pooled slots or dropped at the cap, and recorded. */
class OpenModel implements LoadModel, ArrivalSink, SlotPool {
  readonly maxPauseMs = 0;
  private readonly segments: RateSegment[];
  private readonly pump: ArrivalPump;
  private readonly mix: () => number;
  private readonly connectTimeoutMs: number;
  /** Every slot opened, and those free now (a stack). */
  private readonly slots: OpenRequest[] = [];
  private readonly idle: OpenRequest[] = [];
  private inFlight = 0;
  private peakInFlight = 0;
  private sent = 0;
  private dropped = 0;
  private readonly lag = createLatencyHistogram();
  /** missed[i] = 1 when slot i had an arrival dropped or sent >= SLOT_MS late. */
  private readonly missed: Uint8Array;
  /** planned[i] = 1 when slot i of the measured phase had an arrival at all. */
  private readonly planned: Uint8Array;

  constructor(
    private readonly ctx: RunContext,
    private readonly load: OpenModelLoad,
    endpoints: readonly Endpoint[],
    /** A shard's interleaving with the other shards (src/shard/plan.ts): its arrival phase and its picks of the mix. */
    shardPart: ShardPart | undefined,
  ) {
    this.segments = compileRateSegments(load);
    this.pump = new ArrivalPump(new ArrivalClock(this.segments, shardPart?.arrivalPhase ?? 0), ctx.run.plan.totalMs, this);
    this.mix = createEndpointMix(endpoints.map((e) => e.weight), shardPart?.mixOffset ?? 0, shardPart?.mixStride ?? 1);
    this.connectTimeoutMs = Math.max(...ctx.run.endpoints.map((e) => e.timeoutMs));
    this.missed = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
    this.planned = new Uint8Array(Math.ceil(load.durationMs / SLOT_MS));
  }

  /** The pump starts at the load's start; a shard that began late skips the arrivals it missed (warm-up ones). */
  start(): void {
    this.pump.start(this.ctx.run.loadStartMs, this.ctx.run.lateStartMs ?? 0);
  }

  /** No further arrival. */
  stop(): void {
    this.pump.stop();
  }

  /** The arrival due `intendedMs` into the run goes out now on a free slot, or is dropped at the cap. */
  arrive(intendedMs: number, nowMs: number): void {
    const run = this.ctx.run;
    const trial = trialIndexAt(run.plan, intendedMs);
    const endpointIndex = this.mix();
    const slot = Math.floor((intendedMs - run.plan.warmupMs) / SLOT_MS);
    if (trial >= 0) this.planned[slot] = 1;
    let request = this.idle.pop();
    if (request === undefined && this.slots.length < this.load.maxInFlight) {
      request = new OpenRequest(this.ctx.connect(this.connectTimeoutMs), run, this);
      this.ctx.track(request);
      this.slots.push(request);
    }
    if (request === undefined) {
      if (trial >= 0) {
        this.dropped++;
        this.missed[slot] = 1;
        run.counters[endpointIndex].dropped!++;
        run.timeline?.arrival(intendedMs, false, 0, this.inFlight);
      }
      return;
    }
    const lagMs = nowMs - (run.loadStartMs + intendedMs);
    if (trial >= 0) {
      this.sent++;
      this.lag.recordMicros(lagMs * 1000);
      if (lagMs >= SLOT_MS) this.missed[slot] = 1;
    }
    this.inFlight++;
    if (this.inFlight > this.peakInFlight) this.peakInFlight = this.inFlight;
    if (trial >= 0) run.timeline?.arrival(intendedMs, true, lagMs, this.inFlight);
    request.send(endpointIndex, trial, run.loadStartMs + intendedMs, nowMs);
  }

  /** Planned arrivals from the load's start to `elapsedMs` (the timeline's asked rate). */
  plannedArrivals(elapsedMs: number): number {
    return plannedArrivals(this.segments, elapsedMs);
  }

  /** The schedule has no arrival left: the run is done once nothing is in flight. */
  exhausted(): void {
    if (this.inFlight === 0) this.ctx.done();
  }

  /** A slot's request is over: the slot is free, and whatever is due goes out. */
  returnSlot(slot: OpenRequest): void {
    this.inFlight--;
    this.idle.push(slot);
    this.pump.poke();
  }

  /** The `open` section (how well the schedule was kept), its warnings, and the connections opened. */
  figures(): ModelFigures {
    const plan = this.ctx.run.plan;
    const open = openLoadResult({
      plannedCount: plannedArrivals(this.segments, plan.totalMs) - plannedArrivals(this.segments, plan.warmupMs),
      measuredMs: this.load.durationMs,
      sent: this.sent,
      dropped: this.dropped,
      maxInFlight: this.load.maxInFlight,
      peakInFlight: this.peakInFlight,
      lag: this.lag,
      missed: this.missed,
      planned: this.planned,
    });
    return { open, connections: this.slots.length, warnings: openLoadWarnings(open) };
  }

  /** Frees the send-lag histogram. */
  release(): void {
    this.lag.release();
  }
}
