/**
 * `load.capacity:` — a breakpoint run: an open-model step ladder and the SLO that defines holding.
 * The ladder becomes the open model's stages (plan/capacity-ladder.ts), so the run is an open run
 * like any other; after it, verdict/capacity.ts reads the capacity from the trials of each step.
 *
 *   load:
 *     warmup: 5s                 at the start rate
 *     max_in_flight: 512
 *     capacity:
 *       start_rate: 100          requests/s of the first step
 *       step: 100                added at each step
 *       ceiling: 2000            the last step's rate (the ladder never goes above it)
 *       step_duration: 10s       how long each step holds its rate
 *       trials_per_step: 5       3..20; the step holds when most of its trials do
 *       hold:                    the SLO; at least one of p95 and error_rate
 *         p95: 50ms              every endpoint's p95 at most this
 *         error_rate: 1%         at most this share of requests failing
 *         achieved: 98%          requests sent at least this share of the rate asked (default 98%)
 *
 * The ladder's rates, duration and trials are derived, so `rate`, `shape`, `stages`, `duration`
 * and `trials` beside `capacity` are refused.
 */
import type { CapacitySettings } from './types.js';
import { formatDurationMs } from './duration.js';
import { describeValue, joinPath, readDuration, readFraction, readInteger, readMapping, type Issue, type Mapping } from './read.js';
import { readRate } from './open-load.js';
import { ladderRates, MAX_LADDER_STEPS, planLadder, type LadderPlan } from '../plan/capacity-ladder.js';

export const CAPACITY_KEYS = ['start_rate', 'step', 'ceiling', 'step_duration', 'trials_per_step', 'hold'] as const;
export const HOLD_KEYS = ['p95', 'error_rate', 'achieved'] as const;
/** A trial must hold enough requests for its p95 to mean something. */
const MIN_TRIAL_MS = 100;
const DEFAULT_ACHIEVED = 0.98;

/** Keys of `load:` that a capacity ladder derives and so refuses beside `capacity:`. */
const DERIVED_KEYS = ['rate', 'shape', 'start_rate', 'steps', 'spike_rate', 'spike_duration', 'stages', 'duration', 'trials'] as const;

/**
 * Reads `load.capacity` (the whole `load:` mapping is passed, to refuse the keys the ladder
 * derives). Returns the settings and the ladder's plan, or undefined after reporting every problem.
 */
export function readCapacity(load: Mapping, path: string, warmupMs: number, issues: Issue[]): { settings: CapacitySettings; plan: LadderPlan } | undefined {
  const at = joinPath(path, 'capacity');
  for (const key of DERIVED_KEYS) {
    if (load[key] !== undefined) {
      issues.push({ path: joinPath(path, key), message: 'is derived from the capacity ladder (its steps set the rates, the duration and the trials); remove it' });
    }
  }
  const mapping = readMapping(load.capacity, at, CAPACITY_KEYS, issues);
  if (!mapping) return undefined;
  const key = (k: string) => joinPath(at, k);
  const required = (k: (typeof CAPACITY_KEYS)[number], what: string): boolean => {
    if (mapping[k] !== undefined) return true;
    issues.push({ path: key(k), message: `is required (${what})` });
    return false;
  };
  const before = issues.length;
  const startRps = required('start_rate', 'the first step\'s rate, requests/s') ? readRate(mapping.start_rate, key('start_rate'), false, issues) : undefined;
  const stepRps = required('step', 'the rate added at each step, requests/s') ? readRate(mapping.step, key('step'), false, issues) : undefined;
  const ceilingRps = required('ceiling', 'the highest rate to try, requests/s') ? readRate(mapping.ceiling, key('ceiling'), false, issues) : undefined;
  const stepMs = required('step_duration', 'how long each step holds its rate, e.g. 10s') ? readDuration(mapping.step_duration, key('step_duration'), false, issues) : undefined;
  const trialsPerStep = mapping.trials_per_step === undefined ? 5 : readInteger(mapping.trials_per_step, key('trials_per_step'), 3, 20, issues);
  const hold = readHold(mapping.hold, key('hold'), issues);
  if (issues.length > before || startRps === undefined || stepRps === undefined || ceilingRps === undefined || stepMs === undefined || trialsPerStep === undefined || !hold) {
    return undefined;
  }
  if (ceilingRps < startRps) {
    issues.push({ path: key('ceiling'), message: `${describeValue(mapping.ceiling)} is below start_rate ${describeValue(mapping.start_rate)}; the ladder climbs from start_rate up to the ceiling` });
    return undefined;
  }
  if (stepMs / trialsPerStep < MIN_TRIAL_MS) {
    issues.push({
      path: key('step_duration'),
      message: `${formatDurationMs(stepMs)} split into ${trialsPerStep} trials gives ${formatDurationMs(stepMs / trialsPerStep)} per trial; each trial needs at least ${MIN_TRIAL_MS}ms (lengthen step_duration or lower trials_per_step)`,
    });
    return undefined;
  }
  const steps = ladderRates({ startRps, stepRps, ceilingRps }).length;
  if ((ceilingRps - startRps) / stepRps + 1 > MAX_LADDER_STEPS + 1e-9) {
    issues.push({ path: key('step'), message: `${describeValue(mapping.step)} climbs from ${startRps} to ${ceilingRps} in more than ${MAX_LADDER_STEPS} steps; use a larger step or a narrower range` });
    return undefined;
  }
  const settings: CapacitySettings = { startRps, stepRps, ceilingRps, stepMs, trialsPerStep, hold };
  const plan = planLadder(settings, warmupMs);
  if (plan.stepRates.length !== steps) throw new Error('ladder plan and rates disagree');
  return { settings, plan };
}

function readHold(value: unknown, path: string, issues: Issue[]): CapacitySettings['hold'] | undefined {
  if (value === undefined) {
    issues.push({ path, message: 'is required: the SLO a step must meet to hold, e.g. { p95: 50ms, error_rate: 1% }' });
    return undefined;
  }
  const mapping = readMapping(value, path, HOLD_KEYS, issues);
  if (!mapping) return undefined;
  const hold: CapacitySettings['hold'] = { achievedShare: DEFAULT_ACHIEVED };
  if (mapping.p95 !== undefined) {
    const ms = readDuration(mapping.p95, joinPath(path, 'p95'), false, issues);
    if (ms !== undefined) hold.p95Ms = ms;
  }
  if (mapping.error_rate !== undefined) {
    const rate = readFraction(mapping.error_rate, joinPath(path, 'error_rate'), issues);
    if (rate !== undefined) hold.errorRate = rate;
  }
  if (mapping.achieved !== undefined) {
    const share = readFraction(mapping.achieved, joinPath(path, 'achieved'), issues);
    if (share !== undefined && (share <= 0 || share > 1)) {
      issues.push({ path: joinPath(path, 'achieved'), message: `${describeValue(mapping.achieved)} is not a share above 0% and at most 100% of the rate asked` });
    } else if (share !== undefined) {
      hold.achievedShare = share;
    }
  }
  if (mapping.p95 === undefined && mapping.error_rate === undefined) {
    issues.push({ path, message: 'names no limit: give p95, error_rate or both (achieved alone only says the generator kept up)' });
    return undefined;
  }
  return hold;
}
