/**
 * Small readers shared by every part of the profile: each takes a plain value (as YAML produced it)
 * and the YAML path it came from, returns the checked value or `undefined`, and records what was
 * wrong in `issues` instead of throwing, so one pass over the document finds every problem.
 * Messages name the bad value and say what would be valid; the path is kept apart from the message
 * and lines are attached at the end from the document's positions.
 */
import { formatDurationMs, parseDurationMs } from './duration.js';
import { suggestKey } from './suggest.js';

/** A problem before its line is known. */
export interface Issue {
  path: string;
  message: string;
}

export type Mapping = Record<string, unknown>;

/** Names of profiles and endpoints end up in cache keys and file names, hence the tight charset. */
const NAME = /^[A-Za-z0-9._-]+$/;
const NAME_MAX = 64;
const DURATION_HINT = '(use 500ms, 30s, 5m, 1h)';

/** `endpoints` + 0 → `endpoints[0]`; `headers` + `x-id` → `headers.x-id`; odd keys are quoted. */
export function joinPath(parent: string, key: string | number): string {
  if (typeof key === 'number') return `${parent}[${key}]`;
  const segment = /^[A-Za-z0-9_$-]+$/.test(key) ? key : JSON.stringify(key);
  return parent === '' ? segment : `${parent}.${segment}`;
}

/** How a value appears in a message: strings quoted (and cut short), containers named by kind. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return 'an empty value';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * Sets `record[key]` as the record's own property, even for a key such as `__proto__`, which plain
 * assignment would take as the prototype. User-given names (headers, levels, variables) go through
 * this; lookups by such names go through `Object.hasOwn`, so `constructor` or `toString` never
 * resolve to Object.prototype's members.
 */
export function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

/** `record[key]` if the record has that key itself, else undefined (never a prototype member). */
export function getOwn<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A YAML mapping as plain data: an object that is not a list (and not null). */
export function isMapping(value: unknown): value is Mapping {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value as a mapping whose keys are all in `valid`; unknown keys are reported one by one with
 * the valid list and a "did you mean" when one is close. Returns `undefined` if not a mapping.
 */
export function readMapping(value: unknown, path: string, valid: readonly string[], issues: Issue[]): Mapping | undefined {
  if (!isMapping(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a mapping (valid keys: ${valid.join(', ')})` });
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (valid.includes(key)) continue;
    const guess = suggestKey(key, valid);
    const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
    issues.push({ path: joinPath(path, key), message: `unknown key (valid: ${valid.join(', ')})${hint}` });
  }
  return value;
}

/** Reports a missing required key at the key's own path; the line falls back to the enclosing mapping. */
export function requireKey(mapping: Mapping, key: string, path: string, what: string, issues: Issue[]): boolean {
  if (mapping[key] !== undefined) return true;
  issues.push({ path: joinPath(path, key), message: `is required (${what})` });
  return false;
}

/** A whole number within [min, max]; `max` may be omitted. */
export function readInteger(value: unknown, path: string, min: number, max: number | undefined, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && (max === undefined || value <= max)) {
    return value;
  }
  const range = max === undefined ? `>= ${min}` : `between ${min} and ${max}`;
  issues.push({ path, message: `${describeValue(value)} is not a whole number ${range}` });
  return undefined;
}

/**
 * The longest duration any key accepts: a day. Node's timers overflow past 2^31 − 1 ms (24.8 days)
 * and fire at once; a load test longer than a day is a typo (`600h` for `600s`).
 */
export const MAX_DURATION_MS = 24 * 3_600_000;

/**
 * A duration in milliseconds; zero only when `allowZero`; at most `maxMs` (a day unless the key
 * asks for less). A bare number gets its own message, because it is the likeliest mistake and the
 * fix is one letter.
 */
export function readDuration(value: unknown, path: string, allowZero: boolean, issues: Issue[], maxMs: number = MAX_DURATION_MS): number | undefined {
  const ms = parseDurationMs(value);
  if (ms === undefined) {
    const message = typeof value === 'number'
      ? `${value} has no unit; write "${value}s" for seconds ${DURATION_HINT}`
      : `${describeValue(value)} is not a duration ${DURATION_HINT}`;
    issues.push({ path, message });
    return undefined;
  }
  if (ms === 0 && !allowZero) {
    issues.push({ path, message: `${describeValue(value)} must be longer than zero` });
    return undefined;
  }
  if (ms > maxMs) {
    issues.push({ path, message: `${describeValue(value)} is longer than ${formatDurationMs(maxMs)}, the most this key allows` });
    return undefined;
  }
  return ms;
}

/** A profile or endpoint name: 1..64 of A-Z a-z 0-9 . _ - */
export function readName(value: unknown, path: string, issues: Issue[]): string | undefined {
  if (typeof value === 'string' && NAME.test(value) && value.length <= NAME_MAX) return value;
  const why = typeof value === 'string' && value.length > NAME_MAX
    ? `is longer than ${NAME_MAX} characters`
    : 'is not a name (letters, digits, ".", "_" and "-" only, as it goes into file names and cache keys)';
  issues.push({ path, message: `${describeValue(value)} ${why}` });
  return undefined;
}

/** A request path: starts with "/", no whitespace or control characters (they cannot be sent). */
export function readUrlPath(value: unknown, path: string, issues: Issue[]): string | undefined {
  if (typeof value === 'string' && value.startsWith('/') && !/[\s\x00-\x1f\x7f#]/.test(value)) return value;
  const why = typeof value === 'string' && value.startsWith('/')
    ? 'contains a space, a control character or "#" (percent-encode it)'
    : 'is not a path starting with "/" (e.g. /api/items?limit=10)';
  issues.push({ path, message: `${describeValue(value)} ${why}` });
  return undefined;
}

/**
 * A share written as a percentage string (`1%`, `12.5%`) or a fraction (`0.01`). A bare number
 * above 1 is refused rather than guessed at: `5` could mean 5% or 500%.
 */
export function readFraction(value: unknown, path: string, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return value;
  if (typeof value === 'string') {
    const match = /^(\d+(?:\.\d+)?)%$/.exec(value);
    if (match) return Math.round(Number(match[1]) * 1e6) / 1e8;
  }
  const hint = typeof value === 'number' && value > 1 ? `; for ${value}% write "${value}%"` : '';
  issues.push({ path, message: `${describeValue(value)} is not a percentage ("1%") or a fraction between 0 and 1 ("0.01")${hint}` });
  return undefined;
}
