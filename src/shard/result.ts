/**
 * What one shard uploads: its per-endpoint, per-trial counters with each trial's HDR histogram
 * (compressed base64), the common start it aligned to, and when its own first request started.
 * Per-trial histograms, not summaries, so the merge can add them exactly (merge.ts). JSON, checked
 * on reading as untrusted (a shard's artifact is written by another job).
 */
import { readFile } from 'node:fs/promises';
import type { EndpointCounters } from '../metrics/summarize.js';
import type { ErrorCounts, RunWarning } from '../metrics/types.js';
import { LoadgateError } from '../errors.js';
import type { ShardSpec } from './plan.js';

export const SHARD_RESULT_KIND = 'loadgate-shard-result';
export const SHARD_RESULT_VERSION = 1;
/** A shard result larger than this is refused unread. */
export const SHARD_RESULT_MAX_BYTES = 64 * 1024 * 1024;

export interface ShardTrial {
  requests: number;
  errors: ErrorCounts;
  statusCounts: Record<string, number>;
  /** The trial's latency histogram (LatencyHistogram.encode()); '' when nothing was answered. */
  histogram: string;
  /** The exact sum and maximum of the trial's latencies, µs, which the encoding does not keep (absent in older results). */
  sumUs?: number;
  maxUs?: number;
}

export interface ShardResult {
  kind: typeof SHARD_RESULT_KIND;
  version: typeof SHARD_RESULT_VERSION;
  name: string;
  shard: ShardSpec;
  /** The common start every shard aligned its trials to, epoch ms. */
  startAtMs: number;
  /** When this shard's first request started, epoch ms. */
  firstSampleMs: number;
  window: { warmupMs: number; durationMs: number; trials: number };
  connections: number;
  endpoints: Array<{ name: string; method: string; path: string; trials: ShardTrial[] }>;
  /** The shard's own warnings (its generator's health among them). */
  warnings: RunWarning[];
}

/** The shard result of counters (pure apart from encoding the histograms). */
export function shardResultOf(
  counters: readonly EndpointCounters[],
  fields: Omit<ShardResult, 'kind' | 'version' | 'endpoints'>,
): ShardResult {
  return {
    kind: SHARD_RESULT_KIND,
    version: SHARD_RESULT_VERSION,
    ...fields,
    endpoints: counters.map((e) => ({
      name: e.name,
      method: e.method,
      path: e.path,
      trials: e.trials.map((t) => {
        const statusCounts: Record<string, number> = {};
        for (let code = 0; code < t.statusCounts.length; code++) if (t.statusCounts[code] > 0) statusCounts[String(code)] = t.statusCounts[code];
        if (t.latency.count === 0) return { requests: t.requests, errors: { ...t.errors }, statusCounts, histogram: '' };
        const exact = { sumUs: Math.round(t.latency.meanMicros * t.latency.count), maxUs: t.latency.maxMicros };
        return { requests: t.requests, errors: { ...t.errors }, statusCounts, histogram: t.latency.encode(), ...exact };
      }),
    })),
  };
}

/** Reads and checks one shard result file; the error names the file and the first problem. */
export async function readShardResult(file: string): Promise<ShardResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  if (text.length > SHARD_RESULT_MAX_BYTES) throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: larger than ${SHARD_RESULT_MAX_BYTES} bytes`);
  let doc: ShardResult;
  try {
    doc = JSON.parse(text) as ShardResult;
  } catch (err) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: not JSON (${(err as Error).message})`);
  }
  const problem = shardResultProblem(doc);
  if (problem) throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: ${problem}`);
  return doc;
}

const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** The first thing wrong with a parsed shard result, or undefined. */
export function shardResultProblem(doc: ShardResult): string | undefined {
  if (typeof doc !== 'object' || doc === null || doc.kind !== SHARD_RESULT_KIND) return `not a loadgate shard result (kind is not "${SHARD_RESULT_KIND}")`;
  if (doc.version !== SHARD_RESULT_VERSION) return `version ${JSON.stringify(doc.version)} is not ${SHARD_RESULT_VERSION}`;
  const s = doc.shard;
  if (!s || !count(s.index) || !count(s.count) || s.index < 1 || s.index > s.count) return `shard ${JSON.stringify(s)} is not {index, count} with 1 <= index <= count`;
  if (!Number.isFinite(doc.startAtMs) || !Number.isFinite(doc.firstSampleMs)) return 'startAtMs and firstSampleMs must be epoch milliseconds';
  const w = doc.window;
  if (!w || !(w.warmupMs >= 0) || !(w.durationMs > 0) || !count(w.trials) || w.trials < 1) return 'window must have warmupMs >= 0, durationMs > 0 and trials >= 1';
  if (typeof doc.name !== 'string' || !Array.isArray(doc.endpoints) || !Array.isArray(doc.warnings)) return 'name, endpoints and warnings are required';
  for (const e of doc.endpoints) {
    if (typeof e?.name !== 'string' || !Array.isArray(e.trials) || e.trials.length !== w.trials) return `endpoint ${JSON.stringify(e?.name)}: one trial per window trial (${w.trials}) expected`;
    for (const t of e.trials) {
      if (!count(t.requests) || typeof t.histogram !== 'string' || typeof t.errors !== 'object' || typeof t.statusCounts !== 'object') return `endpoint ${e.name}: a trial without requests, errors, statusCounts and histogram`;
      for (const k of ['refused', 'reset', 'timeout', 'status', 'other'] as const) if (!count(t.errors[k])) return `endpoint ${e.name}: errors.${k} is not a count`;
      for (const k of ['sumUs', 'maxUs'] as const) if (t[k] !== undefined && !(Number.isFinite(t[k]) && t[k] >= 0)) return `endpoint ${e.name}: ${k} is not a number of microseconds`;
    }
  }
  return undefined;
}
