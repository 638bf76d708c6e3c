/**
 * The `endpoints:` list: what requests the load is made of, and per-endpoint expectations.
 */
import type { Endpoint, SeverityCutoffs } from './types.js';
import { readBody, readHeaders } from './headers.js';
import { MAX_REQUEST_TIMEOUT_MS } from './load.js';
import { readSeverityCutoffs } from './regression.js';
import { readThresholds } from './thresholds.js';
import { isTemplate, parseTemplate, templateLiteralText, type TemplateContext } from './template.js';
import {
  describeValue, joinPath, readDuration, readInteger, readMapping, readName, readUrlPath, requireKey, type Issue, type Mapping,
} from './read.js';

const ENDPOINT_KEYS = [
  'name', 'method', 'path', 'headers', 'body', 'json', 'weight', 'expect_status', 'thresholds', 'severity', 'timeout',
] as const;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];
/** Every endpoint gets a latency histogram per trial, and the report a row each: 100 is plenty. */
export const MAX_ENDPOINTS = 100;

function readMethod(value: unknown, path: string, issues: Issue[]): string {
  const upper = typeof value === 'string' ? value.toUpperCase() : undefined;
  if (upper !== undefined && METHODS.includes(upper)) return upper;
  issues.push({ path, message: `${describeValue(value)} is not an HTTP method (use ${METHODS.join(', ')})` });
  return 'GET';
}

function readExpectStatus(value: unknown, path: string, issues: Issue[]): number[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [value];
  const codes: number[] = [];
  items.forEach((item, i) => {
    const code = readInteger(item, Array.isArray(value) ? joinPath(path, i) : path, 100, 599, issues);
    if (code !== undefined && !codes.includes(code)) codes.push(code);
  });
  return codes;
}

/** Reports a malformed `{{ … }}` template (see template.ts) in a path, header value or body. */
function checkTemplate(text: string, path: string, context: TemplateContext, issues: Issue[], variables: boolean): boolean {
  if (!isTemplate(text)) return true;
  const parsed = parseTemplate(text, context, variables);
  if (typeof parsed === 'string') issues.push({ path, message: parsed });
  return typeof parsed !== 'string';
}

/** A request path, which may hold templates: the literal parts must form a valid path. */
function readPath(value: unknown, path: string, issues: Issue[], variables: boolean): string | undefined {
  if (typeof value !== 'string' || !isTemplate(value)) return readUrlPath(value, path, issues);
  if (!checkTemplate(value, path, 'path', issues, variables)) return undefined;
  const parsed = parseTemplate(value, 'path', variables);
  const literal = typeof parsed === 'string' ? value : templateLiteralText(parsed);
  return readUrlPath(literal, path, issues) === undefined ? undefined : value;
}

/**
 * Reads one endpoint (or a flow step's request: `variables` lets its templates read flow variables,
 * whose scope flows.ts checks); `severityBase` is the profile's cut-offs, which an override starts
 * from. The caller has checked the mapping's keys.
 */
export function readRequest(mapping: Mapping, path: string, severityBase: SeverityCutoffs, issues: Issue[], variables = false): Endpoint {
  const at = (key: string) => joinPath(path, key);
  const name = requireKey(mapping, 'name', path, 'a name such as "checkout"', issues)
    ? readName(mapping.name, at('name'), issues) : undefined;
  const endpointPath = requireKey(mapping, 'path', path, 'the request path, starting with "/"', issues)
    ? readPath(mapping.path, at('path'), issues, variables) : undefined;
  const headers = readHeaders(mapping.headers, at('headers'), issues);
  for (const [name, value] of Object.entries(headers)) checkTemplate(value, joinPath(at('headers'), name), 'header', issues, variables);
  const endpoint: Endpoint = {
    name: name ?? '',
    method: mapping.method === undefined ? 'GET' : readMethod(mapping.method, at('method'), issues),
    path: endpointPath ?? '/',
    headers,
    weight: mapping.weight === undefined ? 1 : readInteger(mapping.weight, at('weight'), 1, undefined, issues) ?? 1,
    expectStatus: readExpectStatus(mapping.expect_status, at('expect_status'), issues),
    thresholds: readThresholds(mapping.thresholds, at('thresholds'), issues, 'endpoint'),
  };
  const body = readBody(mapping, path, headers, issues);
  if (body !== undefined) {
    endpoint.body = body;
    const json = mapping.body === undefined;
    if (json) endpoint.bodyFormat = 'json';
    checkTemplate(body, at(json ? 'json' : 'body'), json ? 'json' : 'raw', issues, variables);
  }
  if (mapping.timeout !== undefined) {
    const timeoutMs = readDuration(mapping.timeout, at('timeout'), false, issues, MAX_REQUEST_TIMEOUT_MS);
    if (timeoutMs !== undefined) endpoint.timeoutMs = timeoutMs;
  }
  if (mapping.severity !== undefined) {
    const severity = readSeverityCutoffs(mapping.severity, at('severity'), severityBase, issues);
    if (severity) endpoint.severity = severity;
  }
  return endpoint;
}

/**
 * Reads the required, non-empty `endpoints:` list. Names must be unique, since results, baselines
 * and annotations are keyed by them. `lineOf` gives each endpoint's line for `Endpoint.line`.
 */
export function readEndpoints(
  value: unknown,
  path: string,
  severityBase: SeverityCutoffs,
  lineOf: (path: string) => number | undefined,
  issues: Issue[],
): Endpoint[] {
  if (!Array.isArray(value) || value.length === 0) {
    const what = Array.isArray(value) ? 'an empty list' : describeValue(value);
    issues.push({ path, message: `${what} is not a list of endpoints (give at least one, with name and path)` });
    return [];
  }
  if (value.length > MAX_ENDPOINTS) {
    issues.push({ path, message: `${value.length} endpoints are more than the ${MAX_ENDPOINTS} a profile may have (split the profile, or fold similar endpoints into one with a template)` });
    return [];
  }
  const endpoints: Endpoint[] = [];
  const firstByName = new Map<string, number>();
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    const mapping = readMapping(item, itemPath, ENDPOINT_KEYS, issues);
    if (!mapping) return;
    const endpoint = readRequest(mapping, itemPath, severityBase, issues);
    const line = lineOf(itemPath);
    if (line !== undefined) endpoint.line = line;
    const first = firstByName.get(endpoint.name);
    if (endpoint.name !== '' && first !== undefined) {
      issues.push({ path: joinPath(itemPath, 'name'), message: `"${endpoint.name}" is already the name of ${joinPath(path, first)}; endpoint names must be unique` });
    } else {
      firstByName.set(endpoint.name, i);
    }
    endpoints.push(endpoint);
  });
  return endpoints;
}
