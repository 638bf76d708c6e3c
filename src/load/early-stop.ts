/**
 * Stopping a run before its plan ends, at a trial boundary: the lifecycle's one hook for a model
 * whose later trials are pointless once an earlier one has answered the question (a capacity ladder
 * whose step clearly broke: nothing above it will hold).
 *
 * ```
 *  trial      ┤── k ──┤── k+1 ──┤
 *  check              └─ settle ─┘ check(k): the answers to trial k's requests have had up to
 *                                  min(trial length, request timeout) to come in
 *  stop: the model sends nothing more; requests out finish or reach their deadline; the run ends
 * ```
 *
 * Bounded: the checks only ever shorten the run, never lengthen it (the plan's last trial is never
 * checked, and the lifecycle's forced deadline still stands).
 */
import type { RunState, StopAfterTrial, SweptRequest } from './types.js';

/** How often a stopped run looks whether its last requests are in, ms. */
const DRAIN_POLL_MS = 20;

/**
 * Checks each trial but the last `settleMs` after it ends; when `check` says stop, calls
 * `onStop(trialIndex)` (the model stops sending) and then `onDrained()` once no request is in
 * flight. Returns the function that cancels every pending timer.
 */
export function startEarlyStop(
  run: RunState,
  handlers: readonly SweptRequest[],
  check: StopAfterTrial,
  settleMs: number,
  onStop: (trialIndex: number) => void,
  onDrained: () => void,
): () => void {
  const timers: ReturnType<typeof setTimeout>[] = [];
  let drain: ReturnType<typeof setInterval> | undefined;
  const cancel = (): void => {
    for (const t of timers) clearTimeout(t);
    timers.length = 0;
    if (drain !== undefined) clearInterval(drain);
  };
  const trials = run.plan.trials;
  const nowMs = performance.now() - run.loadStartMs;
  for (const trial of trials.slice(0, -1)) {
    const atMs = trial.endMs + settleMs;
    timers.push(
      setTimeout(() => {
        if (run.finished || !check(trial.index, run)) return;
        cancel();
        onStop(trial.index);
        drain = setInterval(() => {
          if (handlers.some((h) => h.inFlight)) return;
          clearInterval(drain);
          onDrained();
        }, DRAIN_POLL_MS);
      }, Math.max(0, atMs - nowMs)),
    );
  }
  return cancel;
}
