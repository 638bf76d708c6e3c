import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  ERROR_RATE_CUTOFFS,
  levelFor,
  maxLevel,
  reaches
} from "./chunk-Q3YF5W2M.js";
import {
  VERSION
} from "./chunk-JDQ2WAOQ.js";
import {
  LEVELS
} from "./chunk-UD7QMWEB.js";
import {
  reportTrend
} from "./chunk-IC7FVIJD.js";
import {
  formatCount,
  formatPercent
} from "./chunk-S7AUOFDY.js";
import {
  BASELINE_SCHEMA_VERSION,
  DEFAULT_HISTORY_RUNS,
  RUN_READINGS
} from "./chunk-L7PW5JV2.js";
import {
  DEFAULT_RECOVERY,
  DEFAULT_TREND,
  StatsInputError,
  assertSample,
  isRunThresholdMetric,
  ladderRates,
  latencyDrifts,
  normalCdf,
  normalQuantile,
  normalSf,
  worstDrift
} from "./chunk-7Y6XMAP2.js";
import {
  judgedProfile
} from "./chunk-FA47FOM3.js";
import {
  spikeSpan
} from "./chunk-SNWXBB5Y.js";
import {
  UNMEASURED_CODES,
  baselineRefusal
} from "./chunk-6H7ISWPL.js";
import {
  joinUrl
} from "./chunk-ZUPHJSGO.js";
import {
  __commonJS,
  __toESM
} from "./chunk-MVY2A3H3.js";

// node_modules/mann-whitney-utest/src/mann-whitney.js
var require_mann_whitney = __commonJS({
  "node_modules/mann-whitney-utest/src/mann-whitney.js"(exports, module) {
    var __key = "val";
    var rank2 = function(list) {
      list.sort(function(a, b) {
        return a[__key] - b[__key];
      });
      list = list.map(function(item, index) {
        item.rank = index + 1;
        return item;
      });
      for (var i = 0; i < list.length; ) {
        var count = 1;
        var total = list[i].rank;
        for (var j = 0; list[i + j + 1] && list[i + j][__key] === list[i + j + 1][__key]; j++) {
          total += list[i + j + 1].rank;
          count++;
        }
        var rank3 = total / count;
        for (var k = 0; k < count; k++) {
          list[i + k].rank = rank3;
        }
        i = i + count;
      }
      return list;
    };
    var sampleRank = function(rankedList, observations) {
      var __observations = observations.slice(0);
      var rank3 = 0;
      rankedList.forEach(function(observation) {
        var index = __observations.indexOf(observation[__key]);
        if (index > -1) {
          rank3 += observation.rank;
          __observations.splice(index, 1);
        }
      });
      return rank3;
    };
    var uValue = function(rank3, observations) {
      var k = observations.length;
      return rank3 - k * (k + 1) / 2;
    };
    var check = module.exports.check = function(u, samples) {
      return u[0] + u[1] == samples[0].length * samples[1].length;
    };
    var criticalValue = module.exports.criticalValue = function(u, samples) {
      var uVal = Math.min(u[0], u[1]);
      var prod = samples[0].length * samples[1].length;
      var n = samples[0].length + samples[1].length;
      var mean = prod / 2;
      var counts = {};
      samples.forEach(function(sample) {
        sample.forEach(function(o) {
          if (!counts[o]) counts[o] = 1;
          else counts[o]++;
        });
      });
      var ties = Object.keys(counts).filter(function(key) {
        return counts[key] > 1;
      }).map(function(tie) {
        return counts[tie];
      });
      var k = ties.length;
      var correction = 0;
      for (var i = 0; i < k; i++) {
        correction += (Math.pow(ties[i], 3) - ties[i]) / (n * (n - 1));
      }
      var stddev = Math.sqrt(
        prod / 12 * (n + 1 - correction)
      );
      var z2 = Math.abs((uVal - mean) / stddev);
      return z2;
    };
    var significant = module.exports.significant = function(u, samples) {
      return Math.min(u[0], u[1]) < criticalValue(u, samples);
    };
    var test = module.exports.test = function(samples, key) {
      if (!Array.isArray(samples)) throw Error("Samples must be an array");
      if (samples.length !== 2) throw Error("Samples must contain exactly two samples");
      for (var i = 0; i < 2; i++) {
        if (!samples[i] || samples[i].length == 0) throw Error("Samples cannot be empty");
        if (!Array.isArray(samples[i])) throw Error("Sample " + i + " must be an array");
      }
      var all = samples[0].concat(samples[1]);
      var unranked = all.map(function(val) {
        var result = {};
        result[__key] = val;
        return result;
      });
      var ranked = rank2(unranked);
      var ranks = [];
      for (var i = 0; i < 2; i++) {
        ranks[i] = sampleRank(ranked, samples[i]);
      }
      var us = [];
      for (var i = 0; i < 2; i++) {
        us[i] = uValue(ranks[i], samples[i]);
      }
      return us;
    };
  }
});

// src/pipeline/wait.ts
async function waitForTarget(edges, target, readiness, role) {
  edges.log.info(`Waiting for ${role ? `the ${role} ` : ""}${target} to answer (up to ${readiness.timeoutMs / 1e3} s)`);
  const ready = await edges.waitUntilReady(joinUrl(target, readiness.path), { timeoutMs: readiness.timeoutMs });
  edges.log.info(`${role ? `The ${role}` : "Target"} answered after ${(ready.waitedMs / 1e3).toFixed(1)} s`);
}

// src/metrics/types.ts
var RESULT_SCHEMA_VERSION = 1;

// src/metrics/result.ts
function buildRunResult(profile, fingerprint, target, measurement, runner) {
  const requests = sum(measurement.endpoints.map((e) => e.requests));
  const errors = sum(measurement.endpoints.map((e) => e.errors));
  const rps = sum(measurement.endpoints.map((e) => e.rps));
  const load = profile.load;
  return {
    schemaVersion: RESULT_SCHEMA_VERSION,
    tool: { name: "loadgate", version: VERSION },
    profile: { name: profile.name, fingerprint, ...profile.level ? { level: profile.level } : {} },
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
      ...load.model === "open" ? { rateRps: load.rateRps, shape: load.shape.kind } : {},
      ...load.model === "closed" && load.pipelining ? { pipelining: load.pipelining } : {},
      ...load.seed === void 0 ? {} : { seed: load.seed }
    },
    runner,
    endpoints: measurement.endpoints,
    totals: {
      requests,
      errors,
      rps: Math.round(rps * 10) / 10,
      errorRate: requests === 0 ? 0 : errors / requests
    },
    warnings: measurement.warnings,
    ...measurement.open ? { open: measurement.open } : {},
    ...measurement.websocket ? { websocket: measurement.websocket } : {},
    ...measurement.generator ? { generator: measurement.generator } : {},
    ...measurement.targetResources ? { targetResources: measurement.targetResources } : {},
    ...measurement.timeline ? { timeline: measurement.timeline } : {},
    ...withDrift(latencyDrifts(measurement.timeline))
  };
}
function withDrift(drifts) {
  return drifts ? { latencyDrift: drifts } : {};
}
function sum(values) {
  return values.reduce((a, b) => a + b, 0);
}

// src/profile/fingerprint.ts
import { createHash } from "node:crypto";
var FINGERPRINT_VERSION = 1;
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value);
}
function comparableLoad(load) {
  if (load.model !== "open" || !load.recovery) return load;
  const isDefault = load.recovery.band === DEFAULT_RECOVERY.band && load.recovery.settleMs === DEFAULT_RECOVERY.settleMs;
  return isDefault ? { ...load, recovery: void 0 } : load;
}
function profileFingerprint(profile) {
  const comparable = {
    version: FINGERPRINT_VERSION,
    load: comparableLoad(profile.load),
    // timeoutMs is absent unless set, so profiles without per-endpoint timeouts keep their fingerprint.
    endpoints: profile.endpoints.map(({ name, method, path, headers, body, weight, timeoutMs }) => ({
      name,
      method,
      path,
      headers,
      body,
      weight,
      timeoutMs
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
        name,
        method,
        path,
        headers,
        body,
        timeoutMs,
        captures,
        checks
      }))
    })),
    // Absent for HTTP profiles, so their fingerprints stay; a WebSocket load's every setting but its
    // thresholds changes what is measured.
    ...profile.websocket ? { websocket: { ...profile.websocket, thresholds: void 0, handshakeThresholds: void 0 } } : {}
  };
  return createHash("sha256").update(canonicalJson(comparable)).digest("hex");
}

// src/baseline/history.ts
function baselineRunFromResult(result, origin = {}) {
  return {
    savedAt: result.finishedAt,
    ...origin.commit ? { commit: origin.commit } : {},
    ...origin.ref ? { ref: origin.ref } : {},
    runner: result.runner,
    trialDurationMs: result.load.trialDurationMs,
    // An endpoint that got no request in this run has nothing to compare against later.
    endpoints: result.endpoints.filter((e) => e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      errors: e.errors,
      trials: e.trials,
      ...e.histogram ? { histogram: e.histogram } : {}
    })),
    // A ladder that held to its ceiling measured a floor, not a capacity: not stored.
    ...result.capacity && !result.capacity.heldToCeiling ? { capacityRps: result.capacity.capacityRps } : {},
    ...result.targetResources?.cpuPerRequest ? { cpuMsPerRequest: result.targetResources.cpuPerRequest.trialsMs } : {},
    // A spike not recovered from while watched measured a lower bound, not a time: not stored.
    ...result.recovery?.recovered && result.recovery.recoveryMs !== void 0 ? { recoveryMs: result.recovery.recoveryMs } : {}
  };
}
function appendRun(previous, profile, run, maxRuns = DEFAULT_HISTORY_RUNS) {
  const keep = previous && previous.profile.fingerprint === profile.fingerprint ? previous.runs : [];
  return {
    schemaVersion: BASELINE_SCHEMA_VERSION,
    profile: { name: profile.name, fingerprint: profile.fingerprint },
    runs: [...keep, run].slice(-Math.max(1, maxRuns))
  };
}

// src/baseline/save-rule.ts
function planBaselineSave(input) {
  const { requested, runRefusal, restored } = input;
  if (!requested) return { action: "skip" };
  if (runRefusal !== void 0) return { action: "refuse", reason: runRefusal };
  if (restored.status === "unusable" && restored.unread) {
    return {
      action: "refuse",
      reason: `${restored.source} exists but could not be read, and saving now would replace its history with this one run; the next run on this branch saves as usual (if this keeps happening, delete that cache entry)`
    };
  }
  return restored.status === "found" ? { action: "save", previous: restored.baseline } : { action: "save" };
}

// src/stats/mann-whitney.ts
var import_mann_whitney_utest = __toESM(require_mann_whitney(), 1);

// src/stats/ranks.ts
function rankPooled(x, y) {
  const n1 = x.length;
  const total = n1 + y.length;
  const values = new Float64Array(total);
  values.set(x, 0);
  values.set(y, n1);
  const order = new Uint32Array(total);
  for (let i = 0; i < total; i++) order[i] = i;
  order.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    return va < vb ? -1 : va > vb ? 1 : 0;
  });
  let rankSumX = 0;
  let tieTermSum = 0;
  let start = 0;
  while (start < total) {
    let end = start + 1;
    while (end < total && values[order[end]] === values[order[start]]) end++;
    const tied = end - start;
    const midrank = (start + 1 + end) / 2;
    for (let k = start; k < end; k++) if (order[k] < n1) rankSumX += midrank;
    if (tied > 1) tieTermSum += tied * tied * tied - tied;
    start = end;
  }
  return { u1: rankSumX - n1 * (n1 + 1) / 2, tieTermSum, hasTies: tieTermSum > 0 };
}

// src/stats/u-distribution.ts
var EXACT_MAX_WORK = 1e7;
function exactWork(n1, n2) {
  const m = Math.min(n1, n2);
  return m * (m * Math.max(n1, n2) / 2 + 1) * 2;
}
function gaussianBinomialHead(m, n, degree) {
  const c = new Array(degree + 1).fill(0n);
  c[0] = 1n;
  for (let i = 1; i <= m; i++) {
    const up = n + i;
    for (let j = degree; j >= up; j--) c[j] -= c[j - up];
    for (let j = i; j <= degree; j++) c[j] += c[j - i];
  }
  return c;
}
function bigRatio(num, den) {
  if (num === 0n) return 0;
  const shift = Math.max(0, den.toString(2).length - num.toString(2).length + 64);
  let result = Number((num << BigInt(shift)) / den);
  let remaining = shift;
  while (remaining > 0) {
    const step = Math.min(remaining, 1e3);
    result /= 2 ** step;
    remaining -= step;
  }
  return result;
}
function exactUDistribution(n1, n2) {
  const key = `${n1},${n2}`;
  const known = remembered.get(key);
  if (known) return known;
  const made = buildExactUDistribution(n1, n2);
  if (remembered.size >= REMEMBERED_MAX) remembered.delete(remembered.keys().next().value);
  remembered.set(key, made);
  return made;
}
var remembered = /* @__PURE__ */ new Map();
var REMEMBERED_MAX = 64;
function buildExactUDistribution(n1, n2) {
  if (!Number.isInteger(n1) || !Number.isInteger(n2) || n1 < 1 || n2 < 1) {
    throw new StatsInputError(`exact U distribution: sample sizes must be positive integers, got n1=${n1}, n2=${n2}`);
  }
  if (exactWork(n1, n2) > EXACT_MAX_WORK) {
    throw new StatsInputError(
      `exact U distribution: n1=${n1}, n2=${n2} is too large to enumerate exactly; use the asymptotic method`
    );
  }
  const m = Math.min(n1, n2);
  const product = m * Math.max(n1, n2);
  const half = Math.floor(product / 2);
  const counts = gaussianBinomialHead(m, Math.max(n1, n2), half);
  const cumulative = new Array(half + 1);
  let running = 0n;
  for (let u = 0; u <= half; u++) cumulative[u] = running += counts[u];
  const total = 2n * cumulative[half] - (product % 2 === 0 ? counts[half] : 0n);
  const countAtMost2 = (u) => {
    const k = Math.trunc(u);
    if (k < 0) return 0n;
    if (k >= product) return total;
    return k <= half ? cumulative[k] : total - cumulative[product - k - 1];
  };
  return {
    n1,
    n2,
    total,
    countAtMost: countAtMost2,
    cdf: (u) => bigRatio(countAtMost2(u), total),
    sf: (u) => bigRatio(total - countAtMost2(Math.ceil(u) - 1), total)
  };
}

