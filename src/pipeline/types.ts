/**
 * What the pipeline takes and returns, shared by its two modes (cached.ts, paired.ts) and by the
 * entry points that wire it. Every edge (load runner, readiness probe, baseline store, runner
 * fingerprint, log) is passed in, so the action and the CLI wire the real ones (src/edges.ts) and
 * nothing in the pipeline reads the environment.
 */
import type { Profile, TargetProcess } from '../profile/types.js';
import type { RunnerFingerprint } from '../metrics/types.js';
import type { BaselineRun, BaselineStore, SaveOutcome } from '../baseline/types.js';
import type { FailOn } from '../verdict/types.js';
import type { ReportDocument } from '../report/document.js';
import type { LoadProgress, Measurement, RunLoadOptions } from '../load/types.js';

/** The edges one run uses; tests pass real local stand-ins. */
export interface PipelineEdges {
  waitUntilReady(url: string, options: { timeoutMs: number }): Promise<{ waitedMs: number }>;
  runLoad(options: RunLoadOptions): Promise<Measurement>;
  store: BaselineStore;
  runner(): RunnerFingerprint;
  log: { info(message: string): void; warning(message: string): void };
  onProgress?: (progress: LoadProgress) => void;
}

/** One run, as the set-up (setup.ts) resolved it. */
export interface PipelineOptions {
  profile: Profile;
  /** The base URL to load: the `target` input / `--target` flag, else the profile's `target`. */
  target: string;
  failOn: FailOn;
  saveBaseline: boolean;
  /** Where the measured code came from, recorded with a saved baseline. */
  origin?: { commit?: string; ref?: string };
  /**
   * Paired mode: a second target (the protected branch's build on this runner) whose trials are
   * interleaved with the target's and compared instead of a stored baseline (paired.ts).
   */
  baselineTarget?: string;
  /** Paired mode: the baseline target's process, sampled like the profile's `targetProcess` (setup.ts). */
  baselineTargetProcess?: TargetProcess;
  /** Find change points over the stored runs and this one (scheduled runs; verdict/trend.ts). */
  trend?: boolean;
}

/** The report, and what became of the baseline save when one was asked for. */
export interface PipelineOutcome {
  report: ReportDocument;
  saved?: SaveOutcome;
  /** The stored runs the report was judged against (oldest first), for the HTML report's trend. */
  history?: readonly BaselineRun[];
}
