/**
 * Did the run measure a service at all? A run whose requests all failed, or that got no answer in
 * its measured phase, or whose target stopped answering part-way, has numbers that look like a
 * result ("0 requests · 0 errors", a p95 of 0 ms, an error rate averaged over a healthy first part)
 * but are not one. This module says so, as warnings (which are data), and decides whether such a
 * run may become a baseline. Pure: the engine hands in its counts and the moment of its last answer.
 */
import type { EndpointResult, ErrorCounts, RunResult, RunWarning } from './types.js';
import { addErrorCounts } from './summarize.js';

/** An endpoint whose share of failed requests reaches this has failed "all or nearly all" of them. */
export const NEARLY_ALL_FAILED_SHARE = 0.95;

/**
 * The target counts as having stopped answering when its last answer came at least this long before
 * the end of the measured phase (and this share of the phase, whichever is longer) and every request
 * after it failed: long enough not to fire on the gap between two slow answers.
 */
export const STOPPED_MIN_SILENCE_MS = 1000;
export const STOPPED_MIN_SILENCE_SHARE = 0.1;

/** The warning codes that mean nothing usable was measured: the verdict fails the run on these. */
export const UNMEASURED_CODES: ReadonlySet<string> = new Set(['no-answers', 'target-stopped']);

/** The warning codes that keep a run from becoming a baseline. */
export const NOT_A_BASELINE_CODES: ReadonlySet<string> = new Set(['no-answers', 'target-stopped', 'endpoint-failing', 'endpoint-starved']);

const FAILURE_CLASSES = ['refused', 'reset', 'timeout', 'other'] as const;

/** Requests that got an answer (of any status): what latency was measured on. */
export function answeredRequests(endpoint: Pick<EndpointResult, 'requests' | 'errorsByClass'>): number {
  const e = endpoint.errorsByClass;
  return endpoint.requests - e.refused - e.reset - e.timeout - e.other;
}

export interface RunHealthInput {
  model: 'closed' | 'open';
  endpoints: readonly EndpointResult[];
  warmupMs: number;
  durationMs: number;
  /** Milliseconds after the start of the load of the latest answer (any status, warm-up included); undefined when none came. */
  lastAnswerMs?: number;
  /** Measured requests that failed after the latest answer. */
  failuresSinceAnswer: number;
}

/**
 * The warnings a run's counts call for:
 * - `no-answers`: no request of the measured phase got an answer (a hung or dead target);
 * - `target-stopped`: answers stopped part-way and every request after that failed (with the time,
 *   and the error rate per trial, since the whole-run rate averages the outage away);
 * - `endpoint-failing`: an endpoint failed all or nearly all of its requests;
 * - `endpoint-starved`: an endpoint had no request in the measured phase while others did, held
 *   by slow requests or dropped arrivals; `endpoint-unsampled` when its weight alone gave it no
 *   arrival in an open-model run (not a fault, and no reason to refuse the run as a baseline).
 */
export function runHealthWarnings(input: RunHealthInput): RunWarning[] {
  const warnings: RunWarning[] = [];
  const { endpoints } = input;
  const answered = endpoints.reduce((sum, e) => sum + answeredRequests(e), 0);
  const started = endpoints.reduce((sum, e) => sum + e.requests, 0);
  if (answered === 0) warnings.push({ code: 'no-answers', message: noAnswersMessage(endpoints, started) });
  const generatorFailures = endpoints.reduce((sum, e) => sum + (e.generatorFailures ?? 0), 0);
  if (generatorFailures > 0) {
    warnings.push({
      code: 'generator-fd-limit',
      message:
        `${count(generatorFailures, 'request')} could not be sent because the load generator ran out of file descriptors ` +
        '(EMFILE/ENFILE): a limit of this machine, not a failure of the target, so they are not counted as requests or errors. ' +
        'Lower load.connections (or load.max_in_flight), or raise `ulimit -n`.',
    });
  }
  const stopped = stoppedWarning(input);
  if (stopped) warnings.push(stopped);
  if (answered === 0) return warnings;
  for (const e of endpoints) {
    if (e.requests === 0) {
      // An open-model endpoint whose small weight gave it no arrival is not a fault of the target:
      // said, but the run may still be a baseline (the endpoint is left out of it).
      const unsampled = input.model === 'open' && (e.dropped ?? 0) === 0 && (e.warmupUnanswered ?? 0) === 0;
      warnings.push({ code: unsampled ? 'endpoint-unsampled' : 'endpoint-starved', message: starvedMessage(e, input.model) });
    } else if (e.errors / e.requests >= NEARLY_ALL_FAILED_SHARE) {
      warnings.push({ code: 'endpoint-failing', message: failingMessage(e, input.model) });
    }
  }
  return warnings;
}

/** Why a run must not be saved as a baseline, or undefined when it may be. */
export function baselineRefusal(result: Pick<RunResult, 'warnings'>): string | undefined {
  const codes = [...new Set(result.warnings.map((w) => w.code).filter((c) => NOT_A_BASELINE_CODES.has(c)))];
  if (codes.length === 0) return undefined;
  return `this run is not a baseline to judge later runs by (${codes.join(', ')}: see its warnings); the stored baseline is kept as it was`;
}