// src/stats/mann-whitney.ts
var LIBRARY_RANKING_MAX_N = 1e3;
var ALTERNATIVES = ["two-sided", "less", "greater"];
var METHODS = ["auto", "exact", "asymptotic"];
function checkOptions(alternative, method) {
  if (!ALTERNATIVES.includes(alternative)) {
    throw new StatsInputError(`alternative: "${alternative}" is not one of ${ALTERNATIVES.join(", ")}`);
  }
  if (!METHODS.includes(method)) {
    throw new StatsInputError(`method: "${method}" is not one of ${METHODS.join(", ")}`);
  }
}
function uOfFirst(x, y, sortedU) {
  if (x.length > LIBRARY_RANKING_MAX_N || y.length > LIBRARY_RANKING_MAX_N) return sortedU;
  return import_mann_whitney_utest.default.test([x.slice(), y.slice()])[0];
}
function mannWhitneyU(x, y, options = {}) {
  const { alternative = "two-sided", method = "auto", continuity = true } = options;
  checkOptions(alternative, method);
  assertSample(x, "first sample (x)", true);
  assertSample(y, "second sample (y)", true);
  const n1 = x.length;
  const n2 = y.length;
  const n = n1 + n2;
  const pooled = rankPooled(x, y);
  const u1 = uOfFirst(x, y, pooled.u1);
  const u2 = n1 * n2 - u1;
  const sigma = Math.sqrt(n1 * n2 / 12 * (n + 1 - pooled.tieTermSum / (n * (n - 1))));
  const resolved = resolveMethod(method, n1, n2, pooled.hasTies);
  const base = { u: u1, n1, n2, method: resolved, alternative, hasTies: pooled.hasTies, sigma };
  const allTied = pooled.tieTermSum === n * n * n - n;
  if (allTied) return { ...base, p: 1 };
  const uForSf = alternative === "greater" ? u1 : alternative === "less" ? u2 : Math.max(u1, u2);
  const factor = alternative === "two-sided" ? 2 : 1;
  if (resolved === "exact") {
    const oneSided = exactUDistribution(n1, n2).sf(Math.trunc(uForSf));
    return { ...base, p: Math.min(1, factor * oneSided) };
  }
  const z2 = (uForSf - n1 * n2 / 2 - (continuity ? 0.5 : 0)) / sigma;
  return { ...base, p: Math.min(1, factor * normalSf(z2)), z: z2 };
}
function resolveMethod(method, n1, n2, hasTies) {
  if (method !== "auto") return method;
  if (n1 > 8 && n2 > 8 || hasTies) return "asymptotic";
  return exactWork(n1, n2) <= EXACT_MAX_WORK ? "exact" : "asymptotic";
}

// src/stats/pairwise-differences.ts
var float = new Float64Array(1);
var bits = new BigInt64Array(float.buffer);
var SIGN = 1n << 63n;
var MAGNITUDE = SIGN - 1n;
function orderKey(value) {
  float[0] = value;
  const raw = bits[0];
  return raw < 0n ? -(raw & MAGNITUDE) : raw;
}
function fromOrderKey(key) {
  bits[0] = key < 0n ? BigInt.asIntN(64, -key | SIGN) : key;
  return float[0];
}
function countAtMost(xSorted, ySorted, t) {
  let count = 0;
  let j = 0;
  const n2 = ySorted.length;
  for (let i = 0; i < xSorted.length; i++) {
    while (j < n2 && xSorted[i] - ySorted[j] > t) j++;
    count += n2 - j;
  }
  return count;
}
function sortPair(x, y) {
  return { x: Float64Array.from(x).sort(), y: Float64Array.from(y).sort() };
}
function kthPairwiseDifference(pair, k) {
  const { x, y } = pair;
  let low = orderKey(x[0] - y[y.length - 1]);
  let high = orderKey(x[x.length - 1] - y[0]);
  while (low < high) {
    const middle = low + high >> 1n;
    if (countAtMost(x, y, fromOrderKey(middle)) >= k) high = middle;
    else low = middle + 1n;
  }
  return fromOrderKey(low);
}

// src/stats/hodges-lehmann.ts
var INTERVAL_EXACT_MAX_WORK = 2e6;
function intervalRank(n1, n2, confidence) {
  const halfAlpha = (1 - confidence) / 2 * (1 + 1e-12);
  const pairs = n1 * n2;
  if (exactWork(n1, n2) <= INTERVAL_EXACT_MAX_WORK) {
    const distribution = exactUDistribution(n1, n2);
    let k2 = 1;
    while (k2 < pairs && distribution.cdf(k2) <= halfAlpha) k2++;
    return { k: k2, achieved: 1 - 2 * distribution.cdf(k2 - 1) };
  }
  const sigma = Math.sqrt(pairs * (n1 + n2 + 1) / 12);
  const raw = Math.floor(pairs / 2 + 0.5 + normalQuantile(halfAlpha) * sigma);
  const k = Math.min(Math.max(1, raw), Math.ceil(pairs / 2));
  return { k, achieved: 1 - 2 * normalCdf((k - 1 + 0.5 - pairs / 2) / sigma) };
}
function checkConfidence(confidence) {
  if (typeof confidence !== "number" || !(confidence > 0 && confidence < 1)) {
    throw new StatsInputError(`confidence: ${String(confidence)} must be a number between 0 and 1 (e.g. 0.95)`);
  }
}
function estimate(pair, confidence) {
  const n1 = pair.x.length;
  const n2 = pair.y.length;
  const pairs = n1 * n2;
  const middle = Math.floor((pairs + 1) / 2);
  const shift = pairs % 2 === 1 ? kthPairwiseDifference(pair, middle) : (kthPairwiseDifference(pair, middle) + kthPairwiseDifference(pair, middle + 1)) / 2;
  const { k, achieved } = intervalRank(n1, n2, confidence);
  return {
    shift,
    lower: kthPairwiseDifference(pair, k),
    upper: kthPairwiseDifference(pair, pairs + 1 - k),
    confidence,
    achievedConfidence: achieved
  };
}
function hodgesLehmannShift(x, y, options = {}) {
  const { confidence = 0.95 } = options;
  checkConfidence(confidence);
  assertSample(x, "first sample (x)", false);
  assertSample(y, "second sample (y)", false);
  return estimate(sortPair(x, y), confidence);
}
function assertPositive(values, name) {
  const bad = values.findIndex((v) => !(v > 0));
  if (bad >= 0) {
    throw new StatsInputError(`${name}[${bad}]: ${values[bad]} is not positive; a relative change needs values > 0`);
  }
}
function relativeShift(x, y, options = {}) {
  const { confidence = 0.95 } = options;
  checkConfidence(confidence);
  assertSample(x, "first sample (x)", false);
  assertSample(y, "second sample (y)", false);
  assertPositive(x, "first sample (x)");
  assertPositive(y, "second sample (y)");
  const logShift = estimate(sortPair(x.map(Math.log), y.map(Math.log)), confidence);
  return {
    change: Math.expm1(logShift.shift),
    lower: Math.expm1(logShift.lower),
    upper: Math.expm1(logShift.upper),
    confidence,
    achievedConfidence: logShift.achievedConfidence
  };
}

// src/stats/multiple-comparisons.ts
function checkInputs(pValues, level, levelName) {
  if (!(level > 0 && level <= 1)) {
    throw new StatsInputError(`${levelName}: ${String(level)} must be a number in (0, 1], e.g. 0.05`);
  }
  pValues.forEach((p, i) => {
    if (typeof p !== "number" || !(p >= 0 && p <= 1)) {
      throw new StatsInputError(`pValues[${i}]: ${String(p)} is not a probability in [0, 1]`);
    }
  });
}
function ascendingOrder(pValues) {
  return pValues.map((_, i) => i).sort((a, b) => pValues[a] - pValues[b] || a - b);
}
function holm(pValues, alpha) {
  checkInputs(pValues, alpha, "alpha");
  const m = pValues.length;
  const adjusted = new Array(m);
  let running = 0;
  ascendingOrder(pValues).forEach((index, rank2) => {
    running = Math.max(running, Math.min(1, (m - rank2) * pValues[index]));
    adjusted[index] = running;
  });
  return { rejected: adjusted.map((p) => p <= alpha), adjusted };
}
function benjaminiHochberg(pValues, q) {
  checkInputs(pValues, q, "q");
  const m = pValues.length;
  const adjusted = new Array(m);
  const order = ascendingOrder(pValues);
  let running = 1;
  for (let rank2 = m - 1; rank2 >= 0; rank2--) {
    const index = order[rank2];
    running = Math.min(running, m * pValues[index] / (rank2 + 1));
    adjusted[index] = running;
  }
  return { rejected: adjusted.map((p) => p <= q), adjusted };
}

// src/stats/proportions.ts
function checkCounts(errors, requests, which) {
  if (!Number.isInteger(requests) || requests <= 0) {
    throw new StatsInputError(`${which} requests: ${String(requests)} \u2014 an error rate needs at least one request`);
  }
  if (!Number.isInteger(errors) || errors < 0 || errors > requests) {
    throw new StatsInputError(`${which} errors: ${String(errors)} must be a whole number between 0 and ${requests} (the requests)`);
  }
}
function logBinomial(n, k) {
  const m = Math.min(k, n - k);
  let sum2 = 0;
  for (let i = 1; i <= m; i++) sum2 += Math.log((n - m + i) / i);
  return sum2;
}
function fisherUpperTail(e1, n1, e2, n2) {
  const errors = e1 + e2;
  const high = Math.min(errors, n1);
  let term = Math.exp(logBinomial(n1, e1) + logBinomial(n2, e2) - logBinomial(n1 + n2, errors));
  let p = 0;
  for (let k = e1; k <= high && term > 0; k++) {
    p += term;
    term *= (n1 - k) * (errors - k) / ((k + 1) * (n2 - errors + k + 1));
  }
  return Math.min(1, p);
}
function largeEnoughForZ(e1, n1, e2, n2) {
  const pooled = (e1 + e2) / (n1 + n2);
  return Math.min(n1, n2) * Math.min(pooled, 1 - pooled) >= 5;
}
function errorRateIncrease(currentErrors, currentRequests, baselineErrors, baselineRequests) {
  checkCounts(currentErrors, currentRequests, "current");
  checkCounts(baselineErrors, baselineRequests, "baseline");
  const currentRate = currentErrors / currentRequests;
  const baselineRate = baselineErrors / baselineRequests;
  const rates = { currentRate, baselineRate, change: currentRate - baselineRate };
  if (!largeEnoughForZ(currentErrors, currentRequests, baselineErrors, baselineRequests)) {
    return { ...rates, p: fisherUpperTail(currentErrors, currentRequests, baselineErrors, baselineRequests), method: "fisher-exact" };
  }
  const pooled = (currentErrors + baselineErrors) / (currentRequests + baselineRequests);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / currentRequests + 1 / baselineRequests));
  return { ...rates, p: normalSf(rates.change / standardError), method: "z-test" };
}

// src/stats/detectable.ts
function checkSize(n, name) {
  if (!Number.isInteger(n) || n < 1) throw new StatsInputError(`${name}: ${String(n)} must be a positive whole number of values`);
}
function binomial(n, k) {
  const smaller = Math.min(k, n - k);
  let result = 1n;
  for (let i = 1; i <= smaller; i++) result = result * BigInt(n - smaller + i) / BigInt(i);
  return Number(result);
}
function minimumAchievableP(n1, n2, alternative = "two-sided") {
  checkSize(n1, "n1");
  checkSize(n2, "n2");
  const oneSided = 1 / binomial(n1 + n2, n1);
  return alternative === "two-sided" ? Math.min(1, 2 * oneSided) : oneSided;
}

