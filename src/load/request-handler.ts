/**
 * The bookkeeping every request shares, whatever the load model: send an endpoint's prepared bytes
 * on a connection, note when they reach the socket, abandon the request at its deadline, and count
 * its answer or failure into the tally (tally.ts) — or, for a warm-up request, nowhere. A model's
 * handler extends this and keeps only what makes it different: when it sends (its own loop, an
 * arrival schedule) and what it does once a request is over (`answered`, `failed`).
 *
 * This is the hot path, so it is written for the machine: a handler is reused for every request it
 * carries (it is the `Http1Handler` itself: no closure, timer or object per request), and timing
 * uses `performance.now()` (a double) rather than `process.hrtime.bigint()` (slower, and a
 * heap-allocated BigInt per call). docs/performance.md has the measurements.
 *
 * A request belongs to the trial in which it *started*: attributing by completion would give each
 * trial the slow requests of the one before it and cut the last trial's slow tail short (end-of-trial
 * bias); by start, each trial holds exactly the work it sent.
 */
import { classifyFailure, RUN_ENDED, type FailureClass } from './errors.js';
import type { Http1Handler } from './http1.js';
import { noteAnswer, noteWarmupEnd, tallyAnswer, tallyFailure } from './tally.js';
import type { RequestTransport, RunState, SweptRequest } from './types.js';

/** One request at a time on one transport (an `Http1Connection`), counted into the run's tally. */
export abstract class RequestHandler implements Http1Handler, SweptRequest {
  /** True while a request is out; false between requests. */
  inFlight = false;

  protected endpointIndex = 0;
  /** The trial the request counts in; -1 for a warm-up request (counted nowhere). */
  protected trial = -1;
  /** performance.now() when the request was handed to the connection: its deadline runs from here. */
  protected dispatchedAtMs = 0;
  /** performance.now() when its bytes reached the socket (until then, when it was handed over). */
  protected sentAtMs = 0;
  /** True once the current request is on the socket (before that, the connect timeout applies). */
  protected written = false;
  /** True while `dispatch` is under way: a failure then is synchronous (the connection is gone). */
  protected inDispatch = false;

  constructor(
    protected readonly client: RequestTransport,
    protected readonly run: RunState,
  ) {}

  /**
   * What a model does once an answer has been counted: send the next request, return to a pool.
   * Not called once the run is finished.
   */
  protected abstract answered(): void;

  /**
   * What a model does once a failure has been counted. `unsent` is true when the request never
   * reached the target (refused, out of descriptors, never written, failed synchronously): sending
   * again at once would fail again. Not called once the run is finished.
   */
  protected abstract failed(unsent: boolean): void;

  /**
   * The instant an answer's latency is measured from (performance.now()). By default the write to
   * the socket, so waiting for a connection, or behind pipelined requests queued first, is not
   * charged to the service; the open model measures from the intended send instead.
   */
  protected latencyOriginMs(): number {
    return this.sentAtMs;
  }

  /**
   * Sends a request to endpoint `endpointIndex` now (`nowMs`), counted in `trial` (-1: warm-up):
   * the endpoint's prepared bytes, or `request` when the caller rendered them (a flow step).
   */
  protected dispatch(endpointIndex: number, trial: number, nowMs: number, request?: Buffer | string): void {
    this.endpointIndex = endpointIndex;
    this.trial = trial;
    this.dispatchedAtMs = nowMs;
    this.sentAtMs = nowMs;
    this.written = false;
    this.inFlight = true;
    this.inDispatch = true;
    const endpoint = this.run.endpoints[endpointIndex];
    this.client.send(request ?? (endpoint.next === undefined ? endpoint.request : endpoint.next()), endpoint.isHead, this);
    this.inDispatch = false;
  }

  /**
   * Abandons the current request if it has run past the deadline; the run's sweep (run-timers.ts)
   * calls this a few times per timeout period. A request still connecting is not written yet: the
   * connection's connect timeout (set to the same deadline) ends it.
   */
  abortIfOverdue(nowMs: number): void {
    if (!this.inFlight || !this.written) return;
    const run = this.run;
    const endpoint = run.endpoints[this.endpointIndex];
    if (nowMs - this.dispatchedAtMs >= endpoint.timeoutMs) this.client.abort(this, endpoint.timeoutError);
    // A warm-up request counts nowhere: once the run is over, nothing is gained by waiting for it.
    else if (this.trial < 0 && nowMs - run.loadStartMs >= run.plan.totalMs) this.client.abort(this, RUN_ENDED);
  }

  /** @inheritdoc */
  onWritten(): void {
    this.written = true;
    this.sentAtMs = performance.now();
  }

  /** @inheritdoc */
  onComplete(statusCode: number): void {
    if (!this.inFlight) return;
    const nowMs = performance.now();
    this.inFlight = false;
    this.written = false;
    const run = this.run;
    if (run.finished) return;
    noteAnswer(run, nowMs);
    if (this.trial >= 0) {
      tallyAnswer(run, this.endpointIndex, this.trial, statusCode, (nowMs - this.latencyOriginMs()) * 1000, (nowMs - this.sentAtMs) * 1000);
    } else {
      noteWarmupEnd(run, this.endpointIndex, nowMs - run.loadStartMs);
    }
    this.answered();
  }

  /** @inheritdoc */
  onError(err: Error): void {
    if (!this.inFlight) return;
    this.inFlight = false;
    const reachedSocket = this.written;
    this.written = false;
    const run = this.run;
    if (run.finished) return;
    const errorClass: FailureClass = classifyFailure(err);
    if (this.trial >= 0) tallyFailure(run, this.endpointIndex, this.trial, errorClass, err);
    else noteWarmupEnd(run, this.endpointIndex, performance.now() - run.loadStartMs);
    this.failed(errorClass === 'refused' || errorClass === 'generator' || !reachedSocket || this.inDispatch);
  }
}
