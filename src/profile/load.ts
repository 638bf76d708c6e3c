/**
 * The `load:` section: the closed model (a fixed pool of connections) or the open model (an arrival
 * rate), a warm-up that is thrown away, then the measured phase cut into `trials` equal
 * back-to-back trials whose summaries feed the statistics.
 *
 *   connections ─┬───────────┬─────┬─────┬─────┬─────┐      rate: 2000 (open) — same timeline,
 *                │  warm-up  │ t1  │ t2  │ ... │ tN  │      requests arrive on schedule instead
 *                └───────────┴─────┴─────┴─────┴─────┘
 *                              └──── duration ─────┘
 *
 * `rate` or `stages` make the load open; `connections` (or nothing) closed. Keys of the other model
 * are refused with a message that says which model they belong to.
 */
import type { ClosedModelLoad, LoadSpec, OpenModelLoad } from './types.js';
import { formatDurationMs } from './duration.js';
import { describeValue, joinPath, readDuration, readInteger, readMapping, type Issue, type Mapping } from './read.js';
import { readShape, readStages } from './open-load.js';
import { readCapacity } from './capacity.js';
import { readRecovery } from './recovery.js';
import { spikeSpan } from '../plan/rate-schedule.js';

const COMMON_KEYS = ['warmup', 'duration', 'trials', 'request_timeout', 'seed'] as const;
export const CLOSED_KEYS = ['connections', 'think_time', 'pipelining'] as const;
export const OPEN_KEYS = ['rate', 'shape', 'start_rate', 'steps', 'spike_rate', 'spike_duration', 'stages', 'max_in_flight', 'capacity', 'recovery'] as const;
const LOAD_KEYS = [...CLOSED_KEYS, ...OPEN_KEYS, ...COMMON_KEYS];

/** Below this a trial holds too few requests for its percentiles to mean much. */
const MIN_TRIAL_MS = 100;
/** Caps (a day for the duration, read.ts): a warm-up is minutes, a request that takes 10 minutes has failed. */
export const MAX_WARMUP_MS = 3_600_000;
export const MAX_REQUEST_TIMEOUT_MS = 600_000;

const DEFAULT_LOAD: ClosedModelLoad = {
  model: 'closed',
  connections: 50,
  warmupMs: 2_000,
  durationMs: 30_000,
  trials: 10,
  requestTimeoutMs: 10_000,
};

export const DEFAULT_MAX_IN_FLIGHT = 1000;

/** True when a raw `load:` mapping describes the open model. */
export function isOpenMapping(mapping: Mapping): boolean {
  return mapping.rate !== undefined || mapping.stages !== undefined || mapping.capacity !== undefined;
}

/**
 * Reads `load:`, every key optional. Closed: connections 50 (1..10000), think_time, pipelining
 * (1..256). Open: rate (requests/s) with an optional shape, or stages; max_in_flight 1000. Both:
 * warmup 2s (may be 0s), duration 30s (> 0; derived from stages), trials 10 (2..200),
 * request_timeout 10s, seed; each trial must last at least 100 ms. A bad value is reported and
 * replaced by its default so later checks still run.
 */
export function readLoad(value: unknown, path: string, issues: Issue[]): LoadSpec {
  if (value === undefined) return { ...DEFAULT_LOAD };
  const mapping = readMapping(value, path, LOAD_KEYS, issues);
  if (!mapping) return { ...DEFAULT_LOAD };
  const at = (key: string) => joinPath(path, key);
  const open = isOpenMapping(mapping);
  for (const key of open ? CLOSED_KEYS : OPEN_KEYS) {
    if (mapping[key] === undefined) continue;
    issues.push({
      path: at(key),
      message: open
        ? `belongs to the closed model (connections), but rate, stages or capacity make this load open; remove one or the other`
        : `belongs to the open model; give rate (requests/s), stages or capacity to use it`,
    });
  }
  const common = readCommon(mapping, at, issues);
  let durationOk = common.durationOk;
  let load: LoadSpec;
  if (open) {
    const openLoad = readOpen(mapping, path, common, issues);
    if (mapping.stages !== undefined || mapping.capacity !== undefined) durationOk = openLoad.durationMs > 0;
    load = openLoad;
  } else {
    load = readClosed(mapping, at, common, issues);
  }
  const trialMs = load.durationMs / load.trials;
  if (durationOk && common.trialsOk && trialMs < MIN_TRIAL_MS) {
    issues.push({
      path: at(mapping.stages !== undefined ? 'stages' : 'duration'),
      message: `${formatDurationMs(load.durationMs)} split into ${load.trials} trials gives ${formatDurationMs(trialMs)} per trial; each trial needs at least ${MIN_TRIAL_MS}ms (raise load.duration or lower load.trials)`,
    });
  }
  return load;
}

interface Common {
  warmupMs: number;
  durationMs: number;
  trials: number;
  requestTimeoutMs: number;
  seed?: number;
  durationOk: boolean;
  trialsOk: boolean;
}

