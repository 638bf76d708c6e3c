/**
 * What one shard uploads: its per-row, per-trial counters with each trial's HDR histogram
 * (compressed base64), the common start it aligned to, and when its own first request started.
 * Per-trial histograms, not summaries, so the merge can add them exactly (merge.ts). Rows are
 * endpoints, and with flows each flow's iteration row and its `flow/step` rows (capture and check
 * errors among the counts). An open-model shard also keeps, per row, its dropped arrivals and the
 * latency from the send, and for the run how its schedule was kept (`open`: open.ts). JSON, checked
 * on reading as untrusted (a shard's artifact is written by another job).
 */
import { readFile } from 'node:fs/promises';
import type { EndpointCounters } from '../metrics/summarize.js';
import type { ErrorCounts, RunWarning } from '../metrics/types.js';
import { LoadgateError } from '../errors.js';
import type { ShardSpec } from './plan.js';
import { keepHistogram, keptHistogramProblem, type KeptHistogram } from './kept.js';
import { shardOpenProblem, type ShardOpen } from './open.js';

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

/** One result row of a shard: an endpoint, a flow's iterations or a flow's step. */
export interface ShardRow {
  name: string;
  method: string;
  path: string;
  trials: ShardTrial[];
  /** Open model: the row's arrivals dropped at the in-flight cap, and its latency from the actual send. */
  dropped?: number;
  sendLatency?: KeptHistogram;
  /** Present when above 0 / non-empty, as in a run's endpoint result. */
  warmupUnanswered?: number;
  generatorFailures?: number;
  errorSamples?: Partial<Record<keyof ErrorCounts, string[]>>;
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
  endpoints: ShardRow[];
  /** The shard's own warnings (its generator's health among them). */
  warnings: RunWarning[];
  /** Open model: how the shard's schedule was kept, unsummarised (absent for closed and imported shards). */
  open?: ShardOpen;
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
      ...(e.dropped === undefined ? {} : { dropped: e.dropped }),
      ...(e.sendLatency ? { sendLatency: keepHistogram(e.sendLatency) } : {}),
      ...(e.warmupUnanswered > 0 ? { warmupUnanswered: e.warmupUnanswered } : {}),
      ...(e.generatorFailures > 0 ? { generatorFailures: e.generatorFailures } : {}),
      ...(Object.values(e.errorSamples).some((l) => l.length > 0) ? { errorSamples: structuredClone(e.errorSamples) } : {}),
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
      for (const k of ['capture', 'check'] as const) if (t.errors[k] !== undefined && !count(t.errors[k])) return `endpoint ${e.name}: errors.${k} is not a count`;
      for (const k of ['sumUs', 'maxUs'] as const) if (t[k] !== undefined && !(Number.isFinite(t[k]) && t[k] >= 0)) return `endpoint ${e.name}: ${k} is not a number of microseconds`;
    }
    const problem = shardRowProblem(e);
    if (problem) return `endpoint ${e.name}: ${problem}`;
  }
  return doc.open === undefined ? undefined : shardOpenProblem(doc.open);
}

/** What is wrong with a row's optional open-model and error-sample fields, or undefined. */
function shardRowProblem(e: ShardRow): string | undefined {
  for (const k of ['dropped', 'warmupUnanswered', 'generatorFailures'] as const) if (e[k] !== undefined && !count(e[k])) return `${k} is not a count`;
  if (e.sendLatency !== undefined) {
    const problem = keptHistogramProblem(e.sendLatency);
    if (problem) return `sendLatency ${problem}`;
  }
  if (e.errorSamples !== undefined) {
    if (typeof e.errorSamples !== 'object' || e.errorSamples === null) return 'errorSamples is not an object';
    for (const list of Object.values(e.errorSamples)) if (!Array.isArray(list) || list.some((m) => typeof m !== 'string')) return 'errorSamples must be lists of messages';
  }
  return undefined;
}
