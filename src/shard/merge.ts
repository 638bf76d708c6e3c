/**
 * The exact merge of shard results: per endpoint and trial, request, error and status counts are
 * summed and the HDR histograms added (HdrHistogram's add is exact: the merged histogram is the one
 * a single recorder fed every sample would hold; the exact sum and maximum, which the encoding does
 * not keep, travel beside it), trials aligned because every shard cut its window
 * from the same start (`start-at`). Flows' rows (a flow's iterations, its `flow/step` rows, the
 * `capture` and `check` error classes) merge as endpoints' do; an open-model shard's dropped
 * arrivals, latency from the send and schedule figures (`open`, open.ts) merge exactly too. The
 * merged counters then go through the engine's own summaries (metrics/summarize.ts,
 * metrics/open-summary.ts) and run-health warnings. Each shard's own warnings are kept, prefixed
 * with the shard.
 *
 * A missing shard (no result) or a late one (its first request after the warm-up and a tenth of a
 * trial: it missed measured time) makes the merged load smaller than the profile's; that is an
 * error unless `allowMissing`, and a warning (`shards-missing`: "3 of 4 shards") either way.
 */
import { addErrorCounts, createEndpointCounters, ERROR_SAMPLES_PER_CLASS, releaseEndpointCounters, STATUS_CODE_SLOTS, summarizeEndpoints, type EndpointCounters } from '../metrics/summarize.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import { openLoadWarnings } from '../metrics/open-summary.js';
import type { Measurement } from '../load/types.js';
import type { RunWarning } from '../metrics/types.js';
import { planTrials, type TrialPlan } from '../plan/trial-plan.js';
import { FLOW_ROW_METHOD } from '../flow/rows.js';
import { LoadgateError } from '../errors.js';
import type { ShardResult, ShardRow } from './result.js';
import { addKeptHistogram } from './kept.js';
import { mergeShardOpen, type MergedOpen } from './open.js';

/** A shard result and the file it came from (for messages). */
export interface ShardInput {
  file: string;
  result: ShardResult;
}

export interface MergedShards {
  measurement: Measurement;
  plan: TrialPlan;
  startAtMs: number;
  name: string;
  endpoints: Array<{ name: string; method: string; path: string }>;
  /** Open-model shards: the merged load's nominal rate (the shards' summed) and shape, for the result's load. */
  load?: { model: 'open'; rateRps: number; shape: MergedOpen['shape'] };
  /** Shards merged, of how many. */
  merged: number[];
  count: number;
  missing: number[];
  late: Array<{ index: number; lateMs: number }>;
}

/** How far past the warm-up a shard may start before it counts as late: a tenth of a trial. */
export const LATE_SHARE_OF_TRIAL = 0.1;

