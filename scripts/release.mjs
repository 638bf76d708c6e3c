#!/usr/bin/env node
// The release steps, as release.yml runs them and as a maintainer can run them locally
// (docs/releasing.md):
//
//   node scripts/release.mjs check [--version X.Y.Z]   refuse a dirty tree, a stale dist/, a version
//                                                       without a CHANGELOG.md section, a tag that exists
//   node scripts/release.mjs prepare X.Y.Z             bump package.json and package-lock.json, turn
//                                                       CHANGELOG.md's Unreleased section into X.Y.Z,
//                                                       rebuild dist/ (the version is bundled)
//   node scripts/release.mjs notes X.Y.Z               print X.Y.Z's CHANGELOG.md section
//
// Every refusal says what was found and what to do; `check` reports every problem at once. Exit 0
// on success, 1 on a refusal, 2 on a usage error.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeDistDifferences, distDifferences } from './check-dist.mjs';

const SEMVER = /^(\d+)\.(\d+)\.(\d+)$/;

function git(root, args) {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return { code: result.status ?? 1, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}

function packageVersion(root) {
  return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
}

/** The body of CHANGELOG.md's `## <title…>` section (up to the next `## `), or undefined. */
export function changelogSection(text, title) {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => new RegExp(`^## \\[?${title.replace(/\./g, '\\.')}\\]?(\\s|$)`).test(l));
  if (start < 0) return undefined;
  const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}

/**
 * Everything that stops a release of the committed tree, each as a sentence naming what was found.
 * @param {string} root  the repository
 * @param {string | undefined} version  the version being released (default: package.json's)
 * @returns {Promise<string[]>}
 */
export async function releaseProblems(root, version) {
  const problems = [];
  const status = git(root, ['status', '--porcelain', '--untracked-files=normal']);
  if (status.code !== 0) {
    problems.push(`\`git status\` failed in ${root}: ${status.stderr.trim()}`);
  } else if (status.stdout.trim() !== '') {
    const changes = status.stdout.trimEnd().split('\n');
    problems.push(
      `the working tree is not clean (${changes.length} change${changes.length === 1 ? '' : 's'}: ${changes.slice(0, 10).map((c) => c.trim()).join(', ')}${changes.length > 10 ? ', …' : ''}): a release is made from committed files only — commit or stash them`,
    );
  }
  const dist = describeDistDifferences(await distDifferences(root));
  if (dist) problems.push(dist);

  const declared = packageVersion(root);
  if (!SEMVER.test(declared)) problems.push(`package.json version "${declared}" is not X.Y.Z`);
  if (version !== undefined && version !== declared) {
    problems.push(`package.json says version ${declared}, not ${version}: run \`node scripts/release.mjs prepare ${version}\` first`);
  }
  const releasing = version ?? declared;
  let changelog = '';
  try {
    changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
  } catch {
    problems.push('CHANGELOG.md is missing: it needs a "## <version>" section saying what changed');
  }
  if (changelog && !changelogSection(changelog, releasing)) {
    problems.push(`CHANGELOG.md has no "## ${releasing}" section with text (its sections: ${[...changelog.matchAll(/^## (.*)$/gm)].map((m) => m[1]).join('; ') || 'none'})`);
  }
  if (git(root, ['rev-parse', '-q', '--verify', `refs/tags/v${releasing}`]).code === 0) {
    problems.push(`the tag v${releasing} exists already: a released version is never re-tagged — release the next version`);
  }
  return problems;
}

/** Why `next` cannot follow `current`, or undefined when it can (a higher X.Y.Z). */
export function versionProblem(current, next) {
  const n = SEMVER.exec(next ?? '');
  if (!n) return `version "${next}" is not X.Y.Z (e.g. 1.4.0, without a "v")`;
  const c = SEMVER.exec(current);
  if (!c) return undefined;
  for (let i = 1; i <= 3; i++) {
    if (Number(n[i]) > Number(c[i])) return undefined;
    if (Number(n[i]) < Number(c[i])) break;
  }
  return `version ${next} is not above package.json's ${current}`;
}

/**
 * Bumps the version, dates the changelog and rebuilds dist/, after checking the tree is clean and
 * dist/ fresh (so the release commit contains nothing but the release).
 * @returns {Promise<string[]>} the refusals; empty when prepared
 */
export async function prepareRelease(root, version, today) {
  const current = packageVersion(root);
  const bad = versionProblem(current, version);
  if (bad) return [bad];
  const before = (await releaseProblems(root, current)).filter((p) => !p.startsWith('CHANGELOG.md has no') && !p.startsWith('the tag'));
  if (before.length) return before;
  const changelogPath = join(root, 'CHANGELOG.md');
  const changelog = readFileSync(changelogPath, 'utf8');
  if (!changelogSection(changelog, 'Unreleased')) {
    return ['CHANGELOG.md has no "## Unreleased" section with text: write what changed since the last release there first'];
  }
  writeFileSync(changelogPath, changelog.replace(/^## \[?Unreleased\]?.*$/m, `## Unreleased\n\n## ${version} — ${today}`));
  const bump = spawnSync('npm', ['version', version, '--no-git-tag-version'], { cwd: root, encoding: 'utf8' });
  if (bump.status !== 0) return [`npm version ${version} failed: ${bump.stderr.trim()}`];
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (build.status !== 0) return [`npm run build failed: ${build.stderr.trim()}`];
  return [];
}

async function main(argv) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const [command, ...rest] = argv;
  const usage = 'usage: node scripts/release.mjs check [--version X.Y.Z] | prepare X.Y.Z | notes X.Y.Z';
  if (command === 'check') {
    const version = rest[0] === '--version' ? rest[1] : undefined;
    if (rest.length > 0 && (rest[0] !== '--version' || rest.length !== 2)) return fail(2, usage);
    const problems = await releaseProblems(root, version);
    if (problems.length) return fail(1, `not releasable:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    console.log(`releasable: v${version ?? packageVersion(root)}`);
    return 0;
  }
  if (command === 'prepare' && rest.length === 1) {
    const problems = await prepareRelease(root, rest[0], new Date().toISOString().slice(0, 10));
    if (problems.length) return fail(1, `not prepared:\n${problems.map((p) => `- ${p}`).join('\n')}`);
    console.log(`prepared ${rest[0]}: package.json, package-lock.json, CHANGELOG.md and dist/ changed — commit them`);
    return 0;
  }
  if (command === 'notes' && rest.length === 1) {
    const section = changelogSection(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), rest[0]);
    if (!section) return fail(1, `CHANGELOG.md has no "## ${rest[0]}" section with text`);
    console.log(section);
    return 0;
  }
  return fail(2, usage);
}

function fail(code, message) {
  console.error(message);
  return code;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
