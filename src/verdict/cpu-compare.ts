/**
 * Efficiency as a gated figure: the target's CPU time per request. A change that burns 40% more CPU
 * for each request can leave latency at this load unchanged — the machine had CPU to spare — so no
 * latency test sees it, yet it takes 40% off the capacity the service will have when it does not.
 * The target's CPU time is read from /proc or its container's cgroup (load/target-resources.ts) and
 * divided by each trial's requests (metrics/endurance.ts), so the figure has a value per trial, and
 * it is judged the way a latency is:
 *
 * - **paired mode**: both targets sampled in the same interleaved slots; the candidate's per-trial
 *   values against the baseline target's by the trial-level test (exact Mann–Whitney, Hodges–Lehmann
 *   change; compare.ts `testTrialValues`).
 * - **cache mode**: the run's median against the medians of the stored runs by the run-level history
 *   test (stats/history-spread.ts): CPU per request, like latency, moves with the machine.
 *
 * The test joins the run's Holm family (what blocks) and its Benjamini–Hochberg family (what is
 * advisory) beside the endpoint tests, and its severity comes from the profile's usual cut-offs.
 * CPU time is robust to a busy machine in a way latency is not — a descheduled target is not
 * charged CPU while it waits — which is why a small trial count is enough to see 40%.
 *
 * When the CPU is not known for one side (no `target-pid`/`target-container`, or no
 * `baseline-target-pid` in paired mode), nothing is compared and one note says why; never an error.
 */
import { median } from 'simple-statistics';
import type { SeverityCutoffs } from '../profile/types.js';
import type { RunResult } from '../metrics/types.js';
import type { BaselineRun } from '../baseline/types.js';
import { historySpreadTest } from '../stats/history-spread.js';
import { directionOf, testTrialValues } from './compare.js';
import type { RawComparison } from './adjust.js';
import type { VerdictNote } from './notes.js';

/** What a CPU-per-request comparison names as its endpoint. */
export const CPU_SUBJECT = 'target';
/** The metric's name in comparisons and thresholds. */
export const CPU_METRIC = 'target_cpu_per_request';
/** Fewest trials on each side for the trial-level test: with 2 against 2 the smallest exact p is 1/6. */
const MIN_TRIALS = 2;

/** The test to add to the run's family, or a note saying why there is none (file comment). */
export interface CpuTestOutcome {
  test?: RawComparison;
  notes: VerdictNote[];
}

/**
 * Paired mode: the candidate's per-trial CPU per request (`result`) against the baseline target's
 * (`baseline`, the one run paired mode builds from it). `thresholded`: the profile limits the
 * figure, so a run that could not read it says so even when neither side was sampled.
 */
export function pairedCpuTest(result: Pick<RunResult, 'targetResources'>, baseline: BaselineRun, cutoffs: SeverityCutoffs, thresholded = false): CpuTestOutcome {
  const x = result.targetResources?.cpuPerRequest?.trialsMs ?? [];
  const y = baseline.cpuMsPerRequest ?? [];
  if (x.length >= MIN_TRIALS && y.length >= MIN_TRIALS) return { test: testTrialValues(CPU_SUBJECT, CPU_METRIC, x, y, false, cutoffs), notes: [] };
  if (x.length === 0 && y.length === 0 && !thresholded) return { notes: [] };
  const missing = x.length < MIN_TRIALS ? (y.length < MIN_TRIALS ? 'both' : 'current') : 'baseline';
  return { notes: [{ code: 'cpu-not-compared', params: { mode: 'paired', missing } }] };
}

/**
 * Cache mode: this run's median CPU per request against the stored runs' medians. Runs stored
 * before the figure existed, or measured without the target's CPU, are left out; with none left
 * there is no test (and a note only when this run has the figure and the history could have: never
 * on a first run, which has nothing to miss).
 */
export function historyCpuTest(result: Pick<RunResult, 'targetResources'>, runs: readonly BaselineRun[], cutoffs: SeverityCutoffs, thresholded = false): CpuTestOutcome {
  const current = result.targetResources?.cpuPerRequest?.medianMs;
  const history = runs
    .map((r) => r.cpuMsPerRequest ?? [])
    .filter((trials) => trials.length > 0)
    .map((trials) => median(trials))
    .filter((v) => v > 0);
  if (current === undefined || !(current > 0)) {
    return history.length > 0 || thresholded ? { notes: [{ code: 'cpu-not-compared', params: { mode: 'cache', missing: 'current' } }] } : { notes: [] };
  }
  if (history.length === 0) return { notes: [] };
  const test = historySpreadTest(current, history, { alternative: 'greater' });
  return {
    test: {
      endpoint: CPU_SUBJECT,
      metric: CPU_METRIC,
      baseline: test.center,
      current,
      change: test.change,
      changeKind: 'relative',
      interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
      p: test.p,
      n1: result.targetResources?.cpuPerRequest?.trialsMs.length ?? 1,
      n2: history.length,
      direction: directionOf(test.change, 0.005, false),
      method: 'history',
      spread: test.spread,
      cutoffs,
    },
    notes: [],
  };
}
