/** The real edges, wired once for both entry points. */
import { runLoad } from './load/run-load.js';
import { waitUntilReady } from './load/readiness.js';
import { currentRunner } from './metrics/runner.js';
import type { BaselineStore } from './baseline/types.js';
import type { PipelineEdges } from './pipeline/types.js';

/** Real load runner, readiness probe and runner fingerprint, with the given store and log. */
export function realEdges(
  store: BaselineStore,
  log: PipelineEdges['log'],
  onProgress?: PipelineEdges['onProgress'],
): PipelineEdges {
  return { ...realLoadEdges(log, onProgress), store, runner: currentRunner };
}

/** The edges a run that stores nothing needs (a shard: src/shard/run-shard.ts): readiness probe and load runner. */
export function realLoadEdges(
  log: PipelineEdges['log'],
  onProgress?: PipelineEdges['onProgress'],
): Pick<PipelineEdges, 'waitUntilReady' | 'runLoad' | 'log' | 'onProgress'> {
  return {
    waitUntilReady: (url, options) => waitUntilReady(url, options),
    // Either model (load/run-load.ts); template `{{ env NAME }}` values come from this process's environment.
    runLoad: (options) => runLoad({ env: process.env, ...options }),
    log,
    onProgress,
  };
}
