/**
 * Node's timers take at most 2^31 − 1 ms (24.8 days); a longer delay overflows to 1 ms with only a
 * TimeoutOverflowWarning. A `duration: 600h` run armed its end-of-run safety net that way, which fired
 * at once: 0 requests and exit 0. The engine arms its run-length timers through this, which chains
 * timers of at most the maximum, so it is right for any duration it is given.
 */

/** The longest delay Node's setTimeout honours, ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

export interface LongTimeout {
  clear(): void;
}

/**
 * Calls `fn` once `delayMs` have passed (by the monotonic clock), however long that is.
 * `maxStepMs` is the longest single timer; tests make it small to exercise the chaining.
 */
export function setLongTimeout(fn: () => void, delayMs: number, maxStepMs = MAX_TIMER_MS): LongTimeout {
  const dueMs = performance.now() + delayMs;
  let handle: NodeJS.Timeout;
  // A timer may wake a millisecond early by this clock (libuv counts whole milliseconds from the
  // start of its loop turn): each wake re-checks, and `fn` runs only once the time has come.
  const wake = (): void => {
    const leftMs = dueMs - performance.now();
    if (leftMs <= 0) fn();
    else handle = setTimeout(wake, Math.min(maxStepMs, Math.ceil(leftMs)));
  };
  handle = setTimeout(wake, Math.min(maxStepMs, Math.max(0, Math.ceil(delayMs))));
  return { clear: () => clearTimeout(handle) };
}

/** A delay for one timer that may wake early and re-check (the open model's arrival pump). */
export function clampTimerMs(delayMs: number): number {
  return Math.min(delayMs, MAX_TIMER_MS);
}
