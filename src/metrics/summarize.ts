/**
 * From the load engine's raw counters to the result's `EndpointResult[]`.
 *
 * The engine only increments numbers and records into histograms while the load runs (nothing else is
 * cheap enough for the hot path); everything derived — rates, error rates, latency summaries, the
 * whole-run figures — is computed here, afterwards, as a pure function of those counters. Warm-up
 * requests never reach the counters, so nothing here has to exclude them.
 */
import type { Endpoint } from '../profile/types.js';
import type { EndpointResult, ErrorCounts, TrialSummary } from './types.js';
import { createLatencyHistogram, summarizeLatency, type LatencyHistogram } from './histogram.js';

/** Status codes are counted in a flat array indexed by code (HTTP status codes are 100..999). */
export const STATUS_CODE_SLOTS = 1000;

/** What the engine counts for one endpoint in one trial. */
export interface TrialCounters {
  /** Every attempt that started in this trial: answered or failed. */
  requests: number;
  errors: ErrorCounts;
  /** statusCounts[code] = answers with that status (expected or not). */
  statusCounts: Uint32Array;
  /** Latency of answered requests (any status), µs. */
  latency: LatencyHistogram;
}

export interface EndpointCounters {
  name: string;
  method: string;
  path: string;
  /** One entry per planned trial, in order. */
  trials: TrialCounters[];
  /** Open model: latency from the actual send (the trials' `latency` runs from the intended send). */
  sendLatency?: LatencyHistogram;
  /** Open model: measured-phase arrivals for this endpoint dropped at the in-flight cap. */
  dropped?: number;
  /** Warm-up requests still unanswered when the measured phase began. */
  warmupUnanswered: number;
  /** Failures of the generator's own (EMFILE/ENFILE), not counted as requests. */
  generatorFailures: number;
  /** The first error messages per class (see `recordErrorSample`). */
  errorSamples: Partial<Record<keyof ErrorCounts, string[]>>;
}

/** Error messages kept per error class and endpoint: enough to see why, bounded for the report. */
export const ERROR_SAMPLES_PER_CLASS = 3;
/** Longest error message kept (longer ones are cut, with an ellipsis). */
export const ERROR_SAMPLE_MAX_CHARS = 200;

/**
 * Keeps `message` as a sample of `errorClass` unless that class already has its
 * ERROR_SAMPLES_PER_CLASS (or the same message). Called only when a request fails, and the check
 * comes before any string work, so a run of a million identical failures costs one lookup each.
 */
export function recordErrorSample(counters: EndpointCounters, errorClass: keyof ErrorCounts, message: () => string): void {
  const samples = (counters.errorSamples[errorClass] ??= []);
  if (samples.length >= ERROR_SAMPLES_PER_CLASS) return;
  let text = message().replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (text.length > ERROR_SAMPLE_MAX_CHARS) text = `${text.slice(0, ERROR_SAMPLE_MAX_CHARS - 1)}…`;
  if (!samples.includes(text)) samples.push(text);
}

/** Zeroed error counts, one field per class. */
export function emptyErrorCounts(): ErrorCounts {
  return { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 };
}

/** Allocates the counters for one endpoint up front, so the run itself allocates nothing to count. */
export function createEndpointCounters(
  endpoint: Endpoint,
  trialCount: number,
  options: { sendLatency?: boolean } = {},
): EndpointCounters {
  const trials: TrialCounters[] = [];
  for (let i = 0; i < trialCount; i++) {
    trials.push({
      requests: 0,
      errors: emptyErrorCounts(),
      statusCounts: new Uint32Array(STATUS_CODE_SLOTS),
      latency: createLatencyHistogram(),
    });
  }
  const counters: EndpointCounters = {
    name: endpoint.name,
    method: endpoint.method,
    path: endpoint.path,
    trials,
    warmupUnanswered: 0,
    generatorFailures: 0,
    errorSamples: {},
  };
  if (options.sendLatency) {
    counters.sendLatency = createLatencyHistogram();
    counters.dropped = 0;
  }
  return counters;
}

/** Frees the histograms once the counters have been summarised. */
export function releaseEndpointCounters(counters: readonly EndpointCounters[]): void {
  for (const endpoint of counters) {
    for (const trial of endpoint.trials) trial.latency.release();
    endpoint.sendLatency?.release();
  }
}

