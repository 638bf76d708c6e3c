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
import { readLineBatches } from './lines.js';
import type { RawRecord, RawSource, SampleSpan } from './raw-bin.js';

const REQUIRED = ['timeStamp', 'elapsed', 'label', 'responseCode', 'success'] as const;

/** Epoch milliseconds below this are seconds (before 1973 in ms, after 5138 in s). */
const SECONDS_BELOW = 1e11;

/** A JTL CSV file as a raw source. */
export function jmeterSource(file: string): RawSource {
  return { file, span: () => jtlSpan(file), read: () => readJtl(file) };
}

async function* readJtl(file: string): AsyncGenerator<RawRecord[]> {
  const parser = new JtlParser(file);
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    const out: RawRecord[] = [];
    for (let i = 0; i < batch.texts.length; i++) parser.parse(batch.texts[i], batch.first + i, out);
    yield out;
  }
  if (!parser.sawHeader) throw importError(file, undefined, 'the file is empty (a JTL CSV file starts with a header line)');
}

/**
 * The quick pass: only timeStamp and elapsed of each line (the first two columns in JMeter's
 * default layout, found with indexOf rather than a split). A line whose two numbers do not read
 * goes through the full parser, which throws the error that names what is wrong.
 */
async function jtlSpan(file: string): Promise<SampleSpan> {
  const parser = new JtlParser(file);
  let first = Infinity;
  let last = -Infinity;
  let samples = 0;
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === '') continue;
      if (!parser.sawHeader || !parser.defaultLayout) {
        parser.parse(text, batch.first + i, []);
        if (!parser.sawHeader) continue;
        if (!parser.defaultLayout && parser.lastSample) {
          samples++;
          if (parser.lastSample.startMs < first) first = parser.lastSample.startMs;
          if (parser.lastSample.endMs > last) last = parser.lastSample.endMs;
        }
        continue;
      }
      const c1 = text.indexOf(',');
      const c2 = text.indexOf(',', c1 + 1);
      const start = Number(text.slice(0, c1));
      const elapsed = Number(text.slice(c1 + 1, c2));
      if (c1 <= 0 || c2 <= c1 + 1 || !(start >= SECONDS_BELOW) || !Number.isSafeInteger(start) || !(elapsed >= 0)) {
        parser.parse(text, batch.first + i, []);
        continue;
      }
      samples++;
      if (start < first) first = start;
      if (start + elapsed > last) last = start + elapsed;
    }
  }
  if (!parser.sawHeader) throw importError(file, undefined, 'the file is empty (a JTL CSV file starts with a header line)');
  return { first, last, samples };
}

/** Parses JTL lines in order (the header first), pushing records; throws on a bad line. */
class JtlParser {
  private columns: Record<string, number> | undefined;
  private width = 0;
  private lastThreads = -1;

  constructor(private readonly file: string) {}

  /** The last sample parsed (for the quick pass when the layout is not the default). */
  lastSample: { startMs: number; endMs: number } | undefined;

  get sawHeader(): boolean {
    return this.columns !== undefined;
  }

  /** timeStamp and elapsed are the first two columns, as JMeter writes them by default. */
  get defaultLayout(): boolean {
    return this.columns?.timeStamp === 0 && this.columns.elapsed === 1;
  }

  parse(text: string, line: number, out: RawRecord[]): void {
    const file = this.file;
    if (text === '') return;
    const columns = this.columns;
    if (!columns) {
      const header = splitCsvLine(text);
      const names = Array.isArray(header) ? header : [];
      const missing = REQUIRED.filter((c) => !names.includes(c));
      if (missing.length > 0) {
        throw importError(file, line, `not a JMeter JTL CSV header: expected the columns ${REQUIRED.join(', ')} (missing ${missing.join(', ')}); got "${clip(text)}" ` +
          '(save results as CSV with field names: jmeter.save.saveservice.output_format=csv, print_field_names=true)');
      }
      this.columns = Object.fromEntries(names.map((n, i) => [n, i]));
      this.width = names.length;
      return;
    }
    const fields = splitCsvLine(text);
    if (!Array.isArray(fields)) throw importError(file, line, fields.problem);
    if (fields.length !== this.width) {
      throw importError(file, line, `${fields.length} fields where the header has ${this.width}${fields.length < this.width ? ' (a cut line?)' : ' (an unquoted comma in a label?)'}`);
    }
    const timeStamp = fields[columns.timeStamp];
    const startMs = Number(timeStamp);
    if (!Number.isSafeInteger(startMs) || timeStamp.length === 0 || timeStamp.charCodeAt(0) === 0x2d /* - */) {
      throw importError(file, line, `timeStamp "${clip(timeStamp)}" is not epoch milliseconds (set jmeter.save.saveservice.timestamp_format=ms)`);
    }
    if (startMs < SECONDS_BELOW) {
      throw importError(file, line, `timeStamp ${timeStamp} is in seconds, not milliseconds (mixed units: JTL timestamps are epoch milliseconds)`);
    }
    const elapsed = Number(fields[columns.elapsed]);
    if (!Number.isSafeInteger(elapsed) || elapsed < 0 || fields[columns.elapsed] === '') {
      throw importError(file, line, `elapsed "${clip(fields[columns.elapsed])}" is not a whole number of milliseconds`);
    }
    this.lastSample = { startMs, endMs: startMs + elapsed };
    const code = fields[columns.responseCode];
    const success = fields[columns.success];
    if (success !== 'true' && success !== 'false') throw importError(file, line, `success "${clip(success)}" is not true or false`);
    const status = code.length === 3 && /^\d{3}$/.test(code) ? Number(code) : 0;
    if (columns.allThreads !== undefined) {
      const threads = Number(fields[columns.allThreads]);
      if (threads > this.lastThreads) {
        this.lastThreads = threads;
        out.push({ kind: 'concurrency', value: threads });
      }
    }
    const label = fields[columns.label];
    const url = columns.URL === undefined ? undefined : fields[columns.URL] || undefined;
    if (success === 'true') {
      // Kept for a failure too (it marks when the attempt ended); only answers count in latency.
      out.push({ label, url, startMs, latencyMs: elapsed, status });
      return;
    }
    const failure = columns.failureMessage === undefined ? '' : fields[columns.failureMessage];
    const message = columns.responseMessage === undefined ? '' : fields[columns.responseMessage];
    const errorClass = status > 0 ? 'status' : classifyNonHttp(code, message);
    out.push({ label, url, startMs, latencyMs: elapsed, status, errorClass, message: errorMessage(status, code, message, failure) });
  }
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
