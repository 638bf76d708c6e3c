/**
 * A baseline is the history of earlier runs of one profile on the protected branch: the per-trial
 * summaries of each run, newest last. The comparison tests the current run's trials against them.
 */
import type { RunnerFingerprint, TrialSummary } from '../metrics/types.js';

export const BASELINE_SCHEMA_VERSION = 1;
/** How many runs a baseline keeps by default; older ones are dropped when a new run is appended. */
export const DEFAULT_HISTORY_RUNS = 20;

export interface BaselineEndpoint {
  name: string;
  requests: number;
  errors: number;
  trials: TrialSummary[];
  /** The run's latency histogram, mergeable (EndpointResult.histogram); absent in older baselines. */
  histogram?: string;
}

export interface BaselineRun {
  savedAt: string;
  /** Commit and ref the run measured, when known (the action knows; a local run may not). */
  commit?: string;
  ref?: string;
  runner: { cpuModel: string; cores: number; os: string; node: string };
  trialDurationMs: number;
  endpoints: BaselineEndpoint[];
  /** A capacity ladder's run: the capacity it measured, requests/s (verdict/capacity-compare.ts). */
  capacityRps?: number;
  /**
   * The target's CPU time per request of each trial, ms, when the target was sampled
   * (TargetResources.cpuPerRequest; verdict/cpu-compare.ts): one number a trial.
   */
  cpuMsPerRequest?: number[];
  /** A spike run that recovered: its time to recover, ms (verdict/recovery-compare.ts). */
  recoveryMs?: number;
}

export interface Baseline {
  schemaVersion: typeof BASELINE_SCHEMA_VERSION;
  profile: { name: string; fingerprint: string };
  /** Oldest first, newest last. */
  runs: BaselineRun[];
  /**
   * Summaries of up to `trend.history` runs, oldest first, the newest included (run-summary.ts):
   * the trend's long memory, kept across profile changes (each summary names its fingerprint).
   * Absent in histories written before it; the trend then summarizes `runs`.
   */
  trend?: RunSummary[];
}

/** Which baseline: one per profile and load level (a nightly soak does not judge a PR gate). */
export interface BaselineKey {
  profileName: string;
  /** The load level's name, when the profile declares levels. */
  level?: string;
}

/**
 * Between a profile's name and its level's in a baseline's name: a character neither name may hold
 * (they are `[A-Za-z0-9._-]`), so profile `shop` at level `pr` and profile `shop.pr` never share a
 * file or a cache key.
 */
export const LEVEL_SEPARATOR = '@';

/** `checkout` or `checkout@nightly`: the name a store files a baseline under. */
export function baselineName(key: BaselineKey): string {
  return key.level ? `${key.profileName}${LEVEL_SEPARATOR}${key.level}` : key.profileName;
}

/**
 * The name loadgate 0.1 used for a level's baseline, `checkout.nightly`, which profile
 * `checkout.nightly` could share. Read (never written) when a level has no baseline under its new
 * name yet, and only if the document inside names the same profile; undefined without a level.
 */
export function legacyBaselineName(key: BaselineKey): string | undefined {
  return key.level ? `${key.profileName}.${key.level}` : undefined;
}

/** A stored baseline larger than this is not read or written: it is not one loadgate made. */
export const BASELINE_MAX_BYTES = 50 * 1024 * 1024;

export type RestoreOutcome =
  | { status: 'found'; baseline: Baseline; source: string }
  | { status: 'missing'; source: string }
  /**
   * Present but unreadable (corrupt, foreign, from a newer loadgate): ignored with a warning.
   * `unread`: the entry may well be fine and only this read failed (the service refused or failed,
   * or the archive would not unpack), so saving now would replace its whole history with one run.
   */
  | { status: 'unusable'; source: string; reason: string; unread?: boolean };

export type SaveOutcome =
  | { status: 'saved'; location: string }
  | { status: 'failed'; reason: string };

/** Where baselines live. Infrastructure trouble is returned as an outcome, never thrown. */
export interface BaselineStore {
  /** A short description for reports, e.g. `directory .loadgate/baselines`. */
  readonly description: string;
  restore(key: BaselineKey): Promise<RestoreOutcome>;
  save(key: BaselineKey, baseline: Baseline): Promise<SaveOutcome>;
}

export type { RunnerFingerprint };

/* Run summaries: the compact form of a stored run that the trend keeps (run-summary.ts). */

/** The metrics a run summary keeps per endpoint. Latencies in ms, throughput in requests/s. */
export const SUMMARY_METRICS = ['p50', 'p90', 'p95', 'p99', 'mean', 'throughput', 'error_rate'] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

export interface EndpointSummary {
  name: string;
  requests: number;
  /** Median over the run's trials (latencies, throughput); errors / requests for error_rate. */
  values: Record<SummaryMetric, number>;
}

export interface RunSummary {
  savedAt: string;
  commit?: string;
  ref?: string;
  /** The profile fingerprint the run measured: a trend does not mix runs of different loads. */
  fingerprint: string;
  runner: BaselineRun['runner'];
  endpoints: EndpointSummary[];
  /** Target process RSS growth over the measured phase (MB), when it was sampled. */
  rssGrowthMb?: number;
  /** A capacity ladder's capacity, requests/s (not when every step held: that is only a floor). */
  capacityRps?: number;
  /** Time to recover after a spike, ms, when the run had a spike and the service recovered. */
  recoveryMs?: number;
  /** Target CPU time per request, ms, when the target process was sampled. */
  cpuMsPerRequest?: number;
}

/** The run-level fields of a summary, one number each, present only when the run measured it. */
export const RUN_READINGS = ['rssGrowthMb', 'capacityRps', 'recoveryMs', 'cpuMsPerRequest'] as const;
export type RunReadingField = (typeof RUN_READINGS)[number];

/**
 * A result row's name: an endpoint's or flow's name, a flow step's `flow/step`, or a WebSocket
 * pseudo-endpoint's (`ws/<name>`, `ws/<name>/handshake`): names joined by "/", at most 3 segments —
 * still no character a file path, cache key or report could be tricked by.
 */
export const ROW_NAME = /^[A-Za-z0-9._-]{1,64}(\/[A-Za-z0-9._-]{1,64}){0,2}$/;