/**
 * Summarises every endpoint: per-trial summaries (the samples the statistics compare) and the
 * whole-run figures. Trial rps is requests / trial duration; whole-run rps is measured requests /
 * measured duration (trialDurationMs × trials), so a trial's rps and the run's rps are on one scale.
 * One scratch histogram is reused to merge the trials of every endpoint in turn.
 */
export function summarizeEndpoints(
  counters: readonly EndpointCounters[],
  trialDurationMs: number,
): EndpointResult[] {
  if (!(trialDurationMs > 0)) throw new RangeError(`summarizeEndpoints: trialDurationMs ${trialDurationMs} must be > 0`);
  const merged = createLatencyHistogram();
  try {
    return counters.map((endpoint) => {
      merged.reset();
      return summarizeEndpoint(endpoint, trialDurationMs, merged);
    });
  } finally {
    merged.release();
  }
}

function summarizeEndpoint(
  endpoint: EndpointCounters,
  trialDurationMs: number,
  merged: LatencyHistogram,
): EndpointResult {
  const errorsByClass = emptyErrorCounts();
  const statusTotals = new Uint32Array(STATUS_CODE_SLOTS);
  let requests = 0;
  const trials: TrialSummary[] = endpoint.trials.map((trial) => {
    requests += trial.requests;
    addErrorCounts(errorsByClass, trial.errors);
    for (let code = 0; code < STATUS_CODE_SLOTS; code++) statusTotals[code] += trial.statusCounts[code];
    merged.add(trial.latency);
    const errors = totalErrors(trial.errors);
    return {
      requests: trial.requests,
      errors,
      rps: ratePerSecond(trial.requests, trialDurationMs),
      errorRate: fraction(errors, trial.requests),
      latencyMs: summarizeLatency(trial.latency),
    };
  });
  const errors = totalErrors(errorsByClass);
  const fromSend = endpoint.sendLatency === undefined ? {} : { latencyFromSendMs: summarizeLatency(endpoint.sendLatency) };
  const dropped = endpoint.dropped === undefined ? {} : { dropped: endpoint.dropped };
  const samples = Object.entries(endpoint.errorSamples).filter(([, list]) => list.length > 0);
  return {
    name: endpoint.name,
    method: endpoint.method,
    path: endpoint.path,
    requests,
    errors,
    errorsByClass,
    statusCounts: statusCountRecord(statusTotals),
    rps: ratePerSecond(requests, trialDurationMs * endpoint.trials.length),
    errorRate: fraction(errors, requests),
    latencyMs: summarizeLatency(merged),
    trials,
    ...fromSend,
    ...dropped,
    histogram: merged.encode(),
    ...(endpoint.warmupUnanswered > 0 ? { warmupUnanswered: endpoint.warmupUnanswered } : {}),
    ...(samples.length > 0 ? { errorSamples: Object.fromEntries(samples.map(([k, list]) => [k, [...list]])) } : {}),
    ...(endpoint.generatorFailures > 0 ? { generatorFailures: endpoint.generatorFailures } : {}),
  };
}

/** Sum of all error classes. */
export function totalErrors(errors: ErrorCounts): number {
  return errors.refused + errors.reset + errors.timeout + errors.status + errors.other + (errors.capture ?? 0) + (errors.check ?? 0);
}

/** Adds `from` into `into`; the flow classes appear in `into` only once one of them is above 0. */
export function addErrorCounts(into: ErrorCounts, from: ErrorCounts): void {
  into.refused += from.refused;
  into.reset += from.reset;
  into.timeout += from.timeout;
  into.status += from.status;
  into.other += from.other;
  if (from.capture) into.capture = (into.capture ?? 0) + from.capture;
  if (from.check) into.check = (into.check ?? 0) + from.check;
}

function statusCountRecord(counts: Uint32Array): Record<string, number> {
  const record: Record<string, number> = {};
  for (let code = 0; code < counts.length; code++) if (counts[code] > 0) record[String(code)] = counts[code];
  return record;
}

function ratePerSecond(count: number, durationMs: number): number {
  return durationMs > 0 ? count / (durationMs / 1000) : 0;
}

function fraction(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}
