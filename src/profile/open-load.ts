/**
 * The open model's keys in `load:`: a rate with a named shape, or explicit stages. The compiled
 * schedule (plan/rate-schedule.ts) is what the runner follows; this file only checks what the user
 * wrote and says, for every mistake, which key, which value and what would be valid.
 *
 *   rate: 2000                                  constant 2000 requests/s
 *   rate: 2000, shape: ramp, start_rate: 100    100 → 2000 linearly over the measured phase
 *   rate: 2000, shape: step, steps: 4           500, 1000, 1500, 2000 in four equal steps
 *   rate: 500, shape: spike, spike_rate: 3000   500 → 3000 for spike_duration (20%) in the middle → 500
 *   rate: 500, shape: soak                      ramp up to 500 during the warm-up, then hold it
 *   stages: [{ duration: 30s, rate: 100 }, …]   the whole run (warm-up included), each stage
 *                                               ramping from the previous rate (start_rate, default 0)
 */
import type { RateShape } from './types.js';
import { formatDurationMs } from './duration.js';
import { MAX_DURATION_MS, describeValue, joinPath, readDuration, readInteger, readMapping, type Issue, type Mapping } from './read.js';
import { DEFAULT_SPIKE_SHARE } from '../plan/rate-schedule.js';

export const SHAPES = ['constant', 'ramp', 'step', 'spike', 'soak'] as const;
const MAX_RATE_RPS = 1_000_000;
const STAGE_KEYS = ['duration', 'rate'] as const;

/** A rate in requests/s: a number > 0 (fractions allowed: 0.5 is one request every two seconds). */
export function readRate(value: unknown, path: string, allowZero: boolean, issues: Issue[]): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= MAX_RATE_RPS) return value;
  const hint = typeof value === 'string' && /^\d/.test(value) ? ' (write a bare number of requests per second, e.g. 2000)' : '';
  issues.push({
    path,
    message: `${describeValue(value)} is not a rate in requests per second (a number ${allowZero ? '>= 0' : '> 0'} and at most ${MAX_RATE_RPS})${hint}`,
  });
  return undefined;
}

/** Reads `rate` and `shape` with the shape's parameters; keys of another shape are refused. */
export function readShape(mapping: Mapping, path: string, durationMs: number, issues: Issue[]): { rateRps: number; shape: RateShape } {
  const at = (key: string) => joinPath(path, key);
  const rateRps = readRate(mapping.rate, at('rate'), false, issues) ?? 1;
  let kind = 'constant' as (typeof SHAPES)[number];
  if (mapping.shape !== undefined) {
    if (SHAPES.includes(mapping.shape as never)) kind = mapping.shape as typeof kind;
    else issues.push({ path: at('shape'), message: `${describeValue(mapping.shape)} is not a load shape (use ${SHAPES.join(', ')}; or give stages)` });
  }
  const owners: Record<string, string> = { start_rate: 'ramp', steps: 'step', spike_rate: 'spike', spike_duration: 'spike' };
  for (const [key, owner] of Object.entries(owners)) {
    if (mapping[key] !== undefined && owner !== kind) {
      issues.push({ path: at(key), message: `only applies to shape: ${owner} (this load's shape is ${kind})` });
    }
  }
  switch (kind) {
    case 'ramp': {
      const startRps = mapping.start_rate === undefined ? 0 : readRate(mapping.start_rate, at('start_rate'), true, issues) ?? 0;
      return { rateRps, shape: { kind, startRps } };
    }
    case 'step': {
      const steps = mapping.steps === undefined ? 5 : readInteger(mapping.steps, at('steps'), 2, 100, issues) ?? 5;
      return { rateRps, shape: { kind, steps } };
    }
    case 'spike': {
      let spikeRps = rateRps * 5;
      if (mapping.spike_rate === undefined) {
        issues.push({ path: at('spike_rate'), message: 'is required for shape: spike (the rate during the spike, requests/s)' });
      } else {
        spikeRps = readRate(mapping.spike_rate, at('spike_rate'), false, issues) ?? spikeRps;
      }
      let spikeMs = durationMs * DEFAULT_SPIKE_SHARE;
      if (mapping.spike_duration !== undefined) {
        const ms = readDuration(mapping.spike_duration, at('spike_duration'), false, issues);
        if (ms !== undefined && ms > durationMs) {
          issues.push({ path: at('spike_duration'), message: `${describeValue(mapping.spike_duration)} is longer than the measured duration ${formatDurationMs(durationMs)}` });
        } else if (ms !== undefined) {
          spikeMs = ms;
        }
      }
      return { rateRps, shape: { kind, spikeRps, spikeMs } };
    }
    default:
      return { rateRps, shape: { kind } };
  }
}