// node_modules/simple-statistics/dist/simple-statistics.mjs
function quantileSorted(x, p) {
  var idx = (x.length - 1) * p;
  if (x.length === 0) {
    throw new Error("quantile requires at least one data point.");
  } else if (p < 0 || p > 1) {
    throw new Error("quantiles must be between 0 and 1");
  } else if (p === 1) {
    return x[x.length - 1];
  } else if (p === 0) {
    return x[0];
  } else if (idx % 1 !== 0) {
    var lower = Math.floor(idx);
    var upper = Math.ceil(idx);
    var fraction = idx - lower;
    return x[lower] + fraction * (x[upper] - x[lower]);
  } else {
    return x[idx];
  }
}
function quickselect(arr, k, left, right) {
  left = left || 0;
  right = right || arr.length - 1;
  while (right > left) {
    if (right - left > 600) {
      var n = right - left + 1;
      var m = k - left + 1;
      var z2 = Math.log(n);
      var s = 0.5 * Math.exp(2 * z2 / 3);
      var sd = 0.5 * Math.sqrt(z2 * s * (n - s) / n);
      if (m - n / 2 < 0) {
        sd *= -1;
      }
      var newLeft = Math.max(left, Math.floor(k - m * s / n + sd));
      var newRight = Math.min(
        right,
        Math.floor(k + (n - m) * s / n + sd)
      );
      quickselect(arr, k, newLeft, newRight);
    }
    var t = arr[k];
    var i = left;
    var j = right;
    swap(arr, left, k);
    if (arr[right] > t) {
      swap(arr, left, right);
    }
    while (i < j) {
      swap(arr, i, j);
      i++;
      j--;
      while (arr[i] < t) {
        i++;
      }
      while (arr[j] > t) {
        j--;
      }
    }
    if (arr[left] === t) {
      swap(arr, left, j);
    } else {
      j++;
      swap(arr, j, right);
    }
    if (j <= k) {
      left = j + 1;
    }
    if (k <= j) {
      right = j - 1;
    }
  }
}
function swap(arr, i, j) {
  var tmp = arr[i];
  arr[i] = arr[j];
  arr[j] = tmp;
}
function quantile(x, p) {
  var copy = x.slice();
  if (Array.isArray(p)) {
    multiQuantileSelect(copy, p);
    var results = [];
    for (var i = 0; i < p.length; i++) {
      results[i] = quantileSorted(copy, p[i]);
    }
    return results;
  } else {
    var idx = quantileIndex(copy.length, p);
    quantileSelect(copy, idx, 0, copy.length - 1);
    return quantileSorted(copy, p);
  }
}
function quantileSelect(arr, k, left, right) {
  if (k % 1 === 0) {
    quickselect(arr, k, left, right);
  } else {
    k = Math.floor(k);
    quickselect(arr, k, left, right);
    quickselect(arr, k + 1, k + 1, right);
  }
}
function multiQuantileSelect(arr, p) {
  var positions = /* @__PURE__ */ new Set();
  for (var i = 0; i < p.length; i++) {
    var idx = quantileIndex(arr.length, p[i]);
    positions.add(Math.floor(idx));
    positions.add(Math.ceil(idx));
  }
  var indices = Array.from(positions).sort(compare);
  multiselect(arr, indices, 0, indices.length - 1, 0, arr.length - 1);
}
function multiselect(arr, indices, lo, hi, left, right) {
  if (lo > hi) {
    return;
  }
  var mid = lo + hi >> 1;
  quickselect(arr, indices[mid], left, right);
  multiselect(arr, indices, lo, mid - 1, left, indices[mid] - 1);
  multiselect(arr, indices, mid + 1, hi, indices[mid] + 1, right);
}
function compare(a, b) {
  return a - b;
}
function quantileIndex(len, p) {
  var idx = (len - 1) * p;
  if (p === 1) {
    return len - 1;
  } else if (p === 0) {
    return 0;
  } else if (idx % 1 !== 0) {
    return idx;
  } else {
    return idx;
  }
}
function median(x) {
  return +quantile(x, 0.5);
}
var BayesianClassifier = function BayesianClassifier2() {
  this.totalCount = 0;
  this.data = {};
};
BayesianClassifier.prototype.train = function train(item, category) {
  if (!this.data[category]) {
    this.data[category] = {};
  }
  for (var k in item) {
    var v = item[k];
    if (this.data[category][k] === void 0) {
      this.data[category][k] = {};
    }
    if (this.data[category][k][v] === void 0) {
      this.data[category][k][v] = 0;
    }
    this.data[category][k][v]++;
  }
  this.totalCount++;
};
BayesianClassifier.prototype.score = function score(item) {
  var odds = {};
  var category;
  for (var k in item) {
    var v = item[k];
    for (category in this.data) {
      if (odds[category] === void 0) {
        odds[category] = {};
      }
      if (this.data[category][k]) {
        odds[category][k + "_" + v] = (this.data[category][k][v] || 0) / this.totalCount;
      } else {
        odds[category][k + "_" + v] = 0;
      }
    }
  }
  var oddsSums = {};
  for (category in odds) {
    oddsSums[category] = 0;
    for (var combination in odds[category]) {
      oddsSums[category] += odds[category][combination];
    }
  }
  return oddsSums;
};
var g = 607 / 128;
var LOGSQRT2PI = Math.log(Math.sqrt(2 * Math.PI));
var SQRT_2PI$1 = Math.sqrt(2 * Math.PI);
function cumulativeDistribution(z2) {
  var sum2 = z2;
  var tmp = z2;
  for (var i = 1; i < 30; i++) {
    tmp *= z2 * z2 / (2 * i + 1);
    sum2 += tmp;
  }
  return Math.round((0.5 + sum2 / SQRT_2PI$1 * Math.exp(-z2 * z2 / 2)) * 1e4) / 1e4;
}
var standardNormalTable = [];
for (z = 0; z <= 3.09; z += 0.01) {
  standardNormalTable.push(cumulativeDistribution(z));
}
var z;
var SQRT_2PI = Math.sqrt(2 * Math.PI);
var PerceptronModel = function PerceptronModel2() {
  this.weights = [];
  this.bias = 0;
};
PerceptronModel.prototype.predict = function predict(features) {
  if (features.length !== this.weights.length) {
    return null;
  }
  var score2 = 0;
  for (var i = 0; i < this.weights.length; i++) {
    score2 += this.weights[i] * features[i];
  }
  score2 += this.bias;
  if (score2 > 0) {
    return 1;
  } else {
    return 0;
  }
};
PerceptronModel.prototype.train = function train2(features, label) {
  if (label !== 0 && label !== 1) {
    return null;
  }
  if (features.length !== this.weights.length) {
    this.weights = features.slice();
    this.bias = 1;
  }
  var prediction = this.predict(features);
  if (typeof prediction === "number" && prediction !== label) {
    var gradient = label - prediction;
    for (var i = 0; i < this.weights.length; i++) {
      this.weights[i] += gradient * features[i];
    }
    this.bias += gradient;
  }
  return this;
};

// src/verdict/adjust.ts
function worsening(c) {
  return c.direction === "worse" ? Math.abs(c.change) : 0;
}
function adjustComparisons(tests, alpha) {
  if (tests.length === 0) return [];
  const p = tests.map((t) => t.p);
  const strict = holm(p, alpha);
  const lenient = benjaminiHochberg(p, alpha);
  return tests.map(({ cutoffs, ...t }, i) => {
    const level = levelFor(worsening(t), cutoffs);
    const blocks = strict.rejected[i];
    const advisory = !blocks && lenient.rejected[i] ? level : "none";
    return {
      ...t,
      pAdjusted: strict.adjusted[i],
      pBH: lenient.adjusted[i],
      significant: strict.rejected[i],
      severity: blocks ? level : "none",
      ...advisory !== "none" ? { advisorySeverity: advisory } : {}
    };
  });
}

// src/verdict/eligibility.ts
var TAIL_REQUESTS = 10;
var QUANTILE = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };
function requestsNeededPerTrial(metric) {
  const q = QUANTILE[metric];
  return q === void 0 ? 0 : Math.ceil(TAIL_REQUESTS / (1 - q) - 1e-9);
}
function eligibleMetrics(endpoints, metrics) {
  const metricsFor = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  for (const e of endpoints) {
    const fewest = e.trials.length > 0 ? Math.min(...e.trials.map((t) => t.requests)) : 0;
    const keep = [];
    for (const metric of metrics) {
      if (fewest >= requestsNeededPerTrial(metric)) {
        keep.push(metric);
        continue;
      }
      const entry = skipped.get(metric) ?? { names: [], fewest: Infinity };
      entry.names.push(e.name);
      entry.fewest = Math.min(entry.fewest, fewest);
      skipped.set(metric, entry);
    }
    metricsFor.set(e.name, keep);
  }
  const notes = [...skipped].map(([metric, { names, fewest }]) => ({
    code: "percentile-skipped",
    params: { metric, endpoints: names, fewestRequests: fewest, neededRequests: requestsNeededPerTrial(metric) }
  }));
  return { metricsFor, notes };
}

// src/verdict/compare.ts
function trialValue(trial, metric) {
  if (metric === "throughput") return trial.rps;
  if (metric === "error_rate") return trial.errorRate;
  return trial.latencyMs[metric];
}
function worseIsLower(metric) {
  return metric === "throughput";
}
function directionOf(change, epsilon, lowerIsWorse) {
  if (Math.abs(change) < epsilon) return "same";
  return change > 0 !== lowerIsWorse ? "worse" : "better";
}
function testErrorRate(endpoint, current, baseline) {
  const test = errorRateIncrease(current.errors, current.requests, baseline.errors, baseline.requests);
  const change = test.currentRate - test.baselineRate;
  return {
    endpoint,
    metric: "error_rate",
    baseline: test.baselineRate,
    current: test.currentRate,
    change,
    changeKind: "points",
    p: test.p,
    n1: current.requests,
    n2: baseline.requests,
    direction: directionOf(change, 5e-4, false),
    cutoffs: ERROR_RATE_CUTOFFS
  };
}
function testMetric(current, baseline, metric, cutoffs) {
  if (metric === "error_rate") return testErrorRate(current.name, current, baseline);
  const x = current.trials.map((t) => trialValue(t, metric));
  const y = baseline.trials.map((t) => trialValue(t, metric));
  return testTrialValues(current.name, metric, x, y, worseIsLower(metric), cutoffs);
}
function testTrialValues(endpoint, metric, x, y, lower, cutoffs) {
  const base = { endpoint, metric, baseline: median([...y]), current: median([...x]) };
  const small = exactWork(x.length, y.length) <= EXACT_MAX_WORK && (/* @__PURE__ */ new Set([...x, ...y])).size === x.length + y.length;
  const mw = mannWhitneyU([...x], [...y], { alternative: lower ? "less" : "greater", method: small ? "exact" : "auto" });
  const positive = x.every((v) => v > 0) && y.every((v) => v > 0);
  const shift = positive ? relativeShift([...x], [...y], { confidence: 0.95 }) : void 0;
  const change = shift ? shift.change : base.baseline > 0 ? base.current / base.baseline - 1 : 0;
  return {
    ...base,
    change,
    changeKind: "relative",
    ...shift ? { interval: { lower: shift.lower, upper: shift.upper, confidence: 0.95 } } : {},
    p: mw.p,
    n1: x.length,
    n2: y.length,
    direction: directionOf(change, 5e-3, lower),
    method: "trials",
    cutoffs
  };
}
function compareWithBaseline(current, baseline, settings, endpointCutoffs = /* @__PURE__ */ new Map(), runTests = []) {
  const notes = [];
  const tests = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  for (const endpoint of current) {
    const before = baseline.find((b) => b.name === endpoint.name);
    if (!before || before.trials.length === 0) {
      notes.push({ code: "new-endpoint", params: { endpoint: endpoint.name } });
      continue;
    }
    if (endpoint.trials.length === 0) continue;
    if (endpoint.requests === 0 || before.requests === 0) {
      notes.push({ code: "no-data", params: { endpoint: endpoint.name, missingIn: endpoint.requests === 0 ? "current" : "baseline" } });
      continue;
    }
    const cutoffs = endpointCutoffs.get(endpoint.name) ?? settings.severity;
    for (const metric of eligible.metricsFor.get(endpoint.name) ?? []) tests.push(testMetric(endpoint, before, metric, cutoffs));
  }
  tests.push(...runTests);
  if (tests.length === 0) return { comparisons: [], notes };
  const comparisons = adjustComparisons(tests, settings.alpha);
  notes.push(...powerNotes(comparisons, settings.alpha));
  return { comparisons, notes };
}
function powerNotes(comparisons, alpha) {
  const ranked = comparisons.filter((c) => c.metric !== "error_rate");
  if (ranked.length === 0) return [];
  const { n1, n2 } = ranked[0];
  const smallest = minimumAchievableP(n1, n2, "greater");
  const needed = alpha / comparisons.length;
  if (smallest < needed) return [];
  return [
    {
      code: "too-few-trials",
      params: { currentTrials: n1, baselineTrials: n2, smallestP: smallest, tests: comparisons.length, alpha, neededP: needed }
    }
  ];
}

