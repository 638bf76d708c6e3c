/**
 * The bundled CLI with --trend and --commit: a first nightly run has too few runs for change points
 * and says so (N of M) in the markdown and as a JSON note; the saved history holds the run's
 * summary with the commit; the report validates against the result schema.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cliEntry, makeWorkspace, repoRoot, spawnNode } from '../support/action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';

test('loadgate run --trend: "not enough runs yet (1 of 10)", the summary stored with its commit', async () => {
  const ws = await makeWorkspace();
  const service = await startDemoService([]);
  let run;
  try {
    run = await spawnNode([cliEntry, 'run', '--profile', join(repoRoot, 'fixtures/demo/quick.yml'), '--target', service.url, '--baseline-dir', 'baselines',
      '--save-baseline', '--trend', '--commit', 'c0ffee'.repeat(6) + 'c0ff', '--json', 'r.json', '--markdown', 'r.md'], ws, { PATH: process.env.PATH ?? '' });
  } finally {
    await service.stop();
  }
  assert.equal(run.code, 0, run.stdout + run.stderr);
  const markdown = await readFile(join(ws, 'r.md'), 'utf8');
  assert.match(markdown, /### Trend over 1 run\n\n- not enough runs yet for change points \\\(1 of 10\\\)\n/);
  const report = JSON.parse(await readFile(join(ws, 'r.json'), 'utf8'));
  assert.deepEqual(report.trend.notes.map((n: { code: string }) => n.code), ['trend-too-short']);
  const schema = JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8'));
  const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
  assert.ok(validate(report), JSON.stringify(validate.errors));
  const stored = JSON.parse(await readFile(join(ws, 'baselines/quick.baseline.json'), 'utf8'));
  assert.equal(stored.trend.length, 1);
  assert.equal(stored.trend[0].commit, 'c0ffee'.repeat(6) + 'c0ff');
  assert.deepEqual(stored.trend[0].endpoints.map((e: { name: string }) => e.name), ['home', 'products', 'search', 'checkout']);
});

test('loadgate run --commit with something that is not a commit id: exit 2, naming the flag, the value and what is valid', async () => {
  const ws = await makeWorkspace();
  const run = await spawnNode([cliEntry, 'run', '--profile', join(repoRoot, 'fixtures/demo/quick.yml'), '--target', 'http://127.0.0.1:9', '--commit', 'main; rm -rf', '--trend'], ws, { PATH: process.env.PATH ?? '' });
  assert.equal(run.code, 2, run.stdout + run.stderr);
  assert.match(run.stderr, /--commit: "main; rm -rf" is not a commit id \(7 to 64 hex digits/);
});
