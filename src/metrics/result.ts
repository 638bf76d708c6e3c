/** Assembles the versioned run result from the load measurement and what is known about the run. */
import type { Profile } from '../profile/types.js';
import { RESULT_SCHEMA_VERSION, type LatencyDrift, type RunResult, type RunnerFingerprint } from './types.js';
import { latencyDrifts } from './latency-drift.js';
import type { Measurement } from '../load/types.js';
import { VERSION } from '../constants.js';

/** Builds the result document; totals are sums over endpoints, rates over the measured phase. */
export function buildRunResult(
  profile: Profile,
  fingerprint: string,
  target: string,
  measurement: Measurement,
  runner: RunnerFingerprint,
): RunResult {
  const requests = sum(measurement.endpoints.map((e) => e.requests));
  const errors = sum(measurement.endpoints.map((e) => e.errors));
  const rps = sum(measurement.endpoints.map((e) => e.rps));
  const load = profile.load;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: 'loadgate', version: VERSION },
    profile: { name: profile.name, fingerprint, ...(profile.level ? { level: profile.level } : {}) },
    target,
    startedAt: measurement.startedAt.toISOString(),
    finishedAt: measurement.finishedAt.toISOString(),
    load: {
      model: load.model,
      connections: Math.max(1, measurement.connections ?? load.connections),
      warmupMs: load.warmupMs,
      durationMs: load.durationMs,
      trials: load.trials,
      trialDurationMs: measurement.trialDurationMs,
      ...(load.model === 'open' ? { rateRps: load.rateRps, shape: load.shape.kind } : {}),
      ...(load.model === 'closed' && load.pipelining ? { pipelining: load.pipelining } : {}),
      ...(load.seed === undefined ? {} : { seed: load.seed }),
    },
    runner,
    endpoints: measurement.endpoints,
    totals: {
      requests,
      errors,
      rps: Math.round(rps * 10) / 10,
      errorRate: requests === 0 ? 0 : errors / requests,
    },
    warnings: measurement.warnings,
    ...(measurement.open ? { open: measurement.open } : {}),
    ...(measurement.websocket ? { websocket: measurement.websocket } : {}),
    ...(measurement.generator ? { generator: measurement.generator } : {}),
    ...(measurement.targetResources ? { targetResources: measurement.targetResources } : {}),
    ...(measurement.timeline ? { timeline: measurement.timeline } : {}),
    ...withDrift(latencyDrifts(measurement.timeline)),
  };
}

function withDrift(drifts: LatencyDrift[] | undefined): { latencyDrift?: LatencyDrift[] } {
  return drifts ? { latencyDrift: drifts } : {};
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
