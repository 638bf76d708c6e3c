/**
 * Request headers and bodies of an endpoint. Header names are lower-cased on the way in: HTTP
 * treats them case-insensitively, and one spelling keeps the fingerprint from changing when
 * someone retypes `Content-Type` as `content-type`.
 */
import { describeValue, isMapping, joinPath, setOwn, type Issue, type Mapping } from './read.js';
import { HEADER_UNSAFE } from './env.js';

/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Framing and connection headers belong to the load generator; setting them breaks requests. */
const MANAGED = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'upgrade', 'expect']);

/** Reads `headers:` into a lower-cased name → value map, reporting bad names, values and clashes. */
export function readHeaders(value: unknown, path: string, issues: Issue[]): Record<string, string> {
  const headers: Record<string, string> = {};
  if (value === undefined) return headers;
  if (!isMapping(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a mapping of header names to values (e.g. authorization: "Bearer x")` });
    return headers;
  }
  for (const [name, headerValue] of Object.entries(value)) {
    const at = joinPath(path, name);
    const lower = name.toLowerCase();
    if (!TOKEN.test(name)) {
      issues.push({ path: at, message: `${describeValue(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only)` });
    } else if (MANAGED.has(lower)) {
      issues.push({ path: at, message: `"${lower}" is set by the load generator and cannot be given` });
    } else if (typeof headerValue !== 'string') {
      const hint = typeof headerValue === 'number' || typeof headerValue === 'boolean' ? ` (quote it: "${headerValue}")` : '';
      issues.push({ path: at, message: `${describeValue(headerValue)} is not a string${hint}` });
    } else if (HEADER_UNSAFE.test(headerValue)) {
      issues.push({ path: at, message: 'contains a line break or another control character (tab aside), which a header value cannot hold' });
    } else if (Object.hasOwn(headers, lower)) {
      issues.push({ path: at, message: `"${name}" repeats a header already given (names ignore case)` });
    } else {
      setOwn(headers, lower, headerValue);
    }
  }
  return headers;
}

/** True if the value holds a number JSON cannot write (`.inf`, `.nan`), which would become `null`. */
function hasNonFiniteNumber(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFiniteNumber);
  if (isMapping(value)) return Object.values(value).some(hasNonFiniteNumber);
  return false;
}

/**
 * Reads `body:` (a raw string) or `json:` (any YAML value, sent as JSON with
 * `content-type: application/json` unless the headers already name a content type). Giving both
 * is an error. Returns the body text, or `undefined` for none; may add to `headers`.
 */
export function readBody(mapping: Mapping, path: string, headers: Record<string, string>, issues: Issue[]): string | undefined {
  const hasBody = mapping.body !== undefined;
  const hasJson = Object.hasOwn(mapping, 'json');
  if (hasBody && hasJson) {
    issues.push({ path: joinPath(path, 'json'), message: 'give either body (raw text) or json (a value sent as JSON), not both' });
    return undefined;
  }
  if (hasBody) {
    if (typeof mapping.body === 'string') return mapping.body;
    issues.push({ path: joinPath(path, 'body'), message: `${describeValue(mapping.body)} is not a string (for a structured body use json: instead)` });
    return undefined;
  }
  if (!hasJson) return undefined;
  if (hasNonFiniteNumber(mapping.json)) {
    issues.push({ path: joinPath(path, 'json'), message: 'contains .inf or .nan, which JSON cannot represent' });
    return undefined;
  }
  if (!Object.hasOwn(headers, 'content-type')) headers['content-type'] = 'application/json';
  return JSON.stringify(mapping.json ?? null);
}
