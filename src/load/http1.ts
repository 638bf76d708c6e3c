/**
 * The load engine's HTTP/1.1 client: one keep-alive connection that writes prepared request bytes
 * and reads the answers in order (pipelining allowed), calling a handler per request. It does the
 * least a load generator needs — frame each response (content-length, chunked, until-close, no
 * body), read its status, keep or drop the connection — and nothing a load generator does not:
 * no header objects, no body delivery, no redirects.
 *
 * Two ideas, one folder (http1/):
 * - `response-framer.ts` (with `response-head.ts` and `bytes.ts`): where each response ends, from
 *   bytes alone — no socket, so it is tested over byte strings split at every offset;
 * - `connection.ts`: the connection's life — connect (TCP or TLS) within a deadline, write, hand
 *   reads to the framer, send again what the server cannot have processed, fail the rest.
 *
 * Why its own client and not undici here: undici's per-request objects and its parser's calls back
 * into JS cost more than the rest of the engine (measured in docs/performance.md). undici remains
 * the client for everything else (readiness probe, GitHub, the cache).
 *
 * Errors carry Node's codes (ECONNREFUSED, ECONNRESET, …) or the `LOADGATE_*` codes of
 * http1/errors.ts, which `classifyError` (errors.ts) maps to the result's error classes.
 */
export { Http1Connection, type Http1Handler } from './http1/connection.js';
export { BadResponseError, ConnectionDestroyedError, ConnectTimeoutError, SocketClosedError } from './http1/errors.js';
export { isIdempotent } from './http1/idempotent.js';
export { MAX_HEAD_BYTES } from './http1/response-framer.js';
export { http1Target, type Http1Target } from './http1/target.js';
