/**
 * How the load engine names what went wrong: the error classes a result counts, and the errors the
 * load edge throws to its caller (each with a stable `LOADGATE_*` code, as undici has `UND_ERR_*`).
 */
import { LoadgateError } from '../errors.js';
import type { ErrorCounts } from '../metrics/types.js';

export type ErrorClass = keyof ErrorCounts;

/**
 * What a failed request is counted as: one of the target's error classes, or `generator` — the load
 * generator's own failure (out of file descriptors: EMFILE, ENFILE), which must never be blamed on
 * the target.
 */
export type FailureClass = ErrorClass | 'generator';

const GENERATOR_CODES = new Set(['EMFILE', 'ENFILE']);

/**
 * `classifyError`, except that a failure of the generator's own (its file-descriptor limit) is
 * `generator`. The engine's handlers call this; the readiness probe keeps `classifyError`.
 */
export function classifyFailure(err: unknown): FailureClass {
  const code = findCode(err);
  if (code !== undefined && GENERATOR_CODES.has(code)) return 'generator';
  return classifyError(err);
}

/**
 * The error the engine abandons a request with at its deadline (`Http1Connection.abort`). One
 * instance is made per endpoint and reused for every timeout, so abandoning requests allocates nothing.
 */
export class RequestTimeoutError extends LoadgateError {
  constructor(readonly timeoutMs: number) {
    super('LOADGATE_REQUEST_TIMEOUT', `no answer within ${timeoutMs} ms (request abandoned)`);
    this.name = 'RequestTimeoutError';
  }
}

/** A warm-up request still out when the run ended: abandoned, since it counts nowhere. */
export class RunEndedError extends LoadgateError {
  constructor() {
    super('LOADGATE_RUN_ENDED', 'the run ended before this warm-up request was answered (request abandoned)');
    this.name = 'RunEndedError';
  }
}

/** The one instance the engine abandons warm-up requests with (nothing is allocated per request). */
export const RUN_ENDED = new RunEndedError();

/** The target never gave an HTTP answer while loadgate waited for it to come up. */
export class TargetUnreachableError extends LoadgateError {
  constructor(
    readonly url: string,
    readonly waitedMs: number,
    readonly attempts: number,
    readonly lastFailure: string,
  ) {
    super(
      'LOADGATE_TARGET_UNREACHABLE',
      `${url} did not answer: waited ${(waitedMs / 1000).toFixed(1)} s over ${attempts} ` +
        `attempt${attempts === 1 ? '' : 's'}; last failure: ${lastFailure}. ` +
        'Check that the service is started before loadgate and listens on that address and port.',
    );
    this.name = 'TargetUnreachableError';
  }
}

/**
 * The target answered the TLS handshake with a certificate loadgate does not trust, or did not speak
 * TLS at all: retrying for the whole readiness timeout would not change that, so it fails at once.
 */
export class TargetTlsError extends LoadgateError {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(
      'LOADGATE_TARGET_TLS',
      `${url}: the TLS connection failed: ${reason}. The service is up, but ` +
        (/wrong version number|packet length too long|EPROTO/i.test(reason)
          ? 'it does not seem to speak TLS on that port: use http:// for a plain-HTTP target.'
          : 'loadgate verifies certificates: for a self-signed certificate or a private CA, set NODE_EXTRA_CA_CERTS ' +
            'to the CA certificate (a PEM file) in the environment of the step or command that runs loadgate.'),
    );
    this.name = 'TargetTlsError';
  }
}

/** Node's codes for a certificate it will not accept, and for a TLS handshake that went wrong. */
const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_REVOKED',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
]);

/** Whether a failure is a TLS problem (certificate not trusted, wrong protocol) rather than a service not up yet. */
export function isTlsFailure(err: unknown): boolean {
  const code = findCode(err);
  return code !== undefined && (TLS_CODES.has(code) || code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_'));
}

/** The caller's AbortSignal fired; the work stopped early and produced no result. */
export class OperationAbortedError extends LoadgateError {
  constructor(what: string) {
    super('LOADGATE_ABORTED', `${what} was cancelled before it finished`);
    this.name = 'OperationAbortedError';
  }
}

/** The load options are unusable (a bug upstream: the profile validator should have caught it). */
export class InvalidLoadOptionsError extends LoadgateError {
  constructor(readonly problems: string[]) {
    super('LOADGATE_INVALID_LOAD_OPTIONS', `cannot run the load: ${problems.join('; ')}`);
    this.name = 'InvalidLoadOptionsError';
  }
}

const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'LOADGATE_SOCKET_CLOSED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const TIMEOUT_CODES = new Set([
  'LOADGATE_REQUEST_TIMEOUT',
  'LOADGATE_CONNECT_TIMEOUT',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * Maps an error of the engine's client (http1.ts: Node's socket codes and its own `LOADGATE_*`
 * codes), of undici (the readiness probe) or of Node to the class a result counts it under.
 *
 * - `refused`: nothing listens (ECONNREFUSED, also inside the AggregateError Node raises when it
 *   tries IPv6 and IPv4 for `localhost`).
 * - `reset`: the connection died under a request (ECONNRESET, EPIPE, LOADGATE_SOCKET_CLOSED or
 *   undici's UND_ERR_SOCKET when the server closes before the answer is complete).
 * - `timeout`: our own deadline or connect timeout, or any timeout undici reports (connect, headers, body).
 * - `other`: everything else, e.g. a malformed response. (`status` is not an error object: the
 *   engine counts it when an answer has an unexpected status.)
 * The `cause` chain is followed, since wrappers (fetch's TypeError, AggregateError) hide the code.
 */
export function classifyError(err: unknown): ErrorClass {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') {
      if (code === 'ECONNREFUSED') return 'refused';
      if (RESET_CODES.has(code)) return 'reset';
      if (TIMEOUT_CODES.has(code)) return 'timeout';
    }
    const inner = (e as { errors?: unknown }).errors;
    if (Array.isArray(inner) && inner.length > 0) {
      const classes = inner.map(classifyError);
      // Happy-eyeballs failures: refused on every address means refused.
      if (classes.every((c) => c === classes[0])) return classes[0];
    }
    e = (e as { cause?: unknown }).cause;
  }
  return 'other';
}

/**
 * A short phrase for a person ("connection refused") followed by the raw message, for messages such
 * as the readiness failure. Raw messages like `connect ECONNREFUSED 127.0.0.1:9` are precise but not
 * everyone reads errno names.
 */
export function describeFailure(err: unknown): string {
  const raw = err instanceof Error ? err.message : String(err);
  const code = findCode(err);
  const phrase =
    code === 'ECONNREFUSED' ? 'connection refused'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'host name not found'
    : code === 'EHOSTUNREACH' || code === 'ENETUNREACH' ? 'host unreachable'
    : classifyError(err) === 'reset' ? 'connection reset'
    : classifyError(err) === 'timeout' ? 'no answer in time'
    : undefined;
  return phrase === undefined || raw === '' ? raw || phrase || 'unknown error' : `${phrase} (${raw})`;
}

function findCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    const inner = (e as { errors?: unknown[] }).errors;
    if (Array.isArray(inner) && inner.length > 0) return findCode(inner[0]);
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}