// src/stats/student-t.ts
var LANCZOS = [
  0.9999999999998099,
  676.5203681218851,
  -1259.1392167224028,
  771.3234287776531,
  -176.6150291621406,
  12.507343278686905,
  -0.13857109526572012,
  9984369578019572e-21,
  15056327351493116e-23
];
function logGamma(x) {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z2 = x - 1;
  let a = LANCZOS[0];
  const t = z2 + 7.5;
  for (let i = 1; i < 9; i++) a += LANCZOS[i] / (z2 + i);
  return 0.5 * Math.log(2 * Math.PI) + (z2 + 0.5) * Math.log(t) - t + Math.log(a);
}
function betaContinuedFraction(x, a, b) {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - (a + b) * x / (a + 1);
  if (Math.abs(d) < tiny) d = tiny;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 1e4; m++) {
    const m2 = 2 * m;
    let aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    if (Math.abs(d) < tiny) d = tiny;
    c = 1 + aa / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < 1e-15) break;
  }
  return h;
}
function regularizedBeta(x, a, b) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
  if (x < (a + 1) / (a + b + 2)) return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
  return 1 - Math.exp(logFront) * betaContinuedFraction(1 - x, b, a) / b;
}
function checkDf(df) {
  if (typeof df !== "number" || !(df > 0) || !Number.isFinite(df)) {
    throw new StatsInputError(`degrees of freedom: ${String(df)} must be a finite number > 0`);
  }
}
function studentTSf(t, df) {
  checkDf(df);
  if (Number.isNaN(t)) throw new StatsInputError("t: NaN is not a value");
  if (t === Infinity) return 0;
  if (t === -Infinity) return 1;
  const tail = 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  return t >= 0 ? tail : 1 - tail;
}
function studentTUpperQuantile(p, df) {
  checkDf(df);
  if (!(p > 0 && p < 1)) throw new StatsInputError(`p: ${String(p)} must be in (0, 1)`);
  if (p === 0.5) return 0;
  if (p > 0.5) return -studentTUpperQuantile(1 - p, df);
  let lo = 0;
  let hi = 1;
  while (studentTSf(hi, df) > p) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  for (let i = 0; i < 200 && hi - lo > 1e-13 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (studentTSf(mid, df) > p) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

// src/stats/history-spread.ts
var PRIOR_RUN_SPREAD = 0.1;
var PRIOR_RUN_SPREAD_WEIGHT = 2;
function historySpreadTest(current, history, options) {
  assertSample(history, "history", false);
  const bad = [current, ...history].findIndex((v) => !(v > 0) || !Number.isFinite(v));
  if (bad >= 0) {
    const value = bad === 0 ? current : history[bad - 1];
    throw new StatsInputError(`${bad === 0 ? "current" : `history[${bad - 1}]`}: ${value} is not a positive finite number; a relative change needs values > 0`);
  }
  const { confidence = 0.95, priorSpread = PRIOR_RUN_SPREAD, priorWeight = PRIOR_RUN_SPREAD_WEIGHT } = options;
  const logs = history.map(Math.log);
  const runs = logs.length;
  const m = logs.reduce((a, b) => a + b, 0) / runs;
  const ss = logs.reduce((a, v) => a + (v - m) ** 2, 0);
  const historySpread = runs > 1 ? Math.sqrt(ss / (runs - 1)) : 0;
  const df = priorWeight + runs - 1;
  if (!(df > 0)) throw new StatsInputError("history: one run and no prior spread leave no degrees of freedom");
  const spread = Math.sqrt((priorWeight * priorSpread ** 2 + ss) / df);
  const standardError = spread * Math.sqrt(1 + 1 / runs);
  const d = Math.log(current) - m;
  const t = standardError > 0 ? d / standardError : d === 0 ? 0 : Math.sign(d) * Infinity;
  const p = studentTSf(options.alternative === "greater" ? t : -t, df);
  const half = studentTUpperQuantile((1 - confidence) / 2, df) * standardError;
  return {
    change: Math.expm1(d),
    lower: Math.expm1(d - half),
    upper: Math.expm1(d + half),
    p,
    t,
    df,
    spread,
    historySpread,
    center: Math.exp(m),
    runs,
    standardError
  };
}
function smallestDetectableChange(result, pNeeded, alternative) {
  const q = studentTUpperQuantile(pNeeded, result.df) * result.standardError;
  return alternative === "greater" ? Math.expm1(q) : -Math.expm1(-q);
}

// src/stats/common-mode.ts
function additiveFit(matrix) {
  const runs = matrix.length;
  const endpoints = runs > 0 ? matrix[0].length : 0;
  if (runs === 0 || endpoints === 0) throw new StatsInputError("matrix: at least one run and one endpoint are needed");
  if (matrix.some((row) => row.length !== endpoints)) throw new StatsInputError("matrix: every run must list the same endpoints");
  const present = (v) => Number.isFinite(v);
  const runFactors = new Array(runs).fill(0);
  const endpointMeans = new Array(endpoints).fill(Number.NaN);
  for (let round = 0; round < 50; round++) {
    let moved = 0;
    for (let e = 0; e < endpoints; e++) {
      let sum2 = 0;
      let n = 0;
      for (let r = 0; r < runs; r++) if (present(matrix[r][e])) sum2 += matrix[r][e] - runFactors[r], n++;
      endpointMeans[e] = n > 0 ? sum2 / n : Number.NaN;
    }
    for (let r = 0; r < runs; r++) {
      let sum2 = 0;
      let n = 0;
      for (let e = 0; e < endpoints; e++) if (present(matrix[r][e]) && present(endpointMeans[e])) sum2 += matrix[r][e] - endpointMeans[e], n++;
      const next = n > 0 ? sum2 / n : 0;
      moved = Math.max(moved, Math.abs(next - runFactors[r]));
      runFactors[r] = next;
    }
    if (moved < 1e-12) break;
  }
  const mean = runFactors.reduce((a, b) => a + b, 0) / runs;
  for (let r = 0; r < runs; r++) runFactors[r] -= mean;
  for (let e = 0; e < endpoints; e++) endpointMeans[e] += mean;
  const residuals = matrix.map((row, r) => row.map((v, e) => present(v) ? v - endpointMeans[e] - runFactors[r] : Number.NaN));
  const counts = new Array(endpoints).fill(0);
  const endpointSS = new Array(endpoints).fill(0);
  let observations = 0;
  for (const row of residuals) {
    row.forEach((v, e) => {
      if (!present(v)) return;
      counts[e]++;
      endpointSS[e] += v * v;
      observations++;
    });
  }
  const usedEndpoints = counts.filter((n) => n > 0).length;
  const df = Math.max(0, observations - runs - usedEndpoints + 1);
  const endpointDf = counts.map((n) => observations > 0 ? df * n / observations : 0);
  return { endpointMeans, runFactors, residuals, endpointSS, endpointDf, df };
}
function moderatedVariance(estimates) {
  let weighted = 0;
  let df = 0;
  for (const { variance, df: d } of estimates) {
    if (!(d > 0) || !Number.isFinite(variance) || variance < 0) continue;
    weighted += d * variance;
    df += d;
  }
  if (df === 0) throw new StatsInputError("estimates: no variance with positive degrees of freedom to pool");
  return { variance: weighted / df, df };
}
function finiteMedian(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
var QN_FACTOR = [0.768, 0.4494, 0.7395, 0.5683, 0.7951, 0.6336, 0.8293, 0.6901, 0.8534, 0.7334, 0.8726, 0.7604, 0.8877, 0.7856, 0.8974, 0.809, 0.9072, 0.8202, 0.915, 0.8373, 0.9216, 0.8518, 0.9296, 0.8613, 0.9312, 0.8686, 0.9386, 0.8769];
var QN_DF = [0.79, 1.76, 1.75, 3.08, 3.04, 4.28, 4.34, 5.77, 5.79, 7.12, 7.33, 8.69, 8.75, 9.9, 10.48, 11.51, 11.65, 12.98, 13.36, 14.82, 14.67, 16.19, 16.24, 17.55, 18.18, 19.24, 19.54, 20.93];
function robustVariance(values) {
  const v = values.filter(Number.isFinite);
  const n = v.length;
  if (n < 3) return { variance: Number.NaN, df: 0 };
  const distances = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) distances.push(Math.abs(v[i] - v[j]));
  distances.sort((a, b) => a - b);
  const h = (n >> 1) + 1;
  const qn = 2.2219 * distances[h * (h - 1) / 2 - 1];
  const factor = n <= 30 ? QN_FACTOR[n - 3] : n % 2 ? n / (n + 1.4) : n / (n + 3.8);
  const df = n <= 30 ? QN_DF[n - 3] : 0.7 * n;
  const sigma = factor * qn;
  return { variance: sigma * sigma, df };
}
function medianVarianceFactor(n) {
  if (n <= 0) return Number.POSITIVE_INFINITY;
  return n <= 2 ? 1 / n : Math.PI / (2 * n);
}
function relativeChangeTest(input) {
  const { deviations, index, variances, runs, alternative, confidence = 0.95 } = input;
  const d = deviations[index];
  if (!Number.isFinite(d)) return void 0;
  const others = [];
  const otherVariances = [];
  deviations.forEach((v, i) => {
    if (i === index || !Number.isFinite(v)) return;
    others.push(v);
    otherVariances.push(variances[i]);
  });
  if (others.length === 0) return void 0;
  if (!(runs >= 1)) throw new StatsInputError(`runs: ${runs} is not a number of history runs (1 or more)`);
  if (!(input.df > 0)) throw new StatsInputError(`df: ${input.df} must be positive`);
  const inflation = 1 + 1 / runs;
  const common = finiteMedian(others);
  const typicalOther = finiteMedian(otherVariances);
  const variance = variances[index] * inflation + typicalOther * inflation * medianVarianceFactor(others.length);
  const standardError = Math.sqrt(variance);
  const shift = d - common;
  const t = standardError > 0 ? shift / standardError : shift === 0 ? 0 : Math.sign(shift) * Infinity;
  const p = studentTSf(alternative === "greater" ? t : -t, input.df);
  const half = studentTUpperQuantile((1 - confidence) / 2, input.df) * standardError;
  return {
    change: Math.expm1(shift),
    lower: Math.expm1(shift - half),
    upper: Math.expm1(shift + half),
    p,
    t,
    df: input.df,
    standardError,
    runFactor: Math.expm1(common)
  };
}

// src/verdict/history-compare.ts
var PRIOR_REST_SPREAD = 0.07;
var PRIOR_REST_WEIGHT = 8;
var ENDPOINT_SHRINK_WEIGHT = 20;
var LATENCY_JITTER_MS = 0.03;
function runValue(trials, metric) {
  const values = trials.filter((t) => t.requests > 0).map((t) => trialValue(t, metric)).filter((v) => v > 0 && Number.isFinite(v));
  if (values.length === 0) return void 0;
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const s2 = logs.length > 1 ? logs.reduce((a, v) => a + (v - mean) ** 2, 0) / (logs.length - 1) : 0;
  return { log: Math.log(median(values)), sampling: Math.PI / 2 * (s2 / logs.length) };
}
var isLatency = (metric) => metric !== "throughput" && metric !== "error_rate";
function testMetricAcrossEndpoints(endpoints, runs, metric, cutoffsFor, pNeeded) {
  const rows = [];
  const missing = [];
  for (const e of endpoints) {
    const current = runValue(e.trials, metric);
    const history = runs.map((run) => {
      const b = run.endpoints.find((x) => x.name === e.name);
      return b ? runValue(b.trials, metric) : void 0;
    });
    if (current === void 0 || history.every((h) => h === void 0)) missing.push(e.name);
    else rows.push({ e, current, history });
  }
  if (rows.length === 0) return { tests: [], missing };
  const H = runs.length;
  const matrix = runs.map((_, r) => rows.map((row) => row.history[r]?.log ?? Number.NaN));
  const fit = additiveFit(matrix);
  const deviations = rows.map((row, i) => row.current.log - fit.endpointMeans[i]);
  const inflation = 1 + 1 / H;
  const sources = [{ variance: PRIOR_REST_SPREAD ** 2, df: PRIOR_REST_WEIGHT }];
  if (fit.df > 0) sources.push({ variance: fit.endpointSS.reduce((a, b) => a + b, 0) / fit.df, df: fit.df });
  if (rows.length >= 4) {
    const scale = robustVariance(deviations);
    sources.push({ variance: scale.variance / inflation, df: scale.df });
  }
  const pooled = moderatedVariance(sources);
  const variances = rows.map((row, i) => {
    const own = fit.endpointDf[i] > 0 ? [{ variance: fit.endpointSS[i] / fit.endpointDf[i], df: fit.endpointDf[i] }] : [];
    const shrunk = moderatedVariance([{ variance: pooled.variance, df: Math.min(pooled.df, ENDPOINT_SHRINK_WEIGHT) }, ...own]);
    const samplings = [row.current.sampling, ...row.history.flatMap((h) => h ? [h.sampling] : [])];
    const sampling = samplings.reduce((a, b) => a + b, 0) / samplings.length;
    const jitter = isLatency(metric) ? (LATENCY_JITTER_MS / Math.exp(fit.endpointMeans[i])) ** 2 : 0;
    return { variance: Math.max(shrunk.variance, sampling, jitter), df: shrunk.df };
  });
  const lower = worseIsLower(metric);
  const alternative = lower ? "less" : "greater";
  const tests = [];
  rows.forEach((row, i) => {
    const name = row.e.name;
    const cutoffs = cutoffsFor(name);
    const current = Math.exp(row.current.log);
    const historyValues = row.history.flatMap((h) => h ? [Math.exp(h.log)] : []);
    const base = { endpoint: name, metric, current, changeKind: "relative", n1: row.e.trials.length, n2: historyValues.length, cutoffs };
    const spread = historySpreadTest(current, historyValues, { alternative });
    tests.push({
      ...base,
      baseline: spread.center,
      change: spread.change,
      interval: { lower: spread.lower, upper: spread.upper, confidence: 0.95 },
      p: spread.p,
      direction: directionOf(spread.change, 5e-3, lower),
      method: "history",
      detectable: smallestDetectableChange(spread, pNeeded, alternative),
      spread: spread.spread
    });
    const relative = relativeChangeTest({
      deviations,
      index: i,
      variances: variances.map((v) => v.variance),
      df: variances[i].df,
      runs: H,
      alternative
    });
    if (!relative) return;
    const q = studentTUpperQuantile(pNeeded, relative.df) * relative.standardError;
    tests.push({
      ...base,
      // What this endpoint would read had it moved with the rest of the run.
      baseline: current / (1 + relative.change),
      change: relative.change,
      interval: { lower: relative.lower, upper: relative.upper, confidence: 0.95 },
      p: relative.p,
      direction: directionOf(relative.change, 5e-3, lower),
      method: "relative",
      detectable: lower ? -Math.expm1(-q) : Math.expm1(q),
      spread: Math.sqrt(variances[i].variance),
      runFactor: relative.runFactor
    });
  });
  return { tests, missing };
}
function compareWithHistory(current, runs, settings, endpointCutoffs = /* @__PURE__ */ new Map(), runTests = []) {
  const notes = [];
  const eligible = eligibleMetrics(current, settings.metrics);
  notes.push(...eligible.notes);
  const cutoffsFor = (name) => endpointCutoffs.get(name) ?? settings.severity;
  const metricsInUse = settings.metrics.filter((m) => current.some((e) => eligible.metricsFor.get(e.name)?.includes(m)));
  const planned = metricsInUse.reduce((n, m) => {
    const k = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(m)).length;
    return n + (m === "error_rate" || k < 2 ? k : 2 * k);
  }, 0);
  const pNeeded = settings.alpha / Math.max(1, planned);
  const tests = [];
  const missing = /* @__PURE__ */ new Set();
  const noData = /* @__PURE__ */ new Set();
  for (const metric of metricsInUse) {
    const endpoints = current.filter((e) => eligible.metricsFor.get(e.name)?.includes(metric));
    if (metric === "error_rate") {
      for (const e of endpoints) {
        const inHistory = runs.flatMap((run) => run.endpoints.filter((b) => b.name === e.name));
        if (inHistory.length === 0) {
          missing.add(e.name);
          continue;
        }
        const pooled = inHistory.reduce((a, c) => ({ errors: a.errors + c.errors, requests: a.requests + c.requests }), { errors: 0, requests: 0 });
        if (e.requests === 0 || pooled.requests === 0) {
          noData.add(e.name);
          continue;
        }
        tests.push({ ...testErrorRate(e.name, e, pooled), method: "history" });
      }
      continue;
    }
    const outcome = testMetricAcrossEndpoints(endpoints, runs, metric, cutoffsFor, pNeeded);
    tests.push(...outcome.tests);
    for (const name of outcome.missing) {
      const inHistory = runs.some((run) => run.endpoints.some((b) => b.name === name));
      (inHistory ? noData : missing).add(name);
    }
  }
  for (const name of missing) notes.push({ code: "new-endpoint", params: { endpoint: name } });
  for (const name of noData) {
    if (missing.has(name)) continue;
    notes.push({ code: "no-data", params: { endpoint: name, missingIn: "some-metrics" } });
  }
  const adjusted = adjustComparisons([...tests, ...runTests], settings.alpha);
  notes.push(...historyNotes(adjusted, runs.length, current.length, settings.severity));
  const comparisons = strongestPerMetric(adjusted);
  return { comparisons, notes };
}
var rank = (level) => LEVELS.indexOf(level ?? "none");
function strongestPerMetric(comparisons) {
  const chosen = /* @__PURE__ */ new Map();
  const relativeDetectable = /* @__PURE__ */ new Map();
  const key = (c) => `${c.endpoint}\0${c.metric}`;
  for (const c of comparisons) {
    if (c.method === "relative" && c.detectable !== void 0) relativeDetectable.set(key(c), c.detectable);
    const other = chosen.get(key(c));
    const better = !other || rank(c.severity) - rank(other.severity) || rank(c.advisorySeverity) - rank(other.advisorySeverity) || other.pAdjusted - c.pAdjusted;
    if (better === true || better > 0) chosen.set(key(c), c);
  }
  return [...chosen.values()].map((c) => {
    const d = relativeDetectable.get(key(c));
    return d === void 0 ? c : { ...c, detectable: d };
  });
}
function historyNotes(comparisons, runs, endpoints, cutoffs) {
  const notes = [];
  const detectable = (method) => {
    const byMetric = /* @__PURE__ */ new Map();
    for (const c of comparisons) {
      if (c.method !== method || c.detectable === void 0 || c.metric === "capacity" || c.metric === "target_cpu_per_request" || c.metric === "recovery_time") continue;
      byMetric.set(c.metric, [...byMetric.get(c.metric) ?? [], c.detectable]);
    }
    return [...byMetric].map(([metric, values]) => ({ metric, detectable: median(values) }));
  };
  const relative = detectable("relative");
  const history = detectable("history");
  if (relative.length > 0 || history.length > 0) notes.push({ code: "history-sensitivity", params: { runs, endpoints, relative, history } });
  const blind = history.filter((p) => p.detectable >= cutoffs.critical).map((p) => p.metric);
  if (blind.length > 0) notes.push({ code: "history-too-noisy", params: { metrics: blind, critical: cutoffs.critical, runs } });
  return notes;
}

// src/verdict/capacity-compare.ts
var CAPACITY_SUBJECT = "whole run";
function compareCapacity(current, runs, settings) {
  const history = runs.map((r) => r.capacityRps).filter((v) => typeof v === "number" && v > 0);
  if (history.length === 0 || current.heldToCeiling) return void 0;
  const base = { endpoint: CAPACITY_SUBJECT, metric: "capacity", changeKind: "relative", method: "history", n1: history.length, n2: 1 };
  if (!(current.capacityRps > 0)) {
    const center = Math.exp(history.reduce((a, v) => a + Math.log(v), 0) / history.length);
    return { ...base, baseline: center, current: 0, change: -1, p: 0, pAdjusted: 0, significant: true, direction: "worse", severity: "critical" };
  }
  const test = historySpreadTest(current.capacityRps, history, { alternative: "less" });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 5e-3 ? "same" : test.change < 0 ? "worse" : "better";
  return {
    ...base,
    baseline: test.center,
    current: current.capacityRps,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === "worse" ? levelFor(-test.change, settings.severity) : "none",
    spread: test.spread
  };
}

// src/verdict/cpu-compare.ts
var CPU_SUBJECT = "target";
var CPU_METRIC = "target_cpu_per_request";
var MIN_TRIALS = 2;
function pairedCpuTest(result, baseline, cutoffs, thresholded = false) {
  const x = result.targetResources?.cpuPerRequest?.trialsMs ?? [];
  const y = baseline.cpuMsPerRequest ?? [];
  if (x.length >= MIN_TRIALS && y.length >= MIN_TRIALS) return { test: testTrialValues(CPU_SUBJECT, CPU_METRIC, x, y, false, cutoffs), notes: [] };
  if (x.length === 0 && y.length === 0 && !thresholded) return { notes: [] };
  const missing = x.length < MIN_TRIALS ? y.length < MIN_TRIALS ? "both" : "current" : "baseline";
  return { notes: [{ code: "cpu-not-compared", params: { mode: "paired", missing } }] };
}
function historyCpuTest(result, runs, cutoffs, thresholded = false) {
  const current = result.targetResources?.cpuPerRequest?.medianMs;
  const history = runs.map((r) => r.cpuMsPerRequest ?? []).filter((trials) => trials.length > 0).map((trials) => median(trials)).filter((v) => v > 0);
  if (current === void 0 || !(current > 0)) {
    return history.length > 0 || thresholded ? { notes: [{ code: "cpu-not-compared", params: { mode: "cache", missing: "current" } }] } : { notes: [] };
  }
  if (history.length === 0) return { notes: [] };
  const test = historySpreadTest(current, history, { alternative: "greater" });
  return {
    test: {
      endpoint: CPU_SUBJECT,
      metric: CPU_METRIC,
      baseline: test.center,
      current,
      change: test.change,
      changeKind: "relative",
      interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
      p: test.p,
      n1: result.targetResources?.cpuPerRequest?.trialsMs.length ?? 1,
      n2: history.length,
      direction: directionOf(test.change, 5e-3, false),
      method: "history",
      spread: test.spread,
      cutoffs
    },
    notes: []
  };
}

// src/verdict/recovery-compare.ts
var RECOVERY_SUBJECT = "whole run";
var RECOVERY_FLOOR_MS = 1e3;
function compareRecovery(current, runs, settings) {
  const history = runs.map((r) => r.recoveryMs).filter((v) => typeof v === "number" && v >= 0);
  if (history.length === 0) return void 0;
  const base = { endpoint: RECOVERY_SUBJECT, metric: "recovery_time", changeKind: "relative", method: "history", n1: history.length, n2: 1 };
  const shifted = history.map((v) => v + RECOVERY_FLOOR_MS);
  if (!current.recovered || current.recoveryMs === void 0) {
    const center = Math.exp(shifted.reduce((a, v) => a + Math.log(v), 0) / shifted.length) - RECOVERY_FLOOR_MS;
    const change = (current.watchedMs + RECOVERY_FLOOR_MS) / (center + RECOVERY_FLOOR_MS) - 1;
    return { ...base, baseline: center, current: current.watchedMs, change, p: 0, pAdjusted: 0, significant: true, direction: "worse", severity: "critical" };
  }
  const test = historySpreadTest(current.recoveryMs + RECOVERY_FLOOR_MS, shifted, { alternative: "greater" });
  const significant = test.p < settings.alpha;
  const direction = Math.abs(test.change) < 5e-3 ? "same" : test.change > 0 ? "worse" : "better";
  return {
    ...base,
    baseline: test.center - RECOVERY_FLOOR_MS,
    current: current.recoveryMs,
    change: test.change,
    interval: { lower: test.lower, upper: test.upper, confidence: 0.95 },
    p: test.p,
    pAdjusted: test.p,
    significant,
    direction,
    severity: significant && direction === "worse" ? levelFor(test.change, settings.severity) : "none",
    spread: test.spread
  };
}

// src/verdict/baseline-notes.ts
var BASELINE_STALE_DAYS = 30;
var DAY_MS = 24 * 60 * 60 * 1e3;
function describeRunner(r) {
  return `${r.cpuModel}, ${r.cores} cores, ${r.os}`;
}
function sameRunnerKind(a, b) {
  return a.cpuModel === b.cpuModel && a.cores === b.cores && a.os === b.os;
}
function baselineNotes(result, runs) {
  const notes = [];
  const other = runs.filter((r) => r.runner && !sameRunnerKind(r.runner, result.runner));
  if (other.length > 0) {
    const kinds = [...new Set(other.map((r) => describeRunner(r.runner)))];
    notes.push({
      code: "other-runner",
      params: { otherRuns: other.length, runs: runs.length, runners: kinds.slice(0, 3), moreRunners: kinds.length > 3, thisRunner: describeRunner(result.runner) }
    });
  }
  const newest = runs[runs.length - 1];
  const ageMs = Date.parse(result.startedAt) - Date.parse(newest?.savedAt ?? "");
  if (Number.isFinite(ageMs) && ageMs > BASELINE_STALE_DAYS * DAY_MS) {
    notes.push({ code: "stale-baseline", params: { savedAt: newest.savedAt, ageDays: Math.floor(ageMs / DAY_MS) } });
  }
  return notes;
}

// src/verdict/recovery.ts
function recoveryTime(windows, settings) {
  const windowMs = settings.windowMs ?? 1e3;
  const before = windows.filter((w) => w.startMs + windowMs <= settings.spikeStartMs && w.requests > 0).map((w) => w.p95Ms).sort((a, b) => a - b);
  const preSpikeP95Ms = before.length === 0 ? Number.NaN : before[Math.floor((before.length - 1) / 2)];
  const after = windows.filter((w) => w.startMs >= settings.spikeEndMs);
  const watchedMs = after.length === 0 ? 0 : after[after.length - 1].startMs + windowMs - settings.spikeEndMs;
  if (Number.isNaN(preSpikeP95Ms)) {
    return { recovered: false, watchedMs, preSpikeP95Ms, reason: "no answered window before the spike to compare with" };
  }
  const limit = preSpikeP95Ms * (1 + settings.band);
  const good = (w) => w.requests > 0 && w.errors === 0 && w.p95Ms <= limit;
  let run = 0;
  for (let i = 0; i < after.length; i++) {
    run = good(after[i]) ? run + 1 : 0;
    if (run === settings.settle) {
      const first = after[i - settings.settle + 1];
      return { recovered: true, recoveryMs: Math.max(0, first.startMs - settings.spikeEndMs), preSpikeP95Ms };
    }
  }
  return { recovered: false, watchedMs, preSpikeP95Ms, reason: `p95 not back within ${Math.round(settings.band * 100)}% of ${preSpikeP95Ms} ms without errors for ${settings.settle} windows in a row before the run ended` };
}

// src/verdict/recovery-reading.ts
function timelineWindows(timeline) {
  const windows = [];
  for (let i = 0; i < timeline.points; i++) {
    let requests = 0;
    let errors = 0;
    let p95Ms = 0;
    for (const e of timeline.endpoints) {
      requests += e.requests[i] ?? 0;
      for (const series of Object.values(e.errors)) errors += series?.[i] ?? 0;
      if ((e.requests[i] ?? 0) > 0) p95Ms = Math.max(p95Ms, e.p95Ms[i] ?? 0);
    }
    windows.push({ startMs: i * timeline.bucketMs, p95Ms, requests, errors });
  }
  return windows;
}
function runRecovery(load, timeline) {
  if (load.model !== "open" || load.shape.kind !== "spike" || !load.recovery || !timeline) return void 0;
  const span = spikeSpan(load.shape.spikeMs, load.durationMs);
  const settings = { band: load.recovery.band, settleMs: load.recovery.settleMs, spikeStartMs: span.startMs, spikeEndMs: span.endMs };
  const reading = recoveryTime(timelineWindows(timeline), {
    spikeStartMs: span.startMs,
    spikeEndMs: span.endMs,
    band: load.recovery.band,
    settle: Math.max(1, Math.ceil(load.recovery.settleMs / timeline.bucketMs)),
    windowMs: timeline.bucketMs
  });
  const watchedMs = load.durationMs - span.endMs;
  if (reading.recovered) return { recovered: true, recoveryMs: reading.recoveryMs, watchedMs, preSpikeP95Ms: reading.preSpikeP95Ms, ...settings };
  const preSpikeP95Ms = Number.isNaN(reading.preSpikeP95Ms) ? 0 : reading.preSpikeP95Ms;
  return { recovered: false, watchedMs, preSpikeP95Ms, ...settings, reason: reading.reason };
}
function withRecovery(result, load) {
  const recovery = runRecovery(load, result.timeline);
  return recovery ? { ...result, recovery } : result;
}
function recoveryValueMs(recovery) {
  return recovery.recovered && recovery.recoveryMs !== void 0 ? recovery.recoveryMs : recovery.watchedMs;
}

// src/verdict/thresholds.ts
var RUN_THRESHOLD_SUBJECT = "whole run";
function thresholdValue(endpoint, metric) {
  if (isRunThresholdMetric(metric)) return Number.NaN;
  if (metric === "error_rate") return endpoint.errorRate;
  if (metric === "throughput") return endpoint.rps;
  return endpoint.latencyMs[metric];
}
function runThresholdValue(result, metric) {
  if (metric === "capacity") return result.capacity?.capacityRps;
  if (metric === "target_rss_growth") {
    const trend = result.targetResources?.rssTrend;
    return trend === void 0 ? void 0 : trend.lower > 0 ? trend.perMinute : 0;
  }
  if (metric === "target_cpu_per_request") return result.targetResources?.cpuPerRequest?.medianMs;
  if (metric === "recovery_time") return result.recovery ? recoveryValueMs(result.recovery) : void 0;
  if (metric === "p95_drift") return worstDrift(result.latencyDrift)?.value;
  return void 0;
}
function crosses(tier, actual) {
  return tier.metric === "throughput" || tier.metric === "capacity" ? actual < tier.limit : actual > tier.limit;
}
function checkRunThresholds(profile, result) {
  const worst = /* @__PURE__ */ new Map();
  for (const tier of profile.thresholds) {
    const actual = runThresholdValue(result, tier.metric);
    const unrecovered = tier.metric === "recovery_time" && result.recovery?.recovered === false;
    if (actual === void 0 || !(unrecovered || crosses(tier, actual))) continue;
    const seen = worst.get(tier.metric);
    if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
      const endpoint = tier.metric === "p95_drift" ? worstDrift(result.latencyDrift)?.endpoint ?? RUN_THRESHOLD_SUBJECT : RUN_THRESHOLD_SUBJECT;
      worst.set(tier.metric, { endpoint, metric: tier.metric, severity: tier.severity, limit: tier.limit, actual });
    }
  }
  return [...worst.values()];
}
function checkThresholds(profile, endpoints) {
  const breaches = [];
  for (const result of endpoints) {
    const spec = profile.endpoints.find((e) => e.name === result.name);
    const tiers = [...profile.thresholds, ...spec?.thresholds ?? []];
    const worst = /* @__PURE__ */ new Map();
    for (const tier of tiers) {
      if (isRunThresholdMetric(tier.metric)) continue;
      const actual = thresholdValue(result, tier.metric);
      if (!crosses(tier, actual)) continue;
      const seen = worst.get(tier.metric);
      if (!seen || LEVELS.indexOf(tier.severity) > LEVELS.indexOf(seen.severity)) {
        worst.set(tier.metric, {
          endpoint: result.name,
          metric: tier.metric,
          severity: tier.severity,
          limit: tier.limit,
          actual
        });
      }
    }
    breaches.push(...worst.values());
  }
  return breaches;
}

