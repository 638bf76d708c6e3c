/**
 * The `websocket:` block: what it becomes (pseudo-endpoints, defaults) and, one case per class of
 * mistake, the YAML path and line of each problem and a message naming the bad value.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';
import { messageRenderer } from '../../src/load/websocket/messages.js';
import { websocketUrl } from '../../src/load/websocket/runner.js';

/** Lines 1-6; cases append from line 7, inside the block when indented by two spaces. */
const HEAD = 'name: p\nwebsocket:\n  name: feed\n  path: /ws\n  rate: 10\n  message: ping\n';

test('a websocket block becomes two pseudo-endpoints with its thresholds and the defaults', () => {
  const outcome = parseProfile(`${HEAD}  thresholds: { p95: 200ms }\n  correlate: echo\n`, 'p.yml');
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  const { profile } = outcome;
  assert.deepEqual(profile.endpoints.map((e) => [e.name, e.path, e.expectStatus]), [['ws/feed', '/ws', [200]], ['ws/feed/handshake', '/ws', [101]]]);
  assert.deepEqual(profile.endpoints[0].thresholds, [{ metric: 'p95', severity: 'critical', limit: 200 }]);
  assert.deepEqual(profile.endpoints[1].thresholds, []);
  assert.equal(profile.endpoints[0].line, 2);
  assert.equal(profile.websocket?.connections, 10);
  assert.equal(profile.websocket?.connectRatePerS, 100);
  assert.deepEqual(profile.websocket?.correlate, { kind: 'echo' });
  assert.equal(profile.websocket?.expectJson, false);
  assert.equal(profile.websocket?.reconnect, undefined);
});

test('reconnect: true takes the defaults; a field correlation implies expect_json', () => {
  const text = 'name: p\nwebsocket:\n  name: f\n  path: /ws\n  rate: 1\n  message: {op: q}\n  correlate: {field: id}\n  reconnect: true\n';
  const outcome = parseProfile(text, 'p.yml');
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  assert.deepEqual(outcome.profile.websocket?.reconnect, { backoffMs: 100, maxBackoffMs: 5000, maxTimeMs: 30000 });
  assert.equal(outcome.profile.websocket?.expectJson, true);
  assert.deepEqual(outcome.profile.websocket?.message, { text: '{"op":"q"}', format: 'json' });
});

type Case = [what: string, text: string, path: string, line: number, message: RegExp];

const cases: Case[] = [
  ['unknown key', `${HEAD}  rte: 5\n`, 'websocket.rte', 7, /^unknown key \(valid: name, path, connections, connect_rate, .*\); did you mean "rate"\?$/],
  ['rate zero', HEAD.replace('rate: 10', 'rate: 0'), 'websocket.rate', 5, /^0 is not a number of messages per second per connection > 0 and at most 1000$/],
  ['rate too high', HEAD.replace('rate: 10', 'rate: 5000'), 'websocket.rate', 5, /^5000 is not a number of messages/],
  ['connections zero', `${HEAD}  connections: 0\n`, 'websocket.connections', 7, /^0 is not a whole number between 1 and 10000$/],
  ['connect rate words', `${HEAD}  connect_rate: fast\n`, 'websocket.connect_rate', 7, /^"fast" is not a number of connections per second/],
  ['path without slash', HEAD.replace('path: /ws', 'path: ws'), 'websocket.path', 4, /^"ws" is not a path starting with "\/"/],
  ['message missing', HEAD.replace('  message: ping\n', ''), 'websocket.message', 2, /^is required/],
  ['bad template', HEAD.replace('message: ping', 'message: "{{ nope }}"'), 'websocket.message', 6, /"nope" is not a template expression/],
  ['field correlation on a text message', `${HEAD}  correlate: {field: id}\n`, 'websocket.message', 6, /correlate\.field needs a message that is a mapping/],
  ['field written by the profile', HEAD.replace('message: ping', 'message: {id: 1}') + '  correlate: {field: id}\n', 'websocket.message.id', 6, /is written by the load generator/],
  ['correlate unknown', `${HEAD}  correlate: order\n`, 'websocket.correlate', 7, /^"order" is not a correlation: use "echo" or \{ field/],
  ['reconnect unknown key', `${HEAD}  reconnect: {max_tme: 5s}\n`, 'websocket.reconnect.max_tme', 7, /^unknown key \(valid: backoff, max_backoff, max_time\)/],
  ['reconnect bare number', `${HEAD}  reconnect:\n    max_time: 5\n`, 'websocket.reconnect.max_time', 8, /^5 has no unit/],
  ['expect_json a string', `${HEAD}  expect_json: "yes"\n`, 'websocket.expect_json', 7, /^"yes" is not true or false$/],
  ['both endpoints and websocket', `${HEAD}endpoints: [{name: e, path: /}]\n`, 'websocket', 2, /either endpoints or a websocket block, not both/],
  ['an open load', `${HEAD}load:\n  rate: 100\n`, 'load.model', 7, /runs by warmup, duration and trials of a closed load/],
  ['an open level', `${HEAD}levels:\n  soak:\n    load:\n      rate: 100\n`, 'levels.soak.load', 9, /runs by warmup, duration and trials of a closed load/],
];

for (const [what, text, path, line, message] of cases) {
  test(`websocket mistake: ${what}`, () => {
    const outcome = parseProfile(text, 'profile.yml');
    assert.equal(outcome.ok, false, `${what}: expected a problem`);
    if (outcome.ok) return;
    const found = outcome.problems.find((p) => p.path === path);
    assert.ok(found, `${what}: no problem at ${path}; got ${JSON.stringify(outcome.problems)}`);
    assert.equal(found.line, line, `${what}: line`);
    assert.match(found.message, message, `${what}: message`);
  });
}

test('messages: the correlation number goes first in the JSON object, templates render per message', () => {
  const render = messageRenderer({ text: '{"op":"q","n":{{ seq 5 }}}', format: 'json' }, 'id', 1, {});
  assert.equal(render(1), '{"id":1,"op":"q","n":5}');
  assert.equal(render(2), '{"id":2,"op":"q","n":6}');
  assert.equal(messageRenderer({ text: '{}', format: 'json' }, 'id', 1, {})(7), '{"id":7}');
  assert.equal(messageRenderer({ text: 'hi {{ env WHO }}', format: 'raw' }, undefined, 1, { WHO: 'there' })(0), 'hi there');
});

test('the WebSocket URL keeps the target base path and follows its scheme', () => {
  assert.equal(websocketUrl('http://127.0.0.1:8080', '/ws'), 'ws://127.0.0.1:8080/ws');
  assert.equal(websocketUrl('https://h.example/api/', '/ws?x=1'), 'wss://h.example/api/ws?x=1');
});

test('env secrets in WebSocket messages go through the one template-environment check (and its masking)', async () => {
  const { templateEnvironment } = await import('../../src/profile/env.js');
  const outcome = parseProfile('name: p\nwebsocket:\n  name: f\n  path: /ws\n  rate: 1\n  message: {token: "{{ env WS_TOKEN }}"}\n  subscribe: "auth {{ env WS_KEY }}"\n', 'p.yml');
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  assert.deepEqual([...templateEnvironment(outcome.profile.endpoints).keys()].sort(), ['WS_KEY', 'WS_TOKEN']);
});
