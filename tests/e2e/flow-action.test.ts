/**
 * Flows through the bundled action end to end, against the real demo service: pushes to main
 * record a baseline of the login → cart → order journey, every step answered (the service refuses
 * cart and orders without the captured token and the session cookie); in paired mode, a pull
 * request against a service whose cart answers three times slower is blocked on that one step
 * (`checkout/cart`), while the other steps are not.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runAction, type ActionRun } from '../support/action-runner.js';
import { runAgainstDemo, TRIGGERS, workspaceWithProfile } from '../support/demo-action.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';

let workspace: string;
before(async () => {
  workspace = await workspaceWithProfile({ fixture: 'fixtures/demo/journey.yml' });
});

test('pushes to main record the journey: a row per flow and per step, no errors', async () => {
  for (let i = 0; i < 3; i++) {
    const run = await runAgainstDemo(workspace, [], 'push');
    assert.equal(run.code, 0, run.stdout + run.stderr);
    if (i > 0) continue;
    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['products', 'checkout', 'checkout/login', 'checkout/cart', 'checkout/order']);
    for (const e of report.endpoints) {
      assert.ok(e.requests > 0, `${e.name} got requests`);
      assert.equal(e.errors, 0, `${e.name}: ${JSON.stringify(e.errorSamples)}`);
    }
    // The demo service answers cart and orders with 401 unless both the token and the cookie come back.
    assert.deepEqual(Object.keys(report.endpoints[3].statusCounts), ['200']);
    assert.deepEqual(Object.keys(report.endpoints[4].statusCounts), ['201']);
  }
  const baseline = JSON.parse(await readFile(join(workspace, '.loadgate/baselines/journey.baseline.json'), 'utf8'));
  assert.equal(baseline.runs.length, 3);
});

test('paired mode: a pull request whose cart step is 3× slower than main is blocked on checkout/cart', async () => {
  // Both services at once, measured in alternating slots: the shared machine's noise hits both alike.
  const main = await startDemoService([]);
  const slowed = await startDemoService(['cart=3']);
  let run: ActionRun;
  try {
    run = await runAction({
      workspace,
      ...TRIGGERS.pull_request,
      inputs: { target: slowed.url, 'baseline-target': main.url, 'fail-on': 'critical', 'github-token': 'unused' },
    });
  } finally {
    await main.stop();
    await slowed.stop();
  }
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  const rows = report.comparisons.filter((c: { endpoint: string }) => c.endpoint.startsWith('checkout'));
  assert.equal(run.code, 1, run.summary + JSON.stringify(rows));
  assert.equal(run.outputs.verdict, 'regressed');
  assert.equal(run.outputs['max-severity'], 'critical');
  const cart = rows.find((c: { endpoint: string; metric: string }) => c.endpoint === 'checkout/cart' && c.metric === 'p50');
  assert.equal(cart.severity, 'critical');
  assert.match(run.summary, /\| checkout\/cart \| p50 \|[^\n]*🔴 critical \|/);
  const login = rows.find((c: { endpoint: string; metric: string }) => c.endpoint === 'checkout/login' && c.metric === 'p50');
  assert.notEqual(login.severity, 'critical');
});
