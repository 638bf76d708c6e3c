import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  createLatencyHistogram,
  summarizeLatency
} from "./chunk-QAD4NADN.js";

// src/errors.ts
var LOADGATE_CODES = [
  // Set-up: the action's inputs, the CLI's flags, the profile and what it reads.
  "LOADGATE_USAGE",
  "LOADGATE_INPUT_INVALID",
  "LOADGATE_SETUP_INVALID",
  "LOADGATE_PROFILE_MISSING",
  "LOADGATE_PROFILE_INVALID",
  "LOADGATE_LEVEL_UNKNOWN",
  "LOADGATE_ENV_MISSING",
  "LOADGATE_ENV_INVALID",
  "LOADGATE_PAIRED_LOAD",
  "LOADGATE_REPORT_INVALID",
  // Imports and shards: another tool's results file, the shard results of a matrix.
  "LOADGATE_IMPORT_INVALID",
  "LOADGATE_SHARDS_MISSING",
  // The target before the load.
  "LOADGATE_TARGET_UNREACHABLE",
  "LOADGATE_TARGET_TLS",
  // The load engine: refusals before the run, and what a request can end with.
  "LOADGATE_FD_LIMIT",
  "LOADGATE_INVALID_LOAD_OPTIONS",
  "LOADGATE_ABORTED",
  "LOADGATE_REQUEST_TIMEOUT",
  "LOADGATE_RUN_ENDED",
  "LOADGATE_CONNECT_TIMEOUT",
  "LOADGATE_SOCKET_CLOSED",
  "LOADGATE_BAD_RESPONSE",
  "LOADGATE_CONNECTION_DESTROYED",
  // The statistics were handed data no test can run on (a bug upstream).
  "LOADGATE_STATS_INPUT",
  // The installation: a part of the bundle that could not be loaded (src/parts/load-part.ts).
  "LOADGATE_PART_MISSING"
];
var CODES = new Set(LOADGATE_CODES);
var LoadgateError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "LoadgateError";
  }
  code;
};
function isUserError(err) {
  const code = err?.code;
  return err instanceof Error && typeof code === "string" && CODES.has(code);
}

// src/metrics/summarize.ts
var STATUS_CODE_SLOTS = 1e3;
var ERROR_SAMPLES_PER_CLASS = 3;
var ERROR_SAMPLE_MAX_CHARS = 200;
function recordErrorSample(counters, errorClass, message) {
  const samples = counters.errorSamples[errorClass] ??= [];
  if (samples.length >= ERROR_SAMPLES_PER_CLASS) return;
  let text = message().replace(/[\u0000-\u001f\u007f]+/g, " ").trim();
  if (text.length > ERROR_SAMPLE_MAX_CHARS) text = `${text.slice(0, ERROR_SAMPLE_MAX_CHARS - 1)}\u2026`;
  if (!samples.includes(text)) samples.push(text);
}
function emptyErrorCounts() {
  return { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 };
}
function createEndpointCounters(endpoint, trialCount, options = {}) {
  const trials = [];
  for (let i = 0; i < trialCount; i++) {
    trials.push({
      requests: 0,
      errors: emptyErrorCounts(),
      statusCounts: new Uint32Array(STATUS_CODE_SLOTS),
      latency: createLatencyHistogram()
    });
  }
  const counters = {
    name: endpoint.name,
    method: endpoint.method,
    path: endpoint.path,
    trials,
    warmupUnanswered: 0,
    generatorFailures: 0,
    errorSamples: {}
  };
  if (options.sendLatency) {
    counters.sendLatency = createLatencyHistogram();
    counters.dropped = 0;
  }
  return counters;
}
function releaseEndpointCounters(counters) {
  for (const endpoint of counters) {
    for (const trial of endpoint.trials) trial.latency.release();
    endpoint.sendLatency?.release();
  }
}
function summarizeEndpoints(counters, trialDurationMs) {
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
function summarizeEndpoint(endpoint, trialDurationMs, merged) {
  const errorsByClass = emptyErrorCounts();
  const statusTotals = new Uint32Array(STATUS_CODE_SLOTS);
  let requests = 0;
  const trials = endpoint.trials.map((trial) => {
    requests += trial.requests;
    addErrorCounts(errorsByClass, trial.errors);
    for (let code = 0; code < STATUS_CODE_SLOTS; code++) statusTotals[code] += trial.statusCounts[code];
    merged.add(trial.latency);
    const errors2 = totalErrors(trial.errors);
    return {
      requests: trial.requests,
      errors: errors2,
      rps: ratePerSecond(trial.requests, trialDurationMs),
      errorRate: fraction(errors2, trial.requests),
      latencyMs: summarizeLatency(trial.latency)
    };
  });
  const errors = totalErrors(errorsByClass);
  const fromSend = endpoint.sendLatency === void 0 ? {} : { latencyFromSendMs: summarizeLatency(endpoint.sendLatency) };
  const dropped = endpoint.dropped === void 0 ? {} : { dropped: endpoint.dropped };
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
    ...endpoint.warmupUnanswered > 0 ? { warmupUnanswered: endpoint.warmupUnanswered } : {},
    ...samples.length > 0 ? { errorSamples: Object.fromEntries(samples.map(([k, list]) => [k, [...list]])) } : {},
    ...endpoint.generatorFailures > 0 ? { generatorFailures: endpoint.generatorFailures } : {}
  };
}
function totalErrors(errors) {
  return errors.refused + errors.reset + errors.timeout + errors.status + errors.other + (errors.capture ?? 0) + (errors.check ?? 0);
}
function addErrorCounts(into, from) {
  into.refused += from.refused;
  into.reset += from.reset;
  into.timeout += from.timeout;
  into.status += from.status;
  into.other += from.other;
  if (from.capture) into.capture = (into.capture ?? 0) + from.capture;
  if (from.check) into.check = (into.check ?? 0) + from.check;
}
function statusCountRecord(counts) {
  const record = {};
  for (let code = 0; code < counts.length; code++) if (counts[code] > 0) record[String(code)] = counts[code];
  return record;
}
function ratePerSecond(count2, durationMs) {
  return durationMs > 0 ? count2 / (durationMs / 1e3) : 0;
}
function fraction(part, whole) {
  return whole > 0 ? part / whole : 0;
}

