#!/usr/bin/env node
// `node scripts/check-dist.mjs`: builds src/ into a temporary folder and compares it with the
// committed dist/, file by file. Exit 0 when they are the same; exit 1 with the files that differ
// and the start of their diff otherwise. check-dist.yml and the release check run it; it changes
// nothing in the working tree.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIFF_LINES = 200;

async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/**
 * What differs between `<root>/dist` and a fresh build of `<root>/src`.
 * @param {string} root  the repository
 * @returns {Promise<{ stale: string[], missing: string[], extra: string[], diff: string }>}
 *   stale: in both but different; missing: built but not in dist/; extra: in dist/ but not built;
 *   diff: the first lines of `git diff --no-index` between the two (empty when they are equal).
 */
export async function distDifferences(root) {
  const out = await mkdtemp(join(tmpdir(), 'loadgate-dist-'));
  try {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), relative(root, out)], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed (exit ${build.status}):\n${build.stderr}`);
    const fresh = await listFiles(out);
    const committed = await listFiles(join(root, 'dist'));
    const stale = [];
    for (const file of fresh.filter((f) => committed.includes(f))) {
      const same = (await readFile(join(out, file))).equals(await readFile(join(root, 'dist', file)));
      if (!same) stale.push(`dist/${file}`);
    }
    const missing = fresh.filter((f) => !committed.includes(f)).map((f) => `dist/${f}`);
    const extra = committed.filter((f) => !fresh.includes(f)).map((f) => `dist/${f}`);
    let diff = '';
    if (stale.length + missing.length + extra.length > 0) {
      const git = spawnSync('git', ['diff', '--no-index', '--stat', '--patch', '--', join(root, 'dist'), out], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
      diff = (git.stdout ?? '').split('\n').slice(0, DIFF_LINES).join('\n');
    }
    return { stale, missing, extra, diff };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** One sentence for people: which files differ and what to do. Empty when nothing differs. */
export function describeDistDifferences({ stale, missing, extra }) {
  const parts = [];
  if (stale.length) parts.push(`differs from a fresh build: ${stale.join(', ')}`);
  if (missing.length) parts.push(`missing (a fresh build makes it): ${missing.join(', ')}`);
  if (extra.length) parts.push(`not made by a fresh build: ${extra.join(', ')}`);
  return parts.length ? `dist/ is stale — ${parts.join('; ')}. Run \`npm run build\` and commit dist/.` : '';
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const found = await distDifferences(root);
  const problem = describeDistDifferences(found);
  if (problem) {
    console.error(problem);
    if (found.diff) console.error(`\n${found.diff}`);
    process.exit(1);
  }
  console.log('dist/ matches a fresh build of src/');
}
