/**
 * What every run reports about itself when it ends, whatever its model: the generator's own load
 * (and the saturation warnings it earns), requests abandoned by the forced deadline, and the
 * run-health warnings (metrics/run-health.ts) read from the tally. Pure over what the run collected.
 */
import type { EndpointResult, GeneratorLoad, RunWarning } from '../metrics/types.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import type { TrialPlan } from '../plan/trial-plan.js';
import { saturationWarnings, type SaturationSample } from './saturation.js';
import type { EndReason, Tally } from './types.js';

/** Extra time past the last deadline before stragglers are cut off regardless. */
export const SHUTDOWN_GRACE_MS = 1000;

/**
 * The generator's figures and warnings for the end of a run, and, when the run had to be cut off
 * (`forced`), how many requests were abandoned.
 */
export function runEndFigures(
  sample: SaturationSample,
  reason: EndReason,
  stragglers: number,
): { warnings: RunWarning[]; generator: GeneratorLoad } {
  const warnings = saturationWarnings(sample);
  if (reason === 'forced') {
    warnings.push({
      code: 'requests-abandoned',
      message: `${stragglers} request(s) were still unanswered ${SHUTDOWN_GRACE_MS} ms after their deadline and were dropped.`,
    });
  }
  return { warnings, generator: { cpuShare: round3(sample.cpuShare), eventLoopDelayP99Ms: round3(sample.eventLoopDelayP99Ms) } };
}

/**
 * The run-health warnings (metrics/run-health.ts) for a finished run: no answers, a target that
 * stopped answering, endpoints that failed or got nothing. `loadStartMs` is the performance.now()
 * the plan's times count from.
 */
export function runHealth(
  tally: Tally,
  loadStartMs: number,
  plan: TrialPlan,
  model: 'closed' | 'open',
  endpoints: readonly EndpointResult[],
): RunWarning[] {
  return runHealthWarnings({
    model,
    endpoints,
    warmupMs: plan.warmupMs,
    durationMs: plan.totalMs - plan.warmupMs,
    ...(tally.lastAnswerAtMs === 0 ? {} : { lastAnswerMs: tally.lastAnswerAtMs - loadStartMs }),
    failuresSinceAnswer: tally.failuresSinceAnswer,
  });
}

/** Rounds to three decimals, for figures a report shows. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
