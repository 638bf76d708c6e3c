/**
 * The `regression:` section and severity cut-offs: which metrics the Mann-Whitney comparison
 * tests, at what significance, and how large a relative change counts as minor, major or critical.
 */
import type { RegressionMetric, RegressionSettings, SeverityCutoffs } from './types.js';
import { describeValue, joinPath, readFraction, readMapping, type Issue } from './read.js';
import { SEVERITIES } from './thresholds.js';

export const REGRESSION_METRICS: readonly RegressionMetric[] = ['p50', 'p90', 'p95', 'p99', 'mean', 'throughput', 'error_rate'];
const REGRESSION_KEYS = ['metrics', 'alpha', 'severity', 'history'] as const;

/** The most runs a baseline history may keep: enough for any spread estimate, small enough to cache. */
export const MAX_HISTORY_RUNS = 100;

export const DEFAULT_SEVERITY: Readonly<SeverityCutoffs> = Object.freeze({ minor: 0.1, major: 0.25, critical: 0.5 });
const DEFAULT_METRICS: readonly RegressionMetric[] = ['p50', 'p95', 'throughput', 'error_rate'];
/** The family-wise significance level when the profile gives none. */
export const DEFAULT_ALPHA = 0.05;

/**
 * One cut-off: a percentage string (`10%`, `150%`) or a fraction up to 1 (`0.1`); a bare number
 * above 1 is refused since `25` would otherwise silently mean 2500%.
 */
function readCutoff(value: unknown, path: string, issues: Issue[]): number | undefined {
  const fraction = readFraction(value, path, issues);
  if (fraction === 0) {
    issues.push({ path, message: `${describeValue(value)} must be more than 0%` });
    return undefined;
  }
  return fraction;
}

/**
 * Reads severity cut-offs, filling keys left out from `base` (the defaults for the profile, the
 * profile's own for an endpoint override), then checks minor < major < critical on the result.
 */
export function readSeverityCutoffs(value: unknown, path: string, base: SeverityCutoffs, issues: Issue[]): SeverityCutoffs | undefined {
  const mapping = readMapping(value, path, SEVERITIES, issues);
  if (!mapping) return undefined;
  const cutoffs = { ...base };
  let complete = true;
  for (const severity of SEVERITIES) {
    if (mapping[severity] === undefined) continue;
    const cutoff = readCutoff(mapping[severity], joinPath(path, severity), issues);
    if (cutoff === undefined) complete = false;
    else cutoffs[severity] = cutoff;
  }
  if (complete && !(cutoffs.minor < cutoffs.major && cutoffs.major < cutoffs.critical)) {
    const shown = SEVERITIES.map((s) => `${s} ${formatPercent(cutoffs[s])}`).join(', ');
    issues.push({ path, message: `cut-offs must grow strictly: minor < major < critical (got ${shown}, counting defaults for keys left out)` });
  }
  return cutoffs;
}

function formatPercent(fraction: number): string {
  return `${Math.round(fraction * 1e8) / 1e6}%`;
}

function readMetrics(value: unknown, path: string, issues: Issue[]): RegressionMetric[] {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a list of metrics (choose from ${REGRESSION_METRICS.join(', ')})` });
    return [...DEFAULT_METRICS];
  }
  const metrics: RegressionMetric[] = [];
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    if (!REGRESSION_METRICS.includes(item as RegressionMetric)) {
      issues.push({ path: itemPath, message: `${describeValue(item)} is not a metric (choose from ${REGRESSION_METRICS.join(', ')})` });
    } else if (metrics.includes(item as RegressionMetric)) {
      issues.push({ path: itemPath, message: `${describeValue(item)} is listed twice` });
    } else {
      metrics.push(item as RegressionMetric);
    }
  });
  return metrics;
}

/** `history`: how many protected-branch runs the baseline keeps, a whole number from 2 to 100. */
function readHistory(value: unknown, path: string, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 2 && value <= MAX_HISTORY_RUNS) return value;
  issues.push({
    path,
    message: `${describeValue(value)} is not a number of runs to keep: a whole number from 2 to ${MAX_HISTORY_RUNS} (default 20; a history of one run cannot show the run-to-run spread)`,
  });
  return undefined;
}

function readAlpha(value: unknown, path: string, issues: Issue[]): number {
  if (typeof value === 'number' && value > 0 && value < 0.5) return value;
  issues.push({ path, message: `${describeValue(value)} is not a significance level between 0 and 0.5, exclusive (e.g. 0.05)` });
  return DEFAULT_ALPHA;
}

/**
 * Reads the `regression:` section, every key optional:
 * metrics [p50, p95, throughput, error_rate], alpha 0.05, severity {minor 10%, major 25%, critical 50%},
 * history 20 (runs of the protected branch the baseline keeps; 2 to 100).
 * An empty `metrics: []` is allowed and turns the regression gate off (thresholds still apply).
 */
export function readRegression(value: unknown, path: string, issues: Issue[]): RegressionSettings {
  const settings: RegressionSettings = { metrics: [...DEFAULT_METRICS], alpha: DEFAULT_ALPHA, severity: { ...DEFAULT_SEVERITY } };
  if (value === undefined) return settings;
  const mapping = readMapping(value, path, REGRESSION_KEYS, issues);
  if (!mapping) return settings;
  if (mapping.metrics !== undefined) settings.metrics = readMetrics(mapping.metrics, joinPath(path, 'metrics'), issues);
  if (mapping.alpha !== undefined) settings.alpha = readAlpha(mapping.alpha, joinPath(path, 'alpha'), issues);
  if (mapping.history !== undefined) {
    const history = readHistory(mapping.history, joinPath(path, 'history'), issues);
    if (history !== undefined) settings.historyRuns = history;
  }
  if (mapping.severity !== undefined) {
    settings.severity = readSeverityCutoffs(mapping.severity, joinPath(path, 'severity'), DEFAULT_SEVERITY, issues) ?? settings.severity;
  }
  return settings;
}
