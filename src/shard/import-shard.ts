/**
 * One shard's results file (JMeter, k6) into a shard result: the window cut from the common start
 * (`start-at`) with a fixed duration, so every shard's trials are the same stretches of time, and the
 * per-trial histograms kept for the exact merge.
 */
import { LoadgateError } from '../errors.js';
import type { EndpointCounters } from '../metrics/summarize.js';
import { jmeterSource } from '../import/jmeter.js';
import { k6Source } from '../import/k6.js';
import type { EndpointMapping } from '../import/mapping.js';
import { binRawSamples } from '../import/raw-bin.js';
import type { ImportFormat } from '../import/types.js';
import type { ShardSpec } from './plan.js';
import { shardResultOf, type ShardResult } from './result.js';

export interface ImportShardOptions {
  format: ImportFormat;
  file: string;
  name: string;
  shard: ShardSpec;
  startAtMs: number;
  window: { warmupMs: number; durationMs: number; trials: number };
  mapping?: EndpointMapping;
}

/** Imports one shard's file; summary formats are refused (they keep no per-request record to merge exactly). */
export async function importShard(options: ImportShardOptions): Promise<ShardResult> {
  const source = options.format === 'jmeter' ? jmeterSource(options.file) : options.format === 'k6' ? k6Source(options.file) : undefined;
  if (!source) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard: format ${options.format} keeps no per-request record, so its shards cannot be merged exactly (use jmeter or k6 results, or run loadgate itself)`);
  }
  let result: ShardResult | undefined;
  const imported = await binRawSamples(source, { ...options.window, startAtMs: options.startAtMs }, options.mapping, (counters: readonly EndpointCounters[]) => {
    result = shardResultOf(counters, {
      name: options.name,
      shard: options.shard,
      startAtMs: options.startAtMs,
      firstSampleMs: 0,
      window: options.window,
      connections: 1,
      warnings: [],
    });
  });
  return {
    ...result!,
    firstSampleMs: imported.firstSampleMs ?? options.startAtMs,
    connections: imported.measurement.connections ?? 1,
    warnings: imported.measurement.warnings,
  };
}
