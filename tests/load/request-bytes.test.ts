/** The bytes of one request as the engine writes them (request-bytes.ts); what a server reads of them is in http1/connection.test.ts. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeRequestTarget, serializeRequest } from '../../src/load/request-bytes.js';

describe('request bytes', () => {
  it('content-length: 0 for a POST without body, none for a GET; a host header replaces the target\'s', () => {
    assert.equal(serializeRequest('POST', '/', 'h:1', [], null).toString(), 'POST / HTTP/1.1\r\nhost: h:1\r\ncontent-length: 0\r\n\r\n');
    assert.equal(serializeRequest('GET', '/', 'h:1', [], null).toString(), 'GET / HTTP/1.1\r\nhost: h:1\r\n\r\n');
    assert.equal(serializeRequest('GET', '/', 'h:1', ['Host', 'api.test'], null).toString(), 'GET / HTTP/1.1\r\nHost: api.test\r\n\r\n');
  });

  it('percent-encodes what a request line cannot carry and leaves valid targets alone', () => {
    assert.equal(encodeRequestTarget('/search?q=red shoes&city=Zürich'), '/search?q=red%20shoes&city=Z%C3%BCrich');
    assert.equal(encodeRequestTarget('/a\r\nb'), '/a%0D%0Ab');
    assert.equal(encodeRequestTarget('/p?q=%20&x=[1]'), '/p?q=%20&x=[1]');
  });
});
