/**
 * Checks the load options and turns endpoints into ready-to-dispatch form, once, before the run.
 *
 * The profile validator has already told the user about their mistakes; this is the constructor-style
 * guard undici's style asks for: an engine handed impossible options (0 connections, a weight of 0, a
 * target that is not http) refuses at once and names every problem, instead of misbehaving mid-run.
 */
import type { Endpoint, LoadSpec } from '../profile/types.js';
import { STATUS_CODE_SLOTS } from '../metrics/summarize.js';
import { isTemplate, parseTemplate, renderTemplate, type TemplateContext, type TemplatePart } from '../profile/template.js';
import { resolveTemplateEnvironment } from '../profile/env.js';
import { MAX_DURATION_MS } from '../profile/read.js';
import { createRandomSource, DEFAULT_SEED, deriveSeed } from '../plan/random.js';
import { InvalidLoadOptionsError, RequestTimeoutError } from './errors.js';
import { serializeRequest } from './request-bytes.js';
import { joinPath, parseTarget } from './target-url.js';
import type { PreparedEndpoint } from './types.js';

/** The seed when the profile gives none (plan/random.ts). */
export { DEFAULT_SEED } from '../plan/random.js';

export interface PreparedLoad {
  /** `http://host:port` (or https) the connections go to. */
  origin: string;
  endpoints: PreparedEndpoint[];
}

/** Validates everything at once (throwing `LOADGATE_INVALID_LOAD_OPTIONS`) and prepares endpoints. */
export function prepareLoad(options: {
  targetUrl: string;
  load: LoadSpec;
  endpoints: Endpoint[];
  progressIntervalMs?: number;
  /** Where `{{ env NAME }}` values come from; a missing one is a `LOADGATE_ENV_MISSING` error. */
  env?: Readonly<Record<string, string | undefined>>;
}, model: LoadSpec['model']): PreparedLoad {
  const problems = [...loadProblems(options.load, model)];
  const target = parseTarget(options.targetUrl);
  if (typeof target === 'string') problems.push(target);
  if (options.endpoints.length === 0) problems.push('endpoints: at least one endpoint is needed');
  options.endpoints.forEach((e, i) => problems.push(...endpointProblems(e, `endpoints[${i}]`)));
  const interval = options.progressIntervalMs;
  if (interval !== undefined && !(Number.isFinite(interval) && interval > 0)) {
    problems.push(`progressIntervalMs: ${interval} must be a number > 0`);
  }
  if (problems.length > 0 || typeof target === 'string') throw new InvalidLoadOptionsError(problems);
  const env = resolveTemplateEnvironment(options.endpoints, options.env ?? {});
  const seed = options.load.seed ?? DEFAULT_SEED;
  return {
    origin: target.origin,
    endpoints: options.endpoints.map((e, i) =>
      prepareEndpoint(e, target.origin, target.basePath, options.load.requestTimeoutMs, { seed: deriveSeed(seed, i), env })),
  };
}

function loadProblems(load: LoadSpec, model: LoadSpec['model']): string[] {
  const problems: string[] = [];
  const integer = (name: 'connections' | 'trials' | 'maxInFlight' | 'pipelining', min: number): void => {
    const v = (load as unknown as Record<string, unknown>)[name];
    if (!(typeof v === 'number' && Number.isSafeInteger(v) && v >= min)) {
      problems.push(`load.${name}: ${String(v)} must be an integer >= ${min}`);
    }
  };
  const duration = (name: 'warmupMs' | 'durationMs' | 'requestTimeoutMs', min: number, inclusive: boolean): void => {
    const v = load[name];
    if (!(typeof v === 'number' && Number.isFinite(v) && (inclusive ? v >= min : v > min) && v <= MAX_DURATION_MS)) {
      problems.push(`load.${name}: ${String(v)} must be a number ${inclusive ? '>=' : '>'} ${min} and at most ${MAX_DURATION_MS} (a day)`);
    }
  };
  if (load.model !== model) problems.push(`load.model: "${String(load.model)}" is not "${model}"`);
  integer('connections', 1);
  if (load.model === 'open') {
    integer('maxInFlight', 1);
    if (!(Number.isFinite(load.rateRps) && load.rateRps > 0)) problems.push(`load.rateRps: ${load.rateRps} must be a number > 0`);
  }
  if (load.model === 'closed' && load.pipelining !== undefined) integer('pipelining', 1);
  integer('trials', 1);
  duration('warmupMs', 0, true);
  duration('durationMs', 0, false);
  duration('requestTimeoutMs', 0, false);
  return problems;
}

