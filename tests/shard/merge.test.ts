/**
 * The exact merge, on real shard results: the JMeter run of fixtures/import/jmeter/main.jtl split by
 * its four threads into four shard files (what four one-thread JMeter shards would have written),
 * each imported as a shard aligned to the same start, then merged — against one import of the
 * whole file with the same window.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importResults } from '../../src/import/index.js';
import { importShard } from '../../src/shard/import-shard.js';
import { mergeShards, type ShardInput } from '../../src/shard/merge.js';

const fixture = new URL('../../fixtures/import/jmeter/main.jtl', import.meta.url).pathname;
const window = { warmupMs: 1000, durationMs: 8000, trials: 4 };
let dir: string;
let header: string;
let rows: string[];
let startAtMs: number;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lg-shards-'));
  [header, ...rows] = (await readFile(fixture, 'utf8')).trim().split('\n');
  startAtMs = Math.min(...rows.map((r) => Number(r.split(',')[0])));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Shard k's file: the samples of JMeter thread "users 1-k", timestamps shifted by `shiftMs`. */
async function shardFile(k: number, shiftMs = 0): Promise<string> {
  const mine = rows.filter((r) => r.split(',')[5] === `users 1-${k}`).map((r) => {
    const f = r.split(',');
    f[0] = String(Number(f[0]) + shiftMs);
    return f.join(',');
  });
  assert.ok(mine.length > 100, `thread ${k} has samples`);
  const file = join(dir, `shard-${k}-${shiftMs}.jtl`);
  await writeFile(file, [header, ...mine].join('\n') + '\n');
  return file;
}

async function shards(ks: number[], shift: Record<number, number> = {}): Promise<ShardInput[]> {
  return Promise.all(ks.map(async (k) => {
    const file = await shardFile(k, shift[k] ?? 0);
    return { file, result: await importShard({ format: 'jmeter', file, name: 'shop', shard: { index: k, count: 4 }, startAtMs, window }) };
  }));
}

describe('merging shard results', () => {
  it('four shards merge to exactly the single import: counts per trial, and every percentile, the max and the mean', async () => {
    const inputs = await shards([1, 2, 3, 4]);
    const merged = mergeShards(inputs, { allowMissing: false });
    const single = await importResults({ format: 'jmeter', file: fixture, window: { ...window, startAtMs } });
    assert.deepEqual(merged.endpoints.map((e) => e.name), single.endpoints.map((e) => e.name));
    merged.measurement.endpoints.forEach((m, i) => {
      const s = single.measurement.endpoints[i];
      assert.deepEqual(m.trials.map((t) => t.requests), s.trials.map((t) => t.requests), m.name);
      // Percentiles are the histogram's own; the exact maximum and sum travel beside the encoding,
      // so every figure — p50 … p99 capped at the maximum, max, mean — comes out identical.
      [...m.trials.map((t) => t.latencyMs), m.latencyMs].forEach((lm, k) => {
        const sm = k < m.trials.length ? s.trials[k].latencyMs : s.latencyMs;
        assert.deepEqual(lm, sm, `${m.name} ${k < m.trials.length ? `trial ${k + 1}` : 'whole run'}`);
      });
      assert.deepEqual(m.statusCounts, s.statusCounts);
    });
    assert.equal(merged.measurement.connections, inputs.reduce((sum, i) => sum + i.result.connections, 0), 'connections add up over the shards');
    assert.ok(merged.measurement.warnings.some((w) => w.code === 'shards-merged' && /Merged 4 of 4 shards/.test(w.message)));
  });

  it('a missing shard fails the merge, saying "3 of 4"; allowed, it is a warning and the three are merged', async () => {
    const three = await shards([1, 2, 4]);
    assert.throws(() => mergeShards(three, { allowMissing: false }), /3 of 4 shards on time \(shard 3 missing\).*allow-missing-shards/);
    const merged = mergeShards(three, { allowMissing: true });
    assert.ok(merged.measurement.warnings.some((w) => w.code === 'shards-missing' && /3 of 4 shards/.test(w.message)));
    const expected = rows.filter((r) => ['users 1-1', 'users 1-2', 'users 1-4'].includes(r.split(',')[5]) && Number(r.split(',')[0]) - startAtMs >= 1000 && Number(r.split(',')[0]) - startAtMs < 9000).length;
    assert.equal(merged.measurement.endpoints.reduce((s, e) => s + e.requests, 0), expected);
  });

  it('a shard that started 200 ms late is aligned by time, not by its own start, and is not late (inside the warm-up)', async () => {
    const merged = mergeShards(await shards([1, 2, 3, 4], { 3: 200 }), { allowMissing: false });
    assert.deepEqual(merged.late, []);
    // The expected trial counts, by each sample's own (shifted) start time against the common start.
    const trialOf = (ts: number) => Math.floor((ts - startAtMs - 1000) / 2000);
    for (const e of merged.measurement.endpoints) {
      const expected = [0, 0, 0, 0];
      for (const r of rows) {
        const f = r.split(',');
        if (f[2].replace(/[^A-Za-z0-9._-]+/g, '_') !== e.name) continue;
        const k = trialOf(Number(f[0]) + (f[5] === 'users 1-3' ? 200 : 0));
        if (k >= 0 && k < 4) expected[k]++;
      }
      assert.deepEqual(e.trials.map((t) => t.requests), expected, e.name);
    }
  });

  it('a shard that started after the warm-up is late: reported like a missing one', async () => {
    const inputs = await shards([1, 2, 3, 4], { 2: 1500 });
    assert.throws(() => mergeShards(inputs, { allowMissing: false }), /3 of 4 shards on time \(shard 2 started 1\.5\d\d s after start-at, after the 1\.000 s warm-up\)/);
  });

  it('refuses shards that do not belong together, naming the file', async () => {
    const inputs = await shards([1, 2]);
    const other = { ...inputs[1], result: { ...inputs[1].result, startAtMs: startAtMs + 5 } };
    assert.throws(() => mergeShards([inputs[0], other], { allowMissing: true }), /shard-2-0\.jtl does not belong with .*shard-1-0\.jtl: its start-at/);
  });
});
