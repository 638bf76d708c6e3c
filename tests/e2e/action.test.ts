/**
 * The bundled action end to end, as the runner runs it, against the real demo service: a push to
 * main records a baseline; a pull request against a service with search slowed threefold is a
 * critical regression that fails the step; a pull request against an unchanged service passes.
 */
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { runAgainstDemo, workspaceWithProfile } from '../support/demo-action.js';
import { decodeLatencyHistogram } from '../../src/metrics/histogram.js';

let workspace: string;
before(async () => {
  workspace = await workspaceWithProfile({ fixture: 'fixtures/demo/quick.yml' });
});

const baselineFile = () => join(workspace, '.loadgate/baselines/quick.baseline.json');

test('a push to main records the first baseline and passes with no-baseline', async () => {
  const run = await runAgainstDemo(workspace, [], 'push');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'no-baseline');
  assert.equal(run.outputs['max-severity'], 'none');
  const baseline = JSON.parse(await readFile(baselineFile(), 'utf8'));
  assert.equal(baseline.runs.length, 1);
  assert.equal(baseline.runs[0].commit, '0123456789abcdef0123456789abcdef01234567');
  assert.equal(baseline.runs[0].endpoints.length, 4);
  assert.equal(baseline.runs[0].endpoints[0].trials.length, 8);
  // Each run keeps a mergeable histogram per endpoint: every measured request is in it.
  for (const e of baseline.runs[0].endpoints) {
    const h = decodeLatencyHistogram(e.histogram);
    assert.equal(h.count, e.requests, `${e.name}: histogram count`);
    assert.equal(h.count, e.trials.reduce((a: number, t: { requests: number }) => a + t.requests, 0));
  }
  assert.match(run.summary, /## loadgate: quick — ⚪ no baseline/);
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['home', 'products', 'search', 'checkout']);
  for (const e of report.endpoints) {
    assert.ok(e.requests > 0, `${e.name} got requests`);
    assert.equal(e.errors, 0, `${e.name} had no errors`);
    for (const k of ['p50', 'p90', 'p95', 'p99', 'max', 'mean']) assert.equal(typeof e.latencyMs[k], 'number');
  }
  // The search endpoint sleeps 8 ms on the server: its median cannot be lower.
  assert.ok(report.endpoints[2].latencyMs.p50 >= 8, `search p50 ${report.endpoints[2].latencyMs.p50}`);
});

test('two more pushes grow the history to three runs, each saying what its history can detect', async () => {
  const second = await runAgainstDemo(workspace, [], 'push');
  assert.equal(second.code, 0, second.stdout + second.stderr);
  assert.match(second.summary, /with 1 stored run, a change on some endpoints against the rest of the run can be detected from/);
  const third = await runAgainstDemo(workspace, [], 'push');
  assert.equal(third.code, 0, third.stdout + third.stderr);
  assert.match(third.summary, /with 2 stored runs, a change on some endpoints/);
  const baseline = JSON.parse(await readFile(baselineFile(), 'utf8'));
  assert.equal(baseline.runs.length, 3);
});

test('a pull request against a service with search slowed 3× fails the step as critical', async () => {
  const before = await stat(baselineFile());
  const run = await runAgainstDemo(workspace, ['search=3'], 'pull_request');
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.equal(run.outputs.verdict, 'regressed');
  assert.equal(run.outputs['max-severity'], 'critical');
  assert.match(run.stdout, /::error::loadgate: critical regression in quick \(fail-on: critical\)/);
  assert.match(run.summary, /## loadgate: quick — ❌ regressed \(critical\)/);
  assert.match(run.summary, /\| search \| p50 \|[^\n]*🔴 critical \|/);
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  const searchP50 = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'search' && c.metric === 'p50');
  assert.ok(searchP50.change > 0.5, `search p50 change ${searchP50.change}`);
  assert.equal(searchP50.severity, 'critical');
  assert.equal(report.baseline.status, 'found');
  assert.equal(report.baseline.runs, 3);
  assert.match(searchP50.method, /^(history|relative)$/);
  assert.equal(await readFile(run.outputs.markdown, 'utf8'), run.summary);
  // A pull request never writes the baseline.
  assert.equal((await stat(baselineFile())).mtimeMs, before.mtimeMs);
});

test('a pull request against the unchanged service passes the critical gate', async () => {
  const run = await runAgainstDemo(workspace, [], 'pull_request');
  assert.equal(run.code, 0, run.stdout + run.stderr);
  assert.ok(['pass', 'regressed'].includes(run.outputs.verdict), run.outputs.verdict);
  assert.notEqual(run.outputs['max-severity'], 'critical');
  const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
  // p50, throughput and error rate on every endpoint; p95 where the trials hold enough requests for it.
  for (const name of ['home', 'products', 'search', 'checkout']) {
    const metrics = report.comparisons.filter((c: { endpoint: string }) => c.endpoint === name).map((c: { metric: string }) => c.metric);
    for (const m of ['p50', 'throughput', 'error_rate']) assert.ok(metrics.includes(m), `${name} ${m}: ${metrics}`);
  }
  const skipped = report.notes.filter((n: { code: string }) => n.code === 'percentile-skipped').length;
  assert.ok(report.comparisons.length === 16 || skipped === 1, `${report.comparisons.length} comparisons, ${skipped} skip notes`);
});
