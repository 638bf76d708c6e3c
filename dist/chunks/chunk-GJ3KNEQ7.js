import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  BASELINE_SCHEMA_VERSION,
  ROW_NAME,
  RUN_READINGS,
  SUMMARY_METRICS
} from "./chunk-L7PW5JV2.js";

// src/baseline/validate-trend.ts
var MAX_TREND_SUMMARIES = 1e3;
var MAX_TEXT_CHARS = 1e3;
var MAX_ENDPOINTS = 100;
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var own = (o, key) => Object.hasOwn(o, key) ? o[key] : void 0;
var show = (v) => typeof v === "string" ? JSON.stringify(v.length > 20 ? `${v.slice(0, 17)}...` : v) : typeof v === "object" && v !== null ? "an object" : String(v);
var text = (v, optional = false) => optional && v === void 0 || typeof v === "string" && v.length <= MAX_TEXT_CHARS;
function summaryProblem(s, where) {
  if (!isObject(s)) return `${where} is ${show(s)}, not a run summary`;
  const savedAt = own(s, "savedAt");
  if (typeof savedAt !== "string" || savedAt.length > 64 || Number.isNaN(Date.parse(savedAt))) return `${where}.savedAt is ${show(savedAt)}, not a date and time`;
  for (const key of ["commit", "ref"]) if (!text(own(s, key), true)) return `${where}.${key} is ${show(own(s, key))}, not a short text`;
  if (!text(own(s, "fingerprint"))) return `${where}.fingerprint is ${show(own(s, "fingerprint"))}, not a short text`;
  const runner = own(s, "runner");
  if (!isObject(runner) || !text(own(runner, "cpuModel")) || !text(own(runner, "os")) || !text(own(runner, "node"))) return `${where}.runner is not a runner description`;
  const cores = own(runner, "cores");
  if (!(typeof cores === "number" && Number.isInteger(cores) && cores > 0 && cores <= 1e5)) return `${where}.runner.cores is ${show(cores)}, not a number of cores`;
  for (const key of RUN_READINGS) {
    const v = own(s, key);
    if (v === void 0) continue;
    if (!(typeof v === "number" && Number.isFinite(v))) return `${where}.${key} is ${show(v)}, not a number`;
    if (key !== "rssGrowthMb" && v < 0) return `${where}.${key} is ${v}, below 0`;
  }
  const endpoints = own(s, "endpoints");
  if (!Array.isArray(endpoints) || endpoints.length > MAX_ENDPOINTS) return `${where}.endpoints is not a list of at most ${MAX_ENDPOINTS} endpoints`;
  for (const [i, e] of endpoints.entries()) {
    const at = `${where}.endpoints[${i}]`;
    if (!isObject(e) || typeof own(e, "name") !== "string" || !ROW_NAME.test(own(e, "name"))) return `${at}.name is not an endpoint name`;
    const requests = own(e, "requests");
    if (!(typeof requests === "number" && Number.isSafeInteger(requests) && requests >= 0)) return `${at}.requests is ${show(requests)}, not a count`;
    const values = own(e, "values");
    if (!isObject(values)) return `${at}.values is ${show(values)}, not a mapping of metrics`;
    for (const metric of SUMMARY_METRICS) {
      const v = own(values, metric);
      if (!(typeof v === "number" && Number.isFinite(v) && v >= 0)) return `${at}.values.${metric} is ${show(v)}, not a number >= 0`;
      if (metric === "error_rate" && v > 1) return `${at}.values.error_rate is ${v}, more than 1`;
    }
  }
  return void 0;
}
function trendProblem(trend) {
  if (!Array.isArray(trend)) return `trend is ${show(trend)}, not a list`;
  if (trend.length > MAX_TREND_SUMMARIES) return `trend holds ${trend.length} entries, more than the ${MAX_TREND_SUMMARIES} loadgate keeps`;
  for (const [i, s] of trend.entries()) {
    const problem = summaryProblem(s, `trend[${i}]`);
    if (problem) return problem;
  }
  return void 0;
}

