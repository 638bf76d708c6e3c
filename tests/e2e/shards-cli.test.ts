/**
 * The engine's own shards end to end: two bundled CLI processes (`loadgate run --shard k/2
 * --start-at T`) load the demo service together, each writing its shard result; `loadgate merge`
 * adds them exactly — counts summed per endpoint and trial, trials aligned to T — and, with one
 * shard's result missing, says "1 of 2 shards" and refuses to gate.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { cliEntry, makeWorkspace, spawnNode } from '../support/action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import type { ShardResult } from '../../src/shard/result.js';

const env = { PATH: process.env.PATH ?? '' };
const PROFILE = `name: shop
load:
  connections: 6
  warmup: 1s
  duration: 2s
  trials: 4
endpoints:
  - name: home
    path: /
    weight: 2
  - name: products
    path: /api/products
    weight: 3
  - name: search
    path: /api/search?q=shoes
readiness:
  timeout: 10s
`;

describe('engine shards through the bundled CLI', () => {
  let ws: string;
  let startAt: number;
  const results: ShardResult[] = [];

  before(async () => {
    ws = await makeWorkspace();
    await writeFile(join(ws, 'shop.yml'), PROFILE);
    const service = await startDemoService();
    try {
      // Far enough ahead for both processes to start on a busy machine.
      startAt = Date.now() + 4000;
      const runs = await Promise.all([1, 2].map((k) => spawnNode(
        [cliEntry, 'run', '--profile', 'shop.yml', '--target', service.url, '--shard', `${k}/2`, '--start-at', new Date(startAt).toISOString(), '--shard-out', `shards/s${k}/shop.${k}-of-2.shard.json`],
        ws, env,
      )));
      for (const [i, run] of runs.entries()) {
        assert.equal(run.code, 0, run.stdout + run.stderr);
        assert.match(run.stdout, new RegExp(`^Shard ${i + 1}/2: \\d+ measured requests; shard result written to .*shop\\.${i + 1}-of-2\\.shard\\.json`));
        assert.match(run.stderr, new RegExp(`Shard ${i + 1}/2 of shop: 3 connections, starting at ${new Date(startAt).toISOString()}`));
        results.push(JSON.parse(await readFile(join(ws, `shards/s${i + 1}/shop.${i + 1}-of-2.shard.json`), 'utf8')));
      }
    } finally {
      await service.stop();
    }
  });

  it('each shard ran its part aligned to the common start', () => {
    assert.deepEqual(results.map((r) => [r.shard, r.startAtMs, r.connections]), [[{ index: 1, count: 2 }, startAt, 3], [{ index: 2, count: 2 }, startAt, 3]]);
    for (const r of results) {
      assert.deepEqual(r.window, { warmupMs: 1000, durationMs: 2000, trials: 4 });
      assert.deepEqual(r.endpoints.map((e) => e.name), ['home', 'products', 'search']);
      for (const e of r.endpoints) for (const t of e.trials) assert.ok(t.requests > 0, `shard ${r.shard.index}, ${e.name}: a trial without requests`);
    }
  });

  it('loadgate merge adds the shards exactly: per endpoint and trial, the sum of the two', async () => {
    const run = await spawnNode([cliEntry, 'merge', '--shards', 'shards', '--json', 'merged.json'], ws, env);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /Merged 2 of 2 shards, trials aligned to /);
    const report = JSON.parse(await readFile(join(ws, 'merged.json'), 'utf8')) as { endpoints: Array<{ name: string; requests: number; trials: Array<{ requests: number }> }> };
    for (const e of report.endpoints) {
      const parts = results.map((r) => r.endpoints.find((x) => x.name === e.name)!);
      assert.equal(e.trials.length, 4);
      e.trials.forEach((t, k) => assert.equal(t.requests, parts[0].trials[k].requests + parts[1].trials[k].requests, `${e.name} trial ${k + 1}`));
      assert.equal(e.requests, parts.reduce((s, p) => s + p.trials.reduce((a, t) => a + t.requests, 0), 0));
    }
  });

  it('with shard 2 missing, the merge says "1 of 2 shards" and does not gate', async () => {
    await mkdir(join(ws, 'only-one'), { recursive: true });
    await copyFile(join(ws, 'shards/s1/shop.1-of-2.shard.json'), join(ws, 'only-one/shop.1-of-2.shard.json'));
    const run = await spawnNode([cliEntry, 'merge', '--shards', 'only-one'], ws, env);
    assert.equal(run.code, 2, run.stdout + run.stderr);
    assert.match(run.stderr, /loadgate: 1 of 2 shards on time \(shard 2 missing\): the merged load is smaller than the profile's\. Not gated/);
  });
});
