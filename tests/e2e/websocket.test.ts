/**
 * The bundled action end to end with a WebSocket profile against the real demo service: a push to
 * main records a baseline of the session load; a pull request against a service whose WebSocket
 * replies are 40× slower (2 ms → 80 ms) breaches the round-trip threshold and regresses, failing
 * the step; the unchanged service passes.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAgainstDemo, workspaceWithProfile } from '../support/demo-action.js';

const PROFILE = `name: ws-quick
load:
  warmup: 500ms
  duration: 3s
  trials: 6
websocket:
  name: prices
  path: /ws/prices
  connections: 8
  connect_rate: 200
  message: { op: quote }
  rate: 20
  correlate: { field: id }
  timeout: 2s
  thresholds:
    p95: { critical: 40ms }
readiness:
  timeout: 10s
`;

let workspace: string;
before(async () => {
  workspace = await workspaceWithProfile({ yaml: PROFILE });
});

test('a push to main records a baseline of the WebSocket session load', async () => {
  const run = await runAgainstDemo(workspace, [], 'push');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'no-baseline');
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['ws/prices', 'ws/prices/handshake']);
  const [rtt, handshake] = report.endpoints;
  assert.ok(rtt.requests > 0);
  assert.equal(rtt.errors, 0);
  // The demo answers after 2 ms: no round trip is shorter.
  assert.ok(rtt.latencyMs.p50 >= 2, `p50 ${rtt.latencyMs.p50}`);
  assert.equal(handshake.requests, 8);
  assert.equal(report.websocket.answered, report.websocket.sent);
  assert.match(run.summary, /\| ws\/prices \|/);
  const baseline = JSON.parse(await readFile(join(workspace, '.loadgate/baselines/ws-quick.baseline.json'), 'utf8'));
  assert.equal(baseline.runs.length, 1);
});

test('a pull request with WebSocket replies slowed 40× fails the step as critical', async () => {
  const run = await runAgainstDemo(workspace, ['ws=40'], 'pull_request');
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs['max-severity'], 'critical');
  assert.match(run.stdout, /::error::loadgate: critical/);
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  const p50 = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'ws/prices' && c.metric === 'p50');
  assert.ok(p50, JSON.stringify({ baseline: report.baseline, notes: report.notes, warnings: report.warnings }).slice(0, 3000));
  assert.ok(p50.change > 1, `ws/prices p50 change ${p50.change}`);
  assert.ok(report.endpoints[0].latencyMs.p50 >= 80, `p50 ${report.endpoints[0].latencyMs.p50}`);
});
