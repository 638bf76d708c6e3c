/**
 * The trend of an endpoint over the stored history: one point per baseline run (oldest first) and
 * this run last, each the median of that run's per-trial p50, p95 and requests/s — the figures the
 * gate itself compares. Built from what the baseline already keeps, so the history does not grow
 * for the chart. Pure.
 */
import type { BaselineRun } from '../baseline/types.js';
import type { TrialSummary } from '../metrics/types.js';
import { shortCommit } from './escape.js';

export interface TrendPoint {
  /** `abc1234 · 2026-11-29` or `this run`. */
  label: string;
  p50Ms: number | null;
  p95Ms: number | null;
  rps: number | null;
}

/** The endpoint's trend; runs without the endpoint give nulls (a gap in the line). */
export function endpointTrend(history: readonly BaselineRun[], endpoint: string, current: { trials: readonly TrialSummary[] }, currentLabel = 'this run'): TrendPoint[] {
  const points = history.map((run) => {
    const found = run.endpoints.find((e) => e.name === endpoint);
    return pointOf(`${shortCommit(run.commit) ?? 'no commit'} · ${run.savedAt.slice(0, 10)}`, found?.trials);
  });
  points.push(pointOf(currentLabel, current.trials));
  return points;
}

function pointOf(label: string, trials: readonly TrialSummary[] | undefined): TrendPoint {
  if (trials === undefined || trials.length === 0) return { label, p50Ms: null, p95Ms: null, rps: null };
  return {
    label,
    p50Ms: median(trials.map((t) => t.latencyMs.p50)),
    p95Ms: median(trials.map((t) => t.latencyMs.p95)),
    rps: Math.round(median(trials.map((t) => t.rps)) * 10) / 10,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
