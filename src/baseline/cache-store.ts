/**
 * A baseline store over the GitHub Actions cache (@actions/cache), the default store of the action.
 *
 * Cache entries are immutable, so every save goes under a new key
 *
 *     loadgate-baseline/v1/<profile>[@<level>]/<branch>/<run id>-<attempt>
 *
 * and a restore asks for the prefix `loadgate-baseline/v1/<profile>[@<level>]/<branch>/` and then
 * `loadgate-baseline/v1/<profile>[@<level>]/`: the service searches the run's own scope (branch or
 * `refs/pull/N/merge`) first, then the default branch's, newest entry first, so the newest baseline
 * the run may see wins. Profile and level names cannot contain `/` or `@`, so `shop` never matches
 * `shop-admin`'s entries, nor profile `shop.pr` those of `shop` at level `pr`.
 *
 * The cache *version* is a hash of the exact path strings, so save and restore pass the same fixed
 * relative path, `.loadgate/cache/<name>.baseline.json` (the archive is made relative to
 * GITHUB_WORKSPACE, which is the step's cwd on a runner).
 *
 * Cache trouble never throws: a service error, a rate limit, a denied write or a corrupt or foreign
 * archive becomes `missing`/`unusable` on restore or `failed` on save, with the reason.
 */
import * as cache from '@actions/cache';
import { lstat, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { readStoredBaseline } from './read-stored.js';
import {
  BASELINE_MAX_BYTES, baselineName, legacyBaselineName, type Baseline, type BaselineKey, type BaselineStore, type RestoreOutcome, type SaveOutcome,
} from './types.js';

/** GitHub's limit on a cache key's length. */
export const CACHE_KEY_MAX_CHARS = 512;
const KEY_ROOT = 'loadgate-baseline/v1';
/** A baseline larger than this is not restored or saved: it is not one of ours. */
export const CACHE_BASELINE_MAX_BYTES = BASELINE_MAX_BYTES;
const CACHE_DIR = '.loadgate/cache';

export interface CacheStoreOptions {
  /** The workspace (GITHUB_WORKSPACE); the baseline file is written under it. */
  workspaceDir: string;
  /** Branch the run measured (`main`, or the pull request's head branch); goes into the key. */
  branch: string;
  /** GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT: make every save's key new. */
  runId: string;
  runAttempt: string;
}

/** The relative path of a baseline in the workspace; identical for restore and save (cache version). */
export function cachePathFor(key: BaselineKey): string {
  return `${CACHE_DIR}/${baselineName(key)}.baseline.json`;
}

/** The key prefix of a profile and level's entries; everything after it is branch and run. */
export function cacheKeyPrefix(key: BaselineKey): string {
  return `${KEY_ROOT}/${baselineName(key)}/`;
}

/**
 * The immutable key of one save. Commas (refused by the service) become `_`; a long branch name is
 * cut so the key stays within 512 characters while the run id and attempt survive.
 */
export function cacheKeyFor(key: BaselineKey, branch: string, runId: string, runAttempt: string): string {
  const prefix = cacheKeyPrefix(key);
  const tail = `/${clean(runId) || '0'}-${clean(runAttempt) || '1'}`;
  const room = Math.max(0, CACHE_KEY_MAX_CHARS - prefix.length - tail.length);
  return `${prefix}${clean(branch).slice(0, room)}${tail}`;
}

function clean(text: string): string {
  return text.replace(/[,\s]/g, '_');
}

/**
 * The workspace is the checked-out repository, which may hold a `.loadgate` or `.loadgate/cache`
 * that is a symbolic link: a restore would unpack, and a save write, wherever it points. Either is
 * refused; a missing directory is fine (it is made as a real one).
 */
async function linkedCacheDirProblem(workspaceDir: string): Promise<string | undefined> {
  for (const part of ['.loadgate', CACHE_DIR]) {
    try {
      if ((await lstat(resolve(workspaceDir, part))).isSymbolicLink()) {
        return `${part} in the workspace is a symbolic link; loadgate keeps the cached baseline only in a real directory (remove the link from the repository)`;
      }
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export class ActionsCacheBaselineStore implements BaselineStore {
  readonly description = 'the actions cache';

  constructor(private readonly options: CacheStoreOptions) {}

  async restore(key: BaselineKey): Promise<RestoreOutcome> {
    const prefix = cacheKeyPrefix(key);
    const source = `the actions cache (${prefix}…)`;
    if (!cache.isFeatureAvailable()) {
      return { status: 'unusable', source, reason: 'the actions cache service is not available to this step (ACTIONS_RESULTS_URL is not set)' };
    }
    const linked = await linkedCacheDirProblem(this.options.workspaceDir);
    if (linked) return { status: 'unusable', source, reason: linked };
    const outcome = await this.restoreName(baselineName(key), key.profileName, source);
    const legacy = legacyBaselineName(key);
    if (outcome.status !== 'missing' || legacy === undefined) return outcome;
    // A level's history saved by loadgate 0.1 under `<profile>.<level>`: used until this run's save
    // writes the new key, and only if it is this profile's (profile `<profile>.<level>` shares it).
    const old = await this.restoreName(legacy, key.profileName, source);
    return old.status === 'found' ? old : outcome;
  }

  /** Restores the newest entry filed under `name` (this branch's scope first, then the default's). */
  private async restoreName(name: string, profileName: string, source: string): Promise<RestoreOutcome> {
    const path = `${CACHE_DIR}/${name}.baseline.json`;
    const file = resolve(this.options.workspaceDir, path);
    const prefix = `${KEY_ROOT}/${name}/`;
    const branchPrefix = `${prefix}${clean(this.options.branch).slice(0, CACHE_KEY_MAX_CHARS - prefix.length - 1)}/`;
    let matched: string | undefined;
    try {
      // A file left by an earlier step must not pass for what the cache restored.
      await rm(file, { force: true });
      matched = await cache.restoreCache([path], branchPrefix, [prefix]);
    } catch (err) {
      return { status: 'unusable', source, reason: `the cache could not be read: ${(err as Error).message}`, unread: true };
    }
    if (!matched) return this.whyNotRestored(path, branchPrefix, prefix, source);
    const from = `the actions cache entry ${matched}`;
    const read = await readStoredBaseline(file, profileName);
    if (read.status === 'missing') return { status: 'unusable', source: from, reason: `the entry holds no ${path} (a foreign or corrupt archive)` };
    if (read.status === 'unusable') return { status: 'unusable', source: from, reason: read.reason };
    return { status: 'found', baseline: read.baseline, source: from };
  }

  /**
   * `restoreCache` answers undefined both when no entry matches and when a matching entry could not
   * be downloaded or unpacked (a 429, a service error that outlasted its retries, a corrupt or
   * foreign archive): it logs a warning and swallows the error. Asking again with `lookupOnly` tells
   * the two apart, so the report does not say "no baseline yet" when there is one it could not read.
   * Only taken on the unhappy path; a service that is still failing reads as missing (its warning
   * is in the log).
   */
  private async whyNotRestored(path: string, branchPrefix: string, prefix: string, source: string): Promise<RestoreOutcome> {
    let existing: string | undefined;
    try {
      existing = await cache.restoreCache([path], branchPrefix, [prefix], { lookupOnly: true });
    } catch {
      existing = undefined;
    }
    if (!existing) return { status: 'missing', source };
    return {
      status: 'unusable',
      source: `the actions cache entry ${existing}`,
      reason: 'it exists but could not be restored (the cache service refused or failed, or the archive is corrupt; the cache warning above says which)',
      unread: true,
    };
  }

  async save(key: BaselineKey, baseline: Baseline): Promise<SaveOutcome> {
    const path = cachePathFor(key);
    const file = resolve(this.options.workspaceDir, path);
    const cacheKey = cacheKeyFor(key, this.options.branch, this.options.runId, this.options.runAttempt);
    if (!cache.isFeatureAvailable()) {
      return { status: 'failed', reason: 'the actions cache service is not available to this step (ACTIONS_RESULTS_URL is not set)' };
    }
    const linked = await linkedCacheDirProblem(this.options.workspaceDir);
    if (linked) return { status: 'failed', reason: linked };
    const mode = (process.env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
    if (mode === 'none' || mode === 'read') {
      return { status: 'failed', reason: `ACTIONS_CACHE_MODE is ${mode}: this job may not write to the cache` };
    }
    try {
      const text = JSON.stringify(baseline);
      if (Buffer.byteLength(text) > CACHE_BASELINE_MAX_BYTES) {
        return { status: 'failed', reason: `the baseline is larger than ${CACHE_BASELINE_MAX_BYTES} bytes` };
      }
      await mkdir(dirname(file), { recursive: true });
      // Not through whatever the restore left there (an archive may hold a symbolic link).
      await rm(file, { force: true });
      await writeFile(file, text + '\n', { flag: 'wx' });
      const id = await cache.saveCache([path], cacheKey);
      if (id === -1) {
        return {
          status: 'failed',
          reason: `the cache service did not store ${cacheKey} (write denied, rate-limited, unavailable, or the key exists — see the cache message above)`,
        };
      }
      return { status: 'saved', location: `the actions cache entry ${cacheKey}` };
    } catch (err) {
      return { status: 'failed', reason: `cannot save ${cacheKey}: ${(err as Error).message}` };
    }
  }
}
