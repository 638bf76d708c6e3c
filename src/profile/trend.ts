/**
 * The `trend:` section: how the nightly trend finds change points over the stored runs
 * (verdict/trend.ts), and how many runs of summaries the stored history keeps for it.
 *
 *   trend:
 *     alpha: 0.01        # significance of the whole-series test guarding every change point, in (0, 0.5)
 *     min_change: 5%     # smallest latency or throughput change reported, > 0 and at most 100%
 *     history: 100       # runs whose summaries are kept for the trend, 10..1000
 */
import { describeValue, joinPath, readFraction, readInteger, readMapping, type Issue } from './read.js';

/** The trend settings of a profile; every key has a default. */
export interface TrendProfileSettings {
  alpha: number;
  minChange: number;
  historyRuns: number;
}

const TREND_KEYS = ['alpha', 'min_change', 'history'] as const;
/** The most runs a trend history may keep (about 150 kB per 200 runs of 10 endpoints). */
export const MAX_TREND_RUNS = 1000;
/** Fewest runs worth keeping for a trend: the change-point test needs 10. */
export const MIN_TREND_RUNS = 10;
export const DEFAULT_TREND: Readonly<TrendProfileSettings> = Object.freeze({ alpha: 0.01, minChange: 0.05, historyRuns: 100 });

/** Reads `trend:` (file comment); a problem is recorded with its path and the default kept. */
export function readTrend(value: unknown, path: string, issues: Issue[]): TrendProfileSettings {
  const settings = { ...DEFAULT_TREND };
  if (value === undefined) return settings;
  const mapping = readMapping(value, path, TREND_KEYS, issues);
  if (!mapping) return settings;
  if (mapping.alpha !== undefined) {
    if (typeof mapping.alpha === 'number' && mapping.alpha > 0 && mapping.alpha < 0.5) settings.alpha = mapping.alpha;
    else issues.push({ path: joinPath(path, 'alpha'), message: `${describeValue(mapping.alpha)} is not a significance level between 0 and 0.5, exclusive (e.g. 0.01)` });
  }
  if (mapping.min_change !== undefined) {
    const at = joinPath(path, 'min_change');
    const fraction = readFraction(mapping.min_change, at, issues);
    if (fraction === 0) issues.push({ path: at, message: `${describeValue(mapping.min_change)} must be more than 0% (e.g. 5%)` });
    else if (fraction !== undefined) settings.minChange = fraction;
  }
  if (mapping.history !== undefined) {
    const runs = readInteger(mapping.history, joinPath(path, 'history'), MIN_TREND_RUNS, MAX_TREND_RUNS, issues);
    if (runs !== undefined) settings.historyRuns = runs;
  }
  return settings;
}
