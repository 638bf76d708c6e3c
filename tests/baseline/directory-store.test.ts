import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readdir, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryBaselineStore } from '../../src/baseline/directory-store.js';
import { appendRun } from '../../src/baseline/history.js';
import { trial } from '../support/builders.js';

const baseline = appendRun(undefined, { name: 'p', fingerprint: 'f' }, {
  savedAt: '2026-01-01T00:00:00.000Z',
  runner: { cpuModel: 'x', cores: 2, os: 'linux', node: 'v20' },
  trialDurationMs: 1000,
  endpoints: [{ name: 'a', requests: 100, errors: 0, trials: [trial(1)] }],
});

test('save then restore returns the same document; no temp file is left behind', async () => {
  const dir = join(await mkdtemp(join(tmpdir(), 'lg-store-')), 'nested', 'baselines');
  const store = new DirectoryBaselineStore(dir);
  assert.deepEqual(await store.restore({ profileName: 'p' }), { status: 'missing', source: join(dir, 'p.baseline.json') });
  assert.deepEqual(await store.save({ profileName: 'p' }, baseline), { status: 'saved', location: join(dir, 'p.baseline.json') });
  const restored = await store.restore({ profileName: 'p' });
  assert.equal(restored.status, 'found');
  assert.deepEqual(restored.status === 'found' && restored.baseline, baseline);
  assert.deepEqual(await readdir(dir), ['p.baseline.json']);
});

test('a corrupt or foreign file is unusable with a reason, never a throw', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lg-store-'));
  const store = new DirectoryBaselineStore(dir);
  await writeFile(join(dir, 'p.baseline.json'), '{"schemaVersion": 1, "runs": [');
  const corrupt = await store.restore({ profileName: 'p' });
  assert.equal(corrupt.status, 'unusable');
  assert.match(corrupt.status === 'unusable' ? corrupt.reason : '', /not valid JSON/);
  await writeFile(join(dir, 'p.baseline.json'), JSON.stringify({ hello: 'world' }));
  const foreign = await store.restore({ profileName: 'p' });
  assert.match(foreign.status === 'unusable' ? foreign.reason : '', /schemaVersion is missing/);
});

test('a save that cannot write is a failed outcome naming the file', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'lg-store-'));
  await mkdir(join(dir, 'p.baseline.json')); // a directory where the file should go
  const outcome = await new DirectoryBaselineStore(dir).save({ profileName: 'p' }, baseline);
  assert.equal(outcome.status, 'failed');
  assert.match(outcome.status === 'failed' ? outcome.reason : '', /p\.baseline\.json/);
});
