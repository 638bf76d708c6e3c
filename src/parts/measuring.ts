/**
 * The part a measured run loads (action modes gate and report-only, `loadgate run`): the run's
 * set-up, the pipeline and the real edges — with them the profile reader, the load engines and
 * undici. Loaded through loadPart (load-part.ts), so that `--help`, publish mode and the other
 * modes never parse it.
 */
export { setUpRun } from '../pipeline/setup.js';
export { runPipeline } from '../pipeline/run.js';
export { realEdges } from '../edges.js';
