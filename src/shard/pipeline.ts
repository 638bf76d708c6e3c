/**
 * Mode merge: read the shard results the matrix uploaded (a directory, searched to any depth, as
 * artifacts download into one folder each), merge them exactly, and gate and publish once through
 * the same history, verdict and reports as a single run.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { judgeAndSave } from '../pipeline/cached.js';
import type { PipelineEdges, PipelineOutcome } from '../pipeline/types.js';
import { buildRunResult } from '../metrics/result.js';
import { profileFingerprint } from '../profile/fingerprint.js';
import type { Profile } from '../profile/types.js';
import type { FailOn } from '../verdict/types.js';
import { LoadgateError } from '../errors.js';
import { importedProfile } from '../import/profile.js';
import { judgedProfile } from '../flow/rows.js';
import { mergeShards } from './merge.js';
import { readShardResult, SHARD_RESULT_KIND } from './result.js';

/** Shard result files end so: `<name>.2-of-4.shard.json`. */
export const SHARD_FILE_SUFFIX = '.shard.json';

/** The file name a shard writes its result to. */
export function shardFileName(name: string, index: number, count: number): string {
  return `${name}.${index}-of-${count}${SHARD_FILE_SUFFIX}`;
}

export interface MergePipelineOptions {
  dir: string;
  allowMissing: boolean;
  profile?: Profile;
  failOn: FailOn;
  saveBaseline: boolean;
  origin?: { commit?: string; ref?: string };
}

/** Merges the shard results in `dir` and judges the merged run. */
export async function runMergePipeline(options: MergePipelineOptions, edges: Pick<PipelineEdges, 'store' | 'log' | 'runner'>): Promise<PipelineOutcome> {
  let files: string[];
  try {
    files = (await readdir(options.dir, { recursive: true })).filter((f) => f.endsWith(SHARD_FILE_SUFFIX)).sort().map((f) => join(options.dir, f));
  } catch (err) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `shards: ${options.dir}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (err as Error).message}`);
  }
  if (files.length === 0) {
    throw new LoadgateError('LOADGATE_SHARDS_MISSING', `shards: no ${SHARD_FILE_SUFFIX} files (${SHARD_RESULT_KIND}) in ${options.dir}: did the shard jobs upload their results, and did this job download them there?`);
  }
  const inputs = await Promise.all(files.map(async (file) => ({ file, result: await readShardResult(file) })));
  const merged = mergeShards(inputs, { allowMissing: options.allowMissing });
  edges.log.info(`Merged ${merged.merged.length} of ${merged.count} shards from ${options.dir}`);
  const plan = merged.plan;
  // A flow's rows and its steps' take their thresholds and severities from the profile as endpoints' do.
  const base = options.profile ? judgedProfile(options.profile) : undefined;
  const profile = importedProfile(
    { measurement: merged.measurement, window: { startMs: merged.startAtMs, plan }, endpoints: merged.endpoints, samples: 0, outside: 0 },
    { name: merged.name, format: 'shards', ...(base ? { base } : {}) },
  );
  const built = buildRunResult(profile, profileFingerprint(profile), `shards:${merged.count}`, merged.measurement, edges.runner());
  // Open-model shards: the result says so (its rate and shape), as a single run's would; the
  // fingerprint stays the merged run's own.
  const result = merged.load ? { ...built, load: { ...built.load, ...merged.load } } : built;
  return judgeAndSave({ profile, failOn: options.failOn, saveBaseline: options.saveBaseline, origin: options.origin }, edges, result);
}