function noAnswersMessage(endpoints: readonly EndpointResult[], started: number): string {
  const held = endpoints.filter((e) => (e.warmupUnanswered ?? 0) > 0);
  const heldText =
    held.length === 0
      ? ''
      : ` ${count(held.reduce((s, e) => s + (e.warmupUnanswered ?? 0), 0), 'request')} sent during the warm-up ` +
        `were still unanswered when the warm-up ended (${held.map((e) => `${e.name}: ${e.warmupUnanswered}`).join(', ')}), holding their connections.`;
  const failures = sumClasses(endpoints);
  const startedText =
    started === 0
      ? 'no request started in the measured phase.'
      : `${count(started, 'request')} started and every one failed (${classList(failures)}).`;
  return `No request of the measured phase was answered: ${startedText}${heldText} Nothing was measured: check that the target answers these endpoints within their timeout.`;
}

function stoppedWarning(input: RunHealthInput): RunWarning | undefined {
  const { lastAnswerMs, warmupMs, durationMs, failuresSinceAnswer } = input;
  if (lastAnswerMs === undefined || failuresSinceAnswer === 0) return undefined;
  const endMs = warmupMs + durationMs;
  const silenceMs = endMs - lastAnswerMs;
  if (silenceMs < Math.max(STOPPED_MIN_SILENCE_MS, STOPPED_MIN_SILENCE_SHARE * durationMs)) return undefined;
  const intoMeasured = lastAnswerMs - warmupMs;
  const when =
    intoMeasured >= 0
      ? `t = ${seconds(intoMeasured)} of the ${seconds(durationMs)} measured phase`
      : `t = ${seconds(lastAnswerMs)}, during the ${seconds(warmupMs)} warm-up`;
  return {
    code: 'target-stopped',
    message:
      `The target stopped answering at ${when}: ${failuresSinceAnswer === 1 ? 'the 1 request' : `every one of the ${failuresSinceAnswer.toLocaleString('en-US')} requests`} ` +
      `after that failed. Error rate per trial: ${trialErrorRates(input.endpoints)} — the whole-run rate averages this outage away.`,
  };
}

/** The error rate of each trial over all endpoints: "0%, 0%, 100%" ("—" for a trial with no request). */
export function trialErrorRates(endpoints: readonly EndpointResult[]): string {
  const trials = Math.max(0, ...endpoints.map((e) => e.trials.length));
  const rates: string[] = [];
  for (let i = 0; i < trials; i++) {
    let requests = 0;
    let errors = 0;
    for (const e of endpoints) {
      requests += e.trials[i]?.requests ?? 0;
      errors += e.trials[i]?.errors ?? 0;
    }
    rates.push(requests === 0 ? '—' : `${Number(((100 * errors) / requests).toFixed(errors === requests || errors === 0 ? 0 : 1))}%`);
  }
  return rates.join(', ');
}

function starvedMessage(e: EndpointResult, model: 'closed' | 'open'): string {
  const held = e.warmupUnanswered ?? 0;
  if (held > 0) {
    return `${e.name}: no request started in the measured phase, and ${count(held, 'request')} sent during the warm-up were still unanswered when the warm-up ended: it did not answer within its timeout.`;
  }
  const why =
    model === 'closed'
      ? 'in the closed model each connection waits for its answer, so connections held by slow or hung requests to other endpoints sent none (see their warnings; a shorter timeout on those endpoints, or the open model, keeps this one measured)'
      : (e.dropped ?? 0) > 0
        ? `its ${count(e.dropped ?? 0, 'arrival')} were dropped at load.max_in_flight`
        : 'its weight gave it no arrival in so short a run';
  return `${e.name}: no request in the measured phase: ${why}.`;
}

function failingMessage(e: EndpointResult, model: 'closed' | 'open'): string {
  const answered = answeredRequests(e);
  const classes = classList(e.errorsByClass);
  const sample = firstSample(e);
  const latency =
    answered === 0
      ? 'it has no latency (no request was answered)'
      : e.errors === e.requests
        ? 'its latency is that of failed answers'
        : 'its latency is mostly that of failed answers';
  const closed =
    model === 'closed' && e.errorsByClass.timeout > 0
      ? ' In the closed model each of its requests held a connection until its timeout, so the other endpoints got fewer requests.'
      : '';
  return `${e.name}: ${e.errors.toLocaleString('en-US')} of ${count(e.requests, 'request')} failed (${classes}${sample ? `; e.g. ${sample}` : ''}); ${latency}.${closed}`;
}

function firstSample(e: EndpointResult): string | undefined {
  const samples = e.errorSamples;
  if (!samples) return undefined;
  for (const cls of [...FAILURE_CLASSES, 'status', 'capture', 'check'] as const) {
    const first = samples[cls]?.[0];
    if (first) return `"${first}"`;
  }
  return undefined;
}

function sumClasses(endpoints: readonly EndpointResult[]): ErrorCounts {
  const total: ErrorCounts = { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 };
  for (const e of endpoints) addErrorCounts(total, e.errorsByClass);
  return total;
}

/** "timeout 16, refused 3": the classes that occurred, largest first. */
function classList(errors: ErrorCounts): string {
  return (Object.entries(errors) as [string, number][])
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([k, n]) => `${k} ${n.toLocaleString('en-US')}`)
    .join(', ');
}

function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toLocaleString('en-US', { maximumFractionDigits: 1 })} s`;
}