function endpointProblems(e: Endpoint, where: string): string[] {
  const problems: string[] = [];
  if (!Number.isSafeInteger(e.weight) || e.weight < 1) problems.push(`${where}.weight: ${e.weight} must be an integer >= 1`);
  if (!/^[A-Za-z]+$/.test(e.method)) problems.push(`${where}.method: "${e.method}" is not an HTTP method`);
  if (!e.path.startsWith('/')) problems.push(`${where}.path: "${e.path}" must start with "/"`);
  if (e.timeoutMs !== undefined && !(Number.isFinite(e.timeoutMs) && e.timeoutMs > 0)) {
    problems.push(`${where}.timeoutMs: ${e.timeoutMs} must be a number > 0`);
  }
  for (const code of e.expectStatus) {
    if (!Number.isInteger(code) || code < 100 || code >= STATUS_CODE_SLOTS) {
      problems.push(`${where}.expectStatus: ${code} is not an HTTP status code (100-999)`);
    }
  }
  return problems;
}

/**
 * Serializes the endpoint's request once (request line, headers, body: the bytes written for every
 * request to it). A templated endpoint also gets a renderer for the per-request bytes.
 */
function prepareEndpoint(
  e: Endpoint,
  origin: string,
  basePath: string,
  defaultTimeoutMs: number,
  templates: { seed: number; env: Record<string, string> },
): PreparedEndpoint {
  const headers: string[] = [];
  for (const [name, value] of Object.entries(e.headers)) headers.push(name, value);
  const expectedStatus = new Uint8Array(STATUS_CODE_SLOTS);
  if (e.expectStatus.length === 0) expectedStatus.fill(1, 200, 300);
  else for (const code of e.expectStatus) expectedStatus[code] = 1;
  const timeoutMs = e.timeoutMs ?? defaultTimeoutMs;
  const method = e.method.toUpperCase();
  const host = new URL(origin).host;
  const body = e.body === undefined ? null : Buffer.from(e.body);
  const request = serializeRequest(method, joinPath(basePath, e.path), host, headers, body);
  const prepared: PreparedEndpoint = { request, isHead: method === 'HEAD', expectedStatus, timeoutMs, timeoutError: new RequestTimeoutError(timeoutMs) };
  const next = templateRenderer(e, method, host, basePath, body, templates);
  if (next) prepared.next = next;
  return prepared;
}

/**
 * For an endpoint with templates: a function that returns the next request's bytes, rendered from
 * the endpoint's own seeded stream (so the n-th request to it gets the same values on every run with
 * the seed). Undefined for an endpoint without templates, which then costs nothing per request.
 */
function templateRenderer(
  e: Endpoint,
  method: string,
  host: string,
  basePath: string,
  staticBody: Buffer | null,
  templates: { seed: number; env: Record<string, string> },
): (() => Buffer) | undefined {
  const parse = (text: string, context: TemplateContext): TemplatePart[] | undefined => {
    if (!isTemplate(text)) return undefined;
    const parts = parseTemplate(text, context);
    return typeof parts === 'string' ? undefined : parts;
  };
  const bodyContext: TemplateContext = e.bodyFormat === 'json' ? 'json' : 'raw';
  const pathParts = parse(e.path, 'path');
  const headerParts = Object.entries(e.headers).map(([name, value]) => [name, value, parse(value, 'header')] as const);
  const bodyParts = e.body === undefined ? undefined : parse(e.body, bodyContext);
  if (!pathParts && !bodyParts && headerParts.every(([, , parts]) => !parts)) return undefined;
  const ctx = { random: createRandomSource(templates.seed), requestNumber: 0, env: templates.env };
  return () => {
    const headers: string[] = [];
    for (const [name, value, parts] of headerParts) headers.push(name, parts ? renderTemplate(parts, ctx, 'header') : value);
    const path = joinPath(basePath, pathParts ? renderTemplate(pathParts, ctx, 'path') : e.path);
    const body = bodyParts ? Buffer.from(renderTemplate(bodyParts, ctx, bodyContext)) : staticBody;
    ctx.requestNumber++;
    return serializeRequest(method, path, host, headers, body);
  };
}
