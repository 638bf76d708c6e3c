/** Where a connection goes, read from an origin. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { http1Target } from '../../../src/load/http1/target.js';

describe('http1Target', () => {
  it('reads host, port and TLS from an origin', () => {
    assert.deepEqual(http1Target('http://127.0.0.1:8080'), { host: '127.0.0.1', port: 8080, tls: false });
    assert.deepEqual(http1Target('https://[::1]'), { host: '::1', port: 443, tls: true });
    assert.deepEqual(http1Target('http://localhost'), { host: 'localhost', port: 80, tls: false });
    assert.deepEqual(http1Target('https://api.test:8443/v1'), { host: 'api.test', port: 8443, tls: true });
  });
});
