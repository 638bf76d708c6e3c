/**
 * One reader of an engine shard's settings for both entry points (`--shard`/`--start-at`, inputs
 * `shard`/`start-at`): both or neither, each checked, and the settings a shard has no use for
 * refused — every problem into the set-up's list, so one round fixes all.
 */
import { Inputs } from '../constants.js';
import { isUserError } from '../errors.js';
import { parseStartAt } from '../import/settings.js';
import type { SetupProblems } from '../pipeline/problems.js';
import { parseShard, type ShardSpec } from './plan.js';

/** A shard's settings, as given (empty strings count as not given). */
export interface RawShardSettings {
  shard?: string;
  startAt?: string;
  /** Settings given that a shard does not use, by name (`baseline-target`, `save-baseline`, …). */
  unused?: readonly string[];
}

/** The shard and its common start, or undefined when the run is not a shard (or was wrong: see `problems`). */
export function readShardSettings(raw: RawShardSettings, problems: SetupProblems): { shard: ShardSpec; startAtMs: number } | undefined {
  const shardText = raw.shard?.trim() || undefined;
  const startAtText = raw.startAt?.trim() || undefined;
  if (shardText === undefined && startAtText === undefined) return undefined;
  if (shardText === undefined) {
    problems.addFor(Inputs.startAt, `"${startAtText}" is given without ${problems.name(Inputs.shard)} (start-at is the common start of a sharded load; give both, e.g. shard 2/4)`);
    return undefined;
  }
  let shard: ShardSpec | undefined;
  try {
    shard = parseShard(shardText, problems.name(Inputs.shard));
  } catch (err) {
    if (!isUserError(err)) throw err;
    problems.add(err.code, err.message);
  }
  let startAtMs: number | undefined;
  if (startAtText === undefined) {
    problems.addFor(Inputs.shard, `"${shardText}" needs ${problems.name(Inputs.startAt)}: the common start every shard aligns its trials to (ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds; a setup job's output)`);
  } else {
    startAtMs = parseStartAt(startAtText);
    if (startAtMs === undefined) problems.addFor(Inputs.startAt, `"${startAtText}" is not a time (use ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds)`);
  }
  for (const name of raw.unused ?? []) {
    problems.addFor(name, `not used with ${problems.name(Inputs.shard)}: a shard writes its part for the merge, which compares, saves and reports once (give it to the merge instead)`);
  }
  return shard && startAtMs !== undefined ? { shard, startAtMs } : undefined;
}
