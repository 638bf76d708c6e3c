/**
 * One connection of the closed model: it sends a request, waits for the whole answer, records it and
 * sends the next, until the plan says stop.
 *
 * This is the hot path, so it is written for the machine (measured; see closed-runner.ts): one
 * `Http1Connection` per connection (http1.ts), this object as the reusable handler of its requests,
 * the request bytes prepared once per endpoint, and no closure, timer or object created per request.
 *
 * Timing uses `performance.now()` (a double, ~65 ns a call here) rather than `process.hrtime.bigint()`
 * (~80-120 ns and a heap-allocated BigInt per call).
 */
import { trialIndexAt, type TrialPlan } from '../plan/trial-plan.js';
import { classifyFailure, RUN_ENDED, type RequestTimeoutError } from './errors.js';
import type { Http1Connection, Http1Handler } from './http1.js';
import { noteAnswer, noteWarmupEnd, tallyAnswer, tallyFailure, type Tally } from './tally.js';

/** Pause after a failed connection attempt, so a target that is down is not hammered in a hot loop. */
export const REFUSED_BACKOFF_MS = 25;

/** An endpoint made ready to send: built once, reused for every request to it. */
export interface PreparedEndpoint {
  /** The whole request (request line, headers, body), written as is for every request. */
  request: Buffer;
  /** A HEAD request: its answer has no body whatever its headers say. */
  isHead: boolean;
  /** expectedStatus[code] === 1 when the code counts as success. */
  expectedStatus: Uint8Array;
  /** The endpoint's deadline, and the error (made once) that abandons a request at it. */
  timeoutMs: number;
  timeoutError: RequestTimeoutError;
  /** Templated endpoints only: the next request's bytes, rendered (see prepare.ts). */
  next?: () => Buffer;
}

/** What every connection of a run shares: the plan, the counters (the tally) and the run's switches. */
export interface LoadState extends Tally {
  readonly plan: TrialPlan;
  /** Think time before a connection's next request (ms), when the profile sets one. */
  readonly thinkMs?: () => number;
  /** performance.now() when the load started; plan times are relative to it. */
  loadStartMs: number;
  /** Set when the clients are being destroyed: every later callback is ignored. */
  finished: boolean;
  /** Called once per connection when it has stopped for good. */
  onConnectionIdle(): void;
}

/**
 * A closed-model connection and, at the same time, the undici handler of its requests. A request
 * belongs to the trial in which it *started*: attributing by completion would give each trial the
 * slow requests of the one before it and cut the last trial's slow tail short (end-of-trial bias);
 * by start, each trial holds exactly the work it sent.
 */
export class LoadConnection implements Http1Handler {
  /** True while a request is out; false between requests, in back-off and once idle. */
  inFlight = false;
  /** True once the connection has stopped for good. */
  idle = false;

  private endpointIndex = 0;
  private trial = -1;
  private dispatchedAtMs = 0;
  private sentAtMs = 0;
  /** True once the current request is on the socket (before that, the connect timeout applies). */
  private written = false;
  private inDispatch = false;
  private backoffTimer: NodeJS.Timeout | null = null;
  private readonly startAfterBackoff: () => void;

  constructor(
    private readonly client: Http1Connection,
    private readonly pickEndpoint: () => number,
    private readonly state: LoadState,
  ) {
    // Bound once here, so a back-off does not create a closure.
    this.startAfterBackoff = () => {
      this.backoffTimer = null;
      this.start();
    };
  }

  /** Sends the next request, or stops for good when the measured phase is over. */
  start(): void {
    const state = this.state;
    if (state.finished || this.idle) return;
    const nowMs = performance.now();
    const trial = trialIndexAt(state.plan, nowMs - state.loadStartMs);
    if (trial >= state.plan.trials.length) {
      this.idle = true;
      state.onConnectionIdle();
      return;
    }
    const index = this.pickEndpoint();
    this.endpointIndex = index;
    this.trial = trial;
    this.dispatchedAtMs = nowMs;
    this.sentAtMs = nowMs;
    this.written = false;
    this.inFlight = true;
    this.inDispatch = true;
    const endpoint = state.endpoints[index];
    this.client.send(endpoint.next === undefined ? endpoint.request : endpoint.next(), endpoint.isHead, this);
    this.inDispatch = false;
  }

  /**
   * Abandons the current request if it has run past the deadline; the runner's sweep calls this a
   * few times per timeout period. A request still connecting is not written yet: the connection's
   * connect timeout (set to the same deadline) ends it.
   */
  abortIfOverdue(nowMs: number): void {
    if (!this.inFlight || !this.written) return;
    const state = this.state;
    const endpoint = state.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.client.abort(this, endpoint.timeoutError);
    // A warm-up request counts nowhere: once the run is over, nothing is gained by waiting for it.
    else if (this.trial < 0 && nowMs - state.loadStartMs >= state.plan.totalMs) this.client.abort(this, RUN_ENDED);
  }

  /** Cancels a pending back-off; used when the run is torn down. */
  dispose(): void {
    if (this.backoffTimer !== null) clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
  }

  onWritten(): void {
    this.written = true;
    // Latency runs from the moment the request is written, so waiting for a connection (or behind
    // pipelined requests that were queued first) is not charged to the service.
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
    if (this.trial >= 0) tallyAnswer(state, this.endpointIndex, this.trial, statusCode, (nowMs - this.sentAtMs) * 1000);
    else noteWarmupEnd(state, this.endpointIndex, nowMs - state.loadStartMs);
    this.startAfterThinking();
  }

  /** The next request at once, or after the think time; idle at once if the think would outlast the run. */
  private startAfterThinking(): void {
    const state = this.state;
    if (state.thinkMs === undefined) return this.start();
    const thinkMs = state.thinkMs();
    if (performance.now() + thinkMs - state.loadStartMs >= state.plan.totalMs) {
      this.idle = true;
      state.onConnectionIdle();
      return;
    }
    this.backoffTimer = setTimeout(this.startAfterBackoff, thinkMs);
  }

  onError(err: Error): void {
    if (!this.inFlight) return;
    this.inFlight = false;
    const reachedSocket = this.written;
    this.written = false;
    const state = this.state;
    if (state.finished) return;
    const errorClass = classifyFailure(err);
    if (this.trial >= 0) tallyFailure(state, this.endpointIndex, this.trial, errorClass, err);
    else noteWarmupEnd(state, this.endpointIndex, performance.now() - state.loadStartMs);
    // A request that never reached a socket (refused, connect timeout, a connection destroyed)
    // would fail again immediately: wait a little instead of spinning.
    if (errorClass === 'refused' || errorClass === 'generator' || !reachedSocket || this.inDispatch) {
      this.backoffTimer = setTimeout(this.startAfterBackoff, REFUSED_BACKOFF_MS);
    } else {
      this.startAfterThinking();
    }
  }
}
