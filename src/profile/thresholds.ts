/**
 * Absolute thresholds: limits a run must stay within regardless of any baseline.
 *
 * Grammar (as written in YAML; `{}` a mapping, `|` a choice):
 *
 *   thresholds ::= { metric: tiers }              (each metric at most once)
 *   metric     ::= latency | "error_rate" | "throughput" | run
 *   run        ::= "capacity" | "target_rss_growth" | "target_cpu_per_request" | "recovery_time"
 *                | "p95_drift"
 *                                                (profile-wide only: figures of the whole run)
 *   latency    ::= "p50" | "p90" | "p95" | "p99" | "max" | "mean"
 *   tiers      ::= limit                          (shorthand for { critical: limit })
 *                | { severity: limit }            (one or more of the severities)
 *   severity   ::= "minor" | "major" | "critical"
 *   limit      ::= duration > 0                   for latency      ("250ms", "1.5s")
 *                | percent | fraction             for error_rate   ("1%", 0.01; at most 100%)
 *                | number > 0                     for throughput   (requests/s; a floor)
 *                | number > 0 | rate "/s"         for capacity     (800, "800/s"; a floor: the
 *                                                 capacity a ladder (load.capacity) measured)
 *                | number | size "/min"           for target_rss_growth (MB/min, "5MB/min"; a
 *                                                 ceiling on the target's RSS floor trend)
 *                | duration > 0                   for target_cpu_per_request ("2ms", "0.4ms"; a
 *                                                 ceiling on the target's CPU time per request,
 *                                                 the median over trials)
 *                | number | duration "/min"      for p95_drift (ms/min, "1ms/min"; a ceiling on the
 *                                                 steepest endpoint p95 drift over a soak)
 *                | duration > 0                   for recovery_time ("2m"; a ceiling on the time a
 *                                                 spike (shape: spike) takes to recover from)
 *
 * Tiers must be ordered the way severity grows: for latency and error rate a ceiling, so
 * minor <= major <= critical; for throughput a floor, so minor >= major >= critical.
 *
 *   thresholds:
 *     p95: { minor: 200ms, major: 400ms, critical: 1s }
 *     error_rate: 1%
 *     throughput: { major: 500 }
 *     capacity: { critical: 800/s }
 *     target_rss_growth: { major: 5MB/min }
 *     target_cpu_per_request: { major: 2ms }
 *     recovery_time: { critical: 2m }
 */
import type { RunThresholdMetric, Severity, ThresholdMetric, ThresholdTier } from './types.js';
import { describeValue, isMapping, joinPath, readDuration, readFraction, readMapping, type Issue } from './read.js';

/** Thresholds on the whole run's figures, allowed only profile-wide. */
export const RUN_THRESHOLD_METRICS: readonly RunThresholdMetric[] = ['capacity', 'target_rss_growth', 'target_cpu_per_request', 'recovery_time', 'p95_drift'];

/** Whether a threshold limits a figure of the whole run (RUN_THRESHOLD_METRICS) rather than of an endpoint. */
export function isRunThresholdMetric(metric: ThresholdMetric): metric is RunThresholdMetric {
  return (RUN_THRESHOLD_METRICS as readonly string[]).includes(metric);
}
export const ENDPOINT_THRESHOLD_METRICS: readonly ThresholdMetric[] = ['p50', 'p90', 'p95', 'p99', 'max', 'mean', 'error_rate', 'throughput'];
export const THRESHOLD_METRICS: readonly ThresholdMetric[] = [...ENDPOINT_THRESHOLD_METRICS, ...RUN_THRESHOLD_METRICS];

/** Whether a threshold is a floor (lower is worse) rather than a ceiling. */
export function isFloorMetric(metric: ThresholdMetric): boolean {
  return metric === 'throughput' || metric === 'capacity';
}
export const SEVERITIES: readonly Severity[] = ['minor', 'major', 'critical'];

