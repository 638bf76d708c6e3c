import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runLoad } from '../../src/load/run-load.js';
import { parseProfile } from '../../src/profile/parse.js';
import type { Measurement } from '../../src/load/types.js';
import type { EndpointResult } from '../../src/metrics/types.js';
import { startWsServer, type WsTestServer } from '../support/ws-servers.js';

/** Parses a websocket profile (the real parser) and runs it against `url` through the load edge. */
async function run(url: string, load: string, websocket: string): Promise<Measurement> {
  const text = `name: ws\nload:\n${load}\nwebsocket:\n${websocket}\n`;
  const parsed = parseProfile(text, 'ws.yml');
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems));
  const { profile } = parsed;
  return runLoad({ targetUrl: url, load: profile.load, endpoints: profile.endpoints, ...(profile.websocket ? { websocket: profile.websocket } : {}) });
}

function byName(m: Measurement, name: string): EndpointResult {
  const found = m.endpoints.find((e) => e.name === name);
  assert.ok(found, `${name} in ${m.endpoints.map((e) => e.name).join(', ')}`);
  return found;
}

const SHORT = '  warmup: 200ms\n  duration: 1s\n  trials: 2\n  request_timeout: 2s';

describe('WebSocket session load', () => {
  let server: WsTestServer;
  before(async () => {
    server = await startWsServer();
  });
  after(async () => {
    await server.close();
  });

  it('matches replies to messages by a JSON field, out of order, and counts server pushes apart', async () => {
    const m = await run(server.url, SHORT, [
      '  name: prices', '  path: /echo-id', '  connections: 4', '  connect_rate: 1000', '  rate: 20',
      '  message: { op: quote, symbol: "{{ choice A B }}" }', '  correlate: { field: id }',
    ].join('\n'));
    const rtt = byName(m, 'ws/prices');
    const ws = m.websocket;
    assert.ok(ws);
    assert.equal(rtt.errors, 0, JSON.stringify(rtt.errorSamples));
    assert.ok(rtt.requests > 0);
    // Every 4th id waits 300 ms at the server, the rest are answered at once: matched by id, a
    // quarter of the round trips are >= 300 ms; matched in order, most would be.
    assert.ok(rtt.latencyMs.max >= 300, `max ${rtt.latencyMs.max}`);
    assert.ok(rtt.latencyMs.p50 < 300, `p50 ${rtt.latencyMs.p50}`);
    assert.equal(ws.sent, server.messages.get('/echo-id'));
    assert.equal(ws.answered, ws.sent);
    assert.ok(ws.serverMessages > 0, 'ticks pushed by the server are counted as server messages');
    assert.equal(ws.received, ws.answered + ws.serverMessages);
    const first = JSON.parse(server.received[0]) as Record<string, unknown>;
    assert.equal(typeof first.id, 'number');
    assert.equal(first.op, 'quote');
    assert.ok(first.symbol === 'A' || first.symbol === 'B');
    const handshake = byName(m, 'ws/prices/handshake');
    assert.equal(handshake.requests, 4);
    assert.equal(handshake.errors, 0);
    assert.equal(server.connections.get('/echo-id'), 4);
  });

  it('counts drops by close code, reconnects, and the time to reconnect', async () => {
    const m = await run(server.url, '  warmup: 0s\n  duration: 3s\n  trials: 2\n  request_timeout: 1s', [
      '  name: feed', '  path: /drop', '  connections: 2', '  connect_rate: 1000', '  rate: 10', '  message: ping',
      '  reconnect: { backoff: 200ms, max_time: 5s }',
    ].join('\n'));
    const ws = m.websocket;
    assert.ok(ws);
    // The server drops each connection 2 s after it opened: both are dropped once in a 3 s run.
    assert.ok(ws.drops >= 2, `drops ${ws.drops}`);
    assert.ok(ws.reconnects >= 2, `reconnects ${ws.reconnects}`);
    assert.equal(ws.disconnectsByCode['1006'], ws.drops);
    assert.ok(ws.reconnectMs && ws.reconnectMs.p50 >= 200, `reconnect ${JSON.stringify(ws.reconnectMs)}`);
    assert.equal(ws.reconnectsOverMaxTime, 0);
    assert.equal(server.connections.get('/drop'), 2 + ws.reconnects);
    assert.equal(byName(m, 'ws/feed/handshake').requests, 2 + ws.reconnects);
  });

  it('classifies a server that never upgrades as handshake timeouts, and ends', async () => {
    const m = await run(server.url, SHORT, ['  name: h', '  path: /hang', '  connections: 2', '  rate: 5', '  message: x', '  timeout: 300ms'].join('\n'));
    const handshake = byName(m, 'ws/h/handshake');
    assert.equal(handshake.errorsByClass.timeout, 2);
    assert.equal(m.websocket?.failedHandshakes, 2);
    assert.equal(byName(m, 'ws/h').requests, 0);
    assert.ok(m.warnings.some((w) => w.code === 'no-answers'));
  });

  it('counts a plain HTTP answer to the upgrade as a status error', async () => {
    const m = await run(server.url, SHORT, ['  name: p', '  path: /plain', '  connections: 2', '  rate: 5', '  message: x'].join('\n'));
    const handshake = byName(m, 'ws/p/handshake');
    assert.equal(handshake.errorsByClass.status, 2);
    assert.equal(handshake.statusCounts['200'], 2);
  });

  it('counts a close with 1011 by its code and fails the messages it left unanswered', async () => {
    const m = await run(server.url, SHORT, ['  name: c', '  path: /close-1011', '  connections: 2', '  connect_rate: 1000', '  rate: 20', '  message: x'].join('\n'));
    const ws = m.websocket;
    assert.ok(ws);
    assert.equal(ws.disconnectsByCode['1011'], 2);
    assert.equal(ws.reconnects, 0);
    assert.equal(ws.sent, server.messages.get('/close-1011'));
  });

  it('counts replies that are not JSON when JSON is expected', async () => {
    const m = await run(server.url, SHORT, ['  name: n', '  path: /not-json', '  connections: 1', '  rate: 20', '  message: { a: 1 }', '  expect_json: true'].join('\n'));
    const rtt = byName(m, 'ws/n');
    assert.ok(m.websocket && m.websocket.nonJson > 0);
    assert.ok(rtt.errorsByClass.other > 0);
    assert.equal(rtt.errorsByClass.other, rtt.errors);
    assert.match(rtt.errorSamples?.other?.[0] ?? '', /not JSON: "nope"/);
  });
});
