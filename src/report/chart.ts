/**
 * A Mermaid `xychart-beta` chart (GitHub renders it in comments) of p95 latency per endpoint (or the
 * first latency metric compared, when p95 was not): bars
 * for this run, a line for the baseline. At most a dozen endpoints, the worst first, so the chart
 * stays readable and small; names are reduced to plain characters so nothing can leave the block.
 */
import type { ReportDocument } from './document.js';
import { LEVELS } from '../verdict/types.js';
import { plainName } from './escape.js';

/** The chart shows at most this many endpoints, the worst first. */
export const CHART_MAX_ENDPOINTS = 12;
/**
 * Values are drawn within 0 … 1e9 ms (about 11 days): a published report can hold any number, and
 * Mermaid reads neither exponents nor Infinity, so a larger value would break the whole chart.
 */
export const CHART_MAX_VALUE = 1e9;
/** The chart shows the first of these metrics that was compared. */
const CHART_METRICS = ['p95', 'p50', 'p90', 'p99', 'mean'] as const;

/** The chart's fenced block, or undefined when there is nothing to compare (no baseline). */
export function renderLatencyChart(report: ReportDocument): string | undefined {
  const metric = CHART_METRICS.find((m) => report.comparisons.some((c) => c.metric === m));
  if (!metric) return undefined;
  const p95 = report.comparisons.filter((c) => c.metric === metric);
  const rank = (severity: string) => LEVELS.indexOf(severity as (typeof LEVELS)[number]);
  const shown = [...p95]
    .sort((a, b) => rank(b.severity) - rank(a.severity) || b.change - a.change)
    .slice(0, CHART_MAX_ENDPOINTS);
  const number = (v: number) => (Number.isFinite(v) ? Number(Math.min(Math.max(v, 0), CHART_MAX_VALUE).toFixed(3)) : 0);
  const names = shown.map((c) => `"${plainName(c.endpoint, 24)}"`).join(', ');
  const top = Math.max(1, ...shown.flatMap((c) => [number(c.baseline), number(c.current)]));
  const more = p95.length > shown.length ? ` (${shown.length} of ${p95.length})` : '';
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${metric} latency (ms): bars this run, line baseline${more}"`,
    `  x-axis [${names}]`,
    `  y-axis "ms" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${shown.map((c) => number(c.current)).join(', ')}]`,
    `  line [${shown.map((c) => number(c.baseline)).join(', ')}]`,
    '```',
  ].join('\n');
}