function readLimit(metric: ThresholdMetric, value: unknown, path: string, issues: Issue[]): number | undefined {
  if (metric === 'capacity') {
    const rps = typeof value === 'string' ? Number(/^\s*(\d+(?:\.\d+)?)\s*\/\s*s\s*$/.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof rps === 'number' && Number.isFinite(rps) && rps > 0) return rps;
    issues.push({ path, message: `${describeValue(value)} is not a capacity in requests per second > 0 (e.g. 800 or 800/s)` });
    return undefined;
  }
  if (metric === 'target_rss_growth') {
    const mb = typeof value === 'string' ? Number(/^\s*(\d+(?:\.\d+)?)\s*MB\s*\/\s*min\s*$/i.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof mb === 'number' && Number.isFinite(mb) && mb > 0) return mb;
    issues.push({ path, message: `${describeValue(value)} is not a growth in MB per minute > 0 (e.g. 5MB/min or 5)` });
    return undefined;
  }
  if (metric === 'p95_drift') {
    const ms = typeof value === 'string' ? Number(/^\s*(\d+(?:\.\d+)?)\s*ms\s*\/\s*min\s*$/i.exec(value)?.[1] ?? Number.NaN) : value;
    if (typeof ms === 'number' && Number.isFinite(ms) && ms > 0) return ms;
    issues.push({ path, message: `${describeValue(value)} is not a drift in ms per minute > 0 (e.g. 1ms/min or 1)` });
    return undefined;
  }
  if (metric === 'throughput') {
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
    issues.push({ path, message: `${describeValue(value)} is not a number of requests per second > 0 (e.g. 500)` });
    return undefined;
  }
  if (metric === 'error_rate') {
    const fraction = readFraction(value, path, issues);
    if (fraction !== undefined && fraction > 1) {
      issues.push({ path, message: `${describeValue(value)} is more than 100%` });
      return undefined;
    }
    return fraction;
  }
  return readDuration(value, path, false, issues);
}

/** Checks that limits grow stricter-to-looser with severity; reports once per metric. */
function checkOrder(metric: ThresholdMetric, tiers: ThresholdTier[], path: string, issues: Issue[]): void {
  const floor = isFloorMetric(metric);
  for (let i = 1; i < tiers.length; i++) {
    const [lower, higher] = [tiers[i - 1], tiers[i]];
    const ordered = floor ? higher.limit <= lower.limit : higher.limit >= lower.limit;
    if (ordered) continue;
    const relation = floor ? 'at most' : 'at least';
    issues.push({
      path,
      message: `the ${higher.severity} limit must be ${relation} the ${lower.severity} limit (${floor ? `${metric} is a floor: minor >= major >= critical` : 'minor <= major <= critical'})`,
    });
    return;
  }
}

function readTiers(metric: ThresholdMetric, value: unknown, path: string, issues: Issue[]): ThresholdTier[] {
  if (!isMapping(value)) {
    const limit = readLimit(metric, value, path, issues);
    return limit === undefined ? [] : [{ metric, severity: 'critical', limit }];
  }
  const mapping = readMapping(value, path, SEVERITIES, issues) ?? {};
  const tiers: ThresholdTier[] = [];
  let complete = true;
  for (const severity of SEVERITIES) {
    if (mapping[severity] === undefined) continue;
    const limit = readLimit(metric, mapping[severity], joinPath(path, severity), issues);
    if (limit === undefined) complete = false;
    else tiers.push({ metric, severity, limit });
  }
  if (Object.keys(mapping).length === 0) {
    issues.push({ path, message: `has no tiers (give one or more of ${SEVERITIES.join(', ')})` });
  }
  if (complete) checkOrder(metric, tiers, path, issues);
  return tiers;
}

/**
 * Reads a `thresholds` mapping (profile-wide or, with `scope` 'endpoint', one endpoint's — which
 * refuses the run-level metrics) into tiers in the order written, minor before major before
 * critical within a metric. See the grammar above.
 */
export function readThresholds(value: unknown, path: string, issues: Issue[], scope: 'profile' | 'endpoint' = 'profile'): ThresholdTier[] {
  if (value === undefined) return [];
  let given = value;
  if (scope === 'endpoint' && isMapping(value)) {
    for (const key of RUN_THRESHOLD_METRICS) {
      if (value[key] !== undefined) issues.push({ path: joinPath(path, key), message: `is a figure of the whole run, not of one endpoint; put it under the profile's thresholds` });
    }
    given = Object.fromEntries(Object.entries(value).filter(([key]) => !RUN_THRESHOLD_METRICS.includes(key as RunThresholdMetric)));
  }
  const mapping = readMapping(given, path, scope === 'endpoint' ? ENDPOINT_THRESHOLD_METRICS : THRESHOLD_METRICS, issues);
  if (!mapping) return [];
  const tiers: ThresholdTier[] = [];
  for (const [key, tierValue] of Object.entries(mapping)) {
    if (!THRESHOLD_METRICS.includes(key as ThresholdMetric)) continue;
    tiers.push(...readTiers(key as ThresholdMetric, tierValue, joinPath(path, key), issues));
  }
  return tiers;
}
