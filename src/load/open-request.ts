/**
 * One request slot of the open model: a connection (its own `Http1Connection`, one request at a time)
 * that is either idle, waiting in the runner's stack, or carrying one scheduled arrival. Like the
 * closed model's `LoadConnection` it is its own reusable handler (nothing allocated per request),
 * but it never sends on its own: the runner hands it an
 * arrival, and on the answer it records and returns itself to the idle stack.
 *
 * Two latencies per request: from the *intended* send time (the schedule's instant — what a user
 * arriving then would have waited, so generator lag and connection shortage are not hidden:
 * coordinated-omission correction) into the trial histograms the statistics use, and from the
 * actual write to the socket into a whole-run histogram, for comparison.
 */
import { classifyFailure, RUN_ENDED } from './errors.js';
import type { Http1Connection, Http1Handler } from './http1.js';
import type { TrialPlan } from '../plan/trial-plan.js';
import { noteAnswer, noteWarmupEnd, tallyAnswer, tallyFailure, type Tally } from './tally.js';

/** What every slot of an open run shares. */
export interface OpenState extends Tally {
  readonly plan: TrialPlan;
  /** performance.now() when the load started; plan times are relative to it. */
  loadStartMs: number;
  /** Set when the run is torn down: later callbacks are ignored. */
  finished: boolean;
  /** Called when a slot is free again (it has already counted its answer). */
  release(slot: OpenRequest): void;
}

export class OpenRequest implements Http1Handler {
  inFlight = false;
  private endpointIndex = 0;
  private trial = -1;
  private intendedAtMs = 0;
  private dispatchedAtMs = 0;
  private sentAtMs = 0;
  /** True once the request is on the socket (before that, the connect timeout applies). */
  private written = false;

  constructor(
    private readonly client: Http1Connection,
    private readonly state: OpenState,
  ) {}

  /**
   * Sends one arrival now. `intendedAtMs` is the schedule's instant and `nowMs` the present, both
   * performance.now() values; `trial` is -1 in the warm-up (nothing is counted then).
   */
  send(endpointIndex: number, trial: number, intendedAtMs: number, nowMs: number): void {
    this.endpointIndex = endpointIndex;
    this.trial = trial;
    this.intendedAtMs = intendedAtMs;
    this.dispatchedAtMs = nowMs;
    this.sentAtMs = nowMs;
    this.written = false;
    this.inFlight = true;
    const endpoint = this.state.endpoints[endpointIndex];
    this.client.send(endpoint.next === undefined ? endpoint.request : endpoint.next(), endpoint.isHead, this);
  }

  /** Abandons the request once past its endpoint's deadline (counted from the actual send). */
  abortIfOverdue(nowMs: number): void {
    if (!this.inFlight || !this.written) return;
    const state = this.state;
    const endpoint = state.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.client.abort(this, endpoint.timeoutError);
    // A warm-up request counts nowhere: once the run is over, nothing is gained by waiting for it.
    else if (this.trial < 0 && nowMs - state.loadStartMs >= state.plan.totalMs) this.client.abort(this, RUN_ENDED);
  }

  onWritten(): void {
    this.written = true;
    this.sentAtMs = performance.now();
  }

  onComplete(statusCode: number): void {
    if (!this.inFlight) return;
    const nowMs = performance.now();
    this.inFlight = false;
    this.written = false;
    const state = this.state;
    if (state.finished) return;
    noteAnswer(state, nowMs);
    if (this.trial < 0) noteWarmupEnd(state, this.endpointIndex, nowMs - state.loadStartMs);
    else {
      tallyAnswer(state, this.endpointIndex, this.trial, statusCode, (nowMs - this.intendedAtMs) * 1000);
      state.counters[this.endpointIndex].sendLatency?.recordMicros((nowMs - this.sentAtMs) * 1000);
    }
    state.release(this);
  }

  onError(err: Error): void {
    if (!this.inFlight) return;
    this.inFlight = false;
    this.written = false;
    const state = this.state;
    if (state.finished) return;
    if (this.trial >= 0) tallyFailure(state, this.endpointIndex, this.trial, classifyFailure(err), err);
    else noteWarmupEnd(state, this.endpointIndex, performance.now() - state.loadStartMs);
    state.release(this);
  }
}
