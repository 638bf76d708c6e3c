/**
 * Every workflow users meet — this repository's own (.github/workflows/) and the examples they copy
 * (examples/) — and action.yml pass the checks in lint.ts: SchemaStore's schemas, loadgate's inputs
 * and outputs, and least-privilege permissions that still cover each feature used.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoRoot } from '../support/action-runner.js';
import { formatFinding, lintAction, lintWorkflow, readActionSpec, PERMISSION_NEEDS } from './lint.js';

const actionText = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
const action = readActionSpec(actionText);

function yamlFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => relative(repoRoot, join(repoRoot, dir, f)))
    .sort();
}

const workflows = [...yamlFiles('.github/workflows'), ...yamlFiles('examples')];

test('the workflows to check are found', () => {
  for (const expected of ['.github/workflows/ci.yml', '.github/workflows/check-dist.yml', '.github/workflows/loadgate.yml', 'examples/pr-gate.yml', 'examples/fork-safe/publish.yml']) {
    assert.ok(workflows.includes(expected), `${expected} is not among ${workflows.join(', ')}`);
  }
});

test('action.yml is valid against the github-action schema', () => {
  assert.deepEqual(lintAction('action.yml', actionText).map(formatFinding), []);
});

for (const file of workflows) {
  test(`${file} is valid and grants what it uses`, () => {
    const findings = lintWorkflow(file, readFileSync(join(repoRoot, file), 'utf8'), action);
    assert.deepEqual(findings.map(formatFinding), []);
  });
}

test('the permission rules are the ones docs/github.md states', () => {
  const docs = readFileSync(join(repoRoot, 'docs/github.md'), 'utf8');
  for (const need of Object.values(PERMISSION_NEEDS).filter((n) => n.scope !== 'contents')) {
    assert.ok(docs.includes(`${need.scope}: ${need.level}`), `docs/github.md does not say that ${need.feature} needs ${need.scope}: ${need.level}`);
  }
});

test('ci.yml tests the lowest Node that package.json engines allows', () => {
  const engines = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
  const floor = /^>=\s*(\d+\.\d+\.\d+)$/.exec(engines)?.[1];
  assert.ok(floor, `package.json engines.node is "${engines}"; this test expects ">=X.Y.Z"`);
  const ci = readFileSync(join(repoRoot, '.github/workflows/ci.yml'), 'utf8');
  assert.ok(ci.includes(`node-version: '${floor}'`), `ci.yml has no matrix entry with node-version: '${floor}'`);
  assert.ok(ci.includes('node-version-file: package.json'), 'ci.yml has no matrix entry reading engines from package.json');
});

test('third-party actions in .github/workflows are pinned to a commit SHA with the release in a comment', () => {
  const loose: string[] = [];
  for (const file of workflows.filter((f) => f.startsWith('.github/'))) {
    for (const [index, line] of readFileSync(join(repoRoot, file), 'utf8').split('\n').entries()) {
      const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
      if (!uses || uses[1].startsWith('./')) continue;
      if (!/@[0-9a-f]{40}$/.test(uses[1]) || !/#\s*v\d+\.\d+\.\d+\s*$/.test(uses[2])) loose.push(`${file}:${index + 1}: ${line.trim()}`);
    }
  }
  assert.deepEqual(loose, [], 'pin with `uses: owner/name@<40-hex sha> # vX.Y.Z`');
});

test('every script a workflow of this repository runs exists (node FILE, npm run NAME)', () => {
  const scripts = Object.keys((JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: object }).scripts);
  const missing: string[] = [];
  for (const file of workflows.filter((f) => f.startsWith('.github/'))) {
    const checkouts = [...readFileSync(join(repoRoot, file), 'utf8').matchAll(/^\s+path: (\w+)$/gm)].map((m) => `${m[1]}/`);
    for (const [index, line] of readFileSync(join(repoRoot, file), 'utf8').split('\n').entries()) {
      for (const [, path] of line.matchAll(/\bnode ((?:[\w.-]+\/)*[\w.-]+\.m?js)\b/g)) {
        // `pr/` and `base/` are checkouts of this repository into folders (loadgate.yml's paired job).
        const inRepo = checkouts.reduce((p, prefix) => (p.startsWith(prefix) ? p.slice(prefix.length) : p), path);
        try {
          readFileSync(join(repoRoot, inRepo));
        } catch {
          missing.push(`${file}:${index + 1}: node ${path}`);
        }
      }
      for (const [, name] of line.matchAll(/\bnpm run ([\w:-]+)/g)) {
        if (!scripts.includes(name)) missing.push(`${file}:${index + 1}: npm run ${name}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});

test("loadgate.yml's profile is valid at every level its steps name, and loads the demo profile's endpoints", async () => {
  const { readProfileFile } = await import('../../src/profile/read-file.js');
  const { applyLevel } = await import('../../src/profile/levels.js');
  const own = await readProfileFile('.github/loadgate.yml', repoRoot);
  const demo = await readProfileFile('fixtures/demo/profile.yml', repoRoot);
  const withoutLines = (endpoints: typeof own.endpoints) => endpoints.map(({ line: _line, ...rest }) => rest);
  assert.deepEqual(withoutLines(own.endpoints), withoutLines(demo.endpoints), '.github/loadgate.yml is the demo profile with levels: keep its endpoints equal to fixtures/demo/profile.yml');
  const workflow = readFileSync(join(repoRoot, '.github/workflows/loadgate.yml'), 'utf8');
  const levels = [...workflow.matchAll(/^\s+level: (\S+)$/gm)].map((m) => m[1]);
  assert.deepEqual(levels, ['pr', 'paired']);
  for (const level of levels) assert.equal(applyLevel(own, level, '.github/loadgate.yml').load.trials, 8);
});
