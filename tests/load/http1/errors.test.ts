/** The client's own errors: stable codes, and the error class a result counts each under (errors.ts). */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BadResponseError, ConnectionDestroyedError, ConnectTimeoutError, SocketClosedError } from '../../../src/load/http1/errors.js';
import { classifyError } from '../../../src/load/errors.js';

describe('http1 errors', () => {
  it('carry LOADGATE_* codes and classify as the result counts them', () => {
    for (const [err, code, errorClass] of [
      [new ConnectTimeoutError(5), 'LOADGATE_CONNECT_TIMEOUT', 'timeout'],
      [new SocketClosedError('other side closed the connection'), 'LOADGATE_SOCKET_CLOSED', 'reset'],
      [new BadResponseError('no status line'), 'LOADGATE_BAD_RESPONSE', 'other'],
      [new ConnectionDestroyedError(), 'LOADGATE_CONNECTION_DESTROYED', 'other'],
    ] as const) {
      assert.equal(err.code, code);
      assert.equal(classifyError(err), errorClass, err.name);
    }
  });

  it('say what happened', () => {
    assert.equal(new ConnectTimeoutError(300).message, 'could not connect within 300 ms');
    assert.equal(new BadResponseError('chunked body: empty chunk-size line').message, 'malformed response: chunked body: empty chunk-size line');
  });
});
