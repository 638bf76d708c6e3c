/**
 * The trend's long memory in a stored history: run summaries (run-summary.ts) of up to
 * `trend.history` runs, beside the newest `regression.history` runs kept whole for the verdict.
 * Pure operations on baseline documents.
 */
import type { Baseline } from './types.js';
import { summarizeRun, type RunSummary } from './run-summary.js';

/** The summaries a stored history holds, oldest first; summarized from its runs when it predates them. */
export function storedSummaries(previous: Baseline | undefined): RunSummary[] {
  if (!previous) return [];
  return previous.trend ?? previous.runs.map((run) => summarizeRun(run, previous.profile.fingerprint));
}

/** `next` with its trend: `summaries` (the new run's last), the newest `maxRuns` of them. */
export function withTrend(next: Baseline, summaries: readonly RunSummary[], maxRuns: number): Baseline {
  return { ...next, trend: summaries.slice(-Math.max(1, maxRuns)) };
}
