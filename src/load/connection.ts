/**
 * One connection of the closed model: it sends a request, waits for the whole answer, records it and
 * sends the next, until the plan says stop.
 *
 * This is the hot path, so it is written for the machine (measured; see closed-runner.ts): one undici
 * `Client` per connection (pipelining 1), raw `dispatch` with this object as the reusable handler, the
 * dispatch options prepared once per endpoint, and no closure, timer or object created per request.
 * It uses undici's classic handler methods (onConnect/onHeaders/onData/onComplete/onError): undici 7
 * still calls them directly, whereas a handler with the newer `onRequestStart…` methods is wrapped in
 * an UnwrapHandler + controller per request and has its headers parsed into an object we never read.
 *
 * Timing uses `performance.now()` (a double, ~65 ns a call here) rather than `process.hrtime.bigint()`
 * (~80-120 ns and a heap-allocated BigInt per call).
 */
import type { Client, Dispatcher } from 'undici';
import { trialIndexAt, type TrialPlan } from '../plan/trial-plan.js';
import { classifyError, type RequestTimeoutError } from './errors.js';
import { tallyAnswer, tallyFailure, type Tally } from './tally.js';

/** Pause after a failed connection attempt, so a target that is down is not hammered in a hot loop. */
export const REFUSED_BACKOFF_MS = 25;

/** An endpoint made ready for dispatch: built once, reused for every request to it. */
export interface PreparedEndpoint {
  dispatch: Dispatcher.DispatchOptions;
  /** expectedStatus[code] === 1 when the code counts as success. */
  expectedStatus: Uint8Array;
  /** The endpoint's deadline, and the error (made once) that abandons a request at it. */
  timeoutMs: number;
  timeoutError: RequestTimeoutError;
  /** Templated endpoints only: the next request's dispatch options, rendered (see prepare.ts). */
  next?: () => Dispatcher.DispatchOptions;
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
export class LoadConnection implements Dispatcher.DispatchHandler {
  /** True while a request is out; false between requests, in back-off and once idle. */
  inFlight = false;
  /** True once the connection has stopped for good. */
  idle = false;

  private endpointIndex = 0;
  private trial = -1;
  private dispatchedAtMs = 0;
  private sentAtMs = 0;
  private statusCode = 0;
  private abortRequest: ((err?: Error) => void) | null = null;
  private inDispatch = false;
  private backoffTimer: NodeJS.Timeout | null = null;
  private readonly startAfterBackoff: () => void;

  constructor(
    private readonly client: Client,
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
    this.statusCode = 0;
    this.abortRequest = null;
    this.inFlight = true;
    this.inDispatch = true;
    const endpoint = state.endpoints[index];
    this.client.dispatch(endpoint.next === undefined ? endpoint.dispatch : endpoint.next(), this);
    this.inDispatch = false;
  }

  /**
   * Abandons the current request if it has run past the deadline; the runner's sweep calls this a
   * few times per timeout period. A request still connecting has no abort handle yet: undici's own
   * connect timeout (set to the same deadline) ends it.
   */
  abortIfOverdue(nowMs: number): void {
    if (!this.inFlight || this.abortRequest === null) return;
    const endpoint = this.state.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.abortRequest(endpoint.timeoutError);
  }

  /** Cancels a pending back-off; used when the run is torn down. */
  dispose(): void {
    if (this.backoffTimer !== null) clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
  }

  onConnect(abort: (err?: Error) => void): void {
    this.abortRequest = abort;
    // Latency runs from the moment the request is written, so undici's queueing (it waits one
    // event-loop turn before reusing a keep-alive socket) is not charged to the service.
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
    const latencyUs = (performance.now() - this.sentAtMs) * 1000;
    this.inFlight = false;
    this.abortRequest = null;
    const state = this.state;
    if (state.finished) return;
    if (this.trial >= 0) tallyAnswer(state, this.endpointIndex, this.trial, this.statusCode, latencyUs);
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
    const reachedSocket = this.abortRequest !== null;
    this.abortRequest = null;
    const state = this.state;
    if (state.finished) return;
    const errorClass = classifyError(err);
    if (this.trial >= 0) tallyFailure(state, this.endpointIndex, this.trial, errorClass);
    // A request that never reached a socket (refused, connect timeout, rejected by undici at once)
    // would fail again immediately: wait a little instead of spinning.
    if (errorClass === 'refused' || !reachedSocket || this.inDispatch) {
      this.backoffTimer = setTimeout(this.startAfterBackoff, REFUSED_BACKOFF_MS);
    } else {
      this.startAfterThinking();
    }
  }
}
