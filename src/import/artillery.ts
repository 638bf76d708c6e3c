/**
 * Artillery's JSON report (`artillery run --output report.json script.yml`, Artillery 2): an
 * `aggregate` and a list of `intermediate` periods (10 s each by default), each with counters
 * (`http.requests`, `http.codes.200`, `errors.ECONNREFUSED`, …) and latency summaries (`min`,
 * `max`, `mean`, `p50` … `p999`, ms). Artillery 2 keeps no per-request record in its report, so
 * trials are made of periods and histograms are drawn from the summaries (summary-bin.ts).
 *
 * Endpoints: with the `metrics-by-endpoint` plugin the report has per-endpoint counters
 * (`plugins.metrics-by-endpoint.NAME.codes.200`) and summaries
 * (`plugins.metrics-by-endpoint.response_time.NAME`), named by the request's `name` or its URL;
 * without it, one endpoint for the whole run (`http.*`).
 */
import { readFile, stat } from 'node:fs/promises';
import { emptyErrorCounts } from '../metrics/summarize.js';
import type { ErrorCounts } from '../metrics/types.js';
import { importError } from './errors.js';
import type { IntervalSource } from './summary-bin.js';
import type { ImportedInterval } from './types.js';

const BY_ENDPOINT = 'plugins.metrics-by-endpoint.';
const RESPONSE_TIME = `${BY_ENDPOINT}response_time.`;
const MAX_BYTES = 256 * 1024 * 1024;
const QUANTILES: Array<[string, number]> = [['p50', 0.5], ['p75', 0.75], ['p90', 0.9], ['p95', 0.95], ['p99', 0.99], ['p999', 0.999], ['max', 1]];
const DEFAULT_PERIOD_MS = 10_000;

interface Period {
  counters?: Record<string, unknown>;
  summaries?: Record<string, Record<string, unknown>>;
  period?: unknown;
  firstMetricAt?: unknown;
  lastMetricAt?: unknown;
}

/** Reads an Artillery 2 JSON report into per-period, per-endpoint intervals. */
export async function readArtilleryReport(file: string): Promise<IntervalSource> {
  const size = await stat(file).then((s) => s.size, (err: NodeJS.ErrnoException) => {
    throw importError(file, undefined, err.code === 'ENOENT' ? 'no such file' : err.message);
  });
  if (size > MAX_BYTES) throw importError(file, undefined, `${size} bytes is too large for an Artillery report (at most ${MAX_BYTES})`);
  let report: { intermediate?: unknown; aggregate?: unknown };
  try {
    report = JSON.parse(await readFile(file, 'utf8')) as typeof report;
  } catch (err) {
    throw importError(file, undefined, `not JSON (${(err as Error).message}); a cut file, or not an artillery --output report?`);
  }
  if (typeof report !== 'object' || report === null || !Array.isArray(report.intermediate) || typeof report.aggregate !== 'object') {
    throw importError(file, undefined, 'not an Artillery 2 JSON report (no aggregate and intermediate; write one with artillery run --output report.json)');
  }
  const periods = report.intermediate as Period[];
  const starts = periods.map((p, i) => {
    const start = Number(p.period ?? p.firstMetricAt);
    if (!Number.isFinite(start) || start < 1e11) throw importError(file, undefined, `intermediate[${i}].period ${JSON.stringify(p.period)} is not epoch milliseconds`);
    return start;
  });
  const intervals: ImportedInterval[] = [];
  periods.forEach((p, i) => {
    const startMs = starts[i];
    const lastMetric = Number(p.lastMetricAt);
    const endMs = i + 1 < starts.length ? starts[i + 1] : Number.isFinite(lastMetric) && lastMetric > startMs ? lastMetric + 1 : startMs + DEFAULT_PERIOD_MS;
    intervals.push(...periodIntervals(p, startMs, endMs, `intermediate[${i}]`, file));
  });
  return {
    file,
    intervals,
    warnings: [{
      code: 'import-approximate',
      message: `Imported from Artillery's report (${file}): Artillery 2 keeps per-period summaries, not each request, so trials are made of its periods and latency histograms are drawn from each period's percentiles (p50 … p99.9, max) — percentiles are approximate and the mean is an estimate.`,
    }],
  };
}

function periodIntervals(p: Period, startMs: number, endMs: number, where: string, file: string): ImportedInterval[] {
  const counters = p.counters ?? {};
  const summaries = p.summaries ?? {};
  const count = (key: string) => {
    const v = counters[key];
    if (v === undefined) return 0;
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw importError(file, undefined, `${where}.counters["${key}"] ${JSON.stringify(v)} is not a count`);
    return v;
  };
  const names = Object.keys(summaries).filter((k) => k.startsWith(RESPONSE_TIME)).map((k) => k.slice(RESPONSE_TIME.length));
  const countersOf = new Set<string>();
  for (const key of Object.keys(counters)) {
    const m = /^plugins\.metrics-by-endpoint\.(.+)\.(codes|errors)\.[^.]+$/.exec(key);
    if (m) countersOf.add(m[1]);
  }
  for (const n of countersOf) if (!names.includes(n)) names.push(n);
  if (names.length === 0) {
    // No per-endpoint metrics: the whole run is one endpoint.
    const out = interval('all', startMs, endMs, counters, 'http.codes.', 'errors.', summaries['http.response_time'], where, file);
    const sent = count('http.requests');
    if (out && sent > out.requests) {
      out.errors.other += sent - out.requests - 0;
      out.requests = sent;
    }
    return out ? [out] : [];
  }
  return names.flatMap((name) => {
    const out = interval(name, startMs, endMs, counters, `${BY_ENDPOINT}${name}.codes.`, `${BY_ENDPOINT}${name}.errors.`, summaries[`${RESPONSE_TIME}${name}`], where, file);
    return out ? [out] : [];
  });
}

function interval(
  label: string, startMs: number, endMs: number, counters: Record<string, unknown>,
  codesPrefix: string, errorsPrefix: string, summary: Record<string, unknown> | undefined, where: string, file: string,
): ImportedInterval | undefined {
  const statusCounts: Record<string, number> = {};
  const errors = emptyErrorCounts();
  let requests = 0;
  for (const [key, value] of Object.entries(counters)) {
    if (typeof value !== 'number') continue;
    if (key.startsWith(codesPrefix)) {
      const code = key.slice(codesPrefix.length);
      if (!/^\d{3}$/.test(code)) continue;
      statusCounts[code] = (statusCounts[code] ?? 0) + value;
      requests += value;
      if (!/^[23]/.test(code)) errors.status += value;
    } else if (key.startsWith(errorsPrefix)) {
      errors[classifyArtilleryError(key.slice(errorsPrefix.length))] += value;
      requests += value;
    }
  }
  if (requests === 0) return undefined;
  const quantiles: Array<[number, number]> = [];
  if (summary) {
    for (const [key, q] of QUANTILES) {
      const v = summary[key];
      if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw importError(file, undefined, `${where}: the ${label} summary's ${key} ${JSON.stringify(v)} is not a number of milliseconds`);
      quantiles.push([q, v]);
    }
  }
  return {
    label,
    startMs,
    endMs,
    requests,
    errors,
    statusCounts,
    quantiles,
    ...(typeof summary?.min === 'number' ? { minMs: summary.min } : {}),
  };
}

/** The error class of an Artillery error counter (`errors.ECONNREFUSED`, `errors.ETIMEDOUT`, …). */
export function classifyArtilleryError(code: string): keyof ErrorCounts {
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'reset';
  if (/TIMEDOUT|timeout/i.test(code)) return 'timeout';
  return 'other';
}
