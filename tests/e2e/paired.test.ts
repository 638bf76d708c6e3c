/**
 * Paired mode end to end with the bundled CLI: the demo service twice on loopback, the candidate
 * with search slowed threefold; trials interleave A B B A and the regression is critical. Then the
 * same build on both sides passes; a baseline target equal to the target is a usage error.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cliEntry, makeWorkspace, repoRoot, runAction, spawnNode } from '../support/action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';

const profile = join(repoRoot, 'fixtures/demo/quick.yml');
const env = { PATH: process.env.PATH ?? '' };

async function paired(candidateSlow: string[], ws: string, args: string[]) {
  const baseline = await startDemoService([]);
  const candidate = await startDemoService(candidateSlow);
  try {
    return await spawnNode(
      [cliEntry, 'run', '--profile', profile, '--target', candidate.url, '--baseline-target', baseline.url, '--baseline-dir', 'baselines', ...args],
      ws,
      env,
    );
  } finally {
    await candidate.stop();
    await baseline.stop();
  }
}

test('paired: search slowed 3× on the candidate is critical and exits 1; the store is not touched', async () => {
  const ws = await makeWorkspace();
  const run = await paired(['search=3'], ws, ['--json', 'report.json', '--markdown', 'report.md', '--save-baseline']);
  assert.equal(run.code, 1, run.stdout + run.stderr);
  assert.match(run.stderr, /Running quick in paired mode: 8 trials on each target, interleaved A B B A/);
  assert.match(run.stderr, /trial \d+\/16 · /);
  assert.match(run.stderr, /no stored baseline is saved/);
  assert.match(run.stdout, /search\s+p50\s+[\d.]+ ms\s+[\d.]+ ms\s+\+\d+\.\d%\s+\S+\s+CRITICAL/);
  assert.match(run.stdout, /verdict: regressed, max severity critical, unconfirmed (none|minor|major|critical), fail-on critical → FAIL/);
  const report = JSON.parse(await readFile(join(ws, 'report.json'), 'utf8'));
  assert.equal(report.baseline.mode, 'paired');
  const searchP50 = report.comparisons.find((c: { endpoint: string; metric: string }) => c.endpoint === 'search' && c.metric === 'p50');
  assert.equal(searchP50.method, 'trials');
  assert.equal(searchP50.n1, 8);
  assert.equal(searchP50.n2, 8);
  // Complete separation of 8 against 8 trials: exact p 1/C(16, 8) = 7.8e-5 without ties; with
  // ties (histogram buckets) the normal approximation gives about 4.7e-4. Either clears Holm.
  assert.ok(searchP50.p < 0.001, `p ${searchP50.p}`);
  assert.equal(searchP50.significant, true);
  assert.ok(searchP50.change > 1, `search p50 ${searchP50.change}`);
  for (const e of report.endpoints) assert.equal(e.trials.length, 8);
  const schema = JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(report), JSON.stringify(validate.errors, null, 2));
  const markdown = await readFile(join(ws, 'report.md'), 'utf8');
  assert.match(markdown, /Paired mode: compared with the baseline target http:\u2060\/\/127\.0\.0\.1:\d+, measured on this runner/);
  assert.match(markdown, /\| search \| p50 \|[^\n]*🔴 critical \|/);
  await assert.rejects(readFile(join(ws, 'baselines/quick.baseline.json')), /ENOENT/);
});

test('paired: the same build on both sides does not fail the gate', async () => {
  const ws = await makeWorkspace();
  const run = await paired([], ws, ['--json', 'report.json']);
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const report = JSON.parse(await readFile(join(ws, 'report.json'), 'utf8'));
  assert.equal(report.verdict.failed, false);
  assert.ok(report.comparisons.length > 0);
});

test('paired: a baseline target equal to the target is a usage error naming the flag', async () => {
  const ws = await makeWorkspace();
  const run = await spawnNode([cliEntry, 'run', '--profile', profile, '--target', 'http://127.0.0.1:9', '--baseline-target', 'http://127.0.0.1:9/'], ws, env);
  assert.equal(run.code, 2);
  assert.match(run.stderr, /--baseline-target: "http:\/\/127\.0\.0\.1:9\/" is the target itself/);
  const bad = await spawnNode([cliEntry, 'run', '--profile', profile, '--target', 'http://127.0.0.1:9', '--baseline-target', 'ftp://x'], ws, env);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--baseline-target: "ftp:\/\/x" must use http or https/);
});

test('paired through the action: the baseline-target input, a push to main that neither reads nor writes the store', async () => {
  const ws = await makeWorkspace();
  await mkdir(join(ws, '.github'));
  await copyFile(profile, join(ws, '.github/loadgate.yml'));
  const pushEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/push-main.json'), 'utf8'));
  const baseline = await startDemoService([]);
  const candidate = await startDemoService(['search=3']);
  try {
    const run = await runAction({
      workspace: ws,
      eventName: 'push',
      event: pushEvent,
      ref: 'refs/heads/main',
      inputs: { target: candidate.url, 'baseline-target': baseline.url, 'baseline-dir': 'baselines', 'save-baseline': 'auto', 'github-token': 'unused' },
    });
    assert.equal(run.code, 1, run.stdout + run.stderr);
    // A push to main would save a cached baseline; in paired mode the log says that it will not.
    assert.match(run.stdout, /Baseline: paired mode, measured from http:\/\/127\.0\.0\.1:\d+ beside the target; the stored baseline is neither read nor written/);
    assert.doesNotMatch(run.stdout, /will be saved/);
    assert.equal(run.outputs.verdict, 'regressed');
    assert.equal(run.outputs['max-severity'], 'critical');
    assert.match(run.summary, /Paired mode: compared with the baseline target/);
    await assert.rejects(readFile(join(ws, 'baselines/quick.baseline.json')), /ENOENT/);
  } finally {
    await candidate.stop();
    await baseline.stop();
  }
});