// src/metrics/run-health.ts
var NEARLY_ALL_FAILED_SHARE = 0.95;
var STOPPED_MIN_SILENCE_MS = 1e3;
var STOPPED_MIN_SILENCE_SHARE = 0.1;
var UNMEASURED_CODES = /* @__PURE__ */ new Set(["no-answers", "target-stopped"]);
var NOT_A_BASELINE_CODES = /* @__PURE__ */ new Set(["no-answers", "target-stopped", "endpoint-failing", "endpoint-starved"]);
var FAILURE_CLASSES = ["refused", "reset", "timeout", "other"];
function answeredRequests(endpoint) {
  const e = endpoint.errorsByClass;
  return endpoint.requests - e.refused - e.reset - e.timeout - e.other;
}
function runHealthWarnings(input) {
  const warnings = [];
  const { endpoints } = input;
  const answered = endpoints.reduce((sum, e) => sum + answeredRequests(e), 0);
  const started = endpoints.reduce((sum, e) => sum + e.requests, 0);
  if (answered === 0) warnings.push({ code: "no-answers", message: noAnswersMessage(endpoints, started) });
  const generatorFailures = endpoints.reduce((sum, e) => sum + (e.generatorFailures ?? 0), 0);
  if (generatorFailures > 0) {
    warnings.push({
      code: "generator-fd-limit",
      message: `${count(generatorFailures, "request")} could not be sent because the load generator ran out of file descriptors (EMFILE/ENFILE): a limit of this machine, not a failure of the target, so they are not counted as requests or errors. Lower load.connections (or load.max_in_flight), or raise \`ulimit -n\`.`
    });
  }
  const stopped = stoppedWarning(input);
  if (stopped) warnings.push(stopped);
  if (answered === 0) return warnings;
  for (const e of endpoints) {
    if (e.requests === 0) {
      const unsampled = input.model === "open" && (e.dropped ?? 0) === 0 && (e.warmupUnanswered ?? 0) === 0;
      warnings.push({ code: unsampled ? "endpoint-unsampled" : "endpoint-starved", message: starvedMessage(e, input.model) });
    } else if (e.errors / e.requests >= NEARLY_ALL_FAILED_SHARE) {
      warnings.push({ code: "endpoint-failing", message: failingMessage(e, input.model) });
    }
  }
  return warnings;
}
function baselineRefusal(result) {
  const codes = [...new Set(result.warnings.map((w) => w.code).filter((c) => NOT_A_BASELINE_CODES.has(c)))];
  if (codes.length === 0) return void 0;
  return `this run is not a baseline to judge later runs by (${codes.join(", ")}: see its warnings); the stored baseline is kept as it was`;
}
function noAnswersMessage(endpoints, started) {
  const held = endpoints.filter((e) => (e.warmupUnanswered ?? 0) > 0);
  const heldText = held.length === 0 ? "" : ` ${count(held.reduce((s, e) => s + (e.warmupUnanswered ?? 0), 0), "request")} sent during the warm-up were still unanswered when the warm-up ended (${held.map((e) => `${e.name}: ${e.warmupUnanswered}`).join(", ")}), holding their connections.`;
  const failures = sumClasses(endpoints);
  const startedText = started === 0 ? "no request started in the measured phase." : `${count(started, "request")} started and every one failed (${classList(failures)}).`;
  return `No request of the measured phase was answered: ${startedText}${heldText} Nothing was measured: check that the target answers these endpoints within their timeout.`;
}
function stoppedWarning(input) {
  const { lastAnswerMs, warmupMs, durationMs, failuresSinceAnswer } = input;
  if (lastAnswerMs === void 0 || failuresSinceAnswer === 0) return void 0;
  const endMs = warmupMs + durationMs;
  const silenceMs = endMs - lastAnswerMs;
  if (silenceMs < Math.max(STOPPED_MIN_SILENCE_MS, STOPPED_MIN_SILENCE_SHARE * durationMs)) return void 0;
  const intoMeasured = lastAnswerMs - warmupMs;
  const when = intoMeasured >= 0 ? `t = ${seconds(intoMeasured)} of the ${seconds(durationMs)} measured phase` : `t = ${seconds(lastAnswerMs)}, during the ${seconds(warmupMs)} warm-up`;
  return {
    code: "target-stopped",
    message: `The target stopped answering at ${when}: ${failuresSinceAnswer === 1 ? "the 1 request" : `every one of the ${failuresSinceAnswer.toLocaleString("en-US")} requests`} after that failed. Error rate per trial: ${trialErrorRates(input.endpoints)} \u2014 the whole-run rate averages this outage away.`
  };
}
function trialErrorRates(endpoints) {
  const trials = Math.max(0, ...endpoints.map((e) => e.trials.length));
  const rates = [];
  for (let i = 0; i < trials; i++) {
    let requests = 0;
    let errors = 0;
    for (const e of endpoints) {
      requests += e.trials[i]?.requests ?? 0;
      errors += e.trials[i]?.errors ?? 0;
    }
    rates.push(requests === 0 ? "\u2014" : `${Number((100 * errors / requests).toFixed(errors === requests || errors === 0 ? 0 : 1))}%`);
  }
  return rates.join(", ");
}
function starvedMessage(e, model) {
  const held = e.warmupUnanswered ?? 0;
  if (held > 0) {
    return `${e.name}: no request started in the measured phase, and ${count(held, "request")} sent during the warm-up were still unanswered when the warm-up ended: it did not answer within its timeout.`;
  }
  const why = model === "closed" ? "in the closed model each connection waits for its answer, so connections held by slow or hung requests to other endpoints sent none (see their warnings; a shorter timeout on those endpoints, or the open model, keeps this one measured)" : (e.dropped ?? 0) > 0 ? `its ${count(e.dropped ?? 0, "arrival")} were dropped at load.max_in_flight` : "its weight gave it no arrival in so short a run";
  return `${e.name}: no request in the measured phase: ${why}.`;
}
function failingMessage(e, model) {
  const answered = answeredRequests(e);
  const classes = classList(e.errorsByClass);
  const sample = firstSample(e);
  const latency = answered === 0 ? "it has no latency (no request was answered)" : e.errors === e.requests ? "its latency is that of failed answers" : "its latency is mostly that of failed answers";
  const closed = model === "closed" && e.errorsByClass.timeout > 0 ? " In the closed model each of its requests held a connection until its timeout, so the other endpoints got fewer requests." : "";
  return `${e.name}: ${e.errors.toLocaleString("en-US")} of ${count(e.requests, "request")} failed (${classes}${sample ? `; e.g. ${sample}` : ""}); ${latency}.${closed}`;
}
function firstSample(e) {
  const samples = e.errorSamples;
  if (!samples) return void 0;
  for (const cls of [...FAILURE_CLASSES, "status", "capture", "check"]) {
    const first = samples[cls]?.[0];
    if (first) return `"${first}"`;
  }
  return void 0;
}
function sumClasses(endpoints) {
  const total = { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 };
  for (const e of endpoints) addErrorCounts(total, e.errorsByClass);
  return total;
}
function classList(errors) {
  return Object.entries(errors).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n.toLocaleString("en-US")}`).join(", ");
}
function count(n, noun) {
  return `${n.toLocaleString("en-US")} ${noun}${n === 1 ? "" : "s"}`;
}
function seconds(ms) {
  return `${(ms / 1e3).toLocaleString("en-US", { maximumFractionDigits: 1 })} s`;
}

export {
  LoadgateError,
  isUserError,
  STATUS_CODE_SLOTS,
  ERROR_SAMPLES_PER_CLASS,
  recordErrorSample,
  emptyErrorCounts,
  createEndpointCounters,
  releaseEndpointCounters,
  summarizeEndpoints,
  totalErrors,
  addErrorCounts,
  UNMEASURED_CODES,
  answeredRequests,
  runHealthWarnings,
  baselineRefusal
};
