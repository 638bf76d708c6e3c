/**
 * The open model's schedule, computed ahead of the run: a load shape compiles to contiguous linear
 * segments of arrival rate, and the arrivals are the instants where the integral of the rate
 * crosses each whole number — evenly spaced at a constant rate, smoothly closer together on a ramp.
 * No randomness and no clock: the same profile gives the same arrival instants on every run, so two
 * runs differ only by what the service did. (k6's ramping-arrival-rate executor spaces its
 * iterations the same way.)
 *
 * ```
 *  rate ▲          constant        ramp            step             spike            soak
 *       │  ───────────────   ╱            ┌─┘          ──┐ ┌──            ╱──────────
 *       │                   ╱           ┌─┘              │ │             ╱
 *       │                  ╱          ──┘         ───────┘ └───────     ╱
 *       └─warm-up|measured──  ─|───────   ─|─────────    ─|────────────  ─|──────────▶ t
 * ```
 * Named shapes play over the measured phase; the warm-up holds the shape's starting rate (a soak
 * ramps up to its rate during the warm-up instead). Explicit stages describe the whole run, warm-up
 * included, each ramping linearly from the previous stage's rate (the first from `startRps`).
 */
import type { OpenModelLoad, RateShape } from '../profile/types.js';

/** A stretch of the schedule whose rate changes linearly from `fromRps` to `toRps`. */
export interface RateSegment {
  startMs: number;
  durationMs: number;
  fromRps: number;
  toRps: number;
}

/** Default share of the measured phase a spike lasts when `spike_duration` is not given. */
export const DEFAULT_SPIKE_SHARE = 0.2;

/**
 * Compiles a shape into segments covering exactly [0, warmupMs + durationMs]. Pure. Explicit stages
 * that end early are extended by holding the last rate, and cut where they run past the end — so a
 * caller that shortens a run (paired mode's one-trial slots) still gets a schedule of its length.
 */
export function compileRateSegments(load: Pick<OpenModelLoad, 'rateRps' | 'shape' | 'warmupMs' | 'durationMs'>): RateSegment[] {
  const { rateRps: rate, warmupMs: w, durationMs: d } = load;
  const raw = shapeSegments(load.shape, rate, w, d);
  return fitToLength(raw, w + d);
}

/**
 * Where a spike of `spikeMs` sits in a measured phase of `durationMs`: centred, so the base rate
 * holds as long before it as after it (the after part is the recovery watch, verdict/recovery.ts).
 * Times from the start of the measured phase, ms.
 */
export function spikeSpan(spikeMs: number, durationMs: number): { startMs: number; endMs: number } {
  const length = Math.min(spikeMs, durationMs);
  const startMs = (durationMs - length) / 2;
  return { startMs, endMs: startMs + length };
}

function shapeSegments(shape: RateShape, rate: number, w: number, d: number): Omit<RateSegment, 'startMs'>[] {
  const hold = (durationMs: number, rps: number) => ({ durationMs, fromRps: rps, toRps: rps });
  switch (shape.kind) {
    case 'constant':
      return [hold(w + d, rate)];
    case 'ramp':
      return [hold(w, shape.startRps), { durationMs: d, fromRps: shape.startRps, toRps: rate }];
    case 'step': {
      const steps = Array.from({ length: shape.steps }, (_, i) => hold(d / shape.steps, (rate * (i + 1)) / shape.steps));
      return [hold(w, rate / shape.steps), ...steps];
    }
    case 'spike': {
      const span = spikeSpan(shape.spikeMs, d);
      return [hold(w + span.startMs, rate), hold(span.endMs - span.startMs, shape.spikeRps), hold(d - span.endMs, rate)];
    }
    case 'soak':
      return [{ durationMs: w, fromRps: 0, toRps: rate }, hold(d, rate)];
    case 'stages': {
      let previous = shape.startRps;
      return shape.stages.map((stage) => {
        const segment = { durationMs: stage.durationMs, fromRps: previous, toRps: stage.rateRps };
        previous = stage.rateRps;
        return segment;
      });
    }
  }
}

