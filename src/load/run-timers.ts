/**
 * What a run does while it goes on, whatever its model: sweep for overdue requests and report
 * progress. The lifecycle (lifecycle.ts) starts both when the load starts and stops them at the end.
 */
import { trialIndexAt, type TrialPlan } from '../plan/trial-plan.js';
import type { LoadProgress, SweptRequest, Tally } from './types.js';

/** Default time between progress reports, ms. */
export const DEFAULT_PROGRESS_INTERVAL_MS = 1000;

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

/**
 * The run's two timers: the deadline sweep over every request handler, at a tenth of the shortest
 * deadline within 5..50 ms (so a request is abandoned at most ~10% late, with no timer per
 * request), and the progress reports. `handlers` is read at every sweep, so a model may add to it
 * while the run goes on. Returns the function that stops both.
 */
export function startRunTimers(
  handlers: readonly SweptRequest[],
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
