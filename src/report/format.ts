/** Number formatting shared by the renderers, so the summary, comment and terminal agree. */
import type { RegressionMetric, ThresholdMetric } from '../profile/types.js';

/** Milliseconds with up to three decimals, trimmed: 12.3 ms, 0.512 ms, 1,204 ms. */
export function formatMs(ms: number): string {
  const digits = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3;
  return `${ms.toLocaleString('en-US', { maximumFractionDigits: digits })} ms`;
}

/** A signed percentage: +80.2%, −3.1%. */
export function formatPercent(fraction: number, digits = 1): string {
  const value = (fraction * 100).toFixed(digits);
  return fraction > 0 ? `+${value}%` : fraction < 0 ? `−${value.slice(1)}%` : `${value}%`;
}

/** A rate as a plain percentage: 0.125%. */
export function formatRate(fraction: number): string {
  return `${(fraction * 100).toLocaleString('en-US', { maximumFractionDigits: 3 })}%`;
}

/** Requests per second, whole numbers above 100. */
export function formatRps(rps: number): string {
  return `${rps.toLocaleString('en-US', { maximumFractionDigits: rps >= 100 ? 0 : 1 })}/s`;
}

/** A p-value: two significant digits, scientific below 0.001. */
export function formatP(p: number): string {
  if (p >= 0.001) return p.toFixed(3);
  return p.toExponential(1);
}

/** A metric's value in its own unit. */
export function formatMetric(metric: RegressionMetric | ThresholdMetric, value: number): string {
  if (metric === 'throughput' || metric === 'capacity') return formatRps(value);
  if (metric === 'target_rss_growth') return `${value.toFixed(1)} MB/min`;
  if (metric === 'p95_drift') return `${value.toFixed(2)} ms/min`;
  if (metric === 'recovery_time') return `${(value / 1000).toFixed(1)} s`;
  if (metric === 'error_rate') return formatRate(value);
  return formatMs(value);
}

/** A change: relative (+25.0%) or in rate points (+1.2 pts). */
export function formatChange(change: number, kind: 'relative' | 'points'): string {
  if (kind === 'relative') return formatPercent(change);
  const points = (change * 100).toFixed(2);
  return `${change > 0 ? '+' : ''}${points} pts`;
}

/** Whole numbers with thousands separators. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

/** A duration in seconds for prose: 1 s, 0.5 s, 90 s. */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 3 })} s`;
}
