/**
 * What both engines do when a request ends, while a run goes on and at its end: count the answer
 * or the failure into its endpoint's trial, sweep for overdue requests, describe progress, and close
 * the clients. One place, so the closed and the open model count and report alike.
 *
 * The counting functions run once per request: they touch preallocated counters only (no object,
 * closure or string is created), and V8 inlines them into the handlers' callbacks.
 */
import type { EndpointResult, GeneratorLoad, RunWarning } from '../metrics/types.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import type { FailureClass } from './errors.js';
import { recordErrorSample, STATUS_CODE_SLOTS, type EndpointCounters } from '../metrics/summarize.js';
import { trialIndexAt, type TrialPlan } from '../plan/trial-plan.js';
import type { PreparedEndpoint } from './connection.js';
import type { LoadProgress } from './closed-runner.js';
import { saturationWarnings, type SaturationSample } from './saturation.js';
import type { TimelineRecorder } from '../metrics/timeline.js';

/** Extra time past the last deadline before stragglers are cut off regardless. */
export const SHUTDOWN_GRACE_MS = 1000;

/** The counters a run's requests are tallied into, with its running totals for progress reports. */
export interface Tally {
  readonly endpoints: readonly PreparedEndpoint[];
  readonly counters: readonly EndpointCounters[];
  /** Measured (non-warm-up) requests and errors so far. */
  measuredRequests: number;
  measuredErrors: number;
  /** performance.now() of the latest answer of any status, warm-up included; 0 before the first. */
  lastAnswerAtMs: number;
  /** Measured requests that failed without an answer since the latest answer. */
  failuresSinceAnswer: number;
  /** The per-second series of the measured phase (metrics/timeline.ts). */
  timeline?: TimelineRecorder;
}

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
 * the endpoint did not expect that status.
 */
export function tallyAnswer(tally: Tally, endpointIndex: number, trial: number, status: number, latencyUs: number): void {
  const counters = tally.counters[endpointIndex].trials[trial];
  counters.requests++;
  tally.measuredRequests++;
  if (status < STATUS_CODE_SLOTS) counters.statusCounts[status]++;
  counters.latency.recordMicros(latencyUs);
  const unexpected = status >= STATUS_CODE_SLOTS || tally.endpoints[endpointIndex].expectedStatus[status] !== 1;
  tally.timeline?.answer(endpointIndex, latencyUs, unexpected);
  if (unexpected) {
    counters.errors.status++;
    tally.measuredErrors++;
    recordErrorSample(tally.counters[endpointIndex], 'status', () => `unexpected status ${status}`);
  }
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

/**
 * Where a run stands, `elapsedMs` after the load started. After the last trial, while the last
 * answers come in, the run is still measuring trial K; `done` reports trial K+1 of K.
 */
export function progressAt(plan: TrialPlan, tally: Tally, elapsedMs: number, done: boolean): LoadProgress {
  const index = trialIndexAt(plan, elapsedMs);
  const trials = plan.trials.length;
  return {
    phase: done ? 'done' : index < 0 ? 'warmup' : 'measure',
    elapsedMs: Math.min(elapsedMs, plan.totalMs),
    totalMs: plan.totalMs,
    trial: done ? trials : Math.min(Math.max(index, 0), trials - 1),
    trials,
    requests: tally.measuredRequests,
    errors: tally.measuredErrors,
  };
}

/** Default time between progress reports, ms. */
export const DEFAULT_PROGRESS_INTERVAL_MS = 1000;

/**
 * The run's two timers: the deadline sweep over every request handler, at a tenth of the shortest
 * deadline within 5..50 ms (so a request is abandoned at most ~10% late, with no timer per
 * request), and the progress reports. Returns the function that stops both.
 */
export function startRunTimers(
  handlers: readonly { abortIfOverdue(nowMs: number): void }[],
  shortestTimeoutMs: number,
  progress: { onProgress?: (p: LoadProgress) => void; intervalMs?: number; plan: TrialPlan; tally: Tally; startMs: () => number },
): () => void {
  const sweepMs = Math.min(50, Math.max(5, Math.floor(shortestTimeoutMs / 10)));
  const sweep = setInterval(() => {
    const nowMs = performance.now();
    for (const handler of handlers) handler.abortIfOverdue(nowMs);
  }, sweepMs);
  const { onProgress } = progress;
  const ticker =
    onProgress === undefined
      ? undefined
      : setInterval(
          () => onProgress(progressAt(progress.plan, progress.tally, performance.now() - progress.startMs(), false)),
          progress.intervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS,
        );
  return () => {
    clearInterval(sweep);
    if (ticker !== undefined) clearInterval(ticker);
  };
}

/**
 * What every run reports about itself at the end: the generator's own load (and the saturation
 * warnings it earns), and, when the run had to be cut off, how many requests were abandoned.
 */
export function runEndFigures(
  sample: SaturationSample,
  reason: 'done' | 'aborted' | 'forced',
  stragglers: number,
): { warnings: RunWarning[]; generator: GeneratorLoad } {
  const warnings = saturationWarnings(sample);
  if (reason === 'forced') {
    warnings.push({
      code: 'requests-abandoned',
      message: `${stragglers} request(s) were still unanswered ${SHUTDOWN_GRACE_MS} ms after their deadline and were dropped.`,
    });
  }
  return { warnings, generator: { cpuShare: round3(sample.cpuShare), eventLoopDelayP99Ms: round3(sample.eventLoopDelayP99Ms) } };
}

/**
 * The run-health warnings (metrics/run-health.ts) for a finished run: no answers, a target that
 * stopped answering, endpoints that failed or got nothing. `loadStartMs` is the performance.now()
 * the plan's times count from.
 */
export function runHealth(
  tally: Tally,
  loadStartMs: number,
  plan: TrialPlan,
  model: 'closed' | 'open',
  endpoints: readonly EndpointResult[],
): RunWarning[] {
  return runHealthWarnings({
    model,
    endpoints,
    warmupMs: plan.warmupMs,
    durationMs: plan.totalMs - plan.warmupMs,
    ...(tally.lastAnswerAtMs === 0 ? {} : { lastAnswerMs: tally.lastAnswerAtMs - loadStartMs }),
    failuresSinceAnswer: tally.failuresSinceAnswer,
  });
}

/** Rounds to three decimals, for figures a report shows. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * Closes every connection and waits for their sockets to close. `Http1Connection.destroy` never
 * rejects: requests still out fail through their handlers, which ignore it once the run is finished.
 */
export async function destroyClients(clients: readonly { destroy(): Promise<void> }[]): Promise<void> {
  await Promise.all(clients.map((client) => client.destroy()));
}
