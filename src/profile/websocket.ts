/**
 * The `websocket:` block: a WebSocket session load instead of HTTP endpoints (docs/websocket.md).
 *
 *   websocket:
 *     name           required; 1..64 of A-Z a-z 0-9 . _ -
 *     path           required; the upgrade request's path (starts with /)
 *     connections    [10] 1..10000 · connect_rate [100] connections opened per second, > 0
 *     subscribe      a message sent once after each (re)connect: a string (sent as is) or any
 *                    other value (sent as JSON); templates as in endpoint bodies
 *     message        required; the message sent `rate` times a second per connection, same forms
 *     rate           required; messages per second per connection, > 0, at most 1000
 *     correlate      [echo] "echo" (each message answers the oldest unanswered one, in order) or
 *                    { field: id } (the generator writes a sequence number into that JSON field of
 *                    every message, which must then be a mapping; the reply carrying it answers it)
 *     expect_json    [false; true with correlate.field] a message that is not JSON is an `other` error
 *     timeout        [load.request_timeout] a message with no reply by then is a `timeout` error;
 *                    also the handshake's deadline
 *     reconnect      { backoff [100ms], max_backoff [5s], max_time [30s] } reconnect after a drop,
 *                    backoff doubling; a drop not reconnected within max_time is a handshake `timeout`
 *     thresholds     on the round-trip time (as endpoint thresholds) · handshake_thresholds on the handshake
 *
 * The gate sees two pseudo-endpoints (`websocketEndpoints`): `ws/<name>` (round-trip time, one
 * "request" per message) and `ws/<name>/handshake` (one per connection attempt, status 101 expected).
 */
import type { Endpoint, LoadSpec, WebSocketMessage, WebSocketSpec } from './types.js';
import { readThresholds } from './thresholds.js';
import { isTemplate, parseTemplate } from './template.js';
import {
  describeValue, isMapping, joinPath, readDuration, readInteger, readMapping, readName, readUrlPath, requireKey, type Issue,
} from './read.js';

const KEYS = [
  'name', 'path', 'connections', 'connect_rate', 'subscribe', 'message', 'rate', 'correlate', 'expect_json', 'timeout',
  'reconnect', 'thresholds', 'handshake_thresholds',
] as const;
const RECONNECT_KEYS = ['backoff', 'max_backoff', 'max_time'] as const;
const MAX_RATE = 1000;
const FIELD = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;

/** A positive number at most `max`. */
function readRate(value: unknown, path: string, what: string, max: number, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= max) return value;
  issues.push({ path, message: `${describeValue(value)} is not a number of ${what} > 0 and at most ${max}` });
  return undefined;
}

/** A message: a string goes as is, anything else as JSON; templates are checked like endpoint bodies. */
function readMessage(value: unknown, path: string, issues: Issue[]): WebSocketMessage | undefined {
  if (value === null || value === undefined) {
    issues.push({ path, message: `${describeValue(value)} is not a message (a string, or a mapping sent as JSON)` });
    return undefined;
  }
  const message: WebSocketMessage = typeof value === 'string' ? { text: value, format: 'raw' } : { text: JSON.stringify(value), format: 'json' };
  if (isTemplate(message.text)) {
    const parsed = parseTemplate(message.text, message.format);
    if (typeof parsed === 'string') {
      issues.push({ path, message: parsed });
      return undefined;
    }
  }
  return message;
}

function readCorrelate(value: unknown, path: string, issues: Issue[]): WebSocketSpec['correlate'] {
  if (value === undefined || value === 'echo') return { kind: 'echo' };
  const mapping = isMapping(value) ? readMapping(value, path, ['field'], issues) : undefined;
  if (mapping && typeof mapping.field === 'string' && FIELD.test(mapping.field)) return { kind: 'field', field: mapping.field };
  const at = mapping ? joinPath(path, 'field') : path;
  issues.push({ path: at, message: `${describeValue(mapping ? mapping.field : value)} is not a correlation: use "echo" or { field: <JSON field name> } (letters, digits, _ $ -)` });
  return { kind: 'echo' };
}

function readReconnect(value: unknown, path: string, issues: Issue[]): WebSocketSpec['reconnect'] {
  if (value === undefined || value === false) return undefined;
  const reconnect = { backoffMs: 100, maxBackoffMs: 5_000, maxTimeMs: 30_000 };
  if (value === true) return reconnect;
  const mapping = readMapping(value, path, RECONNECT_KEYS, issues);
  if (!mapping) return undefined;
  const duration = (key: (typeof RECONNECT_KEYS)[number], fallback: number) =>
    mapping[key] === undefined ? fallback : readDuration(mapping[key], joinPath(path, key), false, issues) ?? fallback;
  reconnect.backoffMs = duration('backoff', reconnect.backoffMs);
  reconnect.maxBackoffMs = duration('max_backoff', Math.max(reconnect.maxBackoffMs, reconnect.backoffMs));
  reconnect.maxTimeMs = duration('max_time', reconnect.maxTimeMs);
  if (reconnect.maxBackoffMs < reconnect.backoffMs) {
    issues.push({ path: joinPath(path, 'max_backoff'), message: `must be at least backoff (${reconnect.backoffMs} ms)` });
  }
  return reconnect;
}

