/**
 * uPlot's script and stylesheet, which the HTML report inlines (nothing is fetched when the report
 * is opened). The bundle gets them as strings from scripts/build.mjs (esbuild define), since the
 * action runs from dist/ with no node_modules; run from source (the tests), they are read from
 * node_modules. uPlot is MIT-licensed; its copyright line stays at the top of the inlined script.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Put in by scripts/build.mjs; undefined when run from source. */
declare const LOADGATE_UPLOT_JS: string | undefined;
declare const LOADGATE_UPLOT_CSS: string | undefined;

/** The charting library the report inlines. */
export interface ChartAssets {
  js: string;
  css: string;
}

let cached: ChartAssets | undefined;

/** uPlot's minified script and stylesheet. */
export function chartAssets(): ChartAssets {
  if (cached) return cached;
  if (typeof LOADGATE_UPLOT_JS === 'string' && typeof LOADGATE_UPLOT_CSS === 'string') {
    cached = { js: LOADGATE_UPLOT_JS, css: LOADGATE_UPLOT_CSS };
  } else {
    const require = createRequire(import.meta.url);
    cached = {
      js: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8'),
      css: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8'),
    };
  }
  return cached;
}