/** Merges the shards; throws when they do not belong together, or (unless allowed) when one is missing or late. */
export function mergeShards(inputs: readonly ShardInput[], options: { allowMissing: boolean }): MergedShards {
  if (inputs.length === 0) throw new LoadgateError('LOADGATE_SHARDS_MISSING', 'no shard results to merge (is the directory the one the shards uploaded to?)');
  const first = inputs[0].result;
  const count = first.shard.count;
  const seen = new Map<number, string>();
  for (const { file, result } of inputs) {
    const differs = result.shard.count !== count ? `it is one of ${result.shard.count} shards, not ${count}`
      : result.startAtMs !== first.startAtMs ? `its start-at ${new Date(result.startAtMs).toISOString()} is not ${new Date(first.startAtMs).toISOString()}`
        : result.name !== first.name ? `its run is "${result.name}", not "${first.name}"`
          : JSON.stringify(result.window) !== JSON.stringify(first.window) ? `its window ${JSON.stringify(result.window)} is not ${JSON.stringify(first.window)}`
            : seen.has(result.shard.index) ? `shard ${result.shard.index} came twice (also ${seen.get(result.shard.index)})` : undefined;
    if (differs) throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file} does not belong with ${inputs[0].file}: ${differs}`);
    seen.set(result.shard.index, file);
  }
  const plan = planTrials({ model: 'closed', connections: 1, requestTimeoutMs: 0, ...first.window });
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  const lateAfterMs = plan.warmupMs + LATE_SHARE_OF_TRIAL * plan.trialDurationMs;
  const late = inputs
    .map(({ result }) => ({ index: result.shard.index, lateMs: result.firstSampleMs - first.startAtMs }))
    .filter((s) => s.lateMs > lateAfterMs)
    .sort((a, b) => a.index - b.index);
  const warnings: RunWarning[] = [];
  if (missing.length > 0 || late.length > 0) {
    const onTime = count - missing.length - late.length;
    const what = [
      ...missing.map((i) => `shard ${i} missing`),
      ...late.map((s) => `shard ${s.index} started ${(s.lateMs / 1000).toFixed(3)} s after start-at, after the ${(plan.warmupMs / 1000).toFixed(3)} s warm-up`),
    ].join('; ');
    const message = `${onTime} of ${count} shards on time (${what}): the merged load is smaller than the profile's`;
    if (!options.allowMissing) {
      throw new LoadgateError('LOADGATE_SHARDS_MISSING', `${message}. Not gated; to gate on the shards that came, set allow-missing-shards (--allow-missing-shards)`);
    }
    warnings.push({ code: 'shards-missing', message: `${message}; gated anyway (allow-missing-shards)` });
  }

  const byName = new Map<string, EndpointCounters>();
  const sorted = [...inputs].sort((a, b) => a.result.shard.index - b.result.shard.index);
  const sendLatency = sorted.some(({ result }) => result.endpoints.some((e) => e.sendLatency !== undefined));
  try {
    for (const { file, result } of sorted) {
      for (const e of result.endpoints) {
        let into = byName.get(e.name);
        if (!into) {
          // Open-model rows (with a latency from the send) count dropped arrivals too, as a run's do.
          into = createEndpointCounters({ name: e.name, method: e.method, path: e.path, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length, { sendLatency });
          byName.set(e.name, into);
        }
        addShardRow(into, e, file);
      }
      for (const w of result.warnings) {
        // The strided open mix may give one shard none of a light endpoint's arrivals and another
        // all of them: whether the merged run lacked any is said by the merged run's own health.
        if (w.code === 'endpoint-unsampled') continue;
        warnings.push({ code: w.code, message: `shard ${result.shard.index}/${count}: ${w.message}` });
      }
    }
    const names = mergedRowOrder(sorted.map(({ result }) => result.endpoints));
    const endpoints = summarizeEndpoints(names.map((n) => byName.get(n)!), plan.trialDurationMs);
    const open = mergedOpen(sorted, plan.totalMs - plan.warmupMs);
    const perShard = sorted.map(({ result }) => {
      const requests = result.endpoints.reduce((s, e) => s + e.trials.reduce((t, x) => t + x.requests, 0), 0);
      const peak = result.open ? `, at most ${result.open.peakInFlight} in flight` : '';
      return `shard ${result.shard.index}: ${requests.toLocaleString('en-US')} requests, ${result.connections} connection${result.connections === 1 ? '' : 's'}${peak}`;
    });
    const model = open.merged ? 'open' : 'closed';
    warnings.unshift(
      ...runHealthWarnings({ model, endpoints, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }),
      ...(open.merged ? openLoadWarnings(open.merged.open) : []),
      { code: 'shards-merged', message: `Merged ${sorted.length} of ${count} shards, trials aligned to ${new Date(first.startAtMs).toISOString()}: ${perShard.join('; ')}.${open.note}` },
    );
    return {
      measurement: {
        startedAt: new Date(first.startAtMs),
        finishedAt: new Date(first.startAtMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints,
        warnings,
        connections: sorted.reduce((s, { result }) => s + result.connections, 0),
        ...(open.merged ? { open: open.merged.open } : {}),
      },
      ...(open.merged ? { load: { model: 'open' as const, rateRps: open.merged.rateRps, shape: open.merged.shape } } : {}),
      plan,
      startAtMs: first.startAtMs,
      name: first.name,
      endpoints: names.map((n) => ({ name: n, method: byName.get(n)!.method, path: byName.get(n)!.path })),
      merged: sorted.map(({ result }) => result.shard.index),
      count,
      missing,
      late,
    };
  } finally {
    releaseEndpointCounters([...byName.values()]);
  }
}

/** Adds one shard's row into the merged counters: counts summed, histograms added exactly, error samples kept up to the limit. */
function addShardRow(into: EndpointCounters, row: ShardRow, file: string): void {
  row.trials.forEach((t, k) => {
    const trial = into.trials[k];
    trial.requests += t.requests;
    addErrorCounts(trial.errors, t.errors);
    for (const [code, n] of Object.entries(t.statusCounts)) {
      const c = Number(code);
      if (Number.isInteger(c) && c > 0 && c < STATUS_CODE_SLOTS && Number.isSafeInteger(n)) trial.statusCounts[c] += n;
    }
    addKeptHistogram(trial.latency, { histogram: t.histogram, sumUs: t.sumUs ?? NaN, maxUs: t.maxUs ?? NaN }, `shard result ${file}: endpoint ${row.name}, trial ${k + 1}`);
  });
  if (into.dropped !== undefined) into.dropped += row.dropped ?? 0;
  if (row.sendLatency && into.sendLatency) addKeptHistogram(into.sendLatency, row.sendLatency, `shard result ${file}: endpoint ${row.name}, sendLatency`);
  into.warmupUnanswered += row.warmupUnanswered ?? 0;
  into.generatorFailures += row.generatorFailures ?? 0;
  for (const [errorClass, messages] of Object.entries(row.errorSamples ?? {}) as Array<[keyof EndpointCounters['errorSamples'], string[]]>) {
    if (!(errorClass in ERROR_CLASSES)) continue;
    const kept = (into.errorSamples[errorClass] ??= []);
    for (const m of messages) if (kept.length < ERROR_SAMPLES_PER_CLASS && !kept.includes(m)) kept.push(m);
  }
}

const ERROR_CLASSES = { refused: 1, reset: 1, timeout: 1, status: 1, other: 1, capture: 1, check: 1 };

/**
 * The merged rows' order: by name (so that shards listing labels in different orders — imports —
 * make one history), except that a flow's step rows (`flow/step` after a `FLOW` row `flow`) follow
 * their flow in step order, as one run lists them.
 */
export function mergedRowOrder(shards: ReadonlyArray<readonly ShardRow[]>): string[] {
  const flows = new Set(shards.flatMap((rows) => rows.filter((r) => r.method === FLOW_ROW_METHOD).map((r) => r.name)));
  const stepsOf = new Map<string, string[]>();
  const stepFlow = (name: string) => {
    const slash = name.indexOf('/');
    return slash > 0 && flows.has(name.slice(0, slash)) ? name.slice(0, slash) : undefined;
  };
  for (const rows of shards) {
    for (const r of rows) {
      const flow = stepFlow(r.name);
      if (flow === undefined) continue;
      const steps = stepsOf.get(flow) ?? [];
      if (!steps.includes(r.name)) steps.push(r.name);
      stepsOf.set(flow, steps);
    }
  }
  const heads = [...new Set(shards.flatMap((rows) => rows.map((r) => r.name)))].filter((n) => stepFlow(n) === undefined).sort();
  return heads.flatMap((n) => [n, ...(stepsOf.get(n) ?? [])]);
}

/**
 * The shards' open-model figures merged (open.ts), when every shard has them; with some shards
 * lacking them (a result written by an older loadgate), none, and a note saying why.
 */
function mergedOpen(sorted: readonly ShardInput[], measuredMs: number): { merged?: MergedOpen; note: string } {
  const withOpen = sorted.filter(({ result }) => result.open !== undefined);
  if (withOpen.length === 0) return { note: '' };
  if (withOpen.length < sorted.length) {
    const lacking = sorted.filter(({ result }) => result.open === undefined).map(({ result }) => result.shard.index);
    return { note: ` The open model's schedule figures are not merged: shard ${lacking.join(', ')} kept none (a result of an older loadgate); each shard's notes say how its schedule was kept.` };
  }
  const merged = mergeShardOpen(withOpen.map(({ file, result }) => ({ file, open: result.open! })), measuredMs);
  return {
    merged,
    note: ' Arrivals, drops, send lag and 10 ms slots are merged exactly; the peak in flight is the sum of the shards\' peaks (an upper bound: they need not have coincided).',
  };
}
