/**
 * Byte matching for the HTTP/1.1 response framer: comparisons and numbers read straight from a
 * Buffer range, so a response head is framed without making strings or header objects.
 */

/** Carriage return and line feed. */
export const CR = 13;
/** Line feed. */
export const LF = 10;

/** Index of the first byte in `buf[at, end)` that is not a space or a tab (`end` when none). */
export function skipSpaces(buf: Buffer, at: number, end: number): number {
  while (at < end && (buf[at] === 32 || buf[at] === 9)) at++;
  return at;
}

/** `end` moved back over trailing spaces, tabs and a CR in `buf[start, end)`. */
export function trimEnd(buf: Buffer, start: number, end: number): number {
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9 || buf[end - 1] === CR)) end--;
  return end;
}

/**
 * ASCII case-insensitive comparison of `buf[start, end)` with a lower-case name or token (`| 0x20`
 * folds letters only; the names compared contain no byte it would confuse).
 */
export function nameIs(buf: Buffer, start: number, end: number, lowerName: Buffer): boolean {
  if (end - start !== lowerName.length) return false;
  for (let i = 0; i < lowerName.length; i++) if ((buf[start + i] | 0x20) !== lowerName[i]) return false;
  return true;
}

/** A non-negative decimal in `buf[start, end)` (at most 15 digits, so exact as a number), or -1. */
export function parseDecimal(buf: Buffer, start: number, end: number): number {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Whether the comma-separated list in `buf[start, end)` ends with `token` (ASCII case-insensitive). */
export function endsWithToken(buf: Buffer, start: number, end: number, token: string): boolean {
  const value = buf.toString('latin1', start, end).toLowerCase();
  const items = value.split(',');
  return items[items.length - 1].trim() === token;
}

/** The value of a hexadecimal digit byte, or -1. */
export function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/** Whether `buf[0, length)` agrees with `prefix` as far as both go. */
export function agreesWith(buf: Buffer, length: number, prefix: Buffer): boolean {
  const n = Math.min(length, prefix.length);
  return buf.compare(prefix, 0, n, 0, n) === 0;
}

/** Bytes for an error message: printable ASCII kept, others as '?'. */
export function printable(buf: Buffer, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += buf[i] >= 32 && buf[i] < 127 ? String.fromCharCode(buf[i]) : '?';
  return s;
}
