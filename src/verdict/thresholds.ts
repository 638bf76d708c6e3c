/**
 * Absolute thresholds: each tier is a limit the run's whole-run value must stay under (over, for
 * throughput). Of the tiers one metric crosses on one endpoint, the most severe is reported.
 */
import type { Profile, ThresholdMetric, ThresholdTier } from '../profile/types.js';
import type { EndpointResult, RunResult } from '../metrics/types.js';
import { LEVELS, type ThresholdBreach } from './types.js';
import { isRunThresholdMetric } from '../profile/thresholds.js';
import { recoveryValueMs } from './recovery-reading.js';
import { worstDrift } from '../metrics/latency-drift.js';

/** What a run-level threshold's breach names as its endpoint. */
export const RUN_THRESHOLD_SUBJECT = 'whole run';

/** The value a threshold metric reads from an endpoint's whole-run figures (NaN for a run-level metric). */
export function thresholdValue(endpoint: EndpointResult, metric: ThresholdMetric): number {
  if (isRunThresholdMetric(metric)) return Number.NaN;
  if (metric === 'error_rate') return endpoint.errorRate;
  if (metric === 'throughput') return endpoint.rps;
  return endpoint.latencyMs[metric];
}

/**
 * The value a run-level threshold reads: the capacity a ladder measured, the target's RSS floor
 * trend (MB/min; 0 unless its whole interval is above zero), the target's CPU per request (median
 * over trials, ms), a spike's time to recover (ms; the time watched when it did not recover, which
 * crosses every limit, see checkRunThresholds); undefined when the run has none (no ladder, no
 * target sampled, no spike), the steepest endpoint p95 drift whose interval is above zero (ms/min;
 * 0 when none is; undefined under a minute of measured phase).
 */
export function runThresholdValue(result: Pick<RunResult, 'capacity' | 'targetResources' | 'recovery' | 'latencyDrift'>, metric: ThresholdMetric): number | undefined {
  if (metric === 'capacity') return result.capacity?.capacityRps;
  if (metric === 'target_rss_growth') {
    // Growth whose interval reaches zero is not told apart from a saw-tooth's noise: it counts as none.
    const trend = result.targetResources?.rssTrend;
    return trend === undefined ? undefined : trend.lower > 0 ? trend.perMinute : 0;
  }
  if (metric === 'target_cpu_per_request') return result.targetResources?.cpuPerRequest?.medianMs;
  if (metric === 'recovery_time') return result.recovery ? recoveryValueMs(result.recovery) : undefined;
  // Drift whose interval reaches zero is noise over the soak: it counts as none (latency-drift.ts).
  if (metric === 'p95_drift') return worstDrift(result.latencyDrift)?.value;
  return undefined;
}

function crosses(tier: ThresholdTier, actual: number): boolean {
  return tier.metric === 'throughput' || tier.metric === 'capacity' ? actual < tier.limit : actual > tier.limit;
}

/** The profile-wide run-level tiers the run crosses, the most severe per metric. */
export function checkRunThresholds(
  profile: Pick<Profile, 'thresholds'>,
  result: Pick<RunResult, 'capacity' | 'targetResources' | 'recovery' | 'latencyDrift'>,
): ThresholdBreach[] {
  const worst = new Map<ThresholdMetric, ThresholdBreach>();
  for (const tier of profile.thresholds) {
    const actual = runThresholdValue(result, tier.metric);
    // A spike the service did not recover from while watched breaks any recovery limit: the
    // profile refuses a limit as long as the watch, so the time watched is past every limit.
    const unrecovered = tier.metric === 'recovery_time' && result.recovery?.recovered === false;
    if (actual === undefined || !(unrecovered || crosses(tier, actual))) continue;
    const seen = worst.get(tier.metric);
    if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
      // A drift names the endpoint that drifts; the other run-level figures belong to the whole run.
      const endpoint = tier.metric === 'p95_drift' ? worstDrift(result.latencyDrift)?.endpoint ?? RUN_THRESHOLD_SUBJECT : RUN_THRESHOLD_SUBJECT;
      worst.set(tier.metric, { endpoint, metric: tier.metric, severity: tier.severity, limit: tier.limit, actual });
    }
  }
  return [...worst.values()];
}

/** Checks every endpoint against the profile-wide thresholds and its own. */
export function checkThresholds(
  profile: Pick<Profile, 'thresholds' | 'endpoints'>,
  endpoints: readonly EndpointResult[],
): ThresholdBreach[] {
  const breaches: ThresholdBreach[] = [];
  for (const result of endpoints) {
    const spec = profile.endpoints.find((e) => e.name === result.name);
    const tiers = [...profile.thresholds, ...(spec?.thresholds ?? [])];
    const worst = new Map<ThresholdMetric, ThresholdBreach>();
    for (const tier of tiers) {
      if (isRunThresholdMetric(tier.metric)) continue;
      const actual = thresholdValue(result, tier.metric);
      if (!crosses(tier, actual)) continue;
      const seen = worst.get(tier.metric);
      if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
        worst.set(tier.metric, {
          endpoint: result.name,
          metric: tier.metric,
          severity: tier.severity,
          limit: tier.limit,
          actual,
        });
      }
    }
    breaches.push(...worst.values());
  }
  return breaches;
}
