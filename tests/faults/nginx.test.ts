/**
 * nginx's normal connection limits must not count as the target's errors (RFC 9112 §9.3.1, §9.6):
 * `keepalive_requests` ends a connection with `Connection: close` while pipelined requests are queued
 * behind that answer, and `keepalive_timeout` closes an idle connection just as a request goes out.
 * Skipped when nginx is not installed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runClosedLoad } from '../../src/load/closed-runner.js';
import type { ClosedModelLoad, Endpoint } from '../../src/profile/types.js';
import { hasNginx, startNginx } from '../support/fault-servers.js';

const skip = hasNginx() ? false : 'nginx is not installed (apt-get install -y nginx)';
const home: Endpoint = { name: 'home', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] };

function load(overrides: Partial<ClosedModelLoad>): ClosedModelLoad {
  return { model: 'closed', connections: 4, warmupMs: 0, durationMs: 1000, trials: 2, requestTimeoutMs: 2000, ...overrides };
}

describe('against nginx', { skip, timeout: 60_000 }, () => {
  it('keepalive_requests 100 with pipelining 8: the requests queued behind the closing answer go again, none counted as errors', async () => {
    const nginx = await startNginx(['keepalive_requests 100;']);
    try {
      const result = await runClosedLoad({ targetUrl: nginx.url, load: load({ pipelining: 8 }), endpoints: [home] });
      const e = result.endpoints[0];
      assert.ok(e.requests > 1000, `enough requests to cross keepalive_requests many times (${e.requests})`);
      assert.deepEqual(e.errorsByClass, { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 }, JSON.stringify(e.errorSamples));
      assert.deepEqual(e.statusCounts, { '200': e.requests });
    } finally {
      await nginx.stop();
    }
  });

  it('think times around keepalive_timeout: a request that meets the idle close goes again, none counted as errors', async () => {
    const nginx = await startNginx(['keepalive_timeout 100ms;']);
    try {
      const result = await runClosedLoad({
        targetUrl: nginx.url,
        load: load({ connections: 16, durationMs: 3000, trials: 3, thinkTime: { minMs: 90, maxMs: 110 } }),
        endpoints: [home],
      });
      const e = result.endpoints[0];
      assert.ok(e.requests > 200, `requests ${e.requests}`);
      assert.deepEqual(e.errorsByClass, { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 }, JSON.stringify(e.errorSamples));
    } finally {
      await nginx.stop();
    }
  });
});