// src/verdict/decide.ts
function decideVerdict(input) {
  const { profile, result, failOn } = input;
  const mode = input.mode ?? "cache";
  const notes = [];
  let baselineUse = { ...input.baselineUse, mode };
  let comparisons = [];
  const baseline = input.baseline;
  if (baseline && mode === "cache" && baseline.profile.fingerprint !== input.fingerprint) {
    baselineUse = {
      ...baselineUse,
      status: "incompatible",
      reason: "the profile\u2019s load or endpoints changed since this baseline was recorded; it is not compared"
    };
  } else if (baseline && baseline.runs.length > 0) {
    const outcome = compareRuns(profile, result, baseline, mode);
    comparisons = outcome.comparisons;
    notes.push(...outcome.notes, ...result.load.model === "closed" ? closedModelNotes(comparisons) : []);
    if (mode === "cache") notes.push(...baselineNotes(result, baseline.runs));
  }
  const breaches = [...checkThresholds(profile, result.endpoints), ...checkRunThresholds(profile, result)];
  const cpuUnchecked = profile.thresholds.some((t) => t.metric === CPU_METRIC) && result.targetResources?.cpuPerRequest === void 0;
  if (cpuUnchecked && !notes.some((n) => n.code === "cpu-not-compared")) notes.push({ code: "cpu-not-compared", params: { mode, missing: "current" } });
  let maxSeverity = "none";
  let advisorySeverity = "none";
  for (const c of comparisons) {
    maxSeverity = maxLevel(maxSeverity, c.severity);
    advisorySeverity = maxLevel(advisorySeverity, c.advisorySeverity ?? "none");
  }
  for (const b of breaches) maxSeverity = maxLevel(maxSeverity, b.severity);
  const compared = comparisons.length > 0;
  const status = maxSeverity !== "none" ? "regressed" : compared ? "pass" : "no-baseline";
  return {
    status,
    maxSeverity,
    advisorySeverity,
    failOn,
    failed: reaches(maxSeverity, failOn),
    comparisons,
    breaches,
    baseline: baselineUse,
    notes
  };
}
function compareRuns(profile, result, baseline, mode) {
  if (result.capacity) {
    const comparison = mode === "cache" ? compareCapacity(result.capacity, baseline.runs, profile.regression) : void 0;
    return { comparisons: comparison ? [comparison] : [], notes: [] };
  }
  const cutoffs = /* @__PURE__ */ new Map();
  for (const e of profile.endpoints) if (e.severity) cutoffs.set(e.name, e.severity);
  const runs = baseline.runs;
  const thresholded = profile.thresholds.some((t) => t.metric === CPU_METRIC);
  const cpu = mode === "paired" ? pairedCpuTest(result, runs[0], profile.regression.severity, thresholded) : historyCpuTest(result, runs, profile.regression.severity, thresholded);
  const runTests = cpu.test ? [cpu.test] : [];
  const outcome = mode === "paired" ? compareWithBaseline(result.endpoints, runs[0].endpoints, profile.regression, cutoffs, runTests) : compareWithHistory(result.endpoints, runs, profile.regression, cutoffs, runTests);
  const recovery = mode !== "paired" && result.recovery ? compareRecovery(result.recovery, runs, profile.regression) : void 0;
  return { comparisons: recovery ? [...outcome.comparisons, recovery] : outcome.comparisons, notes: [...outcome.notes, ...cpu.notes] };
}
var LATENCY = /* @__PURE__ */ new Set(["p50", "p90", "p95", "p99", "mean"]);
function closedModelNotes(comparisons) {
  const found = (c) => c.severity !== "none" || c.advisorySeverity !== void 0 && c.advisorySeverity !== "none";
  const slower = new Set(comparisons.filter((c) => LATENCY.has(c.metric) && found(c)).map((c) => c.endpoint));
  if (slower.size === 0) return [];
  const knockOn = comparisons.filter((c) => c.metric === "throughput" && found(c) && !slower.has(c.endpoint)).map((c) => c.endpoint);
  if (knockOn.length === 0) return [];
  return [{ code: "closed-model-throughput", params: { knockOn, slower: [...slower] } }];
}

