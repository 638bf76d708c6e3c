/**
 * The load engine's files import each other without a cycle (types.ts holds what they share), so a
 * new load model can be added without pulling the others into a knot. Reads the relative imports
 * of src/load and everything they reach in src (`import`, `import type`, `export … from`).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The .ts files a source file imports by relative path. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^;]*?from\s+'(\.{1,2}\/[^']+)'|(?:^|\n)\s*import\s+'(\.{1,2}\/[^']+)'/g)]
    .map((m) => m[1] ?? m[2]);
  return specifiers.map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** Every cycle reachable from `starts` in the graph `edges`, each as the list of its nodes. */
function findCycles(starts: readonly string[], edges: (node: string) => readonly string[]): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges(node)) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const start of starts) if (!state.has(start)) visit(start);
  return cycles;
}

describe('the load engine import graph', () => {
  it('finds a cycle where there is one (the check itself)', () => {
    const graph: Record<string, string[]> = { a: ['b'], b: ['c'], c: ['a', 'd'], d: [] };
    assert.deepEqual(findCycles(['a'], (n) => graph[n] ?? []), [['a', 'b', 'c']]);
    assert.deepEqual(findCycles(['d'], (n) => graph[n] ?? []), []);
  });

  it('src/load and everything it imports have no cycle', () => {
    const loadDir = join(root, 'src/load');
    const files = readdirSync(loadDir).filter((f) => f.endsWith('.ts')).map((f) => join(loadDir, f));
    assert.ok(files.length > 10, `read ${files.length} engine files`);
    const seen = new Set<string>();
    const cycles = findCycles(files, (file) => {
      seen.add(file);
      return importsOf(file);
    });
    assert.ok([...seen].some((f) => f.endsWith('src/metrics/summarize.ts')), 'follows imports out of src/load');
    assert.deepEqual(cycles.map((c) => c.map((f) => relative(root, f)).join(' → ')), []);
  });
});