// src/baseline/validate.ts
var MAX_STORED_RUNS = 100;
var MAX_STORED_ENDPOINTS = 100;
var MAX_STORED_TRIALS = 200;
var MAX_TEXT_CHARS2 = 1e3;
var MAX_HISTOGRAM_CHARS = 1e6;
var NAME = /^[A-Za-z0-9._-]{1,64}$/;
var LATENCY_KEYS = ["p50", "p90", "p95", "p99", "max", "mean"];
function checkBaseline(doc, profileName) {
  try {
    const problem = documentProblem(doc, profileName);
    if (problem) return { ok: false, reason: problem };
  } catch {
    return { ok: false, reason: "not a baseline document" };
  }
  const d = doc;
  return {
    ok: true,
    baseline: { ...d, runs: d.runs.map((run) => ({ ...run, endpoints: run.endpoints.filter((e) => e.requests > 0) })) }
  };
}
function show2(value) {
  if (value === void 0) return "missing";
  if (value === null) return "null";
  if (typeof value === "object") return Array.isArray(value) ? "a list" : "an object";
  if (typeof value === "string") return JSON.stringify(value.length > 20 ? `${value.slice(0, 17)}...` : value);
  return String(value);
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function own2(o, key) {
  return Object.hasOwn(o, key) ? o[key] : void 0;
}
function countProblem(value, where) {
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return void 0;
  return `${where} is ${show2(value)}, not a count (a whole number >= 0)`;
}
function textProblem(value, where, optional = false) {
  if (optional && value === void 0) return void 0;
  if (typeof value === "string" && value.length <= MAX_TEXT_CHARS2) return void 0;
  return typeof value === "string" ? `${where} is longer than ${MAX_TEXT_CHARS2} characters` : `${where} is ${show2(value)}, not a text`;
}
function listProblem(value, where, min, max) {
  if (!Array.isArray(value)) return `${where} is ${show2(value)}, not a list`;
  if (value.length < min) return `${where} is empty`;
  if (value.length > max) return `${where} holds ${value.length} entries, more than the ${max} loadgate keeps`;
  return void 0;
}
function documentProblem(doc, profileName) {
  if (!isObject2(doc)) return "not a JSON object";
  const version = own2(doc, "schemaVersion");
  if (version !== BASELINE_SCHEMA_VERSION) return `schemaVersion is ${show2(version)}, this loadgate reads ${BASELINE_SCHEMA_VERSION}`;
  const profile = own2(doc, "profile");
  if (!isObject2(profile) || typeof own2(profile, "name") !== "string" || typeof own2(profile, "fingerprint") !== "string") {
    return "profile.name or profile.fingerprint is missing";
  }
  if (!NAME.test(profile.name)) return `profile.name is ${show2(profile.name)}, not a profile name`;
  const fingerprintProblem = textProblem(profile.fingerprint, "profile.fingerprint");
  if (fingerprintProblem) return fingerprintProblem;
  if (profileName !== void 0 && profile.name !== profileName) {
    return `it holds the history of profile ${show2(profile.name)}, not of ${show2(profileName)}`;
  }
  const runs = own2(doc, "runs");
  if (!Array.isArray(runs) || runs.length === 0) return "runs is missing or empty";
  const runsProblem = listProblem(runs, "runs", 1, MAX_STORED_RUNS);
  if (runsProblem) return runsProblem;
  for (const [i, run] of runs.entries()) {
    const problem = runProblem(run, `runs[${i}]`);
    if (problem) return problem;
  }
  return own2(doc, "trend") === void 0 ? void 0 : trendProblem(own2(doc, "trend"));
}
function runProblem(run, where) {
  if (!isObject2(run)) return `${where} is ${show2(run)}, not a run`;
  const savedAt = own2(run, "savedAt");
  if (typeof savedAt !== "string" || savedAt.length > 64 || Number.isNaN(Date.parse(savedAt))) {
    return `${where}.savedAt is ${show2(savedAt)}, not a date and time`;
  }
  const originProblem = textProblem(own2(run, "commit"), `${where}.commit`, true) ?? textProblem(own2(run, "ref"), `${where}.ref`, true);
  if (originProblem) return originProblem;
  const runner = own2(run, "runner");
  if (!isObject2(runner)) return `${where}.runner is ${show2(runner)}, not a runner description`;
  for (const key of ["cpuModel", "os", "node"]) {
    const problem = textProblem(own2(runner, key), `${where}.runner.${key}`);
    if (problem) return problem;
  }
  const cores = own2(runner, "cores");
  if (!(typeof cores === "number" && Number.isSafeInteger(cores) && cores >= 1)) return `${where}.runner.cores is ${show2(cores)}, not a number of cores (>= 1)`;
  const trialMs = own2(run, "trialDurationMs");
  if (!(typeof trialMs === "number" && Number.isFinite(trialMs) && trialMs > 0)) {
    return `${where}.trialDurationMs is ${show2(trialMs)}, not a duration (a number of milliseconds > 0)`;
  }
  const capacity = own2(run, "capacityRps");
  if (capacity !== void 0 && !(typeof capacity === "number" && Number.isFinite(capacity) && capacity >= 0)) {
    return `${where}.capacityRps is ${show2(capacity)}, not a rate (a number of requests per second >= 0)`;
  }
  const cpu = own2(run, "cpuMsPerRequest");
  if (cpu !== void 0 && !(Array.isArray(cpu) && cpu.length <= MAX_STORED_TRIALS && cpu.every((v) => typeof v === "number" && Number.isFinite(v) && v >= 0))) {
    return `${where}.cpuMsPerRequest is ${show2(cpu)}, not a list of CPU times per request (at most ${MAX_STORED_TRIALS} numbers of ms >= 0)`;
  }
  const recovery = own2(run, "recoveryMs");
  if (recovery !== void 0 && !(typeof recovery === "number" && Number.isFinite(recovery) && recovery >= 0)) {
    return `${where}.recoveryMs is ${show2(recovery)}, not a time to recover (a number of milliseconds >= 0)`;
  }
  const endpoints = own2(run, "endpoints");
  const listed = listProblem(endpoints, `${where}.endpoints`, 0, MAX_STORED_ENDPOINTS);
  if (listed) return listed;
  const names = /* @__PURE__ */ new Set();
  for (const [j, e] of endpoints.entries()) {
    const problem = endpointProblem(e, `${where}.endpoints[${j}]`, names);
    if (problem) return problem;
  }
  return void 0;
}
function endpointProblem(e, where, names) {
  if (!isObject2(e)) return `${where} is ${show2(e)}, not an endpoint`;
  const name = own2(e, "name");
  if (typeof name !== "string" || !Array.isArray(own2(e, "trials"))) return `${where} has no name or trials`;
  if (!ROW_NAME.test(name)) return `${where}.name is ${show2(name)}, not an endpoint name`;
  if (names.has(name)) return `${where}.name ${show2(name)} appears twice in one run`;
  names.add(name);
  const requests = own2(e, "requests");
  const errors = own2(e, "errors");
  const counts = countProblem(requests, `${where}.requests`) ?? countProblem(errors, `${where}.errors`);
  if (counts) return counts;
  if (errors > requests) return `${where} counts ${errors} errors in ${requests} requests`;
  const histogram = own2(e, "histogram");
  if (histogram !== void 0 && (typeof histogram !== "string" || histogram.length > MAX_HISTOGRAM_CHARS)) {
    return `${where}.histogram is not a histogram text of at most ${MAX_HISTOGRAM_CHARS} characters`;
  }
  const trials = own2(e, "trials");
  const listed = listProblem(trials, `${where}.trials`, requests > 0 ? 1 : 0, MAX_STORED_TRIALS);
  if (listed) return listed;
  let trialRequests = 0;
  let trialErrors = 0;
  for (const [k, t] of trials.entries()) {
    const problem = trialProblem(t, `${where}.trials[${k}]`);
    if (problem) return problem;
    trialRequests += t.requests;
    trialErrors += t.errors;
  }
  if (trialRequests !== requests || trialErrors !== errors) {
    return `${where} counts ${requests} requests and ${errors} errors, but its trials add up to ${trialRequests} and ${trialErrors}`;
  }
  return void 0;
}
function trialProblem(t, where) {
  if (!isObject2(t)) return `${where} is not a trial summary`;
  const requests = own2(t, "requests");
  const errors = own2(t, "errors");
  const counts = countProblem(requests, `${where}.requests`) ?? countProblem(errors, `${where}.errors`);
  if (counts) return counts;
  if (errors > requests) return `${where} counts ${errors} errors in ${requests} requests`;
  const rps = own2(t, "rps");
  if (!(typeof rps === "number" && Number.isFinite(rps) && rps >= 0)) return `${where}.rps is ${show2(rps)}, not a rate (a number >= 0)`;
  const errorRate = own2(t, "errorRate");
  if (!(typeof errorRate === "number" && errorRate >= 0 && errorRate <= 1)) {
    return `${where}.errorRate is ${show2(errorRate)}, not a fraction between 0 and 1`;
  }
  const expectedRate = requests > 0 ? errors / requests : 0;
  if (Math.abs(errorRate - expectedRate) > 1e-9) return `${where}.errorRate is ${show2(errorRate)}, but ${errors} errors in ${requests} requests make ${show2(expectedRate)}`;
  const latency = own2(t, "latencyMs");
  if (!isObject2(latency)) return `${where}.latencyMs is ${show2(latency)}: a trial needs its latency summary`;
  const succeeded = requests - errors;
  for (const key of LATENCY_KEYS) {
    const v = own2(latency, key);
    if (!(typeof v === "number" && Number.isFinite(v))) return `${where}.latencyMs.${key} is ${show2(v)}, not a number of milliseconds`;
    if (v < 0) return `${where}.latencyMs.${key} is ${show2(v)}: a latency cannot be negative`;
    if (v === 0 && succeeded > 0) return `${where}.latencyMs.${key} is 0 although ${succeeded} requests succeeded: a latency must be positive`;
  }
  return void 0;
}

export {
  checkBaseline
};
