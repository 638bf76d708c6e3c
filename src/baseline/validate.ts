/**
 * The strict check of a stored baseline document, which is data from outside this run: a file a
 * person edited, a cache entry another version wrote, or something planted. Every field the verdict
 * and the report read is checked for type, sign and size, so what passes can be compared without
 * another check, and what fails is `unusable` with one reason naming the field and the value — the
 * run goes on without it and the next save replaces it. Nothing here throws, and no message quotes
 * more than a short, JSON-escaped piece of a value.
 *
 * An endpoint with no requests at all carries no data (its latencies are placeholders): it is valid,
 * and left out of the document handed on, as `baselineRunFromResult` leaves it out of a saved run.
 */
import { BASELINE_SCHEMA_VERSION, ROW_NAME, type Baseline } from './types.js';
import { trendProblem } from './validate-trend.js';

/** The most runs a history may keep (`regression.history` allows 2..100). */
export const MAX_STORED_RUNS = 100;
/** The most endpoints and trials a stored run may hold: the profile's own caps. */
export const MAX_STORED_ENDPOINTS = 100;
export const MAX_STORED_TRIALS = 200;
/** Longer texts than this (a runner's CPU model, a ref, a histogram) are not ones loadgate wrote. */
const MAX_TEXT_CHARS = 1_000;
const MAX_HISTOGRAM_CHARS = 1_000_000;
/** The characters of profile and endpoint names (profile/read.ts). */
const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const LATENCY_KEYS = ['p50', 'p90', 'p95', 'p99', 'max', 'mean'] as const;

export type BaselineCheck = { ok: true; baseline: Baseline } | { ok: false; reason: string };

/**
 * Checks a parsed document and returns the baseline to use (endpoints without requests left out)
 * or the first problem found. `profileName`, when given, must be the document's own profile: a
 * file holding another profile's history is not this one's.
 */
export function checkBaseline(doc: unknown, profileName?: string): BaselineCheck {
  try {
    const problem = documentProblem(doc, profileName);
    if (problem) return { ok: false, reason: problem };
  } catch {
    // Only a document built to defeat the checks (getters cannot come from JSON) gets here.
    return { ok: false, reason: 'not a baseline document' };
  }
  const d = doc as Baseline;
  return {
    ok: true,
    baseline: { ...d, runs: d.runs.map((run) => ({ ...run, endpoints: run.endpoints.filter((e) => e.requests > 0) })) },
  };
}

/** A value as a message shows it: JSON, cut short, so a planted text cannot fill a report. */
function show(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (typeof value === 'object') return Array.isArray(value) ? 'a list' : 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 20 ? `${value.slice(0, 17)}...` : value);
  return String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function countProblem(value: unknown, where: string): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return undefined;
  return `${where} is ${show(value)}, not a count (a whole number >= 0)`;
}

function textProblem(value: unknown, where: string, optional = false): string | undefined {
  if (optional && value === undefined) return undefined;
  if (typeof value === 'string' && value.length <= MAX_TEXT_CHARS) return undefined;
  return typeof value === 'string'
    ? `${where} is longer than ${MAX_TEXT_CHARS} characters`
    : `${where} is ${show(value)}, not a text`;
}

function listProblem(value: unknown, where: string, min: number, max: number): string | undefined {
  if (!Array.isArray(value)) return `${where} is ${show(value)}, not a list`;
  if (value.length < min) return `${where} is empty`;
  if (value.length > max) return `${where} holds ${value.length} entries, more than the ${max} loadgate keeps`;
  return undefined;
}

