/**
 * The verdict's footnotes as data: a stable code and the figures behind it, never prose. The
 * verdict decides what is worth saying; src/report/notes.ts says it, in one wording for every view
 * (job summary, markdown report, comment, terminal, JSON report). So the verdict needs no number
 * formatting and never imports a renderer, and a test can check a note's figures, not its words.
 */
import type { RegressionMetric } from '../profile/types.js';

/** A smallest detectable change of one metric (median over endpoints; a positive fraction). */
export interface MetricDetectable {
  metric: RegressionMetric;
  detectable: number;
}

/** Every note the verdict can give, by code. */
export type VerdictNote =
  /** An endpoint of this run that the baseline does not have. */
  | { code: 'new-endpoint'; params: { endpoint: string } }
  /**
   * An endpoint without requests to compare: `current` none in this run, `baseline` none in the
   * baseline, `some-metrics` none for some metrics in this run or the history (cache mode).
   */
  | { code: 'no-data'; params: { endpoint: string; missingIn: 'current' | 'baseline' | 'some-metrics' } }
  /** Paired mode: with these trial counts the smallest exact p cannot pass Holm's first step. */
  | { code: 'too-few-trials'; params: { currentTrials: number; baselineTrials: number; smallestP: number; tests: number; alpha: number; neededP: number } }
  /** A percentile that these endpoints' trials hold too few requests for. */
  | { code: 'percentile-skipped'; params: { metric: RegressionMetric; endpoints: string[]; fewestRequests: number; neededRequests: number } }
  /** Baseline runs measured on another kind of runner (`runners` are the first kinds, described). */
  | { code: 'other-runner'; params: { otherRuns: number; runs: number; runners: string[]; moreRunners: boolean; thisRunner: string } }
  /** The newest baseline run is older than BASELINE_STALE_DAYS. */
  | { code: 'stale-baseline'; params: { savedAt: string; ageDays: number } }
  /** Closed model: throughput fell on `knockOn` because connections waited on `slower`. */
  | { code: 'closed-model-throughput'; params: { knockOn: string[]; slower: string[] } }
  /**
   * Cache mode: what this history can see. `relative` empty means no relative test ran (one
   * comparable endpoint): only the history test's detectable changes are known.
   */
  | { code: 'history-sensitivity'; params: { runs: number; endpoints: number; relative: MetricDetectable[]; history: MetricDetectable[] } }
  /** Cache mode: even a critical change on every endpoint at once is inside the history's spread. */
  | { code: 'history-too-noisy'; params: { metrics: RegressionMetric[]; critical: number; runs: number } }
  /**
   * The target's CPU per request was not compared (verdict/cpu-compare.ts): `missing` says whose
   * CPU was not sampled — this run's target, paired mode's baseline target, or both.
   */
  | { code: 'cpu-not-compared'; params: { mode: 'cache' | 'paired'; missing: 'current' | 'baseline' | 'both' } }
  /** The run measured nothing usable; `causes` are the result's warning codes that say so. */
  | { code: 'run-unmeasured'; params: { causes: string[] } };

/** A note's code: a typo in a code fails the type check. */
export type VerdictNoteCode = VerdictNote['code'];
