/**
 * Reading a stored baseline file as untrusted bytes: regular files only (a symbolic link is refused,
 * so a planted link cannot make loadgate read — and report — another file), a size cap checked
 * before reading, and a JSON parse error that says where, never what: V8's message quotes the text
 * around the error, which for a link to a secret would carry the secret into the report.
 */
import { constants, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { BASELINE_MAX_BYTES, type Baseline } from './types.js';
import { checkBaseline } from './validate.js';

export type StoredRead =
  | { status: 'missing' }
  | { status: 'unusable'; reason: string }
  | { status: 'found'; baseline: Baseline };

/**
 * Reads, parses and checks one baseline file. `profileName`: the profile the file must belong to.
 * Never throws; file-system messages name the file (the caller's source), never its contents.
 */
export async function readStoredBaseline(file: string, profileName: string): Promise<StoredRead> {
  let text: string;
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stat: Stats = await handle.stat();
      if (!stat.isFile()) return { status: 'unusable', reason: 'it is not a regular file' };
      if (stat.size > BASELINE_MAX_BYTES) {
        return { status: 'unusable', reason: `it is ${stat.size} bytes, more than the ${BASELINE_MAX_BYTES} a baseline may have` };
      }
      text = await handle.readFile('utf8');
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { status: 'missing' };
    if (code === 'ELOOP') {
      return { status: 'unusable', reason: 'it is a symbolic link; loadgate reads and writes baselines only as regular files (remove the link)' };
    }
    return { status: 'unusable', reason: `cannot read it (${code ?? 'error'})` };
  }
  return parseStoredBaseline(text, profileName);
}

/** Parses and checks the text of a stored baseline; a parse error gives the position only. */
export function parseStoredBaseline(text: string, profileName: string): StoredRead {
  if (Buffer.byteLength(text) > BASELINE_MAX_BYTES) {
    return { status: 'unusable', reason: `it is larger than the ${BASELINE_MAX_BYTES} bytes a baseline may have` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec((err as Error).message)?.[1];
    return { status: 'unusable', reason: `not valid JSON${position === undefined ? '' : ` (at character ${position})`}; its contents are not shown` };
  }
  const check = checkBaseline(doc, profileName);
  return check.ok ? { status: 'found', baseline: check.baseline } : { status: 'unusable', reason: check.reason };
}
