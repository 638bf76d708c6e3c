/**
 * Footnotes about where the cached baseline came from: runs measured on another kind of runner
 * (CPU model, cores, OS — the things that move latency by more than a code change might), and a
 * newest run so old that the protected branch has probably moved on. Dates come from the result
 * and the baseline, never from a clock, so the verdict stays pure.
 */
import type { RunResult, RunnerFingerprint } from '../metrics/types.js';
import type { BaselineRun } from '../baseline/types.js';
import type { VerdictNote } from './types.js';

/** A baseline whose newest run is older than this gets a footnote. */
export const BASELINE_STALE_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** `Intel Xeon 8370C, 4 cores, linux`: the runner as a person would name it. */
export function describeRunner(r: Pick<RunnerFingerprint, 'cpuModel' | 'cores' | 'os'>): string {
  return `${r.cpuModel}, ${r.cores} cores, ${r.os}`;
}

/** Whether two runners differ in what matters for speed (the Node.js patch version does not). */
export function sameRunnerKind(a: Pick<RunnerFingerprint, 'cpuModel' | 'cores' | 'os'>, b: Pick<RunnerFingerprint, 'cpuModel' | 'cores' | 'os'>): boolean {
  return a.cpuModel === b.cpuModel && a.cores === b.cores && a.os === b.os;
}

/** Footnotes for a cached history judged against `result` (other runner, stale). */
export function baselineNotes(result: Pick<RunResult, 'runner' | 'startedAt'>, runs: readonly BaselineRun[]): VerdictNote[] {
  const notes: VerdictNote[] = [];
  const other = runs.filter((r) => r.runner && !sameRunnerKind(r.runner, result.runner));
  if (other.length > 0) {
    const kinds = [...new Set(other.map((r) => describeRunner(r.runner)))];
    notes.push({
      code: 'other-runner',
      params: { otherRuns: other.length, runs: runs.length, runners: kinds.slice(0, 3), moreRunners: kinds.length > 3, thisRunner: describeRunner(result.runner) },
    });
  }
  const newest = runs[runs.length - 1];
  const ageMs = Date.parse(result.startedAt) - Date.parse(newest?.savedAt ?? '');
  if (Number.isFinite(ageMs) && ageMs > BASELINE_STALE_DAYS * DAY_MS) {
    notes.push({ code: 'stale-baseline', params: { savedAt: newest.savedAt, ageDays: Math.floor(ageMs / DAY_MS) } });
  }
  return notes;
}
