/** The part `loadgate run --html` loads: the HTML report's renderer and its inlined uPlot. */
export { renderHtml } from '../report/html.js';
export { chartAssets } from '../report/html-assets.js';
