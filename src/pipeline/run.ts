/**
 * The pipeline both entry points share: wait for the target, run the load, judge it against a
 * baseline, and return the report. Two modes: against the stored history (cached.ts), or against a
 * second target measured beside it now (paired.ts).
 */
import type { PipelineEdges, PipelineOptions, PipelineOutcome } from './types.js';
import { runCachedPipeline } from './cached.js';
import { runPairedPipeline } from './paired.js';

/** Runs the whole pipeline once. Throws only for errors that leave nothing to report (an unreachable target). */
export function runPipeline(options: PipelineOptions, edges: PipelineEdges): Promise<PipelineOutcome> {
  return options.baselineTarget ? runPairedPipeline({ ...options, baselineTarget: options.baselineTarget }, edges) : runCachedPipeline(options, edges);
}
