/** Reads and parses a profile file: the file-system edge in front of the pure parser. */
import { open } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { LoadgateError } from '../errors.js';
import { formatProblems, parseProfile } from './parse.js';
import { loadFeederFiles } from './feeder-file.js';
import type { Profile } from './types.js';

/** A profile is a page of YAML; a file larger than this is not one (and would be read whole). */
export const MAX_PROFILE_BYTES = 1024 * 1024;

/**
 * Reads at most `MAX_PROFILE_BYTES` + 1 bytes: a regular file's size is checked first, and a pipe
 * (`--profile <(…)`) is read in pieces up to the cap, so neither a huge file nor an endless stream
 * is held in memory.
 */
async function readCapped(full: string): Promise<string | undefined> {
  const handle = await open(full, 'r');
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stat.isFile() && stat.size > MAX_PROFILE_BYTES) return undefined;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_PROFILE_BYTES) return undefined;
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Returns the validated profile (feeder files read into it), or throws a LoadgateError listing every problem at once
 * (`LOADGATE_PROFILE_INVALID`) or saying the file is missing (`LOADGATE_PROFILE_MISSING`).
 */
export async function readProfileFile(path: string, cwd: string = process.cwd()): Promise<Profile> {
  const full = resolve(cwd, path);
  let text: string | undefined;
  try {
    text = await readCapped(full);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : (err as Error).message;
    throw new LoadgateError('LOADGATE_PROFILE_MISSING', `profile ${path} ${why} (looked at ${full})`);
  }
  if (text === undefined) {
    throw new LoadgateError('LOADGATE_PROFILE_INVALID', `profile ${path} is larger than ${MAX_PROFILE_BYTES} bytes, which no profile needs (is it the right file?)`);
  }
  const outcome = parseProfile(text, path);
  const problems = outcome.ok ? await loadFeederFiles(outcome.profile, dirname(full)) : outcome.problems;
  if (!outcome.ok || problems.length > 0) {
    const count = problems.length;
    throw new LoadgateError(
      'LOADGATE_PROFILE_INVALID',
      `profile ${path} has ${count} problem${count === 1 ? '' : 's'}:\n${formatProblems(problems, path)}`,
    );
  }
  return outcome.profile;
}
