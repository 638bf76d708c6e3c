/**
 * The errors the engine's HTTP/1.1 client fails a request with, beside Node's socket codes
 * (ECONNREFUSED, ECONNRESET, …). Each carries a stable `LOADGATE_*` code that `classifyError`
 * (../errors.ts) maps to the result's error classes.
 */
import { LoadgateError } from '../../errors.js';

/** The connection attempt outlasted its deadline. */
export class ConnectTimeoutError extends LoadgateError {
  constructor(readonly timeoutMs: number) {
    super('LOADGATE_CONNECT_TIMEOUT', `could not connect within ${timeoutMs} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

/** The connection closed while requests were still waiting for their answers. */
export class SocketClosedError extends LoadgateError {
  constructor(reason: string) {
    super('LOADGATE_SOCKET_CLOSED', reason);
    this.name = 'SocketClosedError';
  }
}

/** The target answered with something that is not a well-formed HTTP/1.x response. */
export class BadResponseError extends LoadgateError {
  constructor(reason: string) {
    super('LOADGATE_BAD_RESPONSE', `malformed response: ${reason}`);
    this.name = 'BadResponseError';
  }
}

/** The connection was destroyed by its owner (the end of the run). */
export class ConnectionDestroyedError extends LoadgateError {
  constructor() {
    super('LOADGATE_CONNECTION_DESTROYED', 'the connection was closed by loadgate');
    this.name = 'ConnectionDestroyedError';
  }
}
