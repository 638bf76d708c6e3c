/**
 * One request slot of the open model: a connection (its own undici `Client`, pipelining 1) that is
 * either idle, waiting in the runner's stack, or carrying one scheduled arrival. Like the closed
 * model's `LoadConnection` it is its own reusable undici handler (classic onConnect/onHeaders/…
 * methods, nothing allocated per request), but it never sends on its own: the runner hands it an
 * arrival, and on the answer it records and returns itself to the idle stack.
 *
 * Two latencies per request: from the *intended* send time (the schedule's instant — what a user
 * arriving then would have waited, so generator lag and connection shortage are not hidden:
 * coordinated-omission correction) into the trial histograms the statistics use, and from the
 * actual write to the socket into a whole-run histogram, for comparison.
 */
import type { Client, Dispatcher } from 'undici';
import { classifyError } from './errors.js';
import { tallyAnswer, tallyFailure, type Tally } from './tally.js';

/** What every slot of an open run shares. */
export interface OpenState extends Tally {
  /** Set when the run is torn down: later callbacks are ignored. */
  finished: boolean;
  /** Called when a slot is free again (it has already counted its answer). */
  release(slot: OpenRequest): void;
}

export class OpenRequest implements Dispatcher.DispatchHandler {
  inFlight = false;
  private endpointIndex = 0;
  private trial = -1;
  private intendedAtMs = 0;
  private dispatchedAtMs = 0;
  private sentAtMs = 0;
  private statusCode = 0;
  private abortRequest: ((err?: Error) => void) | null = null;

  constructor(
    private readonly client: Client,
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
    this.statusCode = 0;
    this.abortRequest = null;
    this.inFlight = true;
    const endpoint = this.state.endpoints[endpointIndex];
    this.client.dispatch(endpoint.next === undefined ? endpoint.dispatch : endpoint.next(), this);
  }

  /** Abandons the request once past its endpoint's deadline (counted from the actual send). */
  abortIfOverdue(nowMs: number): void {
    if (!this.inFlight || this.abortRequest === null) return;
    const endpoint = this.state.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.abortRequest(endpoint.timeoutError);
  }

  onConnect(abort: (err?: Error) => void): void {
    this.abortRequest = abort;
    this.sentAtMs = performance.now();
  }

  onHeaders(statusCode: number): boolean {
    this.statusCode = statusCode;
    return true;
  }

  onData(): boolean {
    return true;
  }

  onComplete(): void {
    if (!this.inFlight) return;
    const nowMs = performance.now();
    this.inFlight = false;
    this.abortRequest = null;
    const state = this.state;
    if (state.finished) return;
    if (this.trial >= 0) {
      tallyAnswer(state, this.endpointIndex, this.trial, this.statusCode, (nowMs - this.intendedAtMs) * 1000);
      state.counters[this.endpointIndex].sendLatency?.recordMicros((nowMs - this.sentAtMs) * 1000);
    }
    state.release(this);
  }

  onError(err: Error): void {
    if (!this.inFlight) return;
    this.inFlight = false;
    this.abortRequest = null;
    const state = this.state;
    if (state.finished) return;
    if (this.trial >= 0) tallyFailure(state, this.endpointIndex, this.trial, classifyError(err));
    state.release(this);
  }
}
