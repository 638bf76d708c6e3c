/**
 * A response head's status line and the headers that frame its body (RFC 9112 §4, §6), read in
 * place from bytes: `content-length`, `transfer-encoding` and `connection`; and where each
 * `set-cookie` value is, for a flow's cookie jar. Every other header is only checked to be a
 * `name: value` line.
 */
import { endsWithToken, LF, nameIs, parseDecimal, printable, skipSpaces, trimEnd } from './bytes.js';

/** What a head says about its response's framing; filled in place (one per framer, reused). */
export interface ResponseHead {
  /** Three digits, 100–999. */
  statusCode: number;
  /** The `content-length` value, -1 without one. */
  contentLength: number;
  /** `transfer-encoding` ends in `chunked`. */
  chunked: boolean;
  /** The connection stays open after this response (HTTP/1.1 without `close`, or HTTP/1.0 with `keep-alive`). */
  keepAlive: boolean;
  /**
   * Where the `set-cookie` values are (the name in any case, RFC 9110 §5.1), in order: start and
   * end offsets into the head's buffer, two per header line, spaces and tabs around each value left
   * out. Emptied by every parse.
   */
  readonly setCookie: number[];
}

const HTTP_1 = Buffer.from('HTTP/1.');
const NAME_CONTENT_LENGTH = Buffer.from('content-length');
const NAME_TRANSFER_ENCODING = Buffer.from('transfer-encoding');
const NAME_CONNECTION = Buffer.from('connection');
const NAME_SET_COOKIE = Buffer.from('set-cookie');
const VALUE_KEEP_ALIVE = Buffer.from('keep-alive');
const VALUE_CLOSE = Buffer.from('close');
const VALUE_CHUNKED = Buffer.from('chunked');

/**
 * Parses the head in `head[start, end)` (status line and header lines, without the final empty
 * line) into `into`. Returns null, or why the head is malformed: no `HTTP/1.x NNN` status line, a
 * 101 upgrade (the load engine does not upgrade), a `content-length` that is not a decimal or
 * differs from an earlier one (RFC 9112 §6.3 item 5), a `transfer-encoding` that does not end in
 * chunked (item 4), a header line without a colon.
 */
export function parseResponseHead(head: Buffer, start: number, end: number, into: ResponseHead): string | null {
  if (end - start < 12 || head.compare(HTTP_1, 0, HTTP_1.length, start, start + HTTP_1.length) !== 0 || head[start + 8] !== 32) {
    return `expected a status line like "HTTP/1.1 200 OK", got "${printable(head, start, Math.min(end, start + 40))}"`;
  }
  const d0 = head[start + 9] - 48;
  const d1 = head[start + 10] - 48;
  const d2 = head[start + 11] - 48;
  if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
    return `status "${printable(head, start + 9, start + 12)}" is not a three-digit code`;
  }
  const statusCode = d0 * 100 + d1 * 10 + d2;
  if (statusCode === 101) return '101 Switching Protocols: the load engine does not upgrade connections';
  const http10 = head[start + 7] === 48;
  const setCookie = into.setCookie;
  setCookie.length = 0;
  let contentLength = -1;
  let chunked = false;
  let keepAlive = !http10;
  // Lines and colons are found by one pass over the bytes in JS: for heads of a few hundred bytes
  // that is cheaper than two `indexOf` calls into the runtime per line.
  let line = start;
  while (line < end && head[line] !== LF) line++;
  line++;
  while (line < end) {
    let colon = -1;
    let lineEnd = line;
    for (; lineEnd < end; lineEnd++) {
      const byte = head[lineEnd];
      if (byte === LF) break;
      if (byte === 58 && colon < 0) colon = lineEnd;
    }
    if (colon > line) {
      const valueStart = skipSpaces(head, colon + 1, lineEnd);
      const valueEnd = trimEnd(head, valueStart, lineEnd);
      if (nameIs(head, line, colon, NAME_CONTENT_LENGTH)) {
        const n = parseDecimal(head, valueStart, valueEnd);
        if (n < 0 || (contentLength >= 0 && n !== contentLength)) {
          return `content-length "${printable(head, valueStart, valueEnd)}" is not a valid length`;
        }
        contentLength = n;
      } else if (nameIs(head, line, colon, NAME_TRANSFER_ENCODING)) {
        chunked = nameIs(head, valueStart, valueEnd, VALUE_CHUNKED) || endsWithToken(head, valueStart, valueEnd, 'chunked');
        if (!chunked) return `transfer-encoding "${printable(head, valueStart, valueEnd)}" does not end in chunked`;
      } else if (nameIs(head, line, colon, NAME_SET_COOKIE)) {
        setCookie.push(valueStart, valueEnd);
      } else if (nameIs(head, line, colon, NAME_CONNECTION)) {
        // The two common values without making a string (nginx sends keep-alive on every answer).
        if (nameIs(head, valueStart, valueEnd, VALUE_KEEP_ALIVE)) keepAlive = true;
        else if (nameIs(head, valueStart, valueEnd, VALUE_CLOSE)) keepAlive = false;
        else {
          const value = head.toString('latin1', valueStart, valueEnd).toLowerCase();
          if (/(^|[\s,])close($|[\s,])/.test(value)) keepAlive = false;
          else if (/(^|[\s,])keep-alive($|[\s,])/.test(value)) keepAlive = true;
        }
      }
    } else if (lineEnd - line > 1) {
      return `header line without a colon: "${printable(head, line, Math.min(trimEnd(head, line, lineEnd), line + 40))}"`;
    }
    line = lineEnd + 1;
  }
  into.statusCode = statusCode;
  into.contentLength = contentLength;
  into.chunked = chunked;
  into.keepAlive = keepAlive;
  return null;
}
