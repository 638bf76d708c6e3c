/**
 * A capacity (breakpoint) run as a plan: an open-model step ladder — start rate, then one step more
 * each `stepMs`, up to the ceiling — compiled to the rate stages the open runner already follows,
 * with the trials laid so that every step holds `trialsPerStep` whole trials (trial k belongs to
 * step ⌊k / trialsPerStep⌋). Pure: the runner and the analysis (verdict/capacity.ts) share it.
 *
 * ```
 *  rate   ceiling ┤                         ┌────
 *                 ┤                   ┌─────┘
 *                 ┤             ┌─────┘            each step: trialsPerStep trials
 *                 ┤       ┌─────┘
 *  start          ┤───────┘
 *                 └─ warm-up ─┴─ step 0 ─┴─ step 1 ─┴ …
 * ```
 */
import type { RateShape } from '../profile/types.js';

export interface CapacityLadder {
  startRps: number;
  stepRps: number;
  ceilingRps: number;
  /** How long each step lasts. */
  stepMs: number;
  trialsPerStep: number;
}

export interface LadderPlan {
  /** The rate of each step, lowest first. */
  stepRates: number[];
  /** The open model's schedule: warm-up at the start rate, then each step's rate held for stepMs. */
  shape: Extract<RateShape, { kind: 'stages' }>;
  /** The measured phase: every step. */
  durationMs: number;
  /** Trials over the measured phase: trialsPerStep per step, so trial and step boundaries meet. */
  trials: number;
}

/** Most steps a ladder may have: beyond it the step is too small to tell one step from the next. */
export const MAX_LADDER_STEPS = 100;

/** The rates a ladder climbs through: start, start + step, … while ≤ ceiling (the ceiling always last). */
export function ladderRates(ladder: Pick<CapacityLadder, 'startRps' | 'stepRps' | 'ceilingRps'>): number[] {
  const rates: number[] = [];
  for (let i = 0; ; i++) {
    const rate = ladder.startRps + i * ladder.stepRps;
    if (rate > ladder.ceilingRps + 1e-9 || rates.length >= MAX_LADDER_STEPS) break;
    rates.push(round(rate));
  }
  if (rates[rates.length - 1] < ladder.ceilingRps && rates.length < MAX_LADDER_STEPS) rates.push(ladder.ceilingRps);
  return rates;
}

/** The ladder's schedule and trial layout (see the file comment); `warmupMs` runs at the start rate. */
export function planLadder(ladder: CapacityLadder, warmupMs: number): LadderPlan {
  const stepRates = ladderRates(ladder);
  const stages: { durationMs: number; rateRps: number }[] = [];
  if (warmupMs > 0) stages.push({ durationMs: warmupMs, rateRps: ladder.startRps });
  for (const rate of stepRates) {
    // A zero-length stage jumps to the step's rate; the next holds it (stages ramp from the last rate).
    stages.push({ durationMs: 0, rateRps: rate }, { durationMs: ladder.stepMs, rateRps: rate });
  }
  return {
    stepRates,
    shape: { kind: 'stages', startRps: ladder.startRps, stages },
    durationMs: stepRates.length * ladder.stepMs,
    trials: stepRates.length * ladder.trialsPerStep,
  };
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
