/**
 * JMeter's JTL results in CSV (`jmeter -n -t plan.jmx -l results.jtl`, the default format): a header
 * naming the saved fields, then one sample per line. The fields used: timeStamp (epoch ms at the
 * sample's start, JMeter's default), elapsed (ms), label, responseCode, success, failureMessage,
 * URL, allThreads. Success is JMeter's own verdict (assertions included).
 *
 * Errors are classed from what JMeter writes for requests that got no HTTP answer
 * ("Non HTTP response code: java.net.ConnectException" and its message).
 */
import type { ErrorCounts } from '../metrics/types.js';
import { splitCsvLine } from './csv.js';
import { importError } from './errors.js';
import { readLines } from './lines.js';
import type { RawRecord, RawSource } from './raw-bin.js';

const REQUIRED = ['timeStamp', 'elapsed', 'label', 'responseCode', 'success'] as const;

/** Epoch milliseconds below this are seconds (before 1973 in ms, after 5138 in s). */
const SECONDS_BELOW = 1e11;

/** A JTL CSV file as a raw source. */
export function jmeterSource(file: string): RawSource {
  return { file, read: () => readJtl(file) };
}

async function* readJtl(file: string): AsyncGenerator<RawRecord> {
  let columns: Record<string, number> | undefined;
  let width = 0;
  let lastThreads = -1;
  for await (const { text, line } of readLines(file, { requireFinalNewline: true })) {
    if (text === '') continue;
    if (!columns) {
      const header = splitCsvLine(text);
      const names = Array.isArray(header) ? header : [];
      const missing = REQUIRED.filter((c) => !names.includes(c));
      if (missing.length > 0) {
        throw importError(file, line, `not a JMeter JTL CSV header: expected the columns ${REQUIRED.join(', ')} (missing ${missing.join(', ')}); got "${clip(text)}" ` +
          '(save results as CSV with field names: jmeter.save.saveservice.output_format=csv, print_field_names=true)');
      }
      columns = Object.fromEntries(names.map((n, i) => [n, i]));
      width = names.length;
      continue;
    }
    const fields = splitCsvLine(text);
    if (!Array.isArray(fields)) throw importError(file, line, fields.problem);
    if (fields.length !== width) {
      throw importError(file, line, `${fields.length} fields where the header has ${width}${fields.length < width ? ' (a cut line?)' : ' (an unquoted comma in a label?)'}`);
    }
    const timeStamp = fields[columns.timeStamp];
    const startMs = Number(timeStamp);
    if (!/^\d+$/.test(timeStamp)) {
      throw importError(file, line, `timeStamp "${clip(timeStamp)}" is not epoch milliseconds (set jmeter.save.saveservice.timestamp_format=ms)`);
    }
    if (startMs < SECONDS_BELOW) {
      throw importError(file, line, `timeStamp ${timeStamp} is in seconds, not milliseconds (mixed units: JTL timestamps are epoch milliseconds)`);
    }
    const elapsed = fields[columns.elapsed];
    if (!/^\d+$/.test(elapsed)) throw importError(file, line, `elapsed "${clip(elapsed)}" is not a whole number of milliseconds`);
    const code = fields[columns.responseCode];
    const success = fields[columns.success];
    if (success !== 'true' && success !== 'false') throw importError(file, line, `success "${clip(success)}" is not true or false`);
    const status = /^\d{3}$/.test(code) ? Number(code) : 0;
    const failure = columns.failureMessage === undefined ? '' : fields[columns.failureMessage];
    const message = columns.responseMessage === undefined ? '' : fields[columns.responseMessage];
    const errorClass = success === 'true' ? undefined : status > 0 ? 'status' : classifyNonHttp(code, message);
    if (columns.allThreads !== undefined) {
      const threads = Number(fields[columns.allThreads]);
      if (threads > lastThreads) {
        lastThreads = threads;
        yield { kind: 'concurrency', value: threads };
      }
    }
    yield {
      label: fields[columns.label],
      url: columns.URL === undefined ? undefined : fields[columns.URL] || undefined,
      startMs,
      // Kept for a failure too (it marks when the attempt ended); only answers count in latency.
      latencyMs: Number(elapsed),
      status,
      ...(errorClass ? { errorClass, message: errorMessage(status, code, message, failure) } : {}),
    };
  }
  if (!columns) throw importError(file, undefined, 'the file is empty (a JTL CSV file starts with a header line)');
}

/** The error class of a sample that got no HTTP answer, from JMeter's exception name and message. */
export function classifyNonHttp(code: string, message: string): keyof ErrorCounts {
  const text = `${code} ${message}`;
  if (/ConnectException|Connection refused|HttpHostConnectException/i.test(text)) return 'refused';
  if (/Timeout|timed out/i.test(text)) return 'timeout';
  if (/Connection reset|NoHttpResponseException|SocketException|Broken pipe/i.test(text)) return 'reset';
  return 'other';
}

function errorMessage(status: number, code: string, message: string, failure: string): string {
  if (status > 0) return failure ? `status ${status}: ${failure}` : `status ${status}${message ? ` ${message}` : ''}`;
  return [code, message].filter(Boolean).join(': ');
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
