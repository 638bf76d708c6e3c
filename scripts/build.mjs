// Builds dist/ from src/ with esbuild: the action (dist/index.js) and the CLI (dist/cli.js).
//
// @actions/core, @actions/github and @actions/cache ship ESM only, so the bundle is ESM for platform
// node. Some bundled CommonJS still calls require('os'); the banner defines `require` through
// createRequire so those calls work inside an ES module. dist/package.json marks the folder as ESM
// for runners that look beside the file. The output is deterministic (no timestamps, no absolute
// paths), so a rebuild of unchanged sources leaves git clean — the freshness test relies on it.
//
// Code splitting: what only some runs use (the load engine, the actions cache, GitHub publishing,
// imports, shards, the artifact upload, WebSocket, flows; src/parts/) is loaded by a dynamic
// import() at its point of use, and esbuild writes it, and the code shared between parts, to files
// of their own. dist/index.js holds only what every run of the action needs, so the step starts
// without parsing megabytes it may not use (docs/development.md has the figures). ESM splitting
// rather than one bundle per part: one copy of every module, so classes and module state are
// shared between the parts (`instanceof`, the error codes).
//
// Two builds: the action (dist/index.js, its parts in dist/chunks/) and the CLI (dist/cli.js, its
// parts in dist/cli-chunks/), so that the npm package, which holds the CLI only, carries none of
// the action's parts (the cache, the artifact upload, Octokit).
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dirname, join, relative } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// `node scripts/build.mjs [OUTDIR] [--metafile FILE]`: OUTDIR defaults to dist/; --metafile writes
// esbuild's account of every output file and the inputs in it (what costs what, for a size review).
const { positionals, values: flags } = parseArgs({ allowPositionals: true, options: { metafile: { type: 'string' } } });
const outdir = positionals[0] ? join(process.cwd(), positionals[0]) : join(root, 'dist');

// The version lives in package.json only; src/constants.ts reads this define (a rebuild after a
// version bump is what puts the new version into dist/).
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// The HTML report inlines uPlot (src/report/html-assets.ts): the action has no node_modules to read it from.
const uplotJs = await readFile(join(root, 'node_modules/uplot/dist/uPlot.iife.min.js'), 'utf8');
const uplotCss = await readFile(join(root, 'node_modules/uplot/dist/uPlot.min.css'), 'utf8');

/**
 * @actions/core imports its OIDC client at the top of core.js, and with it @actions/http-client and
 * undici 6 (0.8 MB), for getIDToken, which loadgate never calls. This hands core.js a stand-in
 * with the same getIDToken that imports the real client on its first call (into a chunk of its
 * own), so core costs its own few kilobytes at start-up.
 */
const deferCoreOidc = {
  name: 'defer-core-oidc',
  setup(b) {
    b.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]core\.js$/.test(args.importer)) return undefined;
      // A path relative to the root: it is printed in the bundle, which must not depend on the checkout's place.
      return { path: relative(root, join(dirname(args.importer), 'oidc-utils.js')).split('\\').join('/'), namespace: 'deferred-oidc' };
    });
    b.onLoad({ filter: /.*/, namespace: 'deferred-oidc' }, (args) => ({
      contents: "export class OidcClient { static async getIDToken(audience) { const { OidcClient: Client } = await import('./oidc-utils.js'); return Client.getIDToken(audience); } }",
      resolveDir: join(root, dirname(args.path)),
      loader: 'js',
    }));
  },
};

/**
 * npm installs two identical copies of undici 6, one under @actions/http-client and one under
 * @actions/github (the top-level undici is our 7). When their versions agree, @actions/github's
 * imports get http-client's copy, so the GitHub and artifact parts carry 0.8 MB less.
 */
async function undiciVersion(dir) {
  return readFile(join(root, dir, 'node_modules/undici/package.json'), 'utf8').then((text) => JSON.parse(text).version, () => undefined);
}
const httpClientUndici = await undiciVersion('node_modules/@actions/http-client');
const sharedUndici = httpClientUndici !== undefined && httpClientUndici === (await undiciVersion('node_modules/@actions/github'));
const dedupeUndici = {
  name: 'dedupe-undici',
  setup(b) {
    if (!sharedUndici) return;
    b.onResolve({ filter: /^undici$/ }, (args) => {
      if (!/[\\/]node_modules[\\/]@actions[\\/]github[\\/]/.test(args.importer)) return undefined;
      return b.resolve('undici', { kind: args.kind, resolveDir: join(root, 'node_modules/@actions/http-client') });
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  define: { LOADGATE_VERSION: JSON.stringify(version), LOADGATE_UPLOT_JS: JSON.stringify(uplotJs), LOADGATE_UPLOT_CSS: JSON.stringify(uplotCss) },
  logLevel: 'warning',
  plugins: [deferCoreOidc, dedupeUndici],
  metafile: flags.metafile !== undefined,
  banner: {
    js: "import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);",
  },
};
const [action, cli] = await Promise.all([
  build({ ...common, entryPoints: { index: 'src/index.ts' }, chunkNames: 'chunks/[name]-[hash]' }),
  build({ ...common, entryPoints: { cli: 'src/cli.ts' }, chunkNames: 'cli-chunks/[name]-[hash]' }),
]);
await writeFile(join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
if (flags.metafile) {
  const outputs = { ...action.metafile.outputs, ...cli.metafile.outputs };
  await writeFile(flags.metafile, JSON.stringify({ inputs: { ...action.metafile.inputs, ...cli.metafile.inputs }, outputs }, null, 1) + '\n');
}
