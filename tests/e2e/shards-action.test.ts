/**
 * Shards through the bundled action: four matrix jobs (`shard: k/4`) each turn their part of a real
 * JMeter run (the four threads of fixtures/import/jmeter/main.jtl, one per shard) into a shard result;
 * a `mode: merge` job merges them. With one shard missing the merge fails, saying "3 of 4 shards";
 * with allow-missing-shards it gates on three; with all four it gates once and saves the baseline.
 */
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { makeWorkspace, repoRoot, runAction, type ActionRun } from '../support/action-runner.js';

const pushEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/push-main.json'), 'utf8'));

describe('shards and the merge through the bundled action', () => {
  let workspace: string;
  let startAt: string;
  const shardResults: string[] = [];

  before(async () => {
    workspace = await makeWorkspace();
    const [header, ...rows] = (await readFile(join(repoRoot, 'fixtures/import/jmeter/main.jtl'), 'utf8')).trim().split('\n');
    startAt = String(Math.min(...rows.map((r) => Number(r.split(',')[0]))));
    for (let k = 1; k <= 4; k++) {
      await writeFile(join(workspace, `shard-${k}.jtl`), [header, ...rows.filter((r) => r.split(',')[5] === `users 1-${k}`)].join('\n') + '\n');
    }
    await writeFile(join(workspace, 'labels.yml'), 'endpoints:\n  "missing page": null\n');
  });

  const run = async (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({
      workspace, eventName: 'push', event: pushEvent, ref: 'refs/heads/main',
      inputs: { 'baseline-dir': 'baselines', 'fail-on': 'critical', ...inputs },
      env: { RUNNER_TEMP: await mkdtemp(join(tmpdir(), 'loadgate-rt-')) },
    });

  it('each shard job writes its shard result and neither gates nor publishes', async () => {
    for (let k = 1; k <= 4; k++) {
      const result = await run({
        results: `shard-${k}.jtl`, format: 'jmeter', shard: `${k}/4`, 'start-at': startAt, name: 'shop-shards',
        warmup: '1s', duration: '8s', trials: '4', 'endpoint-mapping': 'labels.yml',
      });
      assert.equal(result.code, 0, result.stdout + result.stderr);
      assert.equal(result.outputs.verdict, undefined, 'a shard does not gate');
      const path = result.outputs['shard-result']!;
      assert.equal(basename(path), `shop-shards.${k}-of-4.shard.json`);
      shardResults.push(path);
    }
  });

  async function shardsDir(ks: number[]): Promise<string> {
    const dir = join(workspace, `shards-${ks.join('')}`);
    for (const k of ks) {
      // As actions/download-artifact lays them out: one folder per artifact.
      await mkdir(join(dir, `loadgate-shard-${k}`), { recursive: true });
      await copyFile(shardResults[k - 1]!, join(dir, `loadgate-shard-${k}`, basename(shardResults[k - 1]!)));
    }
    return basename(dir);
  }

  it('a missing shard fails the merge, saying "3 of 4 shards"', async () => {
    const result = await run({ mode: 'merge', shards: await shardsDir([1, 2, 4]) });
    assert.equal(result.code, 1);
    assert.equal(result.outputs.verdict, 'error');
    assert.match(result.stdout, /3 of 4 shards on time \(shard 3 missing\)/);
  });

  it('allow-missing-shards gates on the three that came, and says so', async () => {
    const result = await run({ mode: 'merge', shards: await shardsDir([1, 2, 4]), 'allow-missing-shards': 'true', 'save-baseline': 'false' });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.ok(report.warnings.some((w: { code: string; message: string }) => w.code === 'shards-missing' && /3 of 4 shards/.test(w.message)));
  });

  it('all four merge into one run that is gated and saved once', async () => {
    const result = await run({ mode: 'merge', shards: await shardsDir([1, 2, 3, 4]) });
    assert.equal(result.code, 0, result.stdout + result.stderr);
    assert.equal(result.outputs.verdict, 'no-baseline');
    const report = JSON.parse(await readFile(result.outputs.report!, 'utf8'));
    assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['checkout', 'products', 'search']);
    assert.ok(report.warnings.some((w: { code: string; message: string }) => w.code === 'shards-merged' && /Merged 4 of 4 shards/.test(w.message)));
    // The merged requests are the whole run's in the window, counted here from the file.
    const rows = (await readFile(join(repoRoot, 'fixtures/import/jmeter/main.jtl'), 'utf8')).trim().split('\n').slice(1);
    const inWindow = rows.filter((r) => {
      const f = r.split(',');
      const at = Number(f[0]) - Number(startAt);
      return f[2] !== 'missing page' && at >= 1000 && at < 9000;
    }).length;
    assert.equal(report.totals.requests, inWindow);
    assert.match(result.stdout, /Baseline saved/);
  });
});
