/**
 * Time to recover after a spike: how long after the spike ended the service was back to its
 * pre-spike self. Pure, over the run's per-second timeline windows.
 *
 *   p95 ┤        ╭──╮
 *       ┤       ╭╯  ╰╮                       band: pre-spike p95 × (1 + band)
 *       ┤ ─ ─ ─ ┼ ─ ─ ╰─╮─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─ ─
 *       ┤───────╯       ╰──────────────────
 *            spike   end ├── recovery ──┤ first window of `settle` in a row back in band, no errors
 *
 * The pre-spike level is the median p95 of the windows before the spike began (a median, so the
 * warm-up's first slow second does not raise it). Recovered means: a window whose p95 is within
 * the band of that level and that has no errors, followed by `settle − 1` more such windows — one
 * good second in the middle of a backlog draining is not recovery. The time counts from the end of
 * the spike to the start of that first window; a service that never settles before the run ends
 * is reported as not recovered, with the time it was watched, so a threshold can still judge it.
 */

export interface TimelineWindow {
  startMs: number;
  p95Ms: number;
  requests: number;
  errors: number;
}

export interface RecoverySettings {
  /** When the spike began and ended, on the windows' clock. */
  spikeStartMs: number;
  spikeEndMs: number;
  /** Allowed excess over the pre-spike p95 (0.2 = 20 %). */
  band: number;
  /** Consecutive good windows that make a recovery. */
  settle: number;
  /** Width of a window, ms (1000 unless the timeline was downsampled). */
  windowMs?: number;
}

export type RecoveryResult =
  | { recovered: true; recoveryMs: number; preSpikeP95Ms: number }
  | { recovered: false; watchedMs: number; preSpikeP95Ms: number; reason: string };

/** Time to recover after the spike (see the file comment). */
export function recoveryTime(windows: readonly TimelineWindow[], settings: RecoverySettings): RecoveryResult {
  const windowMs = settings.windowMs ?? 1000;
  // Only windows wholly before the spike: the one it begins in already holds some of it.
  const before = windows.filter((w) => w.startMs + windowMs <= settings.spikeStartMs && w.requests > 0).map((w) => w.p95Ms).sort((a, b) => a - b);
  const preSpikeP95Ms = before.length === 0 ? Number.NaN : before[Math.floor((before.length - 1) / 2)];
  const after = windows.filter((w) => w.startMs >= settings.spikeEndMs);
  const watchedMs = after.length === 0 ? 0 : after[after.length - 1].startMs + windowMs - settings.spikeEndMs;
  if (Number.isNaN(preSpikeP95Ms)) {
    return { recovered: false, watchedMs, preSpikeP95Ms, reason: 'no answered window before the spike to compare with' };
  }
  const limit = preSpikeP95Ms * (1 + settings.band);
  const good = (w: TimelineWindow) => w.requests > 0 && w.errors === 0 && w.p95Ms <= limit;
  let run = 0;
  for (let i = 0; i < after.length; i++) {
    run = good(after[i]) ? run + 1 : 0;
    if (run === settings.settle) {
      const first = after[i - settings.settle + 1];
      return { recovered: true, recoveryMs: Math.max(0, first.startMs - settings.spikeEndMs), preSpikeP95Ms };
    }
  }
  return { recovered: false, watchedMs, preSpikeP95Ms, reason: `p95 not back within ${Math.round(settings.band * 100)}% of ${preSpikeP95Ms} ms without errors for ${settings.settle} windows in a row before the run ended` };
}