function readCommon(mapping: Mapping, at: (key: string) => string, issues: Issue[]): Common {
  const c: Common = {
    warmupMs: DEFAULT_LOAD.warmupMs,
    durationMs: DEFAULT_LOAD.durationMs,
    trials: DEFAULT_LOAD.trials,
    requestTimeoutMs: DEFAULT_LOAD.requestTimeoutMs,
    durationOk: true,
    trialsOk: true,
  };
  if (mapping.warmup !== undefined) c.warmupMs = readDuration(mapping.warmup, at('warmup'), true, issues, MAX_WARMUP_MS) ?? c.warmupMs;
  if (mapping.duration !== undefined && mapping.stages === undefined) {
    const durationMs = readDuration(mapping.duration, at('duration'), false, issues);
    c.durationOk = durationMs !== undefined;
    c.durationMs = durationMs ?? c.durationMs;
  }
  if (mapping.trials !== undefined) {
    const trials = readInteger(mapping.trials, at('trials'), 2, 200, issues);
    c.trialsOk = trials !== undefined;
    c.trials = trials ?? c.trials;
  }
  if (mapping.request_timeout !== undefined) {
    c.requestTimeoutMs = readDuration(mapping.request_timeout, at('request_timeout'), false, issues, MAX_REQUEST_TIMEOUT_MS) ?? c.requestTimeoutMs;
  }
  if (mapping.seed !== undefined) {
    const seed = readInteger(mapping.seed, at('seed'), 0, 4_294_967_295, issues);
    if (seed !== undefined) c.seed = seed;
  }
  return c;
}

function base(c: Common) {
  return {
    warmupMs: c.warmupMs,
    durationMs: c.durationMs,
    trials: c.trials,
    requestTimeoutMs: c.requestTimeoutMs,
    ...(c.seed === undefined ? {} : { seed: c.seed }),
  };
}

function readClosed(mapping: Mapping, at: (key: string) => string, c: Common, issues: Issue[]): ClosedModelLoad {
  const load: ClosedModelLoad = { model: 'closed', connections: DEFAULT_LOAD.connections, ...base(c) };
  if (mapping.connections !== undefined) {
    load.connections = readInteger(mapping.connections, at('connections'), 1, 10_000, issues) ?? load.connections;
  }
  if (mapping.pipelining !== undefined) {
    const pipelining = readInteger(mapping.pipelining, at('pipelining'), 1, 256, issues);
    if (pipelining !== undefined && pipelining > 1) load.pipelining = pipelining;
  }
  if (mapping.think_time !== undefined) {
    const think = readThinkTime(mapping.think_time, at('think_time'), issues);
    if (think !== undefined) load.thinkTime = think;
  }
  return load;
}

/** `think_time: 500ms` (fixed) or `think_time: { min: 100ms, max: 2s }` (uniform, like Locust's between). */
export function readThinkTime(value: unknown, path: string, issues: Issue[]): ClosedModelLoad['thinkTime'] {
  if (typeof value === 'string' || typeof value === 'number') {
    const ms = readDuration(value, path, true, issues);
    return ms === undefined ? undefined : { minMs: ms, maxMs: ms };
  }
  const mapping = readMapping(value, path, ['min', 'max'], issues);
  if (!mapping) return undefined;
  if (mapping.min === undefined || mapping.max === undefined) {
    issues.push({ path, message: 'needs both min and max (e.g. { min: 100ms, max: 2s }), or a single duration' });
    return undefined;
  }
  const minMs = readDuration(mapping.min, joinPath(path, 'min'), true, issues);
  const maxMs = readDuration(mapping.max, joinPath(path, 'max'), true, issues);
  if (minMs === undefined || maxMs === undefined) return undefined;
  if (minMs > maxMs) {
    issues.push({ path: joinPath(path, 'max'), message: `${describeValue(mapping.max)} is shorter than min ${describeValue(mapping.min)}` });
    return undefined;
  }
  return { minMs, maxMs };
}

function readOpen(mapping: Mapping, path: string, c: Common, issues: Issue[]): OpenModelLoad {
  const at = (key: string) => joinPath(path, key);
  const maxInFlight = mapping.max_in_flight === undefined
    ? DEFAULT_MAX_IN_FLIGHT
    : readInteger(mapping.max_in_flight, at('max_in_flight'), 1, 10_000, issues) ?? DEFAULT_MAX_IN_FLIGHT;
  const load: OpenModelLoad = {
    model: 'open',
    rateRps: 1,
    shape: { kind: 'constant' },
    maxInFlight,
    connections: maxInFlight,
    ...base(c),
  };
  if (mapping.capacity !== undefined || mapping.stages !== undefined) readRecovery(mapping, path, mapping.capacity !== undefined ? 'capacity' : 'stages', 0, issues);
  if (mapping.capacity !== undefined) {
    const ladder = readCapacity(mapping, path, c.warmupMs, issues);
    if (!ladder) {
      load.durationMs = 0;
      return load;
    }
    load.shape = ladder.plan.shape;
    load.rateRps = ladder.settings.ceilingRps;
    load.durationMs = ladder.plan.durationMs;
    load.trials = ladder.plan.trials;
    load.capacity = ladder.settings;
    return load;
  }
  if (mapping.stages !== undefined) {
    const stages = readStages(mapping, path, c.warmupMs, issues);
    if (stages) {
      load.shape = stages.shape;
      load.rateRps = stages.peakRps;
      load.durationMs = stages.durationMs;
    } else {
      load.durationMs = 0;
    }
    return load;
  }
  const shaped = readShape(mapping, path, c.durationMs, issues);
  load.rateRps = shaped.rateRps;
  load.shape = shaped.shape;
  const watchMs = shaped.shape.kind === 'spike' ? c.durationMs - spikeSpan(shaped.shape.spikeMs, c.durationMs).endMs : 0;
  const recovery = readRecovery(mapping, path, shaped.shape.kind, watchMs, issues);
  if (recovery) load.recovery = recovery;
  return load;
}
