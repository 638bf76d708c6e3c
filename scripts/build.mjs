// Builds dist/ from src/ with esbuild: the action (dist/index.js) and the CLI (dist/cli.js).
//
// @actions/core, @actions/github and @actions/cache ship ESM only, so the bundle is ESM for platform
// node. Some bundled CommonJS still calls require('os'); the banner defines `require` through
// createRequire so those calls work inside an ES module. dist/package.json marks the folder as ESM
// for runners that look beside the file. The output is deterministic (no timestamps, no absolute
// paths), so a rebuild of unchanged sources leaves git clean — the freshness test relies on it.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = process.argv[2] ? join(process.cwd(), process.argv[2]) : join(root, 'dist');

// The version lives in package.json only; src/constants.ts reads this define (a rebuild after a
// version bump is what puts the new version into dist/).
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
// The HTML report inlines uPlot (src/report/html-assets.ts): the action has no node_modules to read it from.
const uplotJs = await readFile(join(root, 'node_modules/uplot/dist/uPlot.iife.min.js'), 'utf8');
const uplotCss = await readFile(join(root, 'node_modules/uplot/dist/uPlot.min.css'), 'utf8');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  format: 'esm',
  platform: 'node',
  target: 'node20',
  legalComments: 'linked',
  define: { LOADGATE_VERSION: JSON.stringify(version), LOADGATE_UPLOT_JS: JSON.stringify(uplotJs), LOADGATE_UPLOT_CSS: JSON.stringify(uplotCss) },
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);",
  },
});
await writeFile(join(outdir, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
