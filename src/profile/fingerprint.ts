/**
 * What a baseline is only comparable with: two runs may be compared if they put the same load on
 * the same requests. Thresholds, regression settings, readiness and the target are left out on
 * purpose — tightening a threshold or moving the target must not throw away the baseline history.
 */
import { createHash } from 'node:crypto';
import type { LoadSpec, Profile } from './types.js';
import { DEFAULT_RECOVERY } from './recovery.js';

/** Bump when the meaning of a field changes, so old baselines stop matching. */
const FINGERPRINT_VERSION = 1;

/** JSON with object keys sorted at every level, so key order in the profile cannot change the text. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The load as fingerprinted: a spike's recovery settings count only when they are not the defaults
 * (they change what a stored recovery time means), so spike profiles written before recovery was
 * measured keep their fingerprint.
 */
function comparableLoad(load: LoadSpec): unknown {
  if (load.model !== 'open' || !load.recovery) return load;
  const isDefault = load.recovery.band === DEFAULT_RECOVERY.band && load.recovery.settleMs === DEFAULT_RECOVERY.settleMs;
  return isDefault ? { ...load, recovery: undefined } : load;
}

/**
 * A stable hex SHA-256 over the load spec (model, connections, warm-up, duration, trials, request
 * timeout — the whole `load` object, open or closed) and each endpoint's name, method, path, headers,
 * body, weight and own timeout, and each flow's steps, pauses, captures, checks and feeder file, in canonical JSON (templates as written, never their values). Endpoint order counts (it is part of the request mix's definition);
 * key order inside mappings does not.
 */
export function profileFingerprint(profile: Profile): string {
  const comparable = {
    version: FINGERPRINT_VERSION,
    load: comparableLoad(profile.load),
    // timeoutMs is absent unless set, so profiles without per-endpoint timeouts keep their fingerprint.
    endpoints: profile.endpoints.map(({ name, method, path, headers, body, weight, timeoutMs }) => ({
      name, method, path, headers, body, weight, timeoutMs,
    })),
    // Absent without flows, so profiles without them keep their fingerprint.
    flows: profile.flows?.map((flow) => ({
      name: flow.name,
      weight: flow.weight,
      thinkTime: flow.thinkTime,
      iterationThinkTime: flow.iterationThinkTime,
      cookies: flow.cookies,
      onFailure: flow.onFailure,
      feeder: flow.feeder && { file: flow.feeder.file, order: flow.feeder.order },
      steps: flow.steps.map(({ name, method, path, headers, body, timeoutMs, captures, checks }) => ({
        name, method, path, headers, body, timeoutMs, captures, checks,
      })),
    })),
    // Absent for HTTP profiles, so their fingerprints stay; a WebSocket load's every setting but its
    // thresholds changes what is measured.
    ...(profile.websocket ? { websocket: { ...profile.websocket, thresholds: undefined, handshakeThresholds: undefined } } : {}),
  };
  return createHash('sha256').update(canonicalJson(comparable)).digest('hex');
}
