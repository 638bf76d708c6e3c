/**
 * scripts/release.mjs in a scratch copy of this repository (a git repository of its own, with
 * node_modules linked in): a clean tree with a fresh dist/ is releasable; a dirty tree, a stale
 * dist/, an existing tag and a version without a changelog section are each refused with the
 * reason; `prepare` bumps the version, dates the changelog and rebuilds dist/ so the bundled CLI
 * reports the new version.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile, appendFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { repoRoot } from '../support/action-runner.js';

let repo = '';

function run(command: string, args: string[], cwd = repo): { code: number; stdout: string; stderr: string } {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: cwd, GIT_CONFIG_NOSYSTEM: '1' }, timeout: 120_000 });
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function git(...args: string[]): string {
  const result = run('git', args);
  assert.equal(result.code, 0, `git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const release = (...args: string[]) => run(process.execPath, ['scripts/release.mjs', ...args]);

before(async () => {
  repo = await mkdtemp(join(tmpdir(), 'loadgate-release-'));
  const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repoRoot, encoding: 'utf8' });
  const files = listed.stdout.split('\0').filter((f) => f && !f.startsWith('dist/'));
  for (const file of files) {
    await mkdir(dirname(join(repo, file)), { recursive: true });
    await cp(join(repoRoot, file), join(repo, file)).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e; // deleted in the working tree but not yet committed
    });
  }
  await symlink(join(repoRoot, 'node_modules'), join(repo, 'node_modules'));
  assert.equal(run(process.execPath, ['scripts/build.mjs']).code, 0);
  git('init', '-q', '-b', 'main');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'scratch copy');
});

after(async () => {
  if (repo) await rm(repo, { recursive: true, force: true });
});

const commitAll = (message: string) => {
  git('add', '-A');
  git('-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message);
};

test('a clean tree with a fresh dist/ and a changelog section is releasable', () => {
  const version = (JSON.parse(spawnSync('cat', ['package.json'], { cwd: repo, encoding: 'utf8' }).stdout) as { version: string }).version;
  const result = release('check');
  assert.equal(result.code, 0, result.stderr);
  assert.equal(result.stdout.trim(), `releasable: v${version}`);
});

test('a dirty tree, an existing tag and another version are refused at once, each with its reason', async () => {
  await appendFile(join(repo, 'README.md'), '\nan uncommitted line\n');
  await writeFile(join(repo, 'notes.txt'), 'untracked\n');
  const version = (JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string }).version;
  git('tag', `v${version}`);
  try {
    const result = release('check', '--version', '9.9.9');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /^not releasable:/);
    assert.match(result.stderr, /the working tree is not clean \(2 changes: M README\.md, \?\? notes\.txt\): a release is made from committed files only — commit or stash them/);
    assert.match(result.stderr, new RegExp(`package\\.json says version ${version.replace(/\./g, '\\.')}, not 9\\.9\\.9`));
    assert.match(result.stderr, /CHANGELOG\.md has no "## 9\.9\.9" section with text \(its sections: Unreleased; /);
    const own = release('check');
    assert.match(own.stderr, new RegExp(`the tag v${version.replace(/\./g, '\\.')} exists already`));
  } finally {
    git('tag', '-d', `v${version}`);
    git('checkout', '--', 'README.md');
    await rm(join(repo, 'notes.txt'));
  }
  assert.equal(release('check').code, 0);
});

test('a source change committed without rebuilding dist/ is refused as a stale dist', async () => {
  const file = join(repo, 'src', 'cli.ts');
  const original = await readFile(file, 'utf8');
  assert.ok(original.includes('`loadgate ${VERSION}\\n`'));
  await writeFile(file, original.replace('`loadgate ${VERSION}\\n`', '`loadgate version ${VERSION}\\n`'));
  commitAll('a change without a rebuild');
  const result = release('check');
  assert.equal(result.code, 1);
  assert.match(result.stderr, /dist\/ is stale — differs from a fresh build: dist\/cli\.js\. /);
  assert.match(result.stderr, /Run `npm run build` and commit dist\/\./);
  await writeFile(file, original);
  commitAll('undo');
  assert.equal(release('check').code, 0);
});

test('prepare refuses a version that is not X.Y.Z or not above the current one, changing nothing', () => {
  for (const [bad, reason] of [
    ['v1.0.0', 'version "v1.0.0" is not X.Y.Z (e.g. 1.4.0, without a "v")'],
    ['1.0', 'version "1.0" is not X.Y.Z (e.g. 1.4.0, without a "v")'],
    ['0.0.9', "version 0.0.9 is not above package.json's 0.1.0"],
    ['0.1.0', "version 0.1.0 is not above package.json's 0.1.0"],
  ]) {
    const result = release('prepare', bad);
    assert.equal(result.code, 1, bad);
    assert.equal(result.stderr.trim(), `not prepared:\n- ${reason}`);
  }
  assert.equal(git('status', '--porcelain'), '');
});

test('prepare bumps package.json and the lock, dates the changelog and rebuilds dist/ with the new version', async () => {
  const result = release('prepare', '0.2.0');
  assert.equal(result.code, 0, result.stderr);
  const pkg = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
  const lock = JSON.parse(await readFile(join(repo, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version: string }> };
  assert.equal(pkg.version, '0.2.0');
  assert.equal(lock.version, '0.2.0');
  assert.equal(lock.packages[''].version, '0.2.0');
  const changelog = await readFile(join(repo, 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, /^## Unreleased\n\n## 0\.2\.0 — \d{4}-\d\d-\d\d\n\n- The command line installs from npm/m);
  const cli = run(process.execPath, ['dist/cli.js', '--version']);
  assert.equal(cli.stdout.trim(), 'loadgate 0.2.0');
  assert.equal(release('check', '--version', '0.2.0').code, 1, 'uncommitted: not yet releasable');
  commitAll('Release v0.2.0');
  const check = release('check', '--version', '0.2.0');
  assert.equal(check.code, 0, check.stderr);
  const notes = release('notes', '0.2.0');
  assert.match(notes.stdout, /^- The command line installs from npm/);
  const again = release('prepare', '0.3.0');
  assert.equal(again.code, 1);
  assert.match(again.stderr, /CHANGELOG\.md has no "## Unreleased" section with text: write what changed since the last release there first/);
});

test("the README's uses: line names the major tag a release moves", async () => {
  const readme = await readFile(join(repoRoot, 'README.md'), 'utf8');
  const refs = [...readme.matchAll(/uses: [\w-]+\/loadgate@(\S+)/g)].map((m) => m[1]);
  assert.ok(refs.length > 0, 'the README has no `uses: …/loadgate@…` line');
  const releasing = await readFile(join(repoRoot, 'docs/releasing.md'), 'utf8');
  for (const ref of refs) {
    assert.match(ref, /^v\d+$/, `README pins @${ref}; a release makes vX.Y.Z and moves vX`);
    assert.ok(releasing.includes(`creates \`${ref}\``), `docs/releasing.md does not say which release creates ${ref}`);
  }
});
