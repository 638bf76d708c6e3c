/**
 * From a finished ladder run's per-trial endpoint summaries to the steps verdict/capacity.ts reads:
 * trial k belongs to step ⌊k / trialsPerStep⌋ (plan/capacity-ladder.ts lays them so), and a trial's
 * figures are the worst p95 of any endpoint that was answered in it, the error rate over every
 * endpoint's requests, and the requests started per second (dropped arrivals are not among them,
 * so a generator that had to drop falls short of the rate asked).
 */
import type { CapacitySettings } from '../profile/types.js';
import type { EndpointResult, RunCapacity, RunResult } from '../metrics/types.js';
import type { LoadSpec } from '../profile/types.js';
import { ladderRates } from '../plan/capacity-ladder.js';
import { capacityOf, type CapacityResult, type LadderStep } from './capacity.js';

/**
 * The ladder's steps, lowest first, as far as the run climbed: `trialsRun` trials (all of them
 * unless the ladder stopped early). A trial in which no request started at all — every arrival
 * dropped, or the target gone — is a trial that failed on every count, not one to skip.
 */
export function ladderSteps(endpoints: readonly EndpointResult[], settings: CapacitySettings, stepRates: readonly number[], trialsRun?: number): LadderStep[] {
  const trialCount = trialsRun ?? Math.max(0, ...endpoints.map((e) => e.trials.length));
  const steps: LadderStep[] = [];
  for (let k = 0; k < trialCount; k++) {
    const stepIndex = Math.floor(k / settings.trialsPerStep);
    if (stepIndex >= stepRates.length) break;
    let requests = 0;
    let errors = 0;
    let rps = 0;
    let p95 = Number.NaN;
    for (const e of endpoints) {
      const t = e.trials[k];
      if (!t) continue;
      requests += t.requests;
      errors += t.errors;
      rps += t.rps;
      if (t.requests - t.errors > 0 || t.latencyMs.p95 > 0) p95 = Number.isNaN(p95) ? t.latencyMs.p95 : Math.max(p95, t.latencyMs.p95);
    }
    const step = (steps[stepIndex] ??= { rateRps: stepRates[stepIndex], trials: [] });
    step.trials.push({ p95Ms: p95, errorRate: requests === 0 ? 1 : errors / requests, sentRps: rps });
  }
  return steps;
}

/** The capacity of a ladder run from its endpoints' trials. */
export function readCapacity(endpoints: readonly EndpointResult[], settings: CapacitySettings, stepRates: readonly number[], trialsRun?: number): CapacityResult {
  return capacityOf(ladderSteps(endpoints, settings, stepRates, trialsRun), { ...settings.hold }, settings.ceilingRps);
}

/**
 * The run's `capacity` section for a capacity ladder's load (none for any other load): read from
 * the trials the run ran (`trialsRun` when it stopped early), and whether it stopped because the
 * target stopped answering.
 */
export function runCapacity(load: LoadSpec, endpoints: readonly EndpointResult[], run: { trialsRun?: number; targetStopped?: boolean }): RunCapacity | undefined {
  if (load.model !== 'open' || !load.capacity) return undefined;
  const rates = ladderRates(load.capacity);
  const reading = readCapacity(endpoints, load.capacity, rates, run.trialsRun);
  return {
    ...reading,
    ...(run.targetStopped ? { targetStopped: true } : {}),
    stepsRun: reading.steps.length,
    stepsPlanned: rates.length,
  };
}

/** The result with its `capacity` section when the load was a capacity ladder. */
export function withCapacity(result: RunResult, load: LoadSpec, run: { trialsRun?: number; targetStopped?: boolean }): RunResult {
  const capacity = runCapacity(load, result.endpoints, run);
  return capacity ? { ...result, capacity } : result;
}
