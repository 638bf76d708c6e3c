/**
 * Checks: conditions on a step's response beyond its status. Pure. A failed check is an error of
 * class `check`; its message says which check and what was found instead, shortened, and goes
 * through the run's masking before it is shown anywhere (mask.ts).
 */
import type { Check } from '../profile/types.js';
import { evaluateJsonPath } from './json-path.js';
import { jsonValueText } from './capture.js';
import type { ResponseView } from './response.js';
import { maskValues } from './mask.js';

const SHOWN_CHARS = 60;
const NO_SECRETS: readonly string[] = [];

/** A value as a message shows it: JSON, secrets masked before it is shortened (a cut secret would not match). */
function shown(value: unknown, secrets: Iterable<string> = NO_SECRETS): string {
  if (value === undefined) return 'nothing';
  const text = maskValues(JSON.stringify(value) ?? String(value), secrets);
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS - 3)}...` : text;
}

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((item, i) => jsonEqual(item, other[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * What is wrong with the response for one check, or undefined when it passes. Values quoted from
 * the response have `secrets` (the iteration's captured values) masked.
 */
export function checkFailure(check: Check, response: ResponseView, secrets: Iterable<string> = NO_SECRETS): string | undefined {
  if (check.kind === 'body_contains') {
    return response.text().includes(check.text) ? undefined : `body_contains ${shown(check.text)}: not in the body`;
  }
  const document = response.json();
  if (document === undefined) return `${describeCheck(check)}: ${response.jsonError() ?? 'the body is not JSON'}`;
  if (check.kind === 'graphql_no_errors') {
    const errors = typeof document === 'object' && document !== null && !Array.isArray(document) && Object.hasOwn(document, 'errors')
      ? (document as Record<string, unknown>).errors : undefined;
    if (!Array.isArray(errors) || errors.length === 0) return undefined;
    const first = errors[0] as { message?: unknown } | null;
    const message = typeof first?.message === 'string' ? `: ${shown(first.message, secrets)}` : '';
    return `graphql no_errors: the answer has ${errors.length} error${errors.length === 1 ? '' : 's'}${message}`;
  }
  const value = evaluateJsonPath(document, check.segments);
  if (check.kind === 'json_equals') {
    return jsonEqual(value, check.expected) ? undefined : `json ${check.path} equals ${shown(check.expected)}: found ${shown(value, secrets)}`;
  }
  if (Array.isArray(value) && value.length > 0) return undefined;
  const what = value === undefined ? 'nothing' : Array.isArray(value) ? 'an empty array' : `${shown(jsonValueText(value), secrets)}, not an array`;
  return `json ${check.path} not_empty: found ${what}`;
}

/** How a check is named in messages. */
export function describeCheck(check: Check): string {
  switch (check.kind) {
    case 'body_contains': return `body_contains ${shown(check.text)}`;
    case 'json_equals': return `json ${check.path} equals ${shown(check.expected)}`;
    case 'json_not_empty': return `json ${check.path} not_empty`;
    case 'graphql_no_errors': return 'graphql no_errors';
  }
}

/** Runs a step's checks in order; the first failure's message (secrets masked), or undefined when all pass. */
export function runChecks(checks: readonly Check[], response: ResponseView, secrets: Iterable<string> = NO_SECRETS): string | undefined {
  for (const check of checks) {
    const failure = checkFailure(check, response, secrets);
    if (failure !== undefined) return failure;
  }
  return undefined;
}
