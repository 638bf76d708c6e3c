/**
 * Locust's CSV stats history (`locust --headless --csv PREFIX --csv-full-history`, the file
 * PREFIX_stats_history.csv): a row per endpoint (and one "Aggregated") every second, with the
 * cumulative request and failure counts and the *current* response-time percentiles.
 *
 * An interval is the time between two rows; its requests and failures are the differences of the
 * cumulative counts. Locust's current percentiles cover a sliding window of the last seconds
 * (10 s by default), not exactly that interval: the histogram drawn from them is an approximation,
 * and the report says so. A row whose percentiles are all 0 (no current window yet) falls back to
 * the cumulative median, minimum and maximum. Locust does not record why a request failed, so
 * failures count as unexpected statuses.
 */
import { emptyErrorCounts } from '../metrics/summarize.js';
import { splitCsvLine } from './csv.js';
import { importError } from './errors.js';
import { readLines } from './lines.js';
import type { IntervalSource } from './summary-bin.js';
import type { ImportedInterval } from './types.js';

const PERCENTILES: Array<[string, number]> = [
  ['50%', 0.5], ['66%', 0.66], ['75%', 0.75], ['80%', 0.8], ['90%', 0.9], ['95%', 0.95],
  ['98%', 0.98], ['99%', 0.99], ['99.9%', 0.999], ['99.99%', 0.9999], ['100%', 1],
];
const REQUIRED = ['Timestamp', 'User Count', 'Type', 'Name', 'Total Request Count', 'Total Failure Count', ...PERCENTILES.map(([c]) => c)];

/** Reads a Locust stats-history CSV into intervals. */
export async function readLocustHistory(file: string): Promise<IntervalSource> {
  let columns: Record<string, number> | undefined;
  let width = 0;
  let previousTime: number | undefined;
  let concurrency = 0;
  const last = new Map<string, { requests: number; failures: number }>();
  const intervals: ImportedInterval[] = [];
  for await (const { text, line } of readLines(file, { requireFinalNewline: true })) {
    if (text === '') continue;
    const fields = splitCsvLine(text);
    if (!Array.isArray(fields)) throw importError(file, line, fields.problem);
    if (!columns) {
      const missing = REQUIRED.filter((c) => !fields.includes(c));
      if (missing.length > 0) {
        throw importError(file, line, `not a Locust stats history header: missing the columns ${missing.join(', ')} ` +
          '(use the PREFIX_stats_history.csv file that locust --csv PREFIX --csv-full-history writes)');
      }
      columns = Object.fromEntries(fields.map((n, i) => [n, i]));
      width = fields.length;
      continue;
    }
    if (fields.length !== width) throw importError(file, line, `${fields.length} fields where the header has ${width}${fields.length < width ? ' (a cut line?)' : ''}`);
    const timestamp = fields[columns.Timestamp];
    if (!/^\d+$/.test(timestamp) || Number(timestamp) > 1e11) {
      throw importError(file, line, `Timestamp "${timestamp}" is not whole epoch seconds (mixed units? Locust writes seconds)`);
    }
    const timeMs = Number(timestamp) * 1000;
    const users = Number(fields[columns['User Count']]);
    if (users > concurrency) concurrency = users;
    const name = fields[columns.Name];
    if (name === 'Aggregated' && fields[columns.Type] === '') {
      previousTime = timeMs;
      continue;
    }
    const requests = wholeNumber(fields[columns['Total Request Count']], 'Total Request Count', file, line);
    const failures = wholeNumber(fields[columns['Total Failure Count']], 'Total Failure Count', file, line);
    const before = last.get(name) ?? { requests: 0, failures: 0 };
    last.set(name, { requests, failures });
    const newRequests = requests - before.requests;
    const newFailures = failures - before.failures;
    if (newRequests < 0 || newFailures < 0) throw importError(file, line, `${name}: the total counts went down (${before.requests} → ${requests}); rows from two runs mixed?`);
    const startMs = previousTime !== undefined && previousTime < timeMs ? previousTime : timeMs - 1000;
    if (newRequests === 0) continue;
    const quantiles = rowQuantiles(fields, columns, file, line);
    const errors = emptyErrorCounts();
    errors.status = newFailures;
    intervals.push({
      label: name,
      method: fields[columns.Type] || undefined,
      startMs,
      endMs: timeMs,
      requests: newRequests,
      errors,
      statusCounts: {},
      quantiles: quantiles ?? cumulativeQuantiles(fields, columns),
      ...(columns['Total Min Response Time'] !== undefined ? { minMs: Number(fields[columns['Total Min Response Time']]) || undefined } : {}),
    });
  }
  if (!columns) throw importError(file, undefined, 'the file is empty (a Locust stats history starts with a header line)');
  return {
    file,
    intervals,
    concurrency,
    warnings: [{
      code: 'import-approximate',
      message: `Imported from Locust's stats history (${file}): trials are made of its one-second intervals, and each interval's latency histogram is drawn from Locust's current percentiles, ` +
        'which cover a sliding window of recent requests rather than exactly that interval — percentiles are approximate and the mean is an estimate.',
    }],
  };
}

function rowQuantiles(fields: string[], columns: Record<string, number>, file: string, line: number): Array<[number, number]> | undefined {
  const points: Array<[number, number]> = [];
  for (const [column, q] of PERCENTILES) {
    const text = fields[columns[column]];
    if (text === 'N/A') return undefined;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw importError(file, line, `${column} "${text}" is not a number of milliseconds`);
    points.push([q, value]);
  }
  return points[points.length - 1][1] > 0 ? points : undefined;
}

function cumulativeQuantiles(fields: string[], columns: Record<string, number>): Array<[number, number]> {
  const median = Number(fields[columns['Total Median Response Time']] ?? 0) || 0;
  const max = Number(fields[columns['Total Max Response Time']] ?? median) || median;
  return [[0.5, median], [1, Math.max(median, max)]];
}

function wholeNumber(text: string, column: string, file: string, line: number): number {
  if (!/^\d+$/.test(text)) throw importError(file, line, `${column} "${text}" is not a whole number`);
  return Number(text);
}
