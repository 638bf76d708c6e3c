/**
 * The verdict is data: it gives notes as codes and figures and leaves every word to src/report/,
 * so no file of src/verdict/ imports a renderer (a verdict ↔ report cycle would start there).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../support/action-runner.js';

test('no file of src/verdict/ imports src/report/ or src/publish/', async () => {
  const dir = join(repoRoot, 'src', 'verdict');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts'));
  assert.ok(files.length >= 10, `${files.length} files`);
  for (const file of files) {
    const text = await readFile(join(dir, file), 'utf8');
    const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const path of imports) assert.doesNotMatch(path, /^\.\.\/(report|publish)\//, `${file} imports ${path}`);
  }
});
