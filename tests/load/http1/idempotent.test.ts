/** Which serialized requests may be sent twice: the idempotent methods of RFC 9110 §9.2.2. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isIdempotent } from '../../../src/load/http1/idempotent.js';

describe('isIdempotent', () => {
  it('reads the method from the request line', () => {
    for (const [request, expected] of [
      ['GET / HTTP/1.1\r\n\r\n', true],
      ['HEAD / HTTP/1.1\r\n\r\n', true],
      ['PUT /x HTTP/1.1\r\n\r\n', true],
      ['DELETE /x HTTP/1.1\r\n\r\n', true],
      ['OPTIONS * HTTP/1.1\r\n\r\n', true],
      ['TRACE / HTTP/1.1\r\n\r\n', true],
      ['POST / HTTP/1.1\r\n\r\n', false],
      ['PATCH / HTTP/1.1\r\n\r\n', false],
      ['CONNECT h:1 HTTP/1.1\r\n\r\n', false],
      ['GETX / HTTP/1.1\r\n\r\n', false],
      ['get / HTTP/1.1\r\n\r\n', false],
      ['GET ', false],
      ['', false],
    ] as const) {
      assert.equal(isIdempotent(Buffer.from(request)), expected, JSON.stringify(request));
      // A rendered flow step hands the connection text: the same answer.
      assert.equal(isIdempotent(request), expected, `${JSON.stringify(request)} as text`);
    }
  });
});
