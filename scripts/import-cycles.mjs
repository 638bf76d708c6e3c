#!/usr/bin/env node
// Lists the import cycles among src/ files: `node scripts/import-cycles.mjs [DIR]` prints each
// cycle (a strongly connected component of the import graph, type-only imports included, since a
// type cycle still means two modules lack their shared third) and exits 1 when there is one.
// Relative imports only (`./x.js`, `../y/z.js`); packages cannot import back.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const src = resolve(root, process.argv[2] ?? 'src');
const files = (await readdir(src, { recursive: true })).filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts')).map((f) => join(src, f));
const known = new Set(files);
const edges = new Map();
for (const file of files) {
  const text = await readFile(file, 'utf8');
  const targets = new Set();
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    const target = resolve(dirname(file), m[1].replace(/\.js$/, '.ts'));
    if (known.has(target)) targets.add(target);
  }
  edges.set(file, [...targets]);
}

// Tarjan's strongly connected components.
let index = 0;
const stack = [];
const state = new Map();
const cycles = [];
function visit(v) {
  state.set(v, { index, low: index, onStack: true });
  index++;
  stack.push(v);
  for (const w of edges.get(v)) {
    if (!state.has(w)) {
      visit(w);
      state.get(v).low = Math.min(state.get(v).low, state.get(w).low);
    } else if (state.get(w).onStack) {
      state.get(v).low = Math.min(state.get(v).low, state.get(w).index);
    }
  }
  if (state.get(v).low === state.get(v).index) {
    const component = [];
    let w;
    do {
      w = stack.pop();
      state.get(w).onStack = false;
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.map((f) => relative(root, f)).sort());
  }
}
for (const file of files.sort()) if (!state.has(file)) visit(file);

if (cycles.length === 0) {
  console.log(`no import cycle among ${files.length} files in ${relative(root, src)}/`);
} else {
  for (const c of cycles) console.log(`cycle: ${c.join(' ↔ ')}`);
  process.exitCode = 1;
}