function documentProblem(doc: unknown, profileName: string | undefined): string | undefined {
  if (!isObject(doc)) return 'not a JSON object';
  const version = own(doc, 'schemaVersion');
  if (version !== BASELINE_SCHEMA_VERSION) return `schemaVersion is ${show(version)}, this loadgate reads ${BASELINE_SCHEMA_VERSION}`;
  const profile = own(doc, 'profile');
  if (!isObject(profile) || typeof own(profile, 'name') !== 'string' || typeof own(profile, 'fingerprint') !== 'string') {
    return 'profile.name or profile.fingerprint is missing';
  }
  if (!NAME.test(profile.name as string)) return `profile.name is ${show(profile.name)}, not a profile name`;
  const fingerprintProblem = textProblem(profile.fingerprint, 'profile.fingerprint');
  if (fingerprintProblem) return fingerprintProblem;
  if (profileName !== undefined && profile.name !== profileName) {
    return `it holds the history of profile ${show(profile.name)}, not of ${show(profileName)}`;
  }
  const runs = own(doc, 'runs');
  if (!Array.isArray(runs) || runs.length === 0) return 'runs is missing or empty';
  const runsProblem = listProblem(runs, 'runs', 1, MAX_STORED_RUNS);
  if (runsProblem) return runsProblem;
  for (const [i, run] of runs.entries()) {
    const problem = runProblem(run, `runs[${i}]`);
    if (problem) return problem;
  }
  return own(doc, 'trend') === undefined ? undefined : trendProblem(own(doc, 'trend'));
}

function runProblem(run: unknown, where: string): string | undefined {
  if (!isObject(run)) return `${where} is ${show(run)}, not a run`;
  const savedAt = own(run, 'savedAt');
  if (typeof savedAt !== 'string' || savedAt.length > 64 || Number.isNaN(Date.parse(savedAt))) {
    return `${where}.savedAt is ${show(savedAt)}, not a date and time`;
  }
  const originProblem = textProblem(own(run, 'commit'), `${where}.commit`, true) ?? textProblem(own(run, 'ref'), `${where}.ref`, true);
  if (originProblem) return originProblem;
  const runner = own(run, 'runner');
  if (!isObject(runner)) return `${where}.runner is ${show(runner)}, not a runner description`;
  for (const key of ['cpuModel', 'os', 'node'] as const) {
    const problem = textProblem(own(runner, key), `${where}.runner.${key}`);
    if (problem) return problem;
  }
  const cores = own(runner, 'cores');
  if (!(typeof cores === 'number' && Number.isSafeInteger(cores) && cores >= 1)) return `${where}.runner.cores is ${show(cores)}, not a number of cores (>= 1)`;
  const trialMs = own(run, 'trialDurationMs');
  if (!(typeof trialMs === 'number' && Number.isFinite(trialMs) && trialMs > 0)) {
    return `${where}.trialDurationMs is ${show(trialMs)}, not a duration (a number of milliseconds > 0)`;
  }
  const capacity = own(run, 'capacityRps');
  if (capacity !== undefined && !(typeof capacity === 'number' && Number.isFinite(capacity) && capacity >= 0)) {
    return `${where}.capacityRps is ${show(capacity)}, not a rate (a number of requests per second >= 0)`;
  }
  const cpu = own(run, 'cpuMsPerRequest');
  if (cpu !== undefined && !(Array.isArray(cpu) && cpu.length <= MAX_STORED_TRIALS && cpu.every((v) => typeof v === 'number' && Number.isFinite(v) && v >= 0))) {
    return `${where}.cpuMsPerRequest is ${show(cpu)}, not a list of CPU times per request (at most ${MAX_STORED_TRIALS} numbers of ms >= 0)`;
  }
  const recovery = own(run, 'recoveryMs');
  if (recovery !== undefined && !(typeof recovery === 'number' && Number.isFinite(recovery) && recovery >= 0)) {
    return `${where}.recoveryMs is ${show(recovery)}, not a time to recover (a number of milliseconds >= 0)`;
  }
  const endpoints = own(run, 'endpoints');
  const listed = listProblem(endpoints, `${where}.endpoints`, 0, MAX_STORED_ENDPOINTS);
  if (listed) return listed;
  const names = new Set<string>();
  for (const [j, e] of (endpoints as unknown[]).entries()) {
    const problem = endpointProblem(e, `${where}.endpoints[${j}]`, names);
    if (problem) return problem;
  }
  return undefined;
}