/**
 * Reads `stages:` (with `start_rate`): a non-empty list of `{ duration, rate }`. The stages make the
 * whole run; `duration` is derived (their sum minus the warm-up), so giving it too is refused, and
 * the warm-up must end before the stages do.
 */
export function readStages(
  mapping: Mapping,
  path: string,
  warmupMs: number,
  issues: Issue[],
): { shape: RateShape; peakRps: number; durationMs: number } | undefined {
  const at = (key: string) => joinPath(path, key);
  for (const key of ['rate', 'shape', 'duration'] as const) {
    if (mapping[key] === undefined) continue;
    const why = key === 'duration'
      ? 'is the stages\' total minus the warm-up when stages are given; remove it'
      : 'cannot be combined with stages (stages give the rate over time); remove one or the other';
    issues.push({ path: at(key), message: why });
  }
  const startRps = mapping.start_rate === undefined ? 0 : readRate(mapping.start_rate, at('start_rate'), true, issues) ?? 0;
  const value = mapping.stages;
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path: at('stages'), message: `${Array.isArray(value) ? 'an empty list' : describeValue(value)} is not a list of stages (e.g. - { duration: 30s, rate: 500 })` });
    return undefined;
  }
  const stages: { durationMs: number; rateRps: number }[] = [];
  let ok = true;
  value.forEach((item, i) => {
    const itemPath = joinPath(at('stages'), i);
    const stage = readMapping(item, itemPath, STAGE_KEYS, issues);
    if (!stage) return void (ok = false);
    const durationMs = stage.duration === undefined
      ? void issues.push({ path: joinPath(itemPath, 'duration'), message: 'is required (how long this stage lasts; 0s jumps straight to its rate)' })
      : readDuration(stage.duration, joinPath(itemPath, 'duration'), true, issues);
    const rateRps = stage.rate === undefined
      ? void issues.push({ path: joinPath(itemPath, 'rate'), message: 'is required (the rate reached at the end of this stage, requests/s)' })
      : readRate(stage.rate, joinPath(itemPath, 'rate'), true, issues);
    if (durationMs === undefined || rateRps === undefined) return void (ok = false);
    stages.push({ durationMs, rateRps });
  });
  if (!ok) return undefined;
  const totalMs = stages.reduce((sum, s) => sum + s.durationMs, 0);
  const peakRps = Math.max(startRps, ...stages.map((s) => s.rateRps));
  if (totalMs <= warmupMs) {
    issues.push({ path: at('stages'), message: `the stages last ${formatDurationMs(totalMs)}, which leaves nothing to measure after the ${formatDurationMs(warmupMs)} warm-up` });
    return undefined;
  }
  if (totalMs - warmupMs > MAX_DURATION_MS) {
    issues.push({ path: at('stages'), message: `the stages measure ${formatDurationMs(totalMs - warmupMs)} after the warm-up, longer than ${formatDurationMs(MAX_DURATION_MS)}, the most a run may last` });
    return undefined;
  }
  if (peakRps <= 0) {
    issues.push({ path: at('stages'), message: 'every stage has rate 0, so no request would be sent' });
    return undefined;
  }
  return { shape: { kind: 'stages', startRps, stages }, peakRps, durationMs: totalMs - warmupMs };
}
