/**
 * What the bundled action and CLI read before they do anything: the files their entry point imports
 * statically, followed through dist/. The parts only some runs use (src/parts/) must stay out of
 * them, loaded by import() at their point of use; and every file an import() names must be there.
 * Reads the working tree's dist/ (npm run build first after a source change).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { repoRoot } from '../support/action-runner.js';

const dist = join(repoRoot, 'dist');
/** `import … from "./x.js"`, `export … from "./x.js"`, `import "./x.js"`: esbuild's static imports between output files. */
const STATIC_IMPORT = /(?:^|\n)(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?"(\.\.?\/[^"]+)"/g;
const DYNAMIC_IMPORT = /\bimport\("(\.\.?\/[^"]+)"\)/g;
/** esbuild names every bundled module by its path: `// node_modules/pkg/…` and `"node_modules/pkg/…"(exports, module)`. */
const PACKAGE = /node_modules\/((?:@[\w.-]+\/)?[\w.-]+)\//g;
const SOURCE = /^\/\/ (src\/[\w/.-]+\.ts)$/gm;

/** The output files `entry` loads before its first line runs, with the packages and sources in them. */
function staticClosure(entry: string): { files: string[]; packages: Set<string>; sources: Set<string> } {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const sources = new Set<string>();
  const queue = [join(dist, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(STATIC_IMPORT)) queue.push(join(dirname(file), m[1]));
    for (const m of text.matchAll(PACKAGE)) packages.add(m[1]);
    for (const m of text.matchAll(SOURCE)) sources.add(m[1]);
  }
  return { files: [...seen].map((f) => relative(dist, f)), packages, sources };
}

/** Packages a run that does not use them must not parse: the cache, the artifact upload, Octokit, the load engine, the profile reader, ajv, WebSocket, cookies. */
const PART_PACKAGES = ['@actions/artifact', '@actions/cache', '@actions/github', '@actions/http-client', '@azure/storage-blob', '@octokit/core', 'ajv', 'undici', 'yaml', 'ws', 'tough-cookie', 'archiver'];
const PART_SOURCES = /^src\/(load|import|shard|profile)\//;

test('the action starts with its own code and @actions/core; the parts wait for import()', () => {
  const { files, packages, sources } = staticClosure('index.js');
  assert.ok(sources.has('src/main.ts'), `main.ts not found in ${files.join(', ')}`);
  assert.ok(packages.has('@actions/core'), 'the action reads its inputs with @actions/core');
  assert.deepEqual(PART_PACKAGES.filter((p) => packages.has(p)), [], `loaded at start-up by ${files.join(', ')}`);
  assert.deepEqual([...sources].filter((s) => PART_SOURCES.test(s)), []);
});

test('the CLI answers --help and --version without the load engine', () => {
  const { files, packages, sources } = staticClosure('cli.js');
  assert.ok(sources.has('src/cli.ts'), `cli.ts not found in ${files.join(', ')}`);
  assert.deepEqual(['undici', 'yaml', 'ws', 'tough-cookie', 'ajv'].filter((p) => packages.has(p)), [], `loaded at start-up by ${files.join(', ')}`);
  assert.deepEqual([...sources].filter((s) => PART_SOURCES.test(s)), []);
});

test('every file an import() in dist/ names is in dist/, and each bundle keeps to its own chunk folder', () => {
  const named: string[] = [];
  for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    for (const m of readFileSync(file, 'utf8').matchAll(DYNAMIC_IMPORT)) {
      const target = relative(dist, join(dirname(file), m[1]));
      named.push(target);
      assert.ok(existsSync(join(dist, target)), `${relative(dist, file)} imports ${m[1]}, which is not in dist/`);
      const folder = (f: string) => (f === 'index.js' || f.startsWith('chunks/') ? 'action' : 'cli');
      assert.equal(folder(target), folder(relative(dist, file)), `${relative(dist, file)} reaches into the other bundle's ${target}`);
    }
  }
  // The parts are there to be found: the load engine for both, Octokit for the action.
  assert.ok(named.some((f) => /^chunks\/measuring-\w+\.js$/.test(f)), named.join(', '));
  assert.ok(named.some((f) => /^cli-chunks\/measuring-\w+\.js$/.test(f)), named.join(', '));
  assert.ok(named.some((f) => /^chunks\/github-api-\w+\.js$/.test(f)), named.join(', '));
});
