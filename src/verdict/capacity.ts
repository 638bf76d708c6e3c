/**
 * The capacity of a target from a step ladder (plan/capacity-ladder.ts): the highest rate that held
 * the SLO, with an interval read from the trials within each step, the step where it broke and what
 * broke first. Pure: it takes per-trial figures and returns data; the report words it.
 *
 * A trial holds when every limit of the SLO is met in it: each endpoint's p95 under `p95Ms`, the
 * error rate under `errorRate`, and the requests sent at least `achievedShare` of the rate asked
 * (an open model that had to drop arrivals, or could not send them on time, falls short here).
 * A step holds when most of its trials hold — one slow trial on a noisy runner does not end a ladder.
 *
 * The ladder is read from the bottom: the capacity is the rate of the last step that held before
 * the break — the first step that did not hold, CONFIRMED by the step above it not holding either.
 * A failed step with a held step above it was a stall, not the service's limit: on a shared
 * machine a descheduled generator or target fails a whole step now and then (docs/capacity.md has
 * the bench where single stalls ended ladders at a fraction of the known capacity), while a real
 * capacity does not come back at a higher rate. A failed step with nothing read above it (the
 * ceiling, or the target stopped answering) is the break as it stands. Its interval:
 *   lower — the highest step at or below the capacity whose trials ALL held (certainly held);
 *   upper — the rate of the break step, unless some of its trials held, then the next step up that
 *           held in none of its trials (certainly broken), else the confirming step; without one,
 *           the ceiling.
 * So a clean break between two steps gives [capacity, break]; a step where half the trials
 * wobbled widens the interval by a step on that side. The resolution is the ladder's step: a
 * finer step, or a second ladder between the two rates, narrows it.
 *
 * A ladder stops early (`shouldStopAfter`) once a break is confirmed — two steps in a row that did
 * not hold — or the target stopped answering: nothing above will hold. The confirmation costs one
 * step of run time, bounded by the plan like every other.
 */

export interface CapacitySlo {
  /** p95 of every endpoint at most this, ms. */
  p95Ms?: number;
  /** Error rate at most this (0.01 = 1 %). */
  errorRate?: number;
  /** Requests sent at least this share of the rate asked (0.98 = within 2 %). */
  achievedShare: number;
}

/** What one trial of a step measured, summed or worst over endpoints. */
export interface LadderTrial {
  /** Highest p95 of any endpoint in the trial, ms (NaN when nothing was answered). */
  p95Ms: number;
  errorRate: number;
  /** Requests started per second over the trial (sent, answered or not). */
  sentRps: number;
}

export interface LadderStep {
  rateRps: number;
  trials: LadderTrial[];
}

export type BreakCause = 'latency' | 'errors' | 'rate';

export interface StepReading {
  rateRps: number;
  trials: number;
  held: number;
  holds: boolean;
  /** Which limits the failing trials broke, most frequent first. */
  broke: BreakCause[];
}

export interface CapacityResult {
  /** The highest rate that held; 0 when even the first step broke. */
  capacityRps: number;
  lowerRps: number;
  upperRps: number;
  /** The first step that did not hold, and what its failing trials broke, most frequent first. */
  brokeAt?: { rateRps: number; causes: BreakCause[] };
  /** True when every step held: the capacity is at least the ceiling, not measured. */
  heldToCeiling: boolean;
  steps: StepReading[];
}

/** Which limits one trial broke (empty when it held). */
export function trialBreaks(trial: LadderTrial, rateRps: number, slo: CapacitySlo): BreakCause[] {
  const causes: BreakCause[] = [];
  if (slo.p95Ms !== undefined && !(trial.p95Ms <= slo.p95Ms)) causes.push('latency');
  if (slo.errorRate !== undefined && !(trial.errorRate <= slo.errorRate)) causes.push('errors');
  if (!(trial.sentRps >= slo.achievedShare * rateRps)) causes.push('rate');
  return causes;
}

/** One step's reading: how many trials held, whether the step holds, what broke. */
export function readStep(step: LadderStep, slo: CapacitySlo): StepReading {
  const tally = new Map<BreakCause, number>();
  let held = 0;
  for (const trial of step.trials) {
    const causes = trialBreaks(trial, step.rateRps, slo);
    if (causes.length === 0) held++;
    for (const c of causes) tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  const broke = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([cause]) => cause);
  return { rateRps: step.rateRps, trials: step.trials.length, held, holds: step.trials.length > 0 && held * 2 > step.trials.length, broke };
}

/**
 * Whether a ladder should climb no further after `step` (see the file comment): the target stopped,
 * or this step and the one below it (`previous`, absent for the first step) both failed to hold.
 */
export function shouldStopAfter(step: LadderStep, slo: CapacitySlo, targetStopped: boolean, previous?: LadderStep): boolean {
  if (targetStopped) return true;
  return previous !== undefined && !readStep(step, slo).holds && !readStep(previous, slo).holds;
}

/** The first step that failed and was not followed by a held step; -1 when none failed. */
function confirmedBreak(readings: readonly StepReading[]): number {
  for (let i = 0; i < readings.length; i++) {
    if (!readings[i].holds && (i === readings.length - 1 || !readings[i + 1].holds)) return i;
  }
  return -1;
}

/** The capacity from the steps climbed, lowest first (see the file comment). */
export function capacityOf(steps: readonly LadderStep[], slo: CapacitySlo, ceilingRps: number): CapacityResult {
  const readings = steps.map((s) => readStep(s, slo));
  const breakIndex = confirmedBreak(readings);
  if (breakIndex === -1) {
    // Every failed step had a held one above it: stalls only, and the top step held.
    const top = readings.length > 0 ? readings[readings.length - 1].rateRps : 0;
    const lower = lastAllHeld(readings, readings.length - 1);
    return { capacityRps: top, lowerRps: lower, upperRps: ceilingRps, heldToCeiling: true, steps: readings };
  }
  const capacity = breakIndex === 0 ? 0 : readings[breakIndex - 1].rateRps;
  const lower = breakIndex === 0 ? 0 : lastAllHeld(readings, breakIndex - 1);
  let upper = readings[breakIndex].rateRps;
  if (readings[breakIndex].held > 0) {
    const certain = readings.slice(breakIndex + 1).find((r) => r.held === 0);
    const confirming = readings[breakIndex + 1];
    upper = certain ? certain.rateRps : confirming ? confirming.rateRps : ceilingRps;
  }
  return {
    capacityRps: capacity,
    lowerRps: lower,
    upperRps: upper,
    brokeAt: { rateRps: readings[breakIndex].rateRps, causes: readings[breakIndex].broke },
    heldToCeiling: false,
    steps: readings,
  };
}

/** The rate of the highest step at or below index `to` whose trials all held (0 when none did). */
function lastAllHeld(readings: readonly StepReading[], to: number): number {
  let rate = 0;
  for (let i = 0; i <= to; i++) {
    if (readings[i].held === readings[i].trials && readings[i].trials > 0) rate = readings[i].rateRps;
  }
  return rate;
}