// src/verdict/capacity.ts
function trialBreaks(trial, rateRps, slo) {
  const causes = [];
  if (slo.p95Ms !== void 0 && !(trial.p95Ms <= slo.p95Ms)) causes.push("latency");
  if (slo.errorRate !== void 0 && !(trial.errorRate <= slo.errorRate)) causes.push("errors");
  if (!(trial.sentRps >= slo.achievedShare * rateRps)) causes.push("rate");
  return causes;
}
function readStep(step, slo) {
  const tally = /* @__PURE__ */ new Map();
  let held = 0;
  for (const trial of step.trials) {
    const causes = trialBreaks(trial, step.rateRps, slo);
    if (causes.length === 0) held++;
    for (const c of causes) tally.set(c, (tally.get(c) ?? 0) + 1);
  }
  const broke = [...tally.entries()].sort((a, b) => b[1] - a[1]).map(([cause]) => cause);
  return { rateRps: step.rateRps, trials: step.trials.length, held, holds: step.trials.length > 0 && held * 2 > step.trials.length, broke };
}
function shouldStopAfter(step, slo, targetStopped, previous) {
  if (targetStopped) return true;
  return previous !== void 0 && !readStep(step, slo).holds && !readStep(previous, slo).holds;
}
function confirmedBreak(readings) {
  for (let i = 0; i < readings.length; i++) {
    if (!readings[i].holds && (i === readings.length - 1 || !readings[i + 1].holds)) return i;
  }
  return -1;
}
function capacityOf(steps, slo, ceilingRps) {
  const readings = steps.map((s) => readStep(s, slo));
  const breakIndex = confirmedBreak(readings);
  if (breakIndex === -1) {
    const top = readings.length > 0 ? readings[readings.length - 1].rateRps : 0;
    const lower2 = lastAllHeld(readings, readings.length - 1);
    return { capacityRps: top, lowerRps: lower2, upperRps: ceilingRps, heldToCeiling: true, steps: readings };
  }
  const capacity = breakIndex === 0 ? 0 : readings[breakIndex - 1].rateRps;
  const lower = breakIndex === 0 ? 0 : lastAllHeld(readings, breakIndex - 1);
  let upper = readings[breakIndex].rateRps;
  if (readings[breakIndex].held > 0) {
    const certain = readings.slice(breakIndex + 1).find((r) => r.held === 0);
    const confirming = readings[breakIndex + 1];
    upper = certain ? certain.rateRps : confirming ? confirming.rateRps : ceilingRps;
  }
  return {
    capacityRps: capacity,
    lowerRps: lower,
    upperRps: upper,
    brokeAt: { rateRps: readings[breakIndex].rateRps, causes: readings[breakIndex].broke },
    heldToCeiling: false,
    steps: readings
  };
}
function lastAllHeld(readings, to) {
  let rate = 0;
  for (let i = 0; i <= to; i++) {
    if (readings[i].held === readings[i].trials && readings[i].trials > 0) rate = readings[i].rateRps;
  }
  return rate;
}

// src/verdict/capacity-reading.ts
function ladderSteps(endpoints, settings, stepRates, trialsRun) {
  const trialCount = trialsRun ?? Math.max(0, ...endpoints.map((e) => e.trials.length));
  const steps = [];
  for (let k = 0; k < trialCount; k++) {
    const stepIndex = Math.floor(k / settings.trialsPerStep);
    if (stepIndex >= stepRates.length) break;
    let requests = 0;
    let errors = 0;
    let rps = 0;
    let p95 = Number.NaN;
    for (const e of endpoints) {
      const t = e.trials[k];
      if (!t) continue;
      requests += t.requests;
      errors += t.errors;
      rps += t.rps;
      if (t.requests - t.errors > 0 || t.latencyMs.p95 > 0) p95 = Number.isNaN(p95) ? t.latencyMs.p95 : Math.max(p95, t.latencyMs.p95);
    }
    const step = steps[stepIndex] ??= { rateRps: stepRates[stepIndex], trials: [] };
    step.trials.push({ p95Ms: p95, errorRate: requests === 0 ? 1 : errors / requests, sentRps: rps });
  }
  return steps;
}
function readCapacity(endpoints, settings, stepRates, trialsRun) {
  return capacityOf(ladderSteps(endpoints, settings, stepRates, trialsRun), { ...settings.hold }, settings.ceilingRps);
}
function runCapacity(load, endpoints, run) {
  if (load.model !== "open" || !load.capacity) return void 0;
  const rates = ladderRates(load.capacity);
  const reading = readCapacity(endpoints, load.capacity, rates, run.trialsRun);
  return {
    ...reading,
    ...run.targetStopped ? { targetStopped: true } : {},
    stepsRun: reading.steps.length,
    stepsPlanned: rates.length
  };
}
function withCapacity(result, load, run) {
  const capacity = runCapacity(load, result.endpoints, run);
  return capacity ? { ...result, capacity } : result;
}

// src/verdict/run-health.ts
function withRunHealth(verdict, result) {
  const unmeasured = result.warnings.filter((w) => UNMEASURED_CODES.has(w.code));
  if (unmeasured.length === 0) return verdict;
  return {
    ...verdict,
    status: "error",
    failed: true,
    notes: [
      ...verdict.notes,
      { code: "run-unmeasured", params: { causes: unmeasured.map((w) => w.code) } }
    ]
  };
}

// src/report/notes.ts
function noteText(note) {
  switch (note.code) {
    case "new-endpoint":
      return `${note.params.endpoint}: not in the baseline, not compared`;
    case "no-data": {
      const { endpoint, missingIn } = note.params;
      if (missingIn === "some-metrics") return `${endpoint}: no completed requests in this run or in the baseline for some metrics, those are not compared`;
      return `${endpoint}: no requests ${missingIn === "current" ? "in this run" : "in the baseline"}, not compared`;
    }
    case "too-few-trials": {
      const p = note.params;
      return `with ${p.currentTrials} current and ${p.baselineTrials} baseline trials the smallest possible p is ${p.smallestP.toPrecision(2)}, but ${p.tests} tests at alpha ${p.alpha} need p < ${p.neededP.toPrecision(2)}: no latency or throughput regression can be detected \u2014 use more trials`;
    }
    case "percentile-skipped": {
      const { metric, endpoints, fewestRequests, neededRequests } = note.params;
      return `${metric} not compared on ${endpoints.join(", ")}: a trial held as few as ${formatCount(fewestRequests)} requests, and a ${metric} needs ${formatCount(neededRequests)} (10 beyond it) to be more than sampling noise \u2014 lengthen the trials or add connections`;
    }
    case "other-runner": {
      const p = note.params;
      return `${p.otherRuns === p.runs ? "every" : `${p.otherRuns} of ${p.runs}`} baseline run${p.runs === 1 ? "" : "s"} measured on a different runner (${p.runners.join("; ")}${p.moreRunners ? "; \u2026" : ""}) than this one (${p.thisRunner}): machine differences are part of what the comparison sees`;
    }
    case "stale-baseline":
      return `the newest baseline run was recorded ${note.params.savedAt}, ${note.params.ageDays} days before this run: the protected branch has likely changed since \u2014 refresh the baseline (save-baseline on pushes to it)`;
    case "closed-model-throughput":
      return `throughput fell on ${note.params.knockOn.join(", ")} although their latency did not rise: with a fixed number of connections, time spent waiting on ${note.params.slower.join(", ")} is time not spent on the others`;
    case "history-sensitivity":
      return historySensitivityText(note.params);
    case "history-too-noisy": {
      const { metrics, critical, runs } = note.params;
      return `${metrics.join(", ")}: a critical change (${formatPercent(critical, 0)}) on every endpoint at once would be inside the spread of ${runsText(runs)}; such a change is reported as advisory until the history holds more runs`;
    }
    case "cpu-not-compared": {
      const { mode, missing } = note.params;
      const lead = "target CPU per request not compared: ";
      if (missing === "both") return `${lead}neither target\u2019s CPU time was sampled (give target-pid or target-container, and baseline-target-pid)`;
      if (missing === "baseline") return `${lead}the baseline target\u2019s CPU time was not sampled (give baseline-target-pid)`;
      return `${lead}${mode === "paired" ? "the target\u2019s" : "this run\u2019s target"} CPU time was not sampled (give target-pid or target-container)`;
    }
    case "run-unmeasured":
      return `the run fails: ${note.params.causes.map(causeText).join(", and ")} (see the warnings)`;
  }
}
function reportNotes(notes) {
  return notes.map((note) => ({ code: note.code, message: noteText(note) }));
}
function historySensitivityText(p) {
  const list = (values) => values.map(detectableText).join(", ");
  if (p.relative.length > 0) {
    return `with ${runsText(p.runs)}, a change on some endpoints against the rest of the run can be detected from ${list(p.relative)} (median over endpoints); a change on every endpoint at once from ${list(p.history)}, since it cannot be told from a slower runner. For a stricter gate use paired mode (baseline-target)`;
  }
  return `with ${runsText(p.runs)} and ${p.endpoints === 1 ? "one endpoint" : "one comparable endpoint"}, a change can only be judged against the run-to-run spread: the smallest detectable is ${list(p.history)}. A second endpoint (even a health check) lets the gate tell a slower endpoint from a slower runner`;
}
function detectableText({ metric, detectable }) {
  return `${metric} ${formatPercent(metric === "throughput" ? -detectable : detectable, 0)}`;
}
function runsText(runs) {
  return runs === 1 ? "1 stored run" : `${runs} stored runs`;
}
function causeText(code) {
  return code === "no-answers" ? "no request of the measured phase was answered" : "the target stopped answering during the run";
}

