/**
 * autocannon's JSON result (`autocannon --json URL > result.json`): one summary of the whole run —
 * latency percentiles (whole ms), response counts per status, connection errors and timeouts,
 * start and finish times. One interval, so one trial: no comparison across trials can confirm a
 * regression, and the report says so (warning `import-single-trial`); thresholds still apply.
 */
import { emptyErrorCounts } from '../metrics/summarize.js';
import { readFile, stat } from 'node:fs/promises';
import { importError } from './errors.js';
import type { IntervalSource } from './summary-bin.js';

/** autocannon's latency percentile keys and their fractions. */
const PERCENTILES: Array<[string, number]> = [
  ['p0_001', 0.00001], ['p0_01', 0.0001], ['p0_1', 0.001], ['p1', 0.01], ['p2_5', 0.025], ['p10', 0.1], ['p25', 0.25],
  ['p50', 0.5], ['p75', 0.75], ['p90', 0.9], ['p97_5', 0.975], ['p99', 0.99], ['p99_9', 0.999], ['p99_99', 0.9999], ['p99_999', 0.99999],
];

/** A summary file is small; anything this large is not one. */
const MAX_BYTES = 16 * 1024 * 1024;

interface AutocannonResult {
  url?: unknown;
  title?: unknown;
  connections?: unknown;
  start?: unknown;
  finish?: unknown;
  errors?: unknown;
  timeouts?: unknown;
  statusCodeStats?: Record<string, { count?: unknown }>;
  latency?: Record<string, unknown>;
  requests?: { total?: unknown };
}

/** Reads an autocannon JSON result into one interval. */
export async function readAutocannon(file: string): Promise<IntervalSource> {
  const size = await stat(file).then((s) => s.size, (err: NodeJS.ErrnoException) => {
    throw importError(file, undefined, err.code === 'ENOENT' ? 'no such file' : err.message);
  });
  if (size > MAX_BYTES) throw importError(file, undefined, `${size} bytes is too large for an autocannon JSON result (at most ${MAX_BYTES})`);
  let data: AutocannonResult;
  try {
    data = JSON.parse(await readFile(file, 'utf8')) as AutocannonResult;
  } catch (err) {
    throw importError(file, undefined, `not JSON (${(err as Error).message}); a cut file, or not autocannon --json output?`);
  }
  const problems: string[] = [];
  const num = (value: unknown, field: string): number => {
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
      problems.push(`${field} ${JSON.stringify(value)} is not a number >= 0`);
      return 0;
    }
    return value;
  };
  if (typeof data !== 'object' || data === null || typeof data.latency !== 'object' || data.latency === null || typeof data.requests !== 'object') {
    throw importError(file, undefined, 'not an autocannon JSON result (no latency and requests objects; run autocannon with --json)');
  }
  const startMs = Date.parse(String(data.start));
  const finishMs = Date.parse(String(data.finish));
  if (!Number.isFinite(startMs) || !Number.isFinite(finishMs) || finishMs <= startMs) problems.push(`start ${JSON.stringify(data.start)} and finish ${JSON.stringify(data.finish)} are not two ISO times in order`);
  const answered = num(data.requests.total, 'requests.total');
  const errorCount = num(data.errors, 'errors');
  const timeouts = num(data.timeouts, 'timeouts');
  const quantiles: Array<[number, number]> = PERCENTILES.map(([key, q]) => [q, num(data.latency![key], `latency.${key}`)]);
  quantiles.push([1, num(data.latency.max, 'latency.max')]);
  const statusCounts: Record<string, number> = {};
  let unexpected = 0;
  for (const [code, entry] of Object.entries(data.statusCodeStats ?? {})) {
    if (!/^\d{3}$/.test(code)) problems.push(`statusCodeStats: "${code}" is not a status code`);
    const count = num(entry?.count, `statusCodeStats.${code}.count`);
    statusCounts[code] = count;
    if (!code.startsWith('2')) unexpected += count;
  }
  if (problems.length > 0) throw importError(file, undefined, `not a usable autocannon result: ${problems.join('; ')}`);
  const errors = emptyErrorCounts();
  errors.timeout = Math.min(timeouts, errorCount);
  errors.other = errorCount - errors.timeout;
  errors.status = unexpected;
  const url = typeof data.url === 'string' ? data.url : undefined;
  return {
    file,
    concurrency: typeof data.connections === 'number' ? data.connections : undefined,
    intervals: [{
      label: typeof data.title === 'string' && data.title ? data.title : url ? new URL(url).pathname : 'autocannon',
      url,
      startMs,
      endMs: finishMs,
      requests: answered + errorCount,
      errors,
      statusCounts,
      quantiles,
      minMs: num(data.latency.min, 'latency.min'),
    }],
    warnings: [{
      code: 'import-single-trial',
      message: `Imported from autocannon (${file}), which reports one summary for the whole run: one trial, so no test across trials can confirm a regression — ` +
        'changes are advisory only; thresholds still apply. For a gating comparison import a tool that records every request (JMeter, k6) or run loadgate itself.',
    }],
  };
}
