/**
 * A flow step's `capture:` and `check:` lists. Captures (shaped like Artillery's) take a value from
 * the response into a variable; checks judge the response beyond its status:
 *
 *   capture: [ { json: $.token, as: token },          a JSON value (json-path.ts), as text
 *              { header: x-request-id, as: rid },     a response header's first value
 *              { regex: 'id="(\d+)"', group: 1, as: id } ]   a regex group over the body [group 1, or 0 without groups]
 *   check:   [ { body_contains: "ok" },
 *              { json: $.status, equals: "ok" },      equals any YAML value, compared as JSON
 *              { json: $.items, not_empty: true },    an array with at least one item
 *              { graphql: no_errors } ]               no non-empty "errors" list in the body
 */
import type { Capture, Check } from './types.js';
import { parseJsonPath, type JsonPathSegment } from '../flow/json-path.js';
import { VARIABLE_NAME } from './template.js';
import { describeValue, joinPath, readMapping, type Issue, type Mapping } from './read.js';

const CAPTURE_KEYS = ['json', 'header', 'regex', 'group', 'as'] as const;
const CHECK_KEYS = ['body_contains', 'json', 'equals', 'not_empty', 'graphql'] as const;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const RESERVED = new Set(['int', 'choice', 'seq', 'uuid', 'env']);
/** A regex source longer than this is not a capture pattern anyone meant to write. */
const MAX_REGEX_CHARS = 1000;

/** A list, or one item standing for a list of one. */
function asList(value: unknown): { items: unknown[]; listed: boolean } {
  return Array.isArray(value) ? { items: value, listed: true } : { items: [value], listed: false };
}

function readPath(value: unknown, path: string, issues: Issue[]): { path: string; segments: JsonPathSegment[] } | undefined {
  if (typeof value !== 'string') {
    issues.push({ path, message: `${describeValue(value)} is not a JSON path (e.g. $.token or $.items[0].id)` });
    return undefined;
  }
  const segments = parseJsonPath(value);
  if (typeof segments === 'string') {
    issues.push({ path, message: segments });
    return undefined;
  }
  return { path: value, segments };
}

/** Exactly one of `kinds` set in the mapping; reports none or several. */
function oneKind(mapping: Mapping, kinds: readonly string[], path: string, issues: Issue[]): string | undefined {
  const given = kinds.filter((k) => mapping[k] !== undefined);
  if (given.length === 1) return given[0];
  issues.push({
    path,
    message: given.length === 0 ? `needs one of ${kinds.join(', ')}` : `gives ${given.join(' and ')}; give exactly one of ${kinds.join(', ')}`,
  });
  return undefined;
}

function readCapture(mapping: Mapping, path: string, issues: Issue[]): Capture | undefined {
  const at = (key: string) => joinPath(path, key);
  let as: string | undefined;
  if (mapping.as === undefined) issues.push({ path: at('as'), message: 'is required (the variable name later steps use, e.g. token for {{ token }})' });
  else if (typeof mapping.as === 'string' && VARIABLE_NAME.test(mapping.as) && !RESERVED.has(mapping.as)) as = mapping.as;
  else issues.push({ path: at('as'), message: `${describeValue(mapping.as)} is not a variable name (letters, digits and "_", not starting with a digit; not int, choice, seq, uuid or env)` });
  const kind = oneKind(mapping, ['json', 'header', 'regex'], path, issues);
  if (mapping.group !== undefined && kind !== 'regex') issues.push({ path: at('group'), message: 'belongs to a regex capture' });
  let from: Capture['from'] | undefined;
  if (kind === 'json') {
    const read = readPath(mapping.json, at('json'), issues);
    if (read) from = { kind: 'json', ...read };
  } else if (kind === 'header') {
    if (typeof mapping.header === 'string' && HEADER_NAME.test(mapping.header)) from = { kind: 'header', name: mapping.header.toLowerCase() };
    else issues.push({ path: at('header'), message: `${describeValue(mapping.header)} is not a header name (e.g. x-request-id)` });
  } else if (kind === 'regex') {
    from = readRegex(mapping, path, issues);
  }
  return as !== undefined && from !== undefined ? { as, from } : undefined;
}

