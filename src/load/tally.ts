/**
 * The one place every request of every load model is counted: an answer or a failure into its
 * endpoint's trial, and the running figures the progress reports and the run-health checks read.
 * Request handlers (request-handler.ts) call these and nothing else touches the counters while a
 * run goes on, so every model counts alike, and a new per-request figure is added here once.
 *
 * These run once per request: they touch preallocated counters only (no object, closure or string
 * is created), and V8 inlines them into the handlers' callbacks.
 */
import type { FailureClass } from './errors.js';
import { recordErrorSample, STATUS_CODE_SLOTS } from '../metrics/summarize.js';
import type { TrialPlan } from '../plan/trial-plan.js';
import type { Tally } from './types.js';

/** A fresh tally's running figures (the counters are the caller's). */
export function emptyTallyFigures(): Pick<Tally, 'measuredRequests' | 'measuredErrors' | 'lastAnswerAtMs' | 'failuresSinceAnswer'> {
  return { measuredRequests: 0, measuredErrors: 0, lastAnswerAtMs: 0, failuresSinceAnswer: 0 };
}

/**
 * Notes that an answer (of any status, in any phase) arrived at `nowMs`: the target was answering
 * then. What the `target-stopped` warning is measured from.
 */
export function noteAnswer(tally: Tally, nowMs: number): void {
  tally.lastAnswerAtMs = nowMs;
  tally.failuresSinceAnswer = 0;
}

/**
 * A warm-up request ended (answered or not) at `elapsedMs` after the load started: when that is
 * past the warm-up, it was still unanswered when the measured phase began, holding its connection.
 */
export function noteWarmupEnd(tally: Tally & { readonly plan: TrialPlan }, endpointIndex: number, elapsedMs: number): void {
  if (elapsedMs >= tally.plan.warmupMs) tally.counters[endpointIndex].warmupUnanswered++;
}

/**
 * Counts one answer of a measured trial: its status, its latency (µs), and an `status` error when
 * the endpoint did not expect that status. `latencyUs` is what the statistics use (from the write,
 * or from the intended send in the open model); `sendLatencyUs`, from the write, is recorded too
 * when the endpoint keeps that histogram (the open model's `latencyFromSendMs`).
 */
export function tallyAnswer(tally: Tally, endpointIndex: number, trial: number, status: number, latencyUs: number, sendLatencyUs: number): void {
  const endpoint = tally.counters[endpointIndex];
  const counters = endpoint.trials[trial];
  counters.requests++;
  tally.measuredRequests++;
  if (status < STATUS_CODE_SLOTS) counters.statusCounts[status]++;
  counters.latency.recordMicros(latencyUs);
  tally.sample?.(endpointIndex, trial, latencyUs);
  const unexpected = status >= STATUS_CODE_SLOTS || tally.endpoints[endpointIndex].expectedStatus[status] !== 1;
  tally.timeline?.answer(endpointIndex, latencyUs, unexpected);
  if (unexpected) {
    counters.errors.status++;
    tally.measuredErrors++;
    recordErrorSample(endpoint, 'status', () => `unexpected status ${status}`);
  }
  endpoint.sendLatency?.recordMicros(sendLatencyUs);
}

/**
 * Counts one request of a measured trial that ended without an answer, by error class, and keeps
 * the first messages of each class. A failure of the generator's own (`generator`: out of file
 * descriptors) is not the target's: it is counted apart and never as a request or an error.
 */
export function tallyFailure(tally: Tally, endpointIndex: number, trial: number, errorClass: FailureClass, err: Error): void {
  const endpoint = tally.counters[endpointIndex];
  if (errorClass === 'generator') {
    endpoint.generatorFailures++;
    return;
  }
  const counters = endpoint.trials[trial];
  counters.requests++;
  counters.errors[errorClass]++;
  tally.timeline?.failure(endpointIndex, errorClass);
  tally.measuredRequests++;
  tally.measuredErrors++;
  tally.failuresSinceAnswer++;
  recordErrorSample(endpoint, errorClass, () => err.message);
}