/**
 * Reads `websocket:`; undefined when absent or unusable (its problems are in `issues`). `load` is
 * the profile's load, whose warm-up, duration and trials the session load runs by.
 */
export function readWebSocket(value: unknown, path: string, load: LoadSpec, issues: Issue[]): WebSocketSpec | undefined {
  if (value === undefined) return undefined;
  const mapping = readMapping(value, path, KEYS, issues);
  if (!mapping) return undefined;
  const at = (key: string) => joinPath(path, key);
  const name = requireKey(mapping, 'name', path, 'a name such as "prices"', issues) ? readName(mapping.name, at('name'), issues) : undefined;
  const wsPath = requireKey(mapping, 'path', path, 'the WebSocket path, starting with "/"', issues) ? readUrlPath(mapping.path, at('path'), issues) : undefined;
  const message = requireKey(mapping, 'message', path, 'the message each connection sends', issues) ? readMessage(mapping.message, at('message'), issues) : undefined;
  const rateRps = requireKey(mapping, 'rate', path, 'messages per second per connection', issues)
    ? readRate(mapping.rate, at('rate'), 'messages per second per connection', MAX_RATE, issues) : undefined;
  const correlate = readCorrelate(mapping.correlate, at('correlate'), issues);
  if (correlate.kind === 'field' && message && message.format !== 'json' || (message && correlate.kind === 'field' && !message.text.startsWith('{'))) {
    issues.push({ path: at('message'), message: `correlate.field needs a message that is a mapping (sent as JSON), to carry "${correlate.field}"` });
  } else if (correlate.kind === 'field' && isMapping(mapping.message) && Object.hasOwn(mapping.message, correlate.field)) {
    issues.push({ path: joinPath(at('message'), correlate.field), message: `is written by the load generator (correlate.field); remove it` });
  }
  if (mapping.expect_json !== undefined && typeof mapping.expect_json !== 'boolean') {
    issues.push({ path: at('expect_json'), message: `${describeValue(mapping.expect_json)} is not true or false` });
  }
  if (load.model !== 'closed') {
    issues.push({ path: 'load.model', message: 'a websocket profile runs by warmup, duration and trials of a closed load; rate, stages and max_in_flight do not apply' });
  }
  const subscribe = mapping.subscribe === undefined ? undefined : readMessage(mapping.subscribe, at('subscribe'), issues);
  const timeoutMs = mapping.timeout === undefined ? undefined : readDuration(mapping.timeout, at('timeout'), false, issues);
  const reconnect = readReconnect(mapping.reconnect, at('reconnect'), issues);
  if (name === undefined || wsPath === undefined || message === undefined || rateRps === undefined) return undefined;
  return {
    name,
    path: wsPath,
    connections: mapping.connections === undefined ? 10 : readInteger(mapping.connections, at('connections'), 1, 10_000, issues) ?? 10,
    connectRatePerS: mapping.connect_rate === undefined ? 100 : readRate(mapping.connect_rate, at('connect_rate'), 'connections per second', 100_000, issues) ?? 100,
    ...(subscribe ? { subscribe } : {}),
    message,
    rateRps,
    correlate,
    expectJson: mapping.expect_json === true || correlate.kind === 'field',
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
    ...(reconnect ? { reconnect } : {}),
    thresholds: readThresholds(mapping.thresholds, at('thresholds'), issues),
    handshakeThresholds: readThresholds(mapping.handshake_thresholds, at('handshake_thresholds'), issues),
  };
}

/**
 * The pseudo-endpoints the gate judges a WebSocket load by: `ws/<name>` (0: one "request" per
 * message, its latency the round-trip time, status 200 when answered) and `ws/<name>/handshake`
 * (1: one per connection attempt, its latency the handshake time, status 101 expected). Everything
 * downstream — trials, statistics, history, paired mode, thresholds, reports — treats them as
 * endpoints; `line` points at the block. The message (and the subscribe message) are their bodies.
 */
export function websocketEndpoints(spec: WebSocketSpec, line: number | undefined): Endpoint[] {
  const common = { method: 'GET', path: spec.path, headers: {}, weight: 1, ...(line === undefined ? {} : { line }), ...(spec.timeoutMs === undefined ? {} : { timeoutMs: spec.timeoutMs }) };
  // The messages ride along as the pseudo-endpoints' bodies (never sent as HTTP): the one template
  // environment check and the masking of `{{ env NAME }}` secrets (env.ts, main.ts) then cover them.
  const body = (m: WebSocketMessage | undefined) => (m === undefined ? {} : { body: m.text, ...(m.format === 'json' ? { bodyFormat: 'json' as const } : {}) });
  return [
    { ...common, name: `ws/${spec.name}`, expectStatus: [200], thresholds: spec.thresholds, ...body(spec.message) },
    { ...common, name: `ws/${spec.name}/handshake`, expectStatus: [101], thresholds: spec.handshakeThresholds, ...body(spec.subscribe) },
  ];
}
