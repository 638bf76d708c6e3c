/**
 * The strict check of a stored history's `trend` (run summaries, run-summary.ts): outside data like
 * the rest of the document (validate.ts), so every field the trend reads is checked for type, sign
 * and size, and a problem names the field and the value.
 */
import { ROW_NAME, RUN_READINGS, SUMMARY_METRICS } from './types.js';

/** The most run summaries a stored trend may hold (`trend.history` allows 10..1000). */
export const MAX_TREND_SUMMARIES = 1000;
const MAX_TEXT_CHARS = 1_000;
const MAX_ENDPOINTS = 100;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const own = (o: Record<string, unknown>, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const show = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v.length > 20 ? `${v.slice(0, 17)}...` : v) : typeof v === 'object' && v !== null ? 'an object' : String(v));
const text = (v: unknown, optional = false) => (optional && v === undefined) || (typeof v === 'string' && v.length <= MAX_TEXT_CHARS);

function summaryProblem(s: unknown, where: string): string | undefined {
  if (!isObject(s)) return `${where} is ${show(s)}, not a run summary`;
  const savedAt = own(s, 'savedAt');
  if (typeof savedAt !== 'string' || savedAt.length > 64 || Number.isNaN(Date.parse(savedAt))) return `${where}.savedAt is ${show(savedAt)}, not a date and time`;
  for (const key of ['commit', 'ref'] as const) if (!text(own(s, key), true)) return `${where}.${key} is ${show(own(s, key))}, not a short text`;
  if (!text(own(s, 'fingerprint'))) return `${where}.fingerprint is ${show(own(s, 'fingerprint'))}, not a short text`;
  const runner = own(s, 'runner');
  if (!isObject(runner) || !text(own(runner, 'cpuModel')) || !text(own(runner, 'os')) || !text(own(runner, 'node'))) return `${where}.runner is not a runner description`;
  const cores = own(runner, 'cores');
  if (!(typeof cores === 'number' && Number.isInteger(cores) && cores > 0 && cores <= 100_000)) return `${where}.runner.cores is ${show(cores)}, not a number of cores`;
  for (const key of RUN_READINGS) {
    const v = own(s, key);
    if (v === undefined) continue;
    if (!(typeof v === 'number' && Number.isFinite(v))) return `${where}.${key} is ${show(v)}, not a number`;
    if (key !== 'rssGrowthMb' && v < 0) return `${where}.${key} is ${v}, below 0`;
  }
  const endpoints = own(s, 'endpoints');
  if (!Array.isArray(endpoints) || endpoints.length > MAX_ENDPOINTS) return `${where}.endpoints is not a list of at most ${MAX_ENDPOINTS} endpoints`;
  for (const [i, e] of endpoints.entries()) {
    const at = `${where}.endpoints[${i}]`;
    if (!isObject(e) || typeof own(e, 'name') !== 'string' || !ROW_NAME.test(own(e, 'name') as string)) return `${at}.name is not an endpoint name`;
    const requests = own(e, 'requests');
    if (!(typeof requests === 'number' && Number.isSafeInteger(requests) && requests >= 0)) return `${at}.requests is ${show(requests)}, not a count`;
    const values = own(e, 'values');
    if (!isObject(values)) return `${at}.values is ${show(values)}, not a mapping of metrics`;
    for (const metric of SUMMARY_METRICS) {
      const v = own(values, metric);
      if (!(typeof v === 'number' && Number.isFinite(v) && v >= 0)) return `${at}.values.${metric} is ${show(v)}, not a number >= 0`;
      if (metric === 'error_rate' && v > 1) return `${at}.values.error_rate is ${v}, more than 1`;
    }
  }
  return undefined;
}

/** The first problem of a stored `trend` list, or undefined when it can be used. */
export function trendProblem(trend: unknown): string | undefined {
  if (!Array.isArray(trend)) return `trend is ${show(trend)}, not a list`;
  if (trend.length > MAX_TREND_SUMMARIES) return `trend holds ${trend.length} entries, more than the ${MAX_TREND_SUMMARIES} loadgate keeps`;
  for (const [i, s] of trend.entries()) {
    const problem = summaryProblem(s, `trend[${i}]`);
    if (problem) return problem;
  }
  return undefined;
}