// src/report/document.ts
function buildReport(result, verdict) {
  return {
    ...result,
    verdict: {
      status: verdict.status,
      maxSeverity: verdict.maxSeverity,
      advisorySeverity: verdict.advisorySeverity,
      failOn: verdict.failOn,
      failed: verdict.failed
    },
    comparisons: verdict.comparisons,
    breaches: verdict.breaches,
    baseline: verdict.baseline,
    notes: reportNotes(verdict.notes)
  };
}

// src/baseline/run-summary.ts
var isObject = (v) => typeof v === "object" && v !== null;
var finite = (v) => typeof v === "number" && Number.isFinite(v) ? v : void 0;
function runReadings(result) {
  const loose = result;
  const readings = {};
  const resources = isObject(loose.targetResources) ? loose.targetResources : void 0;
  const rss = finite(resources?.rssGrowthMb);
  if (rss !== void 0) readings.rssGrowthMb = rss;
  const capacity = isObject(loose.capacity) ? loose.capacity : void 0;
  const capacityRps = finite(capacity?.capacityRps);
  if (capacity && capacity.heldToCeiling !== true && capacityRps !== void 0 && capacityRps > 0) readings.capacityRps = capacityRps;
  const recovery = isObject(loose.recovery) ? loose.recovery : void 0;
  const recoveryMs = finite(recovery?.recoveryMs);
  if (recovery && recovery.recovered !== false && recoveryMs !== void 0 && recoveryMs >= 0) readings.recoveryMs = recoveryMs;
  const cpuSeconds = finite(resources?.cpuSeconds);
  const requests = finite(isObject(loose.totals) ? loose.totals.requests : void 0);
  if (cpuSeconds !== void 0 && cpuSeconds >= 0 && requests !== void 0 && requests > 0) readings.cpuMsPerRequest = 1e3 * cpuSeconds / requests;
  return readings;
}
function median2(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function summarizeRun(run, fingerprint, readings = {}) {
  const known = { ...run.capacityRps !== void 0 ? { capacityRps: run.capacityRps } : {}, ...readings };
  return {
    savedAt: run.savedAt,
    ...run.commit ? { commit: run.commit } : {},
    ...run.ref ? { ref: run.ref } : {},
    fingerprint,
    runner: run.runner,
    endpoints: run.endpoints.filter((e) => e.trials.length > 0 && e.requests > 0).map((e) => ({
      name: e.name,
      requests: e.requests,
      values: {
        p50: median2(e.trials.map((t) => t.latencyMs.p50)),
        p90: median2(e.trials.map((t) => t.latencyMs.p90)),
        p95: median2(e.trials.map((t) => t.latencyMs.p95)),
        p99: median2(e.trials.map((t) => t.latencyMs.p99)),
        mean: median2(e.trials.map((t) => t.latencyMs.mean)),
        throughput: median2(e.trials.map((t) => t.rps)),
        error_rate: e.errors / e.requests
      }
    })),
    ...Object.fromEntries(RUN_READINGS.filter((k) => Number.isFinite(known[k])).map((k) => [k, known[k]]))
  };
}

// src/baseline/trend-history.ts
function storedSummaries(previous) {
  if (!previous) return [];
  return previous.trend ?? previous.runs.map((run) => summarizeRun(run, previous.profile.fingerprint));
}
function withTrend(next, summaries, maxRuns) {
  return { ...next, trend: summaries.slice(-Math.max(1, maxRuns)) };
}

// src/stats/energy-statistic.ts
function splitScores(values, start, end, minSegment) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return new Float64Array(0);
  let left = 0;
  let right = 0;
  for (let i = start; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  const total = right;
  const scores = new Float64Array(length - 2 * minSegment + 1);
  for (let split = start + 1; split < end - minSegment + 1; split++) {
    const moved = values[split - 1];
    for (let i = start; i < split - 1; i++) left += Math.abs(values[i] - moved);
    for (let j = split; j < end; j++) right -= Math.abs(moved - values[j]);
    const n = split - start;
    if (n < minSegment) continue;
    const m = end - split;
    const across = total - left - right;
    const energy = 2 * across / (n * m) - 2 * left / (n * n) - 2 * right / (m * m);
    scores[n - minSegment] = n * m / (n + m) * energy;
  }
  return scores;
}
function bestSplit(values, start, end, minSegment) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) {
    throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  }
  const length = end - start;
  if (length < 2 * minSegment) return void 0;
  const width = length + 1;
  const prefix = new Float64Array(length * width);
  for (let r = 0; r < length; r++) {
    const v = values[start + r];
    let sum2 = 0;
    for (let c = 0; c < length; c++) {
      prefix[r * width + c] = sum2;
      sum2 += Math.abs(v - values[start + c]);
    }
    prefix[r * width + length] = sum2;
  }
  let best;
  let left = 0;
  for (let tau = 1; tau <= length - minSegment; tau++) {
    left += prefix[(tau - 1) * width + (tau - 1)];
    if (tau < minSegment) continue;
    const n = tau;
    const withinLeft = 2 * left / (n * n);
    let right = 0;
    let across = 0;
    for (let kappa = tau + 1; kappa <= length; kappa++) {
      const row = (kappa - 1) * width;
      right += prefix[row + (kappa - 1)] - prefix[row + tau];
      across += prefix[row + tau];
      const m = kappa - tau;
      if (m < minSegment) continue;
      const score2 = n * m / (n + m) * (2 * across / (n * m) - withinLeft - 2 * right / (m * m));
      if (!best || score2 > best.score) best = { index: start + tau, right: start + kappa, score: score2 };
    }
  }
  return best;
}
function splitScore(values, start, end, index) {
  const n = index - start;
  const m = end - index;
  if (n < 1 || m < 1) return 0;
  let across = 0;
  let left = 0;
  let right = 0;
  for (let i = start; i < index; i++) for (let j = index; j < end; j++) across += Math.abs(values[i] - values[j]);
  for (let i = start; i < index; i++) for (let j = i + 1; j < index; j++) left += Math.abs(values[i] - values[j]);
  for (let i = index; i < end; i++) for (let j = i + 1; j < end; j++) right += Math.abs(values[i] - values[j]);
  return n * m / (n + m) * (2 * across / (n * m) - 2 * left / (n * n) - 2 * right / (m * m));
}

