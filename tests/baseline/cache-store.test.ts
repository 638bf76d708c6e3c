/**
 * The actions-cache baseline store against the real @actions/cache client, the cache service v2
 * stand-in and Azurite: keys, newest-wins restore, scopes, and every kind of cache trouble ending
 * as an outcome rather than an exception.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob';
import * as cache from '@actions/cache';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { cacheEnv, makeRuntimeToken, startCacheService, type CacheServiceStandin } from '../support/cache-service.js';
import {
  ActionsCacheBaselineStore,
  CACHE_KEY_MAX_CHARS,
  cacheKeyFor,
  cacheKeyPrefix,
  cachePathFor,
} from '../../src/baseline/cache-store.js';
import { BASELINE_SCHEMA_VERSION, type Baseline } from '../../src/baseline/types.js';

const MAIN = makeRuntimeToken([{ scope: 'refs/heads/main', permission: 3 }]);
const PR1 = makeRuntimeToken([
  { scope: 'refs/pull/1/merge', permission: 3 },
  { scope: 'refs/heads/main', permission: 1 },
]);
const PR2 = makeRuntimeToken([
  { scope: 'refs/pull/2/merge', permission: 3 },
  { scope: 'refs/heads/main', permission: 1 },
]);
const READ_ONLY = makeRuntimeToken([{ scope: 'refs/heads/main', permission: 1 }]);

function baseline(marker: string, profileName = 'shop'): Baseline {
  const trial = { requests: 10, errors: 0, rps: 20, errorRate: 0, latencyMs: { p50: 1, p90: 2, p95: 3, p99: 4, max: 5, mean: 1.5 } };
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    profile: { name: profileName, fingerprint: 'f'.repeat(64) },
    runs: [
      {
        savedAt: '2024-06-01T12:00:00.000Z',
        commit: marker,
        ref: 'refs/heads/main',
        runner: { cpuModel: 'test', cores: 2, os: 'linux', node: 'v20' },
        trialDurationMs: 500,
        endpoints: [{ name: 'home', requests: 40, errors: 0, trials: [trial, trial, trial, trial] }],
      },
    ],
  };
}

describe('cache keys', () => {
  it('stay within 512 characters, without commas, and keep the run id and attempt', () => {
    const key = cacheKeyFor({ profileName: 'shop', level: 'nightly' }, `feature,${'x'.repeat(600)}`, '987654321', '3');
    assert.ok(key.length <= CACHE_KEY_MAX_CHARS, `${key.length}`);
    assert.ok(!key.includes(','));
    assert.ok(key.startsWith('loadgate-baseline/v1/shop@nightly/feature_x'));
    assert.ok(key.endsWith('/987654321-3'));
  });

  it('do not let one profile prefix-match another whose name extends it', () => {
    const other = cacheKeyFor({ profileName: 'shop-admin' }, 'main', '1', '1');
    assert.ok(!other.startsWith(cacheKeyPrefix({ profileName: 'shop' })));
    assert.equal(cachePathFor({ profileName: 'shop', level: 'pr' }), '.loadgate/cache/shop@pr.baseline.json');
    // Profile `shop` at level `pr` and profile `shop.pr` have separate files and prefixes.
    assert.notEqual(cachePathFor({ profileName: 'shop', level: 'pr' }), cachePathFor({ profileName: 'shop.pr' }));
    const level = cacheKeyFor({ profileName: 'shop', level: 'pr' }, 'main', '1', '1');
    assert.ok(!level.startsWith(cacheKeyPrefix({ profileName: 'shop.pr' })), level);
    assert.ok(!cacheKeyFor({ profileName: 'shop.pr' }, 'main', '1', '1').startsWith(cacheKeyPrefix({ profileName: 'shop', level: 'pr' })));
  });
});

describe('ActionsCacheBaselineStore over the cache service stand-in', () => {
  let azurite: Azurite;
  let service: CacheServiceStandin;
  let root: string;
  let runId = 100;

  /** Points @actions/cache at the stand-in as `token`'s job in a fresh workspace (cwd included). */
  function job(token: string, branch = 'main'): ActionsCacheBaselineStore {
    const workspace = mkdtempSync(join(root, 'ws-'));
    const runnerTemp = mkdtempSync(join(root, 'temp-'));
    Object.assign(process.env, cacheEnv(service, token, workspace, runnerTemp));
    delete process.env.ACTIONS_CACHE_MODE;
    process.chdir(workspace);
    return new ActionsCacheBaselineStore({ workspaceDir: workspace, branch, runId: String(runId++), runAttempt: '1' });
  }

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'loadgate-cache-store-'));
    azurite = await startAzurite();
    service = await startCacheService({ azurite });
  });
  after(async () => {
    process.chdir(tmpdir());
    await service?.close();
    await azurite?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('reports missing before anything was saved', async () => {
    const outcome = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(outcome.status, 'missing');
  });

  it('saves under a new key each run and restores the newest in another workspace', async () => {
    const first = await job(MAIN).save({ profileName: 'shop' }, baseline('first'));
    assert.equal(first.status, 'saved', JSON.stringify(first));
    const second = await job(MAIN).save({ profileName: 'shop' }, baseline('second'));
    assert.equal(second.status, 'saved', JSON.stringify(second));
    assert.equal(service.entries.filter((e) => e.key.startsWith('loadgate-baseline/v1/shop/main/')).length, 2);

    const restored = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(restored.status, 'found', JSON.stringify(restored));
    assert.equal(restored.status === 'found' && restored.baseline.runs[0]!.commit, 'second');
    assert.match(restored.source, /loadgate-baseline\/v1\/shop\/main\/\d+-1/);

    const otherLevel = await job(MAIN).restore({ profileName: 'shop', level: 'nightly' });
    assert.equal(otherLevel.status, 'missing');
    assert.deepEqual(service.violations, []);
  });

  it("lets a pull request read main's baseline but not a sibling pull request's", async () => {
    const pr1Save = await job(PR1, 'feature-a').save({ profileName: 'pr-only' }, baseline('pr1', 'pr-only'));
    assert.equal(pr1Save.status, 'saved');
    assert.equal(service.entries.at(-1)?.scope, 'refs/pull/1/merge');

    assert.equal((await job(PR2, 'feature-b').restore({ profileName: 'pr-only' })).status, 'missing');
    const own = await job(PR1, 'feature-a').restore({ profileName: 'pr-only' });
    assert.equal(own.status === 'found' && own.baseline.runs[0]!.commit, 'pr1');
    const fromMain = await job(PR2, 'feature-b').restore({ profileName: 'shop' });
    assert.equal(fromMain.status === 'found' && fromMain.baseline.runs[0]!.commit, 'second');
  });

  it('returns failed, not an exception, for a denied write, a 429 and ACTIONS_CACHE_MODE=read', async () => {
    const denied = await job(READ_ONLY).save({ profileName: 'shop' }, baseline('denied'));
    assert.equal(denied.status, 'failed');

    service.failNext(1, 429, { retryAfterSeconds: 30 });
    const limited = await job(MAIN).save({ profileName: 'shop' }, baseline('limited'));
    assert.equal(limited.status, 'failed');

    const store = job(MAIN);
    process.env.ACTIONS_CACHE_MODE = 'read';
    const readMode = await store.save({ profileName: 'shop' }, baseline('read-mode'));
    assert.equal(readMode.status, 'failed');
    assert.match(readMode.status === 'failed' ? readMode.reason : '', /ACTIONS_CACHE_MODE is read/);
    delete process.env.ACTIONS_CACHE_MODE;

    const newest = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(newest.status === 'found' && newest.baseline.runs[0]!.commit, 'second');
  });

  it('rides out one 5xx on restore (the client retries); a 429 is a baseline that could not be restored, not a missing one', async () => {
    service.failNext(1, 503);
    const recovered = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(recovered.status, 'found');

    service.failNext(1, 429, { retryAfterSeconds: 30 });
    const limited = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(limited.status, 'unusable');
    assert.match(limited.status === 'unusable' ? limited.reason : '', /exists but could not be restored/);
    assert.match(limited.source, /^the actions cache entry loadgate-baseline\/v1\/shop\/main\//);

    // Still refused on the second look: nothing tells it from an empty cache, so it reads as missing.
    service.failNext(2, 429, { retryAfterSeconds: 30 });
    const refused = await job(MAIN).restore({ profileName: 'shop' });
    assert.equal(refused.status, 'missing');

    // Nothing under the prefix at all: missing, after one extra lookup.
    const none = await job(MAIN).restore({ profileName: 'never-saved' });
    assert.equal(none.status, 'missing');
  });

  it('reports a corrupt document or an archive without our file as unusable', async () => {
    // An entry under our key and path holding text that is not a baseline.
    const store = job(MAIN);
    const path = cachePathFor({ profileName: 'corrupt' });
    mkdirSync(join(process.cwd(), '.loadgate/cache'), { recursive: true });
    writeFileSync(join(process.cwd(), path), '{"schemaVersion": 1, "profile": ');
    assert.ok((await cache.saveCache([path], cacheKeyFor({ profileName: 'corrupt' }, 'main', '1', '1'))) > 0);
    const corrupt = await store.restore({ profileName: 'corrupt' });
    assert.equal(corrupt.status, 'unusable');
    assert.match(corrupt.status === 'unusable' ? corrupt.reason : '', /not valid JSON/);

    // A foreign document of the right shape but another schema version.
    job(MAIN);
    const foreignPath = cachePathFor({ profileName: 'foreign' });
    mkdirSync(join(process.cwd(), '.loadgate/cache'), { recursive: true });
    writeFileSync(join(process.cwd(), foreignPath), JSON.stringify({ schemaVersion: 99, runs: [] }));
    assert.ok((await cache.saveCache([foreignPath], cacheKeyFor({ profileName: 'foreign' }, 'main', '1', '1'))) > 0);
    const foreign = await job(MAIN).restore({ profileName: 'foreign' });
    assert.equal(foreign.status, 'unusable');
    assert.match(foreign.status === 'unusable' ? foreign.reason : '', /schemaVersion is 99/);

    // The archive's bytes replaced by garbage: the client cannot extract it; the store says the
    // entry exists but could not be restored.
    const entry = service.entries.find((e) => e.key.startsWith('loadgate-baseline/v1/foreign/'))!;
    const blobs = new BlobServiceClient(azurite.blobUrl, new StorageSharedKeyCredential(azurite.accountName, azurite.accountKey));
    const garbage = Buffer.from('this is not a tar archive');
    await blobs.getContainerClient(service.container).getBlockBlobClient(entry.blobName).upload(garbage, garbage.length);
    const mangled = await job(MAIN).restore({ profileName: 'foreign' });
    assert.equal(mangled.status, 'unusable');
    assert.equal(mangled.source, `the actions cache entry ${entry.key}`);
    assert.match(mangled.status === 'unusable' ? mangled.reason : '', /exists but could not be restored/);
    assert.deepEqual(service.violations, []);
  });

  it("reads a level's history from loadgate 0.1's key only when it is that profile's; saves go to the new key", async () => {
    /** Saves `doc` the way loadgate 0.1 did: path and key named `<profile>.<level>`. */
    async function saveLegacy(name: string, doc: Baseline): Promise<void> {
      job(MAIN);
      const path = `.loadgate/cache/${name}.baseline.json`;
      mkdirSync(join(process.cwd(), '.loadgate/cache'), { recursive: true });
      writeFileSync(join(process.cwd(), path), JSON.stringify(doc));
      assert.ok((await cache.saveCache([path], `loadgate-baseline/v1/${name}/main/${runId++}-1`)) > 0);
    }
    await saveLegacy('cart.pr', baseline('legacy-level', 'cart'));
    const migrated = await job(MAIN).restore({ profileName: 'cart', level: 'pr' });
    assert.equal(migrated.status === 'found' && migrated.baseline.runs[0]!.commit, 'legacy-level', JSON.stringify(migrated));
    assert.match(migrated.source, /loadgate-baseline\/v1\/cart\.pr\/main\//);
    // Profile `cart.pr` has no level: the same old key is its own name, and the document is not its own.
    const other = await job(MAIN).restore({ profileName: 'cart.pr' });
    assert.equal(other.status, 'unusable');
    assert.match(other.status === 'unusable' ? other.reason : '', /holds the history of profile "cart", not of "cart\.pr"/);

    // Once profile `cart.pr` saved under the shared old key, level `pr` of `cart` does not take it.
    await job(MAIN).save({ profileName: 'cart.pr' }, baseline('plain', 'cart.pr'));
    assert.equal((await job(MAIN).restore({ profileName: 'cart', level: 'pr' })).status, 'missing');
    const saved = await job(MAIN).save({ profileName: 'cart', level: 'pr' }, baseline('new-level', 'cart'));
    assert.match(saved.status === 'saved' ? saved.location : '', /loadgate-baseline\/v1\/cart@pr\/main\//);
    const plain = await job(MAIN).restore({ profileName: 'cart.pr' });
    assert.equal(plain.status === 'found' && plain.baseline.runs[0]!.commit, 'plain');
    const level = await job(MAIN).restore({ profileName: 'cart', level: 'pr' });
    assert.equal(level.status === 'found' && level.baseline.runs[0]!.commit, 'new-level');
    assert.deepEqual(service.violations, []);
  });

  it('refuses a .loadgate or .loadgate/cache that is a symbolic link in the workspace: nothing unpacked or written through it', async () => {
    const elsewhere = mkdtempSync(join(root, 'elsewhere-'));
    const store = job(MAIN);
    symlinkSync(elsewhere, join(process.cwd(), '.loadgate'));
    const restored = await store.restore({ profileName: 'shop' });
    assert.equal(restored.status, 'unusable');
    assert.match(restored.status === 'unusable' ? restored.reason : '', /^\.loadgate in the workspace is a symbolic link/);
    const saved = await store.save({ profileName: 'shop' }, baseline('through-link'));
    assert.equal(saved.status, 'failed');
    assert.deepEqual(readdirSync(elsewhere), []);

    const inner = job(MAIN);
    mkdirSync(join(process.cwd(), '.loadgate'));
    symlinkSync(elsewhere, join(process.cwd(), '.loadgate/cache'));
    assert.match((await inner.save({ profileName: 'shop' }, baseline('through-link'))).status === 'failed' ? 'failed' : '', /failed/);
    assert.deepEqual(readdirSync(elsewhere), []);
  });
});
