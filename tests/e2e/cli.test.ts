/** The bundled CLI end to end against the demo service: baseline, then a regression; JSON and markdown written. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cliEntry, makeWorkspace, repoRoot, spawnNode } from '../support/action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';

const profile = join(repoRoot, 'fixtures/demo/quick.yml');
const env = { PATH: process.env.PATH ?? '' };

async function cli(slow: string[], ws: string, args: string[]) {
  const service = await startDemoService(slow);
  try {
    return await spawnNode([cliEntry, 'run', '--profile', profile, '--target', service.url, '--baseline-dir', 'baselines', ...args], ws, env);
  } finally {
    await service.stop();
  }
}

test('loadgate run: a baseline, then checkout slowed 3× is critical with exit code 1', async () => {
  const ws = await makeWorkspace();
  const first = await cli([], ws, ['--save-baseline', '--json', 'first.json']);
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stderr, /Baseline saved to .*quick\.baseline\.json \(1 run\)/);
  // Not a terminal: plain progress lines, no carriage-return bar.
  assert.match(first.stderr, /trial \d+\/8 · [\d.]+ of 4\.5 s · [\d,]+ requests · 0 errors/);
  assert.doesNotMatch(first.stderr, /\r/);
  assert.match(first.stdout, /verdict: no-baseline, max severity none, unconfirmed (none|minor|major|critical), fail-on critical → ok/);
  // The gate judges against the run-to-run spread of the history: two more runs of main arm it.
  for (const runs of [2, 3]) {
    const more = await cli([], ws, ['--save-baseline']);
    assert.equal(more.code, 0, more.stdout + more.stderr);
    assert.match(more.stderr, new RegExp(`Baseline saved to .*quick\\.baseline\\.json \\(${runs} runs\\)`));
  }

  const second = await cli(['checkout=3'], ws, ['--json', 'out/report.json', '--markdown', 'out/report.md', '--fail-on', 'critical']);
  assert.equal(second.code, 1, second.stdout + second.stderr);
  assert.match(second.stdout, /checkout\s+p50\s+[\d.]+ ms\s+[\d.]+ ms\s+\+\d+\.\d%\s+\S+\s+CRITICAL/);
  assert.match(second.stdout, /verdict: regressed, max severity critical, unconfirmed (none|minor|major|critical), fail-on critical → FAIL/);
  const report = JSON.parse(await readFile(join(ws, 'out/report.json'), 'utf8'));
  assert.equal(report.verdict.status, 'regressed');
  assert.equal(report.tool.version, JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')).version);
  const schema = JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  for (const doc of [report, JSON.parse(await readFile(join(ws, 'first.json'), 'utf8'))]) {
    assert.ok(validate(doc), JSON.stringify(validate.errors, null, 2));
  }
  assert.match(await readFile(join(ws, 'out/report.md'), 'utf8'), /## loadgate: quick — ❌ regressed \(critical\)/);
});

test('regression.history: a baseline keeps only the newest runs the profile asks for', async () => {
  const ws = await makeWorkspace();
  await writeFile(join(ws, 'short.yml'), [
    'name: short',
    'load: { connections: 2, warmup: 200ms, duration: 1s, trials: 4 }',
    'endpoints:',
    '  - { name: home, path: / }',
    'regression: { history: 2 }',
    '',
  ].join('\n'));
  const service = await startDemoService([]);
  const finished: string[] = [];
  try {
    for (const runs of [1, 2, 2]) {
      const run = await spawnNode([cliEntry, 'run', '--profile', 'short.yml', '--target', service.url, '--baseline-dir', 'baselines', '--save-baseline', '--json', 'r.json'], ws, env);
      assert.equal(run.code, 0, run.stdout + run.stderr);
      assert.match(run.stderr, new RegExp(`Baseline saved to .*short\\.baseline\\.json \\(${runs === 1 ? '1 run' : `${runs} runs`}\\)`));
      finished.push(JSON.parse(await readFile(join(ws, 'r.json'), 'utf8')).finishedAt);
    }
  } finally {
    await service.stop();
  }
  const baseline = JSON.parse(await readFile(join(ws, 'baselines/short.baseline.json'), 'utf8'));
  assert.equal(baseline.runs.length, 2);
  // The first run dropped out; the second and third remain, oldest first.
  assert.deepEqual(baseline.runs.map((r: { savedAt: string }) => r.savedAt), finished.slice(1));
});

/** The version string lives in package.json alone; the build defines it for dist/ (scripts/build.mjs). */
test('the bundle carries package.json’s version: --version and the report’s tool.version', async () => {
  const { version } = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const ws = await makeWorkspace();
  const run = await spawnNode([cliEntry, '--version'], ws, env);
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, `loadgate ${version}\n`);
});
