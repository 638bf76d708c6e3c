/**
 * The overall call. `regressed` when any comparison or threshold reaches a severity; otherwise
 * `no-baseline` when nothing could be compared, else `pass`. Whether the step fails is a separate
 * question answered by `fail-on`: a minor regression is reported but passes the default gate.
 */
import type { Profile, SeverityCutoffs } from '../profile/types.js';
import type { RunResult } from '../metrics/types.js';
import type { Baseline } from '../baseline/types.js';
import { compareWithBaseline, type ComparisonOutcome } from './compare.js';
import { compareWithHistory } from './history-compare.js';
import { compareCapacity } from './capacity-compare.js';
import { CPU_METRIC, historyCpuTest, pairedCpuTest } from './cpu-compare.js';
import { compareRecovery } from './recovery-compare.js';
import { baselineNotes } from './baseline-notes.js';
import { checkRunThresholds, checkThresholds } from './thresholds.js';
import { maxLevel, reaches } from './severity.js';
import type { BaselineUse, FailOn, Level, Verdict, VerdictNote } from './types.js';

/** What the verdict is decided from. */
export interface VerdictInput {
  profile: Profile;
  fingerprint: string;
  result: RunResult;
  /**
   * The restored baseline, if one was found and readable. In paired mode: one run holding the
   * baseline target's trials, measured interleaved with this run's.
   */
  baseline?: Baseline;
  baselineUse: BaselineUse;
  failOn: FailOn;
  /** cache (default): judge against the stored history; paired: against the second target's trials. */
  mode?: 'cache' | 'paired';
}

/**
 * Compares, checks thresholds and decides; pure. Paired mode and a cached history of any length
 * can block (history-compare.ts says how a short history can).
 */
export function decideVerdict(input: VerdictInput): Verdict {
  const { profile, result, failOn } = input;
  const mode = input.mode ?? 'cache';
  const notes: VerdictNote[] = [];
  let baselineUse: BaselineUse = { ...input.baselineUse, mode };
  let comparisons: Verdict['comparisons'] = [];

  const baseline = input.baseline;
  if (baseline && mode === 'cache' && baseline.profile.fingerprint !== input.fingerprint) {
    baselineUse = {
      ...baselineUse,
      status: 'incompatible',
      reason: 'the profile’s load or endpoints changed since this baseline was recorded; it is not compared',
    };
  } else if (baseline && baseline.runs.length > 0) {
    const outcome = compareRuns(profile, result, baseline, mode);
    comparisons = outcome.comparisons;
    notes.push(...outcome.notes, ...(result.load.model === 'closed' ? closedModelNotes(comparisons) : []));
    if (mode === 'cache') notes.push(...baselineNotes(result, baseline.runs));
  }

  const breaches = [...checkThresholds(profile, result.endpoints), ...checkRunThresholds(profile, result)];
  // A CPU-per-request limit the run could not check is said once, baseline or not (cpu-compare.ts).
  const cpuUnchecked = profile.thresholds.some((t) => t.metric === CPU_METRIC) && result.targetResources?.cpuPerRequest === undefined;
  if (cpuUnchecked && !notes.some((n) => n.code === 'cpu-not-compared')) notes.push({ code: 'cpu-not-compared', params: { mode, missing: 'current' } });
  let maxSeverity: Level = 'none';
  let advisorySeverity: Level = 'none';
  for (const c of comparisons) {
    maxSeverity = maxLevel(maxSeverity, c.severity);
    advisorySeverity = maxLevel(advisorySeverity, c.advisorySeverity ?? 'none');
  }
  for (const b of breaches) maxSeverity = maxLevel(maxSeverity, b.severity);

  const compared = comparisons.length > 0;
  const status = maxSeverity !== 'none' ? 'regressed' : compared ? 'pass' : 'no-baseline';
  return {
    status,
    maxSeverity,
    advisorySeverity,
    failOn,
    failed: reaches(maxSeverity, failOn),
    comparisons,
    breaches,
    baseline: baselineUse,
    notes,
  };
}

function compareRuns(profile: Profile, result: RunResult, baseline: Baseline, mode: 'cache' | 'paired'): ComparisonOutcome {
  if (result.capacity) {
    // A ladder's trials each ran at another rate: the run is judged by its capacity (capacity-compare.ts).
    const comparison = mode === 'cache' ? compareCapacity(result.capacity, baseline.runs, profile.regression) : undefined;
    return { comparisons: comparison ? [comparison] : [], notes: [] };
  }
  const cutoffs = new Map<string, SeverityCutoffs>();
  for (const e of profile.endpoints) if (e.severity) cutoffs.set(e.name, e.severity);
  const runs = baseline.runs;
  // The target's CPU per request joins the endpoint tests' families (cpu-compare.ts).
  const thresholded = profile.thresholds.some((t) => t.metric === CPU_METRIC);
  const cpu = mode === 'paired'
    ? pairedCpuTest(result, runs[0], profile.regression.severity, thresholded)
    : historyCpuTest(result, runs, profile.regression.severity, thresholded);
  const runTests = cpu.test ? [cpu.test] : [];
  const outcome = mode === 'paired'
    ? compareWithBaseline(result.endpoints, runs[0].endpoints, profile.regression, cutoffs, runTests)
    : compareWithHistory(result.endpoints, runs, profile.regression, cutoffs, runTests);
  // A spike run is also judged by its time to recover against the stored runs (recovery-compare.ts).
  const recovery = mode !== 'paired' && result.recovery ? compareRecovery(result.recovery, runs, profile.regression) : undefined;
  return { comparisons: recovery ? [...outcome.comparisons, recovery] : outcome.comparisons, notes: [...outcome.notes, ...cpu.notes] };
}

const LATENCY = new Set(['p50', 'p90', 'p95', 'p99', 'mean']);

/**
 * In a closed model every connection waits for its answer before sending again, so one slower
 * endpoint lowers the throughput of all of them. Say so when throughput fell on endpoints whose
 * latency did not rise (found, or advisory), so nobody chases the wrong endpoint. Not for the
 * open model: there arrivals do not wait on answers.
 */
export function closedModelNotes(comparisons: Verdict['comparisons']): VerdictNote[] {
  // Advisory findings count too: a reviewer sees them in the report and asks the same question.
  const found = (c: Verdict['comparisons'][number]) => c.severity !== 'none' || (c.advisorySeverity !== undefined && c.advisorySeverity !== 'none');
  const slower = new Set(comparisons.filter((c) => LATENCY.has(c.metric) && found(c)).map((c) => c.endpoint));
  if (slower.size === 0) return [];
  const knockOn = comparisons
    .filter((c) => c.metric === 'throughput' && found(c) && !slower.has(c.endpoint))
    .map((c) => c.endpoint);
  if (knockOn.length === 0) return [];
  return [{ code: 'closed-model-throughput', params: { knockOn, slower: [...slower] } }];
}
