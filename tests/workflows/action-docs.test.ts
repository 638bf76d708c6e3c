/**
 * docs/action.md is the reference for action.yml: every input and output has a row there, and every
 * row names an input or output that exists, so the page cannot drift from the action.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/action-runner.js';
import { readActionSpec } from './lint.js';

const action = readActionSpec(readFileSync(join(repoRoot, 'action.yml'), 'utf8'));
const page = readFileSync(join(repoRoot, 'docs/action.md'), 'utf8');

/** The names in backticks in the first cell of each table row under `## heading`. */
function documented(heading: string): string[] {
  const section = page.split(/^## /m).find((s) => s.startsWith(heading));
  assert.ok(section, `docs/action.md has no "## ${heading}" section`);
  const names: string[] = [];
  for (const line of section.split('\n')) {
    const cell = /^\| ([^|]+) \|/.exec(line)?.[1];
    if (cell === undefined || /^-+$|^(input|output)$/.test(cell.trim())) continue;
    for (const m of cell.matchAll(/`([a-z-]+)`/g)) names.push(m[1]);
  }
  return names;
}

/** Inputs may also be named in the prose of a grouped row (`results`, `format`, …). */
function mentioned(heading: string): string {
  return page.split(/^## /m).find((s) => s.startsWith(heading)) ?? '';
}

test('every input of action.yml is documented in docs/action.md, and every input row exists', () => {
  const rows = documented('Inputs');
  const text = mentioned('Inputs');
  const missing = action.inputs.filter((name) => !rows.includes(name) && !text.includes('`' + name + '`'));
  assert.deepEqual(missing, [], `inputs without a row in docs/action.md: ${missing.join(', ')}`);
  const unknown = rows.filter((name) => !action.inputs.includes(name));
  assert.deepEqual(unknown, [], `rows naming inputs action.yml does not have: ${unknown.join(', ')}`);
});

test('every output of action.yml is documented in docs/action.md, and every output row exists', () => {
  const rows = documented('Outputs');
  const text = mentioned('Outputs') + mentioned('Inputs');
  const missing = action.outputs.filter((name) => !rows.includes(name) && !text.includes('`' + name + '`'));
  assert.deepEqual(missing, [], `outputs without a row in docs/action.md: ${missing.join(', ')}`);
  const unknown = rows.filter((name) => !action.outputs.includes(name));
  assert.deepEqual(unknown, [], `rows naming outputs action.yml does not have: ${unknown.join(', ')}`);
});
