/**
 * A capacity ladder's early stop: at the end of each step (its last trial, once its answers are
 * in), the step is read from the run's live counters and handed to verdict/capacity.ts
 * `shouldStopAfter` — the ladder climbs no further once two steps in a row failed (a confirmed
 * break) or the target stopped answering. This is the I/O edge; the decision is the pure verdict's.
 */
import type { CapacitySettings } from '../profile/types.js';
import { summarizeLatency } from '../metrics/histogram.js';
import { totalErrors } from '../metrics/summarize.js';
import { shouldStopAfter, type LadderStep, type LadderTrial } from '../verdict/capacity.js';
import type { RunState, StopAfterTrial } from './types.js';

/** The stop hook for a ladder, and what it saw: whether the target stopped answering. */
export interface CapacityStop {
  stopAfterTrial: StopAfterTrial;
  /** True once a step ended with the target answering nothing in its last trial. */
  targetStopped(): boolean;
}

/** Builds the hook for a ladder of `stepRates` (plan/capacity-ladder.ts lays trialsPerStep per step). */
export function capacityStop(settings: CapacitySettings, stepRates: readonly number[]): CapacityStop {
  let stopped = false;
  return {
    targetStopped: () => stopped,
    stopAfterTrial(trialIndex, run) {
      if ((trialIndex + 1) % settings.trialsPerStep !== 0) return false;
      const stepIndex = Math.floor(trialIndex / settings.trialsPerStep);
      if (stepIndex >= stepRates.length) return false;
      const stepAt = (index: number): LadderStep => {
        const first = index * settings.trialsPerStep;
        const step: LadderStep = { rateRps: stepRates[index], trials: [] };
        for (let k = first; k < first + settings.trialsPerStep; k++) step.trials.push(liveTrial(run, k));
        return step;
      };
      stopped = unanswered(run, trialIndex);
      return shouldStopAfter(stepAt(stepIndex), { ...settings.hold }, stopped, stepIndex > 0 ? stepAt(stepIndex - 1) : undefined);
    },
  };
}

/** Trial k as the counters hold it now, summed (worst p95) over endpoints, as capacity-reading.ts reads a finished run. */
function liveTrial(run: RunState, k: number): LadderTrial {
  let requests = 0;
  let errors = 0;
  let p95 = Number.NaN;
  for (const endpoint of run.counters) {
    const t = endpoint.trials[k];
    requests += t.requests;
    errors += totalErrors(t.errors);
    if (t.latency.count > 0) p95 = Number.isNaN(p95) ? summarizeLatency(t.latency).p95 : Math.max(p95, summarizeLatency(t.latency).p95);
  }
  const seconds = run.plan.trialDurationMs / 1000;
  return { p95Ms: p95, errorRate: requests === 0 ? 1 : errors / requests, sentRps: requests / seconds };
}

/** Requests started in trial k and not one of them answered (any status): the target is gone. */
function unanswered(run: RunState, k: number): boolean {
  let requests = 0;
  for (const endpoint of run.counters) {
    const t = endpoint.trials[k];
    requests += t.requests;
    if (t.latency.count > 0) return false;
  }
  return requests > 0;
}