function endpointProblem(e: unknown, where: string, names: Set<string>): string | undefined {
  if (!isObject(e)) return `${where} is ${show(e)}, not an endpoint`;
  const name = own(e, 'name');
  if (typeof name !== 'string' || !Array.isArray(own(e, 'trials'))) return `${where} has no name or trials`;
  if (!ROW_NAME.test(name)) return `${where}.name is ${show(name)}, not an endpoint name`;
  if (names.has(name)) return `${where}.name ${show(name)} appears twice in one run`;
  names.add(name);
  const requests = own(e, 'requests');
  const errors = own(e, 'errors');
  const counts = countProblem(requests, `${where}.requests`) ?? countProblem(errors, `${where}.errors`);
  if (counts) return counts;
  if ((errors as number) > (requests as number)) return `${where} counts ${errors} errors in ${requests} requests`;
  const histogram = own(e, 'histogram');
  if (histogram !== undefined && (typeof histogram !== 'string' || histogram.length > MAX_HISTOGRAM_CHARS)) {
    return `${where}.histogram is not a histogram text of at most ${MAX_HISTOGRAM_CHARS} characters`;
  }
  const trials = own(e, 'trials') as unknown[];
  const listed = listProblem(trials, `${where}.trials`, (requests as number) > 0 ? 1 : 0, MAX_STORED_TRIALS);
  if (listed) return listed;
  let trialRequests = 0;
  let trialErrors = 0;
  for (const [k, t] of trials.entries()) {
    const problem = trialProblem(t, `${where}.trials[${k}]`);
    if (problem) return problem;
    trialRequests += (t as { requests: number }).requests;
    trialErrors += (t as { errors: number }).errors;
  }
  if (trialRequests !== requests || trialErrors !== errors) {
    return `${where} counts ${requests} requests and ${errors} errors, but its trials add up to ${trialRequests} and ${trialErrors}`;
  }
  return undefined;
}

/**
 * A trial summary: counts are whole and errors never exceed requests; rates are finite and not
 * negative; latencies are finite and not negative, and positive once a request succeeded (an
 * answered request takes time — a p50 of 0 or −5 ms is not a measurement, and would hide a
 * regression). A trial whose requests all failed may have zero latencies: none completed.
 */
function trialProblem(t: unknown, where: string): string | undefined {
  if (!isObject(t)) return `${where} is not a trial summary`;
  const requests = own(t, 'requests');
  const errors = own(t, 'errors');
  const counts = countProblem(requests, `${where}.requests`) ?? countProblem(errors, `${where}.errors`);
  if (counts) return counts;
  if ((errors as number) > (requests as number)) return `${where} counts ${errors} errors in ${requests} requests`;
  const rps = own(t, 'rps');
  if (!(typeof rps === 'number' && Number.isFinite(rps) && rps >= 0)) return `${where}.rps is ${show(rps)}, not a rate (a number >= 0)`;
  const errorRate = own(t, 'errorRate');
  if (!(typeof errorRate === 'number' && errorRate >= 0 && errorRate <= 1)) {
    return `${where}.errorRate is ${show(errorRate)}, not a fraction between 0 and 1`;
  }
  const expectedRate = (requests as number) > 0 ? (errors as number) / (requests as number) : 0;
  if (Math.abs(errorRate - expectedRate) > 1e-9) return `${where}.errorRate is ${show(errorRate)}, but ${errors} errors in ${requests} requests make ${show(expectedRate)}`;
  const latency = own(t, 'latencyMs');
  if (!isObject(latency)) return `${where}.latencyMs is ${show(latency)}: a trial needs its latency summary`;
  const succeeded = (requests as number) - (errors as number);
  for (const key of LATENCY_KEYS) {
    const v = own(latency, key);
    if (!(typeof v === 'number' && Number.isFinite(v))) return `${where}.latencyMs.${key} is ${show(v)}, not a number of milliseconds`;
    if (v < 0) return `${where}.latencyMs.${key} is ${show(v)}: a latency cannot be negative`;
    if (v === 0 && succeeded > 0) return `${where}.latencyMs.${key} is 0 although ${succeeded} requests succeeded: a latency must be positive`;
  }
  return undefined;
}
