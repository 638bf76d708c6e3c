/**
 * A baseline store in a local directory — for local runs and self-hosted runners. One JSON file per
 * profile and load level: `<dir>/<profile>[@<level>].baseline.json`, written atomically (temp file +
 * rename) so an interrupted save never leaves half a baseline behind. The temp file is created
 * exclusively under a random name (a link planted at a guessable name cannot redirect the write),
 * and a baseline that is a symbolic link is refused on read (read-stored.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readStoredBaseline } from './read-stored.js';
import {
  BASELINE_MAX_BYTES, baselineName, legacyBaselineName, type Baseline, type BaselineKey, type BaselineStore, type RestoreOutcome, type SaveOutcome,
} from './types.js';

export class DirectoryBaselineStore implements BaselineStore {
  readonly description: string;

  constructor(private readonly dir: string) {
    this.description = `directory ${dir}`;
  }

  /** The file that holds a profile's baseline. */
  fileFor(key: BaselineKey): string {
    return join(this.dir, `${baselineName(key)}.baseline.json`);
  }

  async restore(key: BaselineKey): Promise<RestoreOutcome> {
    const source = this.fileFor(key);
    const read = await readStoredBaseline(source, key.profileName);
    if (read.status === 'found') return { status: 'found', baseline: read.baseline, source };
    if (read.status === 'unusable') return { status: 'unusable', source, reason: read.reason };
    // A level's baseline saved by loadgate 0.1 under `<profile>.<level>`: used until the next save
    // writes the new name, if it is this profile's (profile `<profile>.<level>` may own that file).
    const legacy = legacyBaselineName(key);
    if (legacy !== undefined) {
      const legacyFile = join(this.dir, `${legacy}.baseline.json`);
      const old = await readStoredBaseline(legacyFile, key.profileName);
      if (old.status === 'found') return { status: 'found', baseline: old.baseline, source: legacyFile };
    }
    return { status: 'missing', source };
  }

  async save(key: BaselineKey, baseline: Baseline): Promise<SaveOutcome> {
    const file = this.fileFor(key);
    const text = JSON.stringify(baseline, null, 2) + '\n';
    if (Buffer.byteLength(text) > BASELINE_MAX_BYTES) {
      return { status: 'failed', reason: `the baseline is larger than ${BASELINE_MAX_BYTES} bytes; not written to ${file}` };
    }
    const temp = join(this.dir, `.${baselineName(key)}.${randomBytes(8).toString('hex')}.tmp`);
    let created = false;
    try {
      await mkdir(this.dir, { recursive: true });
      // `wx`: O_CREAT | O_EXCL — fails on anything already there, a symbolic link included.
      await writeFile(temp, text, { flag: 'wx', mode: 0o644 });
      created = true;
      await rename(temp, file);
      return { status: 'saved', location: file };
    } catch (err) {
      if (created) await rm(temp, { force: true }).catch(() => undefined);
      return { status: 'failed', reason: `cannot write ${file}: ${(err as Error).message}` };
    }
  }
}
