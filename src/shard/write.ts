/**
 * A shard's side of the split (CLI `loadgate import --shard`, action input `shard`): import the
 * shard's results file with the common window and write the shard result for the merge job. The
 * engine's own shards (run-shard.ts) write theirs with `saveShardResult` too.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { LoadgateError } from '../errors.js';
import type { LoadSpec } from '../profile/types.js';
import type { ImportSettings } from '../import/settings.js';
import { importShard } from './import-shard.js';
import { parseShard } from './plan.js';
import { shardFileName } from './pipeline.js';
import type { ShardResult } from './result.js';

/** Imports `settings.file` as shard `shardText` and writes its result; returns the path written. */
export async function writeShardResult(settings: ImportSettings, shardText: string, field: string, load: LoadSpec | undefined, out?: string): Promise<string> {
  const shard = parseShard(shardText, field);
  const w = settings.window;
  const startAtMs = w.startAtMs;
  const durationMs = w.durationMs ?? load?.durationMs;
  if (startAtMs === undefined || durationMs === undefined) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `${field}: a shard needs start-at (the common start every shard aligns to) and a duration (or a profile) so that all shards cut the same trials`);
  }
  const name = settings.name ?? basename(settings.file, extname(settings.file));
  const result = await importShard({
    format: settings.format,
    file: settings.file,
    name,
    shard,
    startAtMs,
    window: { warmupMs: w.warmupMs ?? load?.warmupMs ?? 0, durationMs, trials: w.trials ?? load?.trials ?? 10 },
    ...(settings.mapping ? { mapping: settings.mapping } : {}),
  });
  return saveShardResult(result, out ?? shardFileName(name, shard.index, shard.count));
}

/** Writes a shard result (an import's or the engine's) to `file`, making its folder; returns the absolute path. */
export async function saveShardResult(result: ShardResult, file: string): Promise<string> {
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(result) + '\n');
  return path;
}
