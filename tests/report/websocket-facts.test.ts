import { test } from 'node:test';
import assert from 'node:assert/strict';
import { websocketFacts } from '../../src/report/websocket-facts.js';
import type { WebSocketResult } from '../../src/metrics/types.js';

const base: WebSocketResult = {
  name: 'prices', connections: 20, opened: 20, failedHandshakes: 0, sent: 2000, received: 2100, answered: 2000,
  serverMessages: 100, nonJson: 0, sentPerSecond: 200, receivedPerSecond: 210, serverPerSecond: 10,
  disconnectsByCode: {}, drops: 0, reconnects: 0, reconnectsOverMaxTime: 0,
};

test('a quiet run: message rates and handshakes, no drops line', () => {
  assert.deepEqual(websocketFacts(base), [
    { label: 'WebSocket messages', text: 'sent 200/s, received 210/s (server-initiated 10/s)' },
    { label: 'WebSocket connections', text: '20 asked, 20 handshakes succeeded, 0 failed' },
  ]);
});

test('drops: close codes in order, reconnects with their time, slow recoveries and non-JSON named', () => {
  const facts = websocketFacts({
    ...base, nonJson: 3, opened: 24, failedHandshakes: 1, drops: 4, reconnects: 4,
    disconnectsByCode: { '1011': 1, '1006': 3 }, reconnectMs: { p50: 210.4, max: 1500 }, reconnectsOverMaxTime: 1,
  });
  assert.equal(facts[0].text, 'sent 200/s, received 210/s (server-initiated 10/s); 3 not JSON');
  assert.equal(facts[1].text, '20 asked, 24 handshakes succeeded, 1 failed');
  assert.deepEqual(facts[2], {
    label: 'WebSocket drops',
    text: '4 (close codes 1006: 3, 1011: 1), 4 reconnected, time to reconnect p50 210 ms, max 1,500 ms; 1 not within reconnect.max_time',
  });
});
