/**
 * The drift of each endpoint's p95 latency over a soak: a Theil–Sen slope (ms per minute, with its
 * interval) fitted to the per-bucket p95 of the run's timeline. A few slow seconds do not make a
 * drift (the median of pairwise slopes ignores them); a slow, steady climb — a cache that fills, a
 * table that grows, a pool that leaks — does, even where every trial alone looks fine.
 *
 * Read only over a measured phase of at least MIN_DRIFT_SPAN_MS: over a shorter run a slope per
 * minute is an extrapolation of noise. Buckets without answers are left out.
 */
import { latencyDrift } from './endurance.js';
import type { LatencyDrift, RunTimeline } from './types.js';

/** The shortest measured phase a drift is read over. */
export const MIN_DRIFT_SPAN_MS = 60_000;

/** Every endpoint's p95 drift, or undefined when the run is too short or has no timeline. */
export function latencyDrifts(timeline: RunTimeline | undefined): LatencyDrift[] | undefined {
  if (!timeline || timeline.points * timeline.bucketMs < MIN_DRIFT_SPAN_MS) return undefined;
  const drifts: LatencyDrift[] = [];
  for (const series of timeline.endpoints) {
    const windows = series.p95Ms
      .map((p95Ms, b) => ({ startMs: b * timeline.bucketMs, p95Ms, requests: series.requests[b] ?? 0 }))
      .filter((w) => w.requests > 0);
    const trend = latencyDrift(windows);
    if (trend) drifts.push({ endpoint: series.name, perMinute: round3(trend.perMinute), lower: round3(trend.lower), upper: round3(trend.upper), points: trend.points });
  }
  return drifts.length > 0 ? drifts : undefined;
}

/**
 * The drift a `p95_drift` threshold reads: the largest drift among the endpoints whose whole
 * interval is above zero (ms/min), 0 when none is, undefined when the run has no drift reading.
 */
export function worstDrift(drifts: readonly LatencyDrift[] | undefined): { value: number; endpoint?: string } | undefined {
  if (!drifts) return undefined;
  let worst: { value: number; endpoint?: string } = { value: 0 };
  for (const d of drifts) if (d.lower > 0 && d.perMinute > worst.value) worst = { value: d.perMinute, endpoint: d.endpoint };
  return worst;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