// src/stats/optimal-partition.ts
function costOf(sum2, squares, start, end) {
  const n = end - start;
  const s = sum2[end] - sum2[start];
  return Math.max(0, squares[end] - squares[start] - s * s / n);
}
function optimalPartition(values, minSegment, maxSplits, penalty) {
  if (!(Number.isInteger(minSegment) && minSegment >= 1)) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 1`);
  if (!(Number.isInteger(maxSplits) && maxSplits >= 0)) throw new StatsInputError(`maxSplits: ${String(maxSplits)} must be a whole number >= 0`);
  if (!(penalty >= 0 && Number.isFinite(penalty))) throw new StatsInputError(`penalty: ${String(penalty)} must be a finite number >= 0`);
  const n = values.length;
  const sum2 = new Float64Array(n + 1);
  const squares = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    sum2[i + 1] = sum2[i] + values[i];
    squares[i + 1] = squares[i] + values[i] * values[i];
  }
  const most = Math.min(maxSplits, Math.floor(n / minSegment) - 1);
  if (most < 1) return [];
  const best = [];
  const from = [];
  best.push(new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY));
  from.push(new Int32Array(n + 1));
  for (let e = minSegment; e <= n; e++) best[0][e] = costOf(sum2, squares, 0, e);
  let chosen = { splits: 0, total: best[0][n] };
  for (let k = 1; k <= most; k++) {
    const row = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
    const back = new Int32Array(n + 1);
    for (let e = (k + 1) * minSegment; e <= n; e++) {
      for (let s = k * minSegment; s <= e - minSegment; s++) {
        const c = best[k - 1][s] + costOf(sum2, squares, s, e);
        if (c < row[e]) {
          row[e] = c;
          back[e] = s;
        }
      }
    }
    best.push(row);
    from.push(back);
    const total = row[n] + k * penalty;
    if (total < chosen.total) chosen = { splits: k, total };
  }
  const splits = [];
  let end = n;
  for (let k = chosen.splits; k >= 1; k--) {
    end = from[k][end];
    splits.push(end);
  }
  return splits.reverse();
}
function differenceScale(values) {
  if (values.length < 2) return 0;
  const d = values.slice(1).map((v, i) => Math.abs(v - values[i])).sort((a, b) => a - b);
  const mid = d.length >> 1;
  const median5 = d.length % 2 ? d[mid] : (d[mid - 1] + d[mid]) / 2;
  return median5 / (0.6745 * Math.SQRT2);
}

// src/stats/permutation-test.ts
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t = a;
    t = Math.imul(t ^ t >>> 15, t | 1);
    t ^= t + Math.imul(t ^ t >>> 7, t | 61);
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}
function permutationP(values, start, end, observed, s, statistic) {
  const random = prng(s.seed ^ Math.imul(start + 1, 2654435761) ^ Math.imul(end + 1, 2246822507));
  const shuffled = Float64Array.from(values.slice(start, end));
  const allowed = s.level * (s.permutations + 1) - 1;
  let atLeast = 0;
  for (let r = 1; r <= s.permutations; r++) {
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      const t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    if (statistic(shuffled) >= observed * (1 - 1e-12)) atLeast++;
    if (atLeast > allowed) return (1 + atLeast) / (1 + r);
  }
  return (1 + atLeast) / (1 + s.permutations);
}
function bestSplitP(values, start, end, observed, minSegment, s) {
  return permutationP(values, start, end, observed, s, (shuffled) => bestSplit(shuffled, 0, shuffled.length, minSegment)?.score ?? 0);
}
function fixedSplitP(values, start, end, index, s) {
  const observed = splitScore(values, start, end, index);
  return permutationP(values, start, end, observed, s, (shuffled) => splitScore(shuffled, 0, shuffled.length, index - start));
}

// src/stats/change-points.ts
var DEFAULT_MIN_SEGMENT = 3;
var DEFAULT_MIN_SERIES = 10;
var MAX_JOINT_SPLITS = 20;
function wholeSeriesP(values, index, o) {
  const best = bestSplit(values, 0, values.length, o.minSegment);
  const observed = best && best.index === index ? best.score : splitScore(values, 0, values.length, index);
  return bestSplitP(values, 0, values.length, observed, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
}
function resolveOptions(options) {
  const { alpha, minShift } = options;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 0.5)) throw new StatsInputError(`alpha: ${String(alpha)} must be between 0 and 0.5, exclusive`);
  if (typeof minShift !== "number" || !(minShift >= 0) || !Number.isFinite(minShift)) throw new StatsInputError(`minShift: ${String(minShift)} must be a finite number >= 0`);
  const minSegment = options.minSegment ?? DEFAULT_MIN_SEGMENT;
  if (!Number.isInteger(minSegment) || minSegment < 2) throw new StatsInputError(`minSegment: ${String(minSegment)} must be a whole number of at least 2`);
  const alphaWithin = options.alphaWithin ?? alpha / 2;
  if (typeof alphaWithin !== "number" || !(alphaWithin > 0 && alphaWithin < 0.5)) {
    throw new StatsInputError(`alphaWithin: ${String(alphaWithin)} must be between 0 and 0.5, exclusive`);
  }
  const permutations = options.permutations ?? Math.max(99, Math.ceil(2 / Math.min(alpha, alphaWithin)) - 1);
  if (!Number.isInteger(permutations) || permutations < 19) throw new StatsInputError(`permutations: ${String(permutations)} must be a whole number of at least 19`);
  return { alpha, alphaWithin, minShift, minSegment, permutations, confidence: options.confidence ?? 0.95, seed: options.seed ?? 24301 };
}
function divide(values, o) {
  const found = /* @__PURE__ */ new Map();
  const pending = [{ start: 0, end: values.length }];
  while (pending.length > 0) {
    const { start, end } = pending.pop();
    const split = bestSplit(values, start, end, o.minSegment);
    if (!split) continue;
    const p = bestSplitP(values, start, end, split.score, o.minSegment, { permutations: o.permutations, seed: o.seed, level: o.alpha });
    if (p > o.alpha) continue;
    found.set(split.index, p);
    pending.push({ start, end: split.index }, { start: split.index, end });
  }
  return found;
}
function changePoints(values, options) {
  const o = resolveOptions(options);
  const need = Math.max(DEFAULT_MIN_SERIES, 2 * o.minSegment);
  const base = { alpha: o.alpha, alphaWithin: o.alphaWithin, permutations: o.permutations };
  if (values.length < need) {
    return {
      ...base,
      changePoints: [],
      warnings: [{ code: "series-too-short", have: values.length, need, message: `not enough runs yet (${values.length} of ${need})` }]
    };
  }
  assertSample(values, "values", false);
  const pValues = divide(values, o);
  if (pValues.size > 0) {
    const sigma = differenceScale(values);
    for (const index of optimalPartition(values, o.minSegment, MAX_JOINT_SPLITS, 2 * sigma * sigma * Math.log(values.length))) {
      if (!pValues.has(index)) pValues.set(index, Number.NaN);
    }
  }
  let indices = [...pValues.keys()].sort((a, b) => a - b);
  const shiftAt = (k) => {
    const start = k > 0 ? indices[k - 1] : 0;
    const end = k + 1 < indices.length ? indices[k + 1] : values.length;
    return { start, end, shift: hodgesLehmannShift(values.slice(indices[k], end), values.slice(start, indices[k]), { confidence: o.confidence }) };
  };
  const retest = new Set(indices);
  for (; ; ) {
    indices = relocate(values, indices, o.minSegment, retest);
    const shifts = indices.map((_, k) => shiftAt(k));
    let drop = -1;
    shifts.forEach((s, k) => {
      if (Math.abs(s.shift.shift) < o.minShift && (drop < 0 || Math.abs(s.shift.shift) < Math.abs(shifts[drop].shift.shift))) drop = k;
    });
    if (drop < 0) {
      for (const k of indices.keys()) {
        if (!retest.has(indices[k])) continue;
        retest.delete(indices[k]);
        const { start, end } = shifts[k];
        const p = indices.length === 1 ? wholeSeriesP(values, indices[k], o) : fixedSplitP(values, start, end, indices[k], { permutations: o.permutations, seed: o.seed, level: o.alphaWithin });
        const level = indices.length === 1 ? o.alpha : o.alphaWithin;
        pValues.set(indices[k], p);
        if (p > level) {
          drop = k;
          break;
        }
      }
    }
    if (drop < 0) {
      return {
        ...base,
        warnings: [],
        changePoints: indices.map((index, k) => ({
          index,
          pValue: pValues.get(index),
          shift: shifts[k].shift,
          before: { start: shifts[k].start, end: index },
          after: { start: index, end: shifts[k].end }
        }))
      };
    }
    if (drop > 0) retest.add(indices[drop - 1]);
    if (drop + 1 < indices.length) retest.add(indices[drop + 1]);
    retest.delete(indices[drop]);
    indices = indices.filter((_, k) => k !== drop);
  }
}
function relocate(values, indices, minSegment, retest) {
  const moved = [...indices];
  for (let round = 0; round < 5; round++) {
    let changed = false;
    for (let k = 0; k < moved.length; k++) {
      const start = k > 0 ? moved[k - 1] : 0;
      const end = k + 1 < moved.length ? moved[k + 1] : values.length;
      const scores = splitScores(values, start, end, minSegment);
      let top = 0;
      for (let i = 1; i < scores.length; i++) if (scores[i] > scores[top]) top = i;
      const index = start + minSegment + top;
      if (scores.length > 0 && index !== moved[k] && scores[top] > splitScore(values, start, end, moved[k]) * (1 + 1e-12)) {
        retest.delete(moved[k]);
        moved[k] = index;
        retest.add(index);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return moved;
}

// src/verdict/trend-series.ts
var ALL_ENDPOINTS = "(every endpoint)";
var RUN_LEVEL_METRICS = {
  rss_growth: { field: "rssGrowthMb", subject: "target process", scale: "linear" },
  cpu_per_request: { field: "cpuMsPerRequest", subject: "target process", scale: "log" },
  capacity: { field: "capacityRps", subject: "whole run", scale: "log" },
  recovery_time: { field: "recoveryMs", subject: "whole run", scale: "linear" }
};
var isRunLevel = (metric) => Object.hasOwn(RUN_LEVEL_METRICS, metric);
var runnerKind = (r) => `${r.runner.cpuModel}, ${r.runner.cores} cores, ${r.runner.os}`;
var MIN_ENDPOINTS_FOR_COMMON_FACTOR = 3;
function median3(values) {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (v.length === 0) return Number.NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function comparableRuns(history) {
  if (history.length === 0) return { runs: [], notes: [] };
  const newest = history[history.length - 1];
  const notes = [];
  const otherLoad = history.filter((r) => r.fingerprint !== newest.fingerprint).length;
  if (otherLoad > 0) {
    notes.push({ code: "trend-other-profile", params: { runs: otherLoad } });
  }
  const sameLoad = history.filter((r) => r.fingerprint === newest.fingerprint);
  const kind = runnerKind(newest);
  const others = /* @__PURE__ */ new Map();
  for (const r of sameLoad) if (runnerKind(r) !== kind) others.set(runnerKind(r), (others.get(runnerKind(r)) ?? 0) + 1);
  if (others.size > 0) {
    notes.push({ code: "trend-other-runner", params: { newest: kind, others: [...others].map(([k, runs]) => ({ kind: k, runs })) } });
  }
  return { runs: sameLoad.filter((r) => runnerKind(r) === kind), notes };
}
function valueOf(run, endpoint, metric) {
  const v = run.endpoints.find((e) => e.name === endpoint)?.values[metric];
  return v === void 0 ? Number.NaN : v;
}
function commonFactors(runs, names, metric) {
  const logs = runs.map((r) => names.map((n) => {
    const v = valueOf(r, n, metric);
    return v > 0 ? Math.log(v) : Number.NaN;
  }));
  const centre = names.map((_, e) => median3(logs.map((row) => row[e])));
  return logs.map((row) => {
    const deviations = row.map((v, e) => v - centre[e]).filter(Number.isFinite);
    return deviations.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? median3(deviations) : Number.NaN;
  });
}
function trendSeries(history, metrics) {
  const { runs, notes } = comparableRuns(history);
  const names = [...new Set(runs.flatMap((r) => r.endpoints.map((e) => e.name)))];
  const series = [];
  for (const metric of metrics) {
    if (isRunLevel(metric)) {
      const { field, subject, scale } = RUN_LEVEL_METRICS[metric];
      const at = runs.map((_, i) => i).filter((i) => {
        const v = runs[i][field];
        return typeof v === "number" && Number.isFinite(v) && (scale === "linear" || v > 0);
      });
      if (at.length > 0) {
        const values = at.map((i) => runs[i][field]);
        series.push({ endpoint: subject, metric, runs: at, values, tested: scale === "log" ? values.map(Math.log) : values, scale, adjusted: false });
      }
      continue;
    }
    const log = metric !== "error_rate";
    const common = log && names.length >= MIN_ENDPOINTS_FOR_COMMON_FACTOR ? commonFactors(runs, names, metric) : void 0;
    for (const name of names) {
      const at = runs.map((_, i) => i).filter((i) => {
        const v = valueOf(runs[i], name, metric);
        return log ? v > 0 && (!common || Number.isFinite(common[i])) : Number.isFinite(v);
      });
      if (at.length === 0) continue;
      const values = at.map((i) => valueOf(runs[i], name, metric));
      const tested = log ? at.map((i, k) => Math.log(values[k]) - (common ? common[i] : 0)) : values;
      series.push({ endpoint: name, metric, runs: at, values, tested, scale: log ? "log" : "linear", adjusted: common !== void 0 });
    }
    if (common) {
      const at = runs.map((_, i) => i).filter((i) => Number.isFinite(common[i]));
      series.push({ endpoint: ALL_ENDPOINTS, metric, runs: at, values: at.map((i) => Math.exp(common[i])), tested: at.map((i) => common[i]), scale: "log", adjusted: false });
    }
  }
  return {
    runs: runs.map((r) => ({ savedAt: r.savedAt, ...r.commit ? { commit: r.commit } : {} })),
    series,
    notes
  };
}

// src/verdict/trend.ts
var MIN_ERROR_RATE_CHANGE = 0.01;
var MIN_RSS_GROWTH_CHANGE_MB = 5;
var MIN_RECOVERY_CHANGE_MS = 1e3;
function higherIsWorse(metric) {
  return metric !== "throughput" && metric !== "capacity";
}
function minShiftOf(s, settings) {
  if (s.scale === "log") return Math.log1p(settings.minChange);
  if (s.metric === "rss_growth") return MIN_RSS_GROWTH_CHANGE_MB;
  if (s.metric === "recovery_time") return MIN_RECOVERY_CHANGE_MS;
  return MIN_ERROR_RATE_CHANGE;
}
function median4(values) {
  const v = [...values].sort((a, b) => a - b);
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
function analyseSeries(s, runs, settings) {
  const log = s.scale === "log";
  const minShift = minShiftOf(s, settings);
  const found = changePoints(s.tested, { alpha: settings.alpha, minShift, ...settings.alphaWithin !== void 0 ? { alphaWithin: settings.alphaWithin } : {} }).changePoints;
  const unit = log ? "relative" : "difference";
  const map = (v) => log ? Math.expm1(v) : v;
  const changes = found.map((c) => ({
    index: c.index,
    before: runs[s.runs[c.index - 1]],
    after: runs[s.runs[c.index]],
    change: map(c.shift.shift),
    lower: map(c.shift.lower),
    upper: map(c.shift.upper),
    unit,
    pValue: c.pValue,
    kind: c.shift.shift > 0 === higherIsWorse(s.metric) ? "regression" : "improvement"
  }));
  const last = s.tested.length - 1;
  const from = changes.length ? changes[changes.length - 1].index : 0;
  const settled = s.tested.slice(from, last);
  const sinceLast = settled.length > 0 ? { from: runs[s.runs[from]], runs: last - from, change: map(s.tested[last] - median4(settled)), unit } : void 0;
  return {
    endpoint: s.endpoint,
    metric: s.metric,
    adjusted: s.adjusted,
    points: s.runs.map((run, k) => ({ run, value: s.values[k] })),
    changePoints: changes,
    ...sinceLast ? { sinceLast } : {}
  };
}
function analyseTrend(history, settings) {
  const set = trendSeries(history, settings.metrics);
  const base = { alpha: settings.alpha, minChange: settings.minChange, runs: set.runs };
  if (set.runs.length < DEFAULT_MIN_SERIES) {
    return {
      ...base,
      series: [],
      notes: [...set.notes, { code: "trend-too-short", params: { runs: set.runs.length, need: DEFAULT_MIN_SERIES } }]
    };
  }
  const series = set.series.filter((s) => s.tested.length >= DEFAULT_MIN_SERIES).map((s) => analyseSeries(s, set.runs, settings));
  const short = set.series.filter((s) => s.tested.length < DEFAULT_MIN_SERIES);
  const notes = [...set.notes];
  if (short.length > 0) {
    notes.push({ code: "trend-series-short", params: { series: [...new Set(short.map((s) => s.endpoint))], need: DEFAULT_MIN_SERIES } });
  }
  return { ...base, series, notes };
}
function profileTrend(profile, history) {
  const t = profile.trend ?? DEFAULT_TREND;
  const metrics = [...profile.regression.metrics];
  for (const metric of Object.keys(RUN_LEVEL_METRICS)) {
    if (history.some((r) => r[RUN_LEVEL_METRICS[metric].field] !== void 0)) metrics.push(metric);
  }
  return analyseTrend(history.slice(-t.historyRuns), { alpha: t.alpha, minChange: t.minChange, metrics });
}

// src/pipeline/cached.ts
async function runCachedPipeline(options, edges) {
  const { profile, target } = options;
  const fingerprint = profileFingerprint(profile);
  await waitForTarget(edges, target, profile.readiness);
  edges.log.info(runDescription(profile));
  const measurement = await edges.runLoad({
    targetUrl: target,
    load: profile.load,
    endpoints: profile.endpoints,
    ...profile.flows ? { flows: profile.flows } : {},
    onProgress: edges.onProgress,
    ...profile.targetProcess ? { targetProcess: profile.targetProcess } : {},
    ...profile.websocket ? { websocket: profile.websocket } : {}
  });
  const measured = withCapacity(buildRunResult(profile, fingerprint, target, measurement, edges.runner()), profile.load, measurement);
  const result = withRecovery(measured, profile.load);
  return judgeAndSave(options, edges, result);
}
async function judgeAndSave(options, edges, result) {
  const { profile } = options;
  const fingerprint = result.profile.fingerprint;
  const key = { profileName: profile.name, ...profile.level ? { level: profile.level } : {} };
  const restored = await edges.store.restore(key);
  const baselineUse = restored.status === "found" ? {
    status: "found",
    source: restored.source,
    runs: restored.baseline.runs.length,
    ...pickOrigin(restored.baseline.runs[restored.baseline.runs.length - 1])
  } : restored.status === "unusable" ? { status: "unusable", source: restored.source, reason: restored.reason } : { status: "missing", source: restored.source };
  if (restored.status === "unusable") {
    edges.log.warning(`Ignoring the baseline in ${restored.source}: ${restored.reason}`);
  }
  const verdict = withRunHealth(decideVerdict({
    profile: judgedProfile(profile),
    fingerprint,
    result,
    baseline: restored.status === "found" ? restored.baseline : void 0,
    baselineUse,
    failOn: options.failOn
  }), result);
  const summaries = [
    ...storedSummaries(restored.status === "found" ? restored.baseline : void 0),
    summarizeRun(baselineRunFromResult(result, options.origin), result.profile.fingerprint, runReadings(result))
  ];
  const plan = planBaselineSave({ requested: options.saveBaseline, runRefusal: options.saveBaseline ? baselineRefusal(result) : void 0, restored });
  let saved;
  if (plan.action === "refuse") {
    saved = { status: "failed", reason: plan.reason };
    edges.log.warning(`Baseline not saved: ${plan.reason}`);
  } else if (plan.action === "save") {
    const next = withTrend(
      appendRun(plan.previous, result.profile, baselineRunFromResult(result, options.origin), profile.regression.historyRuns),
      summaries,
      (profile.trend ?? DEFAULT_TREND).historyRuns
    );
    saved = await edges.store.save(key, next);
    if (saved.status === "saved") edges.log.info(`Baseline saved to ${saved.location} (${next.runs.length === 1 ? "1 run" : `${next.runs.length} runs`})`);
    else edges.log.warning(`Baseline not saved: ${saved.reason}`);
  }
  const report = buildReport(result, verdict);
  return {
    report: options.trend ? { ...report, trend: reportTrend(profileTrend(profile, summaries)) } : report,
    saved,
    ...restored.status === "found" ? { history: restored.baseline.runs } : {}
  };
}
function runDescription(profile) {
  const l = profile.load;
  const model = l.model === "open" ? `${l.rateRps} requests/s (${l.shape.kind}, at most ${l.maxInFlight} in flight)` : `${l.connections} connections`;
  return `Running ${profile.name}${profile.level ? ` at level ${profile.level}` : ""}: ${model}, ${l.warmupMs / 1e3} s warm-up, ${l.trials} trials over ${l.durationMs / 1e3} s, ${profile.endpoints.length === 1 ? "1 endpoint" : `${profile.endpoints.length} endpoints`}`;
}
function pickOrigin(run) {
  return {
    savedAt: run.savedAt,
    ...run.commit ? { commit: run.commit } : {},
    ...run.ref ? { ref: run.ref } : {}
  };
}

export {
  waitForTarget,
  buildRunResult,
  baselineRunFromResult,
  appendRun,
  median,
  decideVerdict,
  shouldStopAfter,
  withRunHealth,
  buildReport,
  profileFingerprint,
  runCachedPipeline,
  judgeAndSave
};
