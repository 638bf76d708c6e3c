/**
 * Where the measured window of an imported run lies, and how it splits into trials: exactly as the
 * engine plans its own runs (plan/trial-plan.ts), only anchored at the first sample the tool
 * recorded (or at a start time the workflow gave) instead of at the moment loadgate began sending.
 *
 * ```
 *  startMs (first sample, or start-at)
 *  |-- warm-up --|--- trial 0 ---| … |-- trial K-1 --|   samples outside are left out
 * ```
 */
import { planTrials, type TrialPlan } from '../plan/trial-plan.js';
import type { ClosedModelLoad } from '../profile/types.js';

/** How the user asked the imported run to be cut (all optional; defaults below). */
export interface ImportWindowOptions {
  /** Leading time to discard, ms (default 0). */
  warmupMs?: number;
  /** The measured phase, ms; default: what the samples cover after the warm-up, in whole seconds. */
  durationMs?: number;
  /** Trials the measured phase is cut into (default 10). */
  trials?: number;
  /** Epoch ms the load started at (a shard's common start); default: the first sample's start. */
  startAtMs?: number;
}

export const DEFAULT_IMPORT_TRIALS = 10;

/** A window anchored in time: the plan's times are milliseconds after `startMs` (epoch ms). */
export interface ImportWindow {
  startMs: number;
  plan: TrialPlan;
}

/**
 * Plans the window over samples that started at `firstStartMs` and ended by `lastEndMs` (epoch ms).
 * Returns a problem in words instead when no measured phase is left (the samples end within the
 * warm-up), so the caller can name the file.
 */
export function planImportWindow(
  firstStartMs: number,
  lastEndMs: number,
  options: ImportWindowOptions,
): ImportWindow | { problem: string } {
  const startMs = options.startAtMs ?? firstStartMs;
  const warmupMs = options.warmupMs ?? 0;
  const trials = options.trials ?? DEFAULT_IMPORT_TRIALS;
  let durationMs = options.durationMs;
  if (durationMs === undefined) {
    const coveredMs = lastEndMs - startMs - warmupMs;
    // Whole seconds, so two runs of the same 60 s test get the same plan (and the same fingerprint);
    // under a second, the span itself.
    durationMs = coveredMs >= 1000 ? Math.round(coveredMs / 1000) * 1000 : coveredMs;
    if (!(durationMs > 0)) {
      return {
        problem: warmupMs > 0
          ? `no samples in the measured window: the samples cover ${formatSeconds(Math.max(0, lastEndMs - startMs))} from the start, ` +
            `which the ${formatSeconds(warmupMs)} warm-up takes whole (shorten the warm-up or import a longer run)`
          : 'no samples in the measured window: the samples cover no time at all',
      };
    }
  }
  const load: ClosedModelLoad = { model: 'closed', connections: 1, warmupMs, durationMs, trials, requestTimeoutMs: 0 };
  return { startMs, plan: planTrials(load) };
}

/** "12.5 s" */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
