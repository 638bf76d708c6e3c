/**
 * A copy of loadgate with a part missing from dist/ (src/parts/): the bundled action and CLI say
 * which part could not be loaded and what to do, as an error for people — no module loader stack.
 * Runs a copy of the working tree's dist/ (npm run build first after a source change).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeWorkspace, prepareRun, repoRoot, spawnNode } from '../support/action-runner.js';

let copy = '';
before(async () => {
  copy = await mkdtemp(join(tmpdir(), 'loadgate-dist-copy-'));
  await cp(join(repoRoot, 'dist'), join(copy, 'dist'), { recursive: true });
});
after(async () => {
  if (copy) await rm(copy, { recursive: true, force: true });
});

/** Removes the one file of `folder` whose name starts with `prefix` (esbuild adds a hash), and returns its name. */
async function removePart(folder: string, prefix: string): Promise<string> {
  const found = (await readdir(join(copy, 'dist', folder))).filter((f) => f.startsWith(prefix) && f.endsWith('.js'));
  assert.equal(found.length, 1, `one ${prefix}*.js in dist/${folder}: ${found.join(', ')}`);
  await rm(join(copy, 'dist', folder, found[0]!));
  return found[0]!;
}

test('the action without its publish-mode part fails the step naming the part', async () => {
  const removed = await removePart('chunks', 'published-');
  const workspace = await makeWorkspace();
  await writeFile(join(workspace, 'report.json'), '{}');
  const run = await prepareRun({
    workspace, eventName: 'workflow_run', event: {}, ref: 'refs/heads/main',
    inputs: { mode: 'publish', report: join(workspace, 'report.json'), 'github-token': 'unused' },
  });
  const result = await run.collect(await spawnNode([join(copy, 'dist/index.js')], workspace, run.env));
  assert.equal(result.code, 1, result.stdout + result.stderr);
  assert.match(result.stdout, /::error::could not load the published-report check \(/);
  assert.ok(result.stdout.includes(removed), `the loader's words name ${removed}: ${result.stdout}`);
  assert.match(result.stdout, /this copy of loadgate is incomplete; use a released version of the action or package, or rebuild dist\/ with npm run build/);
  assert.doesNotMatch(result.stdout, /unexpected error|\n\s+at /, 'no stack trace');
  assert.equal(result.outputs.verdict, 'error');
  assert.match(result.summary, /^## loadgate — ⚠️ error\n/);
});

test('the CLI without its load engine exits 2 naming the part; --version still answers', async () => {
  await removePart('cli-chunks', 'measuring-');
  const cli = join(copy, 'dist/cli.js');
  const env = { PATH: process.env.PATH ?? '' };
  const version = await spawnNode([cli, '--version'], copy, env);
  assert.equal(version.code, 0, version.stderr);
  const result = await spawnNode([cli, 'run', '--profile', 'loadgate.yml'], copy, env);
  assert.equal(result.code, 2, result.stderr);
  assert.match(result.stderr, /^loadgate: could not load the load engine \(.*measuring-\w+\.js/);
  assert.doesNotMatch(result.stderr, /unexpected error|\n\s+at /, 'no stack trace');
});
