/**
 * k6's JSON output (`k6 run --out json=results.json script.js`): one JSON object per line, either a
 * metric declaration (`{"type":"Metric","data":{"type":"trend","contains":"time",…},"metric":…}`)
 * or a data point (`{"type":"Point","data":{"time":RFC3339,"value":…,"tags":{…}},"metric":…}`).
 *
 * Used: `http_req_duration` points (one per request; value in ms; tags `name` — the label, the URL
 * unless the script set one — `method`, `url`, `status`, `expected_response`, `error_code`) and `vus`
 * points (concurrency). k6 stamps a request's samples with the time it ended, so its start is that
 * time minus the duration. Lines of other metrics are only checked for shape, not parsed, which is
 * what keeps a ten-million-line file fast.
 *
 * k6 error codes (k6 docs, "Error codes"): 1050 request timeout, 1211 dial timeout, 1212 connection
 * refused, 1220 connection reset by peer; any other failure without a status is `other`.
 */
import type { ErrorCounts } from '../metrics/types.js';
import { importError } from './errors.js';
import { readLineBatches } from './lines.js';
import type { RawRecord, RawSource, SampleSpan } from './raw-bin.js';

const DURATION = 'http_req_duration';

/** A k6 JSON output file as a raw source. */
export function k6Source(file: string): RawSource {
  return { file, span: () => k6Span(file), read: () => readK6(file) };
}

interface K6Line {
  type?: unknown;
  metric?: unknown;
  data?: { type?: unknown; contains?: unknown; time?: unknown; value?: unknown; tags?: Record<string, unknown> | null };
}

async function* readK6(file: string): AsyncGenerator<RawRecord[]> {
  let lines = 0;
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    const out: RawRecord[] = [];
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === '') continue;
      lines++;
      parseK6Line(file, text, batch.first + i, out);
    }
    yield out;
  }
  if (lines === 0) throw importError(file, undefined, 'the file is empty (k6 JSON output has one JSON object per line)');
}

/**
 * The quick pass: the time and value of each http_req_duration point, found with indexOf rather
 * than JSON.parse. Metric declarations, and any point whose two fields do not read that way, go
 * through the full parser (which checks the unit, and throws the error that names what is wrong).
 */
async function k6Span(file: string): Promise<SampleSpan> {
  let first = Infinity;
  let last = -Infinity;
  let samples = 0;
  let lines = 0;
  const one: RawRecord[] = [];
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === '') continue;
      lines++;
      if (!text.includes(`"metric":"${DURATION}"`) || !text.includes('"type":"Point"')) {
        if (text.includes('"type":"Metric"') || text.charCodeAt(0) !== 0x7b || text.charCodeAt(text.length - 1) !== 0x7d) parseK6Line(file, text, batch.first + i, []);
        continue;
      }
      const t = text.indexOf('"time":"');
      const tEnd = t === -1 ? -1 : text.indexOf('"', t + 8);
      const v = text.indexOf('"value":');
      const vEnd = v === -1 ? -1 : Math.min(...[text.indexOf(',', v), text.indexOf('}', v)].filter((x) => x !== -1));
      const endMs = tEnd === -1 ? NaN : parseRfc3339Ms(text.slice(t + 8, tEnd));
      const value = vEnd === -1 ? NaN : Number(text.slice(v + 8, vEnd));
      if (!Number.isFinite(endMs) || !(value >= 0)) {
        one.length = 0;
        parseK6Line(file, text, batch.first + i, one);
        continue;
      }
      samples++;
      if (endMs - value < first) first = endMs - value;
      if (endMs > last) last = endMs;
    }
  }
  if (lines === 0) throw importError(file, undefined, 'the file is empty (k6 JSON output has one JSON object per line)');
  return { first, last, samples };
}

/** One line of k6 output: pushes its record, if it is one loadgate uses; throws on a bad line. */
function parseK6Line(file: string, text: string, line: number, out: RawRecord[]): void {
  if (text.charCodeAt(0) !== 0x7b /* { */ || text.charCodeAt(text.length - 1) !== 0x7d /* } */) {
    throw importError(file, line, `not a line of k6 JSON output (each line is one JSON object, {"type":"Metric"|"Point",…}); got "${clip(text)}"`);
  }
  const interesting = text.includes(`"metric":"${DURATION}"`) || text.includes('"metric":"vus"');
  if (!interesting) {
    if (!text.startsWith('{"type":"Point"') && !text.startsWith('{"type":"Metric"') && !/"type"\s*:\s*"(Point|Metric)"/.test(text)) {
      throw importError(file, line, `not a line of k6 JSON output (no "type":"Point" or "Metric"); got "${clip(text)}"`);
    }
    return;
  }
  let parsed: K6Line;
  try {
    parsed = JSON.parse(text) as K6Line;
  } catch (err) {
    throw importError(file, line, `not valid JSON (${(err as Error).message})`);
  }
  if (parsed.type === 'Metric') {
    if (parsed.metric === DURATION && parsed.data?.contains !== 'time') {
      throw importError(file, line, `${DURATION} is declared with contains "${String(parsed.data?.contains)}", not "time" (mixed units: loadgate reads it as milliseconds)`);
    }
    return;
  }
  if (parsed.type !== 'Point') throw importError(file, line, `"type" is ${JSON.stringify(parsed.type)}, not "Point" or "Metric"`);
  const data = parsed.data ?? {};
  const endMs = typeof data.time === 'string' ? parseRfc3339Ms(data.time) : NaN;
  if (!Number.isFinite(endMs)) throw importError(file, line, `data.time ${JSON.stringify(data.time)} is not an RFC 3339 time`);
  const value = data.value;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw importError(file, line, `data.value ${JSON.stringify(value)} is not a number >= 0`);
  }
  if (parsed.metric === 'vus') {
    out.push({ kind: 'concurrency', value });
    return;
  }
  const tags = data.tags ?? {};
  const status = Number(tags.status ?? 0) || 0;
  const url = typeof tags.url === 'string' ? tags.url : undefined;
  const label = typeof tags.name === 'string' && tags.name ? tags.name : url ?? DURATION;
  const failed = tags.expected_response === 'false' || status === 0;
  const errorClass = failed ? (status > 0 ? 'status' : classifyK6Error(String(tags.error_code ?? ''))) : undefined;
  out.push({
    label,
    method: typeof tags.method === 'string' ? tags.method : undefined,
    url,
    startMs: endMs - value,
    latencyMs: value,
    status,
    ...(errorClass ? { errorClass, message: errorMessage(status, tags) } : {}),
  });
}

/** The error class of a k6 request without an answer, from its `error_code` tag. */
export function classifyK6Error(code: string): keyof ErrorCounts {
  if (code === '1050' || code === '1211') return 'timeout';
  if (code === '1212') return 'refused';
  if (code === '1220') return 'reset';
  return 'other';
}

/**
 * Epoch ms of an RFC 3339 time with up to nanosecond fractions (k6 writes nine digits): Date.parse
 * keeps milliseconds, the microseconds are added back from the text.
 */
export function parseRfc3339Ms(text: string): number {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return NaN;
  const fraction = /\.(\d{4,})/.exec(text);
  if (!fraction) return ms;
  const sub = fraction[1].slice(3, 6).padEnd(3, '0');
  return ms + Number(sub) / 1000;
}

function errorMessage(status: number, tags: Record<string, unknown>): string {
  if (status > 0) return `status ${status}`;
  const error = typeof tags.error === 'string' ? tags.error : 'no answer';
  return tags.error_code ? `${error} (k6 error ${String(tags.error_code)})` : error;
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
