import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LOADGATE_CODES, LoadgateError, isUserError } from '../src/errors.js';
import { StatsInputError } from '../src/stats/errors.js';
import { repoRoot } from './support/action-runner.js';

/** Every `LOADGATE_*` string literal in src/, with the file it is in. */
async function codesInSource(): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const dir = join(repoRoot, 'src');
  for (const file of (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.ts'))) {
    const text = await readFile(join(dir, file), 'utf8');
    for (const m of text.matchAll(/['"](LOADGATE_[A-Z_]+)['"]/g)) if (!found.has(m[1])) found.set(m[1], file);
  }
  return found;
}

test('every LOADGATE_* code written in src/ is one of LOADGATE_CODES', async () => {
  const known = new Set<string>(LOADGATE_CODES);
  const source = await codesInSource();
  const unknown = [...source].filter(([code]) => !known.has(code)).map(([code, file]) => `${code} (${file})`);
  assert.deepEqual(unknown, []);
  // The scan itself finds codes: the engine's and the set-up's are written as literals.
  for (const code of ['LOADGATE_TARGET_UNREACHABLE', 'LOADGATE_PROFILE_INVALID', 'LOADGATE_STATS_INPUT']) assert.ok(source.has(code), code);
});

test('docs/errors.md has one table row per code, and no other', async () => {
  const doc = await readFile(join(repoRoot, 'docs/errors.md'), 'utf8');
  const rows = [...doc.matchAll(/^\| `(LOADGATE_[A-Z_]+)` \|/gm)].map((m) => m[1]);
  assert.deepEqual([...rows].sort(), [...LOADGATE_CODES].sort());
});

test('isUserError: our codes only', () => {
  assert.equal(isUserError(new LoadgateError('LOADGATE_USAGE', 'x')), true);
  assert.equal(isUserError(new StatsInputError('x')), true);
  assert.equal(isUserError(Object.assign(new Error('x'), { code: 'LOADGATE_NO_SUCH_CODE' })), false);
  assert.equal(isUserError(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), false);
  assert.equal(isUserError({ code: 'LOADGATE_USAGE', message: 'not an Error' }), false);
  assert.equal(isUserError(undefined), false);
});