/** Drops empty segments, cuts at `totalMs`, holds the last rate up to it, and assigns start times. */
function fitToLength(raw: Omit<RateSegment, 'startMs'>[], totalMs: number): RateSegment[] {
  const segments: RateSegment[] = [];
  let at = 0;
  for (const s of raw) {
    if (at >= totalMs) break;
    if (!(s.durationMs > 0)) continue;
    const durationMs = Math.min(s.durationMs, totalMs - at);
    const toRps = durationMs === s.durationMs ? s.toRps : s.fromRps + ((s.toRps - s.fromRps) * durationMs) / s.durationMs;
    segments.push({ startMs: at, durationMs, fromRps: s.fromRps, toRps });
    at += durationMs;
  }
  if (at < totalMs) {
    const last = raw.length > 0 ? raw[raw.length - 1].toRps : 0;
    segments.push({ startMs: at, durationMs: totalMs - at, fromRps: last, toRps: last });
  }
  return segments;
}

/** Arrivals the schedule plans in [0, atMs): the integral of the rate. */
export function plannedArrivals(segments: readonly RateSegment[], atMs: number): number {
  let total = 0;
  for (const s of segments) {
    if (atMs <= s.startMs) break;
    total += segmentArea(s, Math.min(atMs - s.startMs, s.durationMs));
  }
  return total;
}

/** Arrivals in the first `tauMs` of a segment: ∫ rate = from·τ + (to − from)·τ² / (2·d). */
function segmentArea(s: RateSegment, tauMs: number): number {
  const tau = tauMs / 1000;
  const d = s.durationMs / 1000;
  return s.fromRps * tau + ((s.toRps - s.fromRps) * tau * tau) / (2 * d);
}

/** The rate (requests/s) the schedule asks for at `atMs`. */
export function rateAt(segments: readonly RateSegment[], atMs: number): number {
  for (const s of segments) {
    if (atMs < s.startMs + s.durationMs) return s.fromRps + ((s.toRps - s.fromRps) * (atMs - s.startMs)) / s.durationMs;
  }
  return 0;
}

/**
 * An iterator over the planned arrival instants (ms from the start of the run): the n-th arrival
 * (from 0) is where the integral of the rate reaches n, so the first is at 0 when the rate starts
 * above zero. `next()` returns Infinity once the schedule is over. It allocates nothing per call: the
 * runner asks for it thousands of times a second.
 */
export class ArrivalClock {
  private index: number;
  private segment = 0;
  /** Arrivals planned before the current segment starts (fractional). */
  private before = 0;

  /**
   * `phase` (0 <= phase < 1) moves every arrival to where the integral reaches n + phase: shard k of
   * N, whose rates are 1/N of the whole, takes phase k/N, so its arrivals fall where the whole
   * schedule's integral reaches N·n + k — the N shards together plan exactly the single runner's
   * arrivals (src/shard/plan.ts).
   */
  constructor(private readonly segments: readonly RateSegment[], phase = 0) {
    if (!(phase >= 0 && phase < 1)) throw new RangeError(`ArrivalClock: phase ${String(phase)} is not in [0, 1)`);
    this.index = phase;
  }

  /** The next arrival instant, or Infinity. */
  next(): number {
    const n = this.index;
    while (this.segment < this.segments.length) {
      const s = this.segments[this.segment];
      const area = segmentArea(s, s.durationMs);
      const k = n - this.before;
      if (k < area - 1e-9) {
        this.index++;
        return s.startMs + solveTauMs(s, k);
      }
      this.before += area;
      this.segment++;
    }
    return Infinity;
  }
}

/**
 * The time into segment `s` at which `k` arrivals have been planned in it (k < its area). Solves
 * a·τ² + from·τ − k = 0 with a = (to − from)/(2d) in the cancellation-free form 2k / (from + √(from² + 4ak)).
 */
function solveTauMs(s: RateSegment, k: number): number {
  if (k <= 0) return 0;
  const d = s.durationMs / 1000;
  const a = (s.toRps - s.fromRps) / (2 * d);
  const from = s.fromRps;
  const tau = a === 0 ? k / from : (2 * k) / (from + Math.sqrt(Math.max(0, from * from + 4 * a * k)));
  return Math.min(tau * 1000, s.durationMs);
}

/** The mean planned rate over [fromMs, toMs): planned arrivals / time, requests per second. */
export function meanRateRps(segments: readonly RateSegment[], fromMs: number, toMs: number): number {
  if (!(toMs > fromMs)) return 0;
  return (plannedArrivals(segments, toMs) - plannedArrivals(segments, fromMs)) / ((toMs - fromMs) / 1000);
}