function readRegex(mapping: Mapping, path: string, issues: Issue[]): Capture['from'] | undefined {
  const at = (key: string) => joinPath(path, key);
  const source = mapping.regex;
  if (typeof source !== 'string' || source === '' || source.length > MAX_REGEX_CHARS) {
    issues.push({ path: at('regex'), message: `${describeValue(source)} is not a regular expression of 1..${MAX_REGEX_CHARS} characters (e.g. 'id="(\\d+)"')` });
    return undefined;
  }
  let groups: number;
  try {
    // The number of groups: an alternative that always matches the empty string yields all of them.
    groups = new RegExp(`${source}|`).exec('')!.length - 1;
  } catch (err) {
    issues.push({ path: at('regex'), message: `${describeValue(source)} is not a valid regular expression: ${(err as Error).message.replace(/^Invalid regular expression: /, '')}` });
    return undefined;
  }
  const group = mapping.group ?? (groups > 0 ? 1 : 0);
  if (typeof group !== 'number' || !Number.isInteger(group) || group < 0 || group > groups) {
    issues.push({ path: at('group'), message: `${describeValue(group)} is not a group of this regex (it has ${groups}; 0 is the whole match)` });
    return undefined;
  }
  return { kind: 'regex', pattern: source, group };
}

/** Reads `capture:` (one capture or a list); every capture's variable must be set by the response. */
export function readCaptures(value: unknown, path: string, issues: Issue[]): Capture[] {
  if (value === undefined) return [];
  const { items, listed } = asList(value);
  const captures: Capture[] = [];
  items.forEach((item, i) => {
    const itemPath = listed ? joinPath(path, i) : path;
    const mapping = readMapping(item, itemPath, CAPTURE_KEYS, issues);
    const capture = mapping && readCapture(mapping, itemPath, issues);
    if (capture) captures.push(capture);
  });
  return captures;
}

function readCheck(mapping: Mapping, path: string, issues: Issue[]): Check | undefined {
  const at = (key: string) => joinPath(path, key);
  const kind = oneKind(mapping, ['body_contains', 'json', 'graphql'], path, issues);
  for (const key of ['equals', 'not_empty']) {
    if (Object.hasOwn(mapping, key) && kind !== 'json') issues.push({ path: at(key), message: 'belongs to a json check ({ json: $.path, equals: value } or { json: $.path, not_empty: true })' });
  }
  if (kind === 'body_contains') {
    if (typeof mapping.body_contains === 'string' && mapping.body_contains !== '') return { kind: 'body_contains', text: mapping.body_contains };
    issues.push({ path: at('body_contains'), message: `${describeValue(mapping.body_contains)} is not a non-empty text to look for` });
    return undefined;
  }
  if (kind === 'graphql') {
    if (mapping.graphql === 'no_errors') return { kind: 'graphql_no_errors' };
    issues.push({ path: at('graphql'), message: `${describeValue(mapping.graphql)} is not a GraphQL check (use no_errors: fails a response whose "errors" list is not empty)` });
    return undefined;
  }
  if (kind !== 'json') return undefined;
  const read = readPath(mapping.json, at('json'), issues);
  const hasEquals = Object.hasOwn(mapping, 'equals');
  if (hasEquals === (mapping.not_empty !== undefined)) {
    issues.push({ path, message: 'a json check needs exactly one of equals (a value) and not_empty: true' });
    return undefined;
  }
  if (!hasEquals && mapping.not_empty !== true) {
    issues.push({ path: at('not_empty'), message: `${describeValue(mapping.not_empty)} is not true (not_empty: true checks the value is an array with items)` });
    return undefined;
  }
  if (!read) return undefined;
  return hasEquals ? { kind: 'json_equals', ...read, expected: mapping.equals ?? null } : { kind: 'json_not_empty', ...read };
}

/** Reads `check:` (one check or a list). */
export function readChecks(value: unknown, path: string, issues: Issue[]): Check[] {
  if (value === undefined) return [];
  const { items, listed } = asList(value);
  const checks: Check[] = [];
  items.forEach((item, i) => {
    const itemPath = listed ? joinPath(path, i) : path;
    const mapping = readMapping(item, itemPath, CHECK_KEYS, issues);
    const check = mapping && readCheck(mapping, itemPath, issues);
    if (check) checks.push(check);
  });
  return checks;
}
