/**
 * The exact merge of shard results: per endpoint and trial, request, error and status counts are
 * summed and the HDR histograms added (HdrHistogram's add is exact: the merged histogram is the one
 * a single recorder fed every sample would hold; the exact sum and maximum, which the encoding does
 * not keep, travel beside it), trials aligned because every shard cut its window
 * from the same start (`start-at`). The merged counters then go through the engine's own summary
 * (metrics/summarize.ts). Each shard's own warnings are kept, prefixed with the shard.
 *
 * A missing shard (no result) or a late one (its first request after the warm-up and a tenth of a
 * trial: it missed measured time) makes the merged load smaller than the profile's; that is an
 * error unless `allowMissing`, and a warning (`shards-missing`: "3 of 4 shards") either way.
 */
import { decodeLatencyHistogram } from '../metrics/histogram.js';
import { createEndpointCounters, releaseEndpointCounters, STATUS_CODE_SLOTS, summarizeEndpoints, type EndpointCounters } from '../metrics/summarize.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import type { Measurement } from '../load/types.js';
import type { RunWarning } from '../metrics/types.js';
import { planTrials, type TrialPlan } from '../plan/trial-plan.js';
import { LoadgateError } from '../errors.js';
import type { ShardResult } from './result.js';

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
  try {
    for (const { file, result } of sorted) {
      for (const e of result.endpoints) {
        let into = byName.get(e.name);
        if (!into) {
          into = createEndpointCounters({ name: e.name, method: e.method, path: e.path, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length);
          byName.set(e.name, into);
        }
        e.trials.forEach((t, k) => {
          const trial = into!.trials[k];
          trial.requests += t.requests;
          for (const c of ['refused', 'reset', 'timeout', 'status', 'other'] as const) trial.errors[c] += t.errors[c];
          for (const [code, n] of Object.entries(t.statusCounts)) {
            const c = Number(code);
            if (Number.isInteger(c) && c > 0 && c < STATUS_CODE_SLOTS && Number.isSafeInteger(n)) trial.statusCounts[c] += n;
          }
          if (t.histogram) {
            let h;
            try {
              h = decodeLatencyHistogram(t.histogram);
            } catch (err) {
              throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: endpoint ${e.name}, trial ${k + 1}: ${(err as Error).message}`);
            }
            if (t.sumUs !== undefined && t.maxUs !== undefined) h.restoreExact(t.sumUs, t.maxUs);
            trial.latency.add(h);
            h.release();
          }
        });
      }
      for (const w of result.warnings) warnings.push({ code: w.code, message: `shard ${result.shard.index}/${count}: ${w.message}` });
    }
    const names = [...byName.keys()].sort();
    const endpoints = summarizeEndpoints(names.map((n) => byName.get(n)!), plan.trialDurationMs);
    const perShard = sorted.map(({ result }) => {
      const requests = result.endpoints.reduce((s, e) => s + e.trials.reduce((t, x) => t + x.requests, 0), 0);
      return `shard ${result.shard.index}: ${requests.toLocaleString('en-US')} requests, ${result.connections} connections`;
    });
    warnings.unshift(
      ...runHealthWarnings({ model: 'closed', endpoints, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }),
      { code: 'shards-merged', message: `Merged ${sorted.length} of ${count} shards, trials aligned to ${new Date(first.startAtMs).toISOString()}: ${perShard.join('; ')}.` },
    );
    return {
      measurement: {
        startedAt: new Date(first.startAtMs),
        finishedAt: new Date(first.startAtMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints,
        warnings,
        connections: sorted.reduce((s, { result }) => s + result.connections, 0),
      },
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
