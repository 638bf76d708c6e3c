import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  binRawSamples,
  importedProfile,
  jmeterSource,
  k6Source
} from "./chunk-RFWB6LLJ.js";
import {
  buildRunResult,
  judgeAndSave,
  profileFingerprint
} from "./chunk-LO7ZPTUL.js";
import {
  SLOT_MS,
  flowArrivals,
  openLoadResult,
  openLoadWarnings
} from "./chunk-COSMFWAF.js";
import {
  FLOW_ROW_METHOD,
  judgedProfile
} from "./chunk-FA47FOM3.js";
import {
  planTrials
} from "./chunk-7DPCX3KC.js";
import {
  ERROR_SAMPLES_PER_CLASS,
  STATUS_CODE_SLOTS,
  addErrorCounts,
  createEndpointCounters,
  createLatencyHistogram,
  decodeLatencyHistogram,
  releaseEndpointCounters,
  runHealthWarnings,
  summarizeEndpoints
} from "./chunk-6H7ISWPL.js";
import {
  DEFAULT_SEED,
  deriveSeed
} from "./chunk-ZUPHJSGO.js";
import {
  LoadgateError
} from "./chunk-YHUW4X3V.js";

// src/shard/pipeline.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";

// src/shard/kept.ts
function keepHistogram(h) {
  if (h.count === 0) return { histogram: "", sumUs: 0, maxUs: 0 };
  return { histogram: h.encode(), sumUs: Math.round(h.meanMicros * h.count), maxUs: h.maxMicros };
}
function addKeptHistogram(into, kept, where) {
  if (kept.histogram === "") return;
  let h;
  try {
    h = decodeLatencyHistogram(kept.histogram);
  } catch (err) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${where}: ${err.message}`);
  }
  try {
    h.restoreExact(kept.sumUs, kept.maxUs);
    into.add(h);
  } finally {
    h.release();
  }
}
function keptHistogramProblem(value) {
  const v = value;
  if (typeof v !== "object" || v === null || typeof v.histogram !== "string") return "is not {histogram, sumUs, maxUs}";
  if (!(Number.isFinite(v.sumUs) && v.sumUs >= 0 && Number.isFinite(v.maxUs) && v.maxUs >= 0)) return "sumUs and maxUs must be microseconds >= 0";
  return void 0;
}
function packSlots(marks) {
  const bits = new Uint8Array(Math.ceil(marks.length / 8));
  for (let i = 0; i < marks.length; i++) if (marks[i] === 1) bits[i >> 3] |= 1 << (i & 7);
  return Buffer.from(bits).toString("base64");
}
function orSlots(into, packed, where) {
  const bits = Buffer.from(packed, "base64");
  if (bits.length !== Math.ceil(into.length / 8)) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${where}: ${bits.length} bytes of slot marks, not the ${Math.ceil(into.length / 8)} of ${into.length} slots`);
  }
  for (let i = 0; i < into.length; i++) if (bits[i >> 3] >> (i & 7) & 1) into[i] = 1;
}

// src/shard/open.ts
function shardOpenOf(raw, load) {
  return {
    rateRps: load.rateRps,
    shape: load.shape.kind,
    plannedCount: raw.plannedCount,
    sent: raw.sent,
    dropped: raw.dropped,
    maxInFlight: raw.maxInFlight,
    peakInFlight: raw.peakInFlight,
    sendLag: keepHistogram(raw.lag),
    slots: { sizeMs: SLOT_MS, count: raw.planned.length, planned: packSlots(raw.planned), missed: packSlots(raw.missed) },
    ...raw.iterations ? {
      iterations: raw.iterations.map(({ flow, counts }) => ({ flow, started: counts.started, dropped: counts.dropped, late: counts.late, startLag: keepHistogram(counts.lag) }))
    } : {}
  };
}
var count = (v) => Number.isSafeInteger(v) && v >= 0;
function shardOpenProblem(open) {
  if (typeof open !== "object" || open === null) return "open is not an object";
  if (!(open.rateRps >= 0) || typeof open.shape !== "string" || !(Number.isFinite(open.plannedCount) && open.plannedCount >= 0)) return "open: rateRps, shape and plannedCount are required";
  for (const k of ["sent", "dropped", "maxInFlight", "peakInFlight"]) if (!count(open[k])) return `open.${k} is not a count`;
  const lag = keptHistogramProblem(open.sendLag);
  if (lag) return `open.sendLag ${lag}`;
  const s = open.slots;
  if (!s || s.sizeMs !== SLOT_MS || !count(s.count) || typeof s.planned !== "string" || typeof s.missed !== "string") return `open.slots must be {sizeMs: ${SLOT_MS}, count, planned, missed}`;
  if (open.iterations !== void 0) {
    if (!Array.isArray(open.iterations)) return "open.iterations is not a list";
    for (const i of open.iterations) {
      if (typeof i?.flow !== "string" || !count(i.started) || !count(i.dropped) || !count(i.late)) return "open.iterations: each needs flow, started, dropped and late";
      const startLag = keptHistogramProblem(i.startLag);
      if (startLag) return `open.iterations (${i.flow}): startLag ${startLag}`;
    }
  }
  return void 0;
}
function mergeShardOpen(shards, measuredMs) {
  const first = shards[0].open;
  const planned = new Uint8Array(first.slots.count);
  const missed = new Uint8Array(first.slots.count);
  const lag = createLatencyHistogram();
  const flows = /* @__PURE__ */ new Map();
  try {
    const sum = { plannedCount: 0, sent: 0, dropped: 0, maxInFlight: 0, peakInFlight: 0, rateRps: 0 };
    for (const { file, open: open2 } of shards) {
      if (open2.slots.count !== first.slots.count) {
        throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: ${open2.slots.count} slots of ${SLOT_MS} ms, not the ${first.slots.count} of ${shards[0].file}`);
      }
      for (const k of Object.keys(sum)) sum[k] += open2[k];
      addKeptHistogram(lag, open2.sendLag, `shard result ${file}: open.sendLag`);
      orSlots(planned, open2.slots.planned, `shard result ${file}: open.slots.planned`);
      orSlots(missed, open2.slots.missed, `shard result ${file}: open.slots.missed`);
      for (const i of open2.iterations ?? []) {
        let into = flows.get(i.flow);
        if (!into) flows.set(i.flow, into = { started: 0, dropped: 0, late: 0, lag: createLatencyHistogram() });
        into.started += i.started;
        into.dropped += i.dropped;
        into.late += i.late;
        addKeptHistogram(into.lag, i.startLag, `shard result ${file}: open.iterations (${i.flow}).startLag`);
      }
    }
    const open = openLoadResult({ ...sum, measuredMs, lag, missed, planned });
    const iterations = [...flows].map(([flow, c]) => flowArrivals(flow, c));
    return { open: iterations.length > 0 ? { ...open, iterations } : open, rateRps: sum.rateRps, shape: first.shape };
  } finally {
    lag.release();
    for (const c of flows.values()) c.lag.release();
  }
}

// src/shard/merge.ts
var LATE_SHARE_OF_TRIAL = 0.1;
function mergeShards(inputs, options) {
  if (inputs.length === 0) throw new LoadgateError("LOADGATE_SHARDS_MISSING", "no shard results to merge (is the directory the one the shards uploaded to?)");
  const first = inputs[0].result;
  const count3 = first.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { file, result } of inputs) {
    const differs = result.shard.count !== count3 ? `it is one of ${result.shard.count} shards, not ${count3}` : result.startAtMs !== first.startAtMs ? `its start-at ${new Date(result.startAtMs).toISOString()} is not ${new Date(first.startAtMs).toISOString()}` : result.name !== first.name ? `its run is "${result.name}", not "${first.name}"` : JSON.stringify(result.window) !== JSON.stringify(first.window) ? `its window ${JSON.stringify(result.window)} is not ${JSON.stringify(first.window)}` : seen.has(result.shard.index) ? `shard ${result.shard.index} came twice (also ${seen.get(result.shard.index)})` : void 0;
    if (differs) throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file} does not belong with ${inputs[0].file}: ${differs}`);
    seen.set(result.shard.index, file);
  }
  const plan = planTrials({ model: "closed", connections: 1, requestTimeoutMs: 0, ...first.window });
  const missing = Array.from({ length: count3 }, (_, i) => i + 1).filter((i) => !seen.has(i));
  const lateAfterMs = plan.warmupMs + LATE_SHARE_OF_TRIAL * plan.trialDurationMs;
  const late = inputs.map(({ result }) => ({ index: result.shard.index, lateMs: result.firstSampleMs - first.startAtMs })).filter((s) => s.lateMs > lateAfterMs).sort((a, b) => a.index - b.index);
  const warnings = [];
  if (missing.length > 0 || late.length > 0) {
    const onTime = count3 - missing.length - late.length;
    const what = [
      ...missing.map((i) => `shard ${i} missing`),
      ...late.map((s) => `shard ${s.index} started ${(s.lateMs / 1e3).toFixed(3)} s after start-at, after the ${(plan.warmupMs / 1e3).toFixed(3)} s warm-up`)
    ].join("; ");
    const message = `${onTime} of ${count3} shards on time (${what}): the merged load is smaller than the profile's`;
    if (!options.allowMissing) {
      throw new LoadgateError("LOADGATE_SHARDS_MISSING", `${message}. Not gated; to gate on the shards that came, set allow-missing-shards (--allow-missing-shards)`);
    }
    warnings.push({ code: "shards-missing", message: `${message}; gated anyway (allow-missing-shards)` });
  }
  const byName = /* @__PURE__ */ new Map();
  const sorted = [...inputs].sort((a, b) => a.result.shard.index - b.result.shard.index);
  const sendLatency = sorted.some(({ result }) => result.endpoints.some((e) => e.sendLatency !== void 0));
  try {
    for (const { file, result } of sorted) {
      for (const e of result.endpoints) {
        let into = byName.get(e.name);
        if (!into) {
          into = createEndpointCounters({ name: e.name, method: e.method, path: e.path, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length, { sendLatency });
          byName.set(e.name, into);
        }
        addShardRow(into, e, file);
      }
      for (const w of result.warnings) {
        if (w.code === "endpoint-unsampled") continue;
        warnings.push({ code: w.code, message: `shard ${result.shard.index}/${count3}: ${w.message}` });
      }
    }
    const names = mergedRowOrder(sorted.map(({ result }) => result.endpoints));
    const endpoints = summarizeEndpoints(names.map((n) => byName.get(n)), plan.trialDurationMs);
    const open = mergedOpen(sorted, plan.totalMs - plan.warmupMs);
    const perShard = sorted.map(({ result }) => {
      const requests = result.endpoints.reduce((s, e) => s + e.trials.reduce((t, x) => t + x.requests, 0), 0);
      const peak = result.open ? `, at most ${result.open.peakInFlight} in flight` : "";
      return `shard ${result.shard.index}: ${requests.toLocaleString("en-US")} requests, ${result.connections} connection${result.connections === 1 ? "" : "s"}${peak}`;
    });
    const model = open.merged ? "open" : "closed";
    warnings.unshift(
      ...runHealthWarnings({ model, endpoints, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }),
      ...open.merged ? openLoadWarnings(open.merged.open) : [],
      { code: "shards-merged", message: `Merged ${sorted.length} of ${count3} shards, trials aligned to ${new Date(first.startAtMs).toISOString()}: ${perShard.join("; ")}.${open.note}` }
    );
    return {
      measurement: {
        startedAt: new Date(first.startAtMs),
        finishedAt: new Date(first.startAtMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints,
        warnings,
        connections: sorted.reduce((s, { result }) => s + result.connections, 0),
        ...open.merged ? { open: open.merged.open } : {}
      },
      ...open.merged ? { load: { model: "open", rateRps: open.merged.rateRps, shape: open.merged.shape } } : {},
      plan,
      startAtMs: first.startAtMs,
      name: first.name,
      endpoints: names.map((n) => ({ name: n, method: byName.get(n).method, path: byName.get(n).path })),
      merged: sorted.map(({ result }) => result.shard.index),
      count: count3,
      missing,
      late
    };
  } finally {
    releaseEndpointCounters([...byName.values()]);
  }
}
function addShardRow(into, row, file) {
  row.trials.forEach((t, k) => {
    const trial = into.trials[k];
    trial.requests += t.requests;
    addErrorCounts(trial.errors, t.errors);
    for (const [code, n] of Object.entries(t.statusCounts)) {
      const c = Number(code);
      if (Number.isInteger(c) && c > 0 && c < STATUS_CODE_SLOTS && Number.isSafeInteger(n)) trial.statusCounts[c] += n;
    }
    addKeptHistogram(trial.latency, { histogram: t.histogram, sumUs: t.sumUs ?? NaN, maxUs: t.maxUs ?? NaN }, `shard result ${file}: endpoint ${row.name}, trial ${k + 1}`);
  });
  if (into.dropped !== void 0) into.dropped += row.dropped ?? 0;
  if (row.sendLatency && into.sendLatency) addKeptHistogram(into.sendLatency, row.sendLatency, `shard result ${file}: endpoint ${row.name}, sendLatency`);
  into.warmupUnanswered += row.warmupUnanswered ?? 0;
  into.generatorFailures += row.generatorFailures ?? 0;
  for (const [errorClass, messages] of Object.entries(row.errorSamples ?? {})) {
    if (!(errorClass in ERROR_CLASSES)) continue;
    const kept = into.errorSamples[errorClass] ??= [];
    for (const m of messages) if (kept.length < ERROR_SAMPLES_PER_CLASS && !kept.includes(m)) kept.push(m);
  }
}
var ERROR_CLASSES = { refused: 1, reset: 1, timeout: 1, status: 1, other: 1, capture: 1, check: 1 };
function mergedRowOrder(shards) {
  const flows = new Set(shards.flatMap((rows) => rows.filter((r) => r.method === FLOW_ROW_METHOD).map((r) => r.name)));
  const stepsOf = /* @__PURE__ */ new Map();
  const stepFlow = (name) => {
    const slash = name.indexOf("/");
    return slash > 0 && flows.has(name.slice(0, slash)) ? name.slice(0, slash) : void 0;
  };
  for (const rows of shards) {
    for (const r of rows) {
      const flow = stepFlow(r.name);
      if (flow === void 0) continue;
      const steps = stepsOf.get(flow) ?? [];
      if (!steps.includes(r.name)) steps.push(r.name);
      stepsOf.set(flow, steps);
    }
  }
  const heads = [...new Set(shards.flatMap((rows) => rows.map((r) => r.name)))].filter((n) => stepFlow(n) === void 0).sort();
  return heads.flatMap((n) => [n, ...stepsOf.get(n) ?? []]);
}
function mergedOpen(sorted, measuredMs) {
  const withOpen = sorted.filter(({ result }) => result.open !== void 0);
  if (withOpen.length === 0) return { note: "" };
  if (withOpen.length < sorted.length) {
    const lacking = sorted.filter(({ result }) => result.open === void 0).map(({ result }) => result.shard.index);
    return { note: ` The open model's schedule figures are not merged: shard ${lacking.join(", ")} kept none (a result of an older loadgate); each shard's notes say how its schedule was kept.` };
  }
  const merged = mergeShardOpen(withOpen.map(({ file, result }) => ({ file, open: result.open })), measuredMs);
  return {
    merged,
    note: " Arrivals, drops, send lag and 10 ms slots are merged exactly; the peak in flight is the sum of the shards' peaks (an upper bound: they need not have coincided)."
  };
}

// src/shard/result.ts
import { readFile } from "node:fs/promises";
var SHARD_RESULT_KIND = "loadgate-shard-result";
var SHARD_RESULT_VERSION = 1;
var SHARD_RESULT_MAX_BYTES = 64 * 1024 * 1024;
function shardResultOf(counters, fields) {
  return {
    kind: SHARD_RESULT_KIND,
    version: SHARD_RESULT_VERSION,
    ...fields,
    endpoints: counters.map((e) => ({
      name: e.name,
      method: e.method,
      path: e.path,
      ...e.dropped === void 0 ? {} : { dropped: e.dropped },
      ...e.sendLatency ? { sendLatency: keepHistogram(e.sendLatency) } : {},
      ...e.warmupUnanswered > 0 ? { warmupUnanswered: e.warmupUnanswered } : {},
      ...e.generatorFailures > 0 ? { generatorFailures: e.generatorFailures } : {},
      ...Object.values(e.errorSamples).some((l) => l.length > 0) ? { errorSamples: structuredClone(e.errorSamples) } : {},
      trials: e.trials.map((t) => {
        const statusCounts = {};
        for (let code = 0; code < t.statusCounts.length; code++) if (t.statusCounts[code] > 0) statusCounts[String(code)] = t.statusCounts[code];
        if (t.latency.count === 0) return { requests: t.requests, errors: { ...t.errors }, statusCounts, histogram: "" };
        const exact = { sumUs: Math.round(t.latency.meanMicros * t.latency.count), maxUs: t.latency.maxMicros };
        return { requests: t.requests, errors: { ...t.errors }, statusCounts, histogram: t.latency.encode(), ...exact };
      })
    }))
  };
}
async function readShardResult(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
  if (text.length > SHARD_RESULT_MAX_BYTES) throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: larger than ${SHARD_RESULT_MAX_BYTES} bytes`);
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: not JSON (${err.message})`);
  }
  const problem = shardResultProblem(doc);
  if (problem) throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: ${problem}`);
  return doc;
}
var count2 = (v) => Number.isSafeInteger(v) && v >= 0;
function shardResultProblem(doc) {
  if (typeof doc !== "object" || doc === null || doc.kind !== SHARD_RESULT_KIND) return `not a loadgate shard result (kind is not "${SHARD_RESULT_KIND}")`;
  if (doc.version !== SHARD_RESULT_VERSION) return `version ${JSON.stringify(doc.version)} is not ${SHARD_RESULT_VERSION}`;
  const s = doc.shard;
  if (!s || !count2(s.index) || !count2(s.count) || s.index < 1 || s.index > s.count) return `shard ${JSON.stringify(s)} is not {index, count} with 1 <= index <= count`;
  if (!Number.isFinite(doc.startAtMs) || !Number.isFinite(doc.firstSampleMs)) return "startAtMs and firstSampleMs must be epoch milliseconds";
  const w = doc.window;
  if (!w || !(w.warmupMs >= 0) || !(w.durationMs > 0) || !count2(w.trials) || w.trials < 1) return "window must have warmupMs >= 0, durationMs > 0 and trials >= 1";
  if (typeof doc.name !== "string" || !Array.isArray(doc.endpoints) || !Array.isArray(doc.warnings)) return "name, endpoints and warnings are required";
  for (const e of doc.endpoints) {
    if (typeof e?.name !== "string" || !Array.isArray(e.trials) || e.trials.length !== w.trials) return `endpoint ${JSON.stringify(e?.name)}: one trial per window trial (${w.trials}) expected`;
    for (const t of e.trials) {
      if (!count2(t.requests) || typeof t.histogram !== "string" || typeof t.errors !== "object" || typeof t.statusCounts !== "object") return `endpoint ${e.name}: a trial without requests, errors, statusCounts and histogram`;
      for (const k of ["refused", "reset", "timeout", "status", "other"]) if (!count2(t.errors[k])) return `endpoint ${e.name}: errors.${k} is not a count`;
      for (const k of ["capture", "check"]) if (t.errors[k] !== void 0 && !count2(t.errors[k])) return `endpoint ${e.name}: errors.${k} is not a count`;
      for (const k of ["sumUs", "maxUs"]) if (t[k] !== void 0 && !(Number.isFinite(t[k]) && t[k] >= 0)) return `endpoint ${e.name}: ${k} is not a number of microseconds`;
    }
    const problem = shardRowProblem(e);
    if (problem) return `endpoint ${e.name}: ${problem}`;
  }
  return doc.open === void 0 ? void 0 : shardOpenProblem(doc.open);
}
function shardRowProblem(e) {
  for (const k of ["dropped", "warmupUnanswered", "generatorFailures"]) if (e[k] !== void 0 && !count2(e[k])) return `${k} is not a count`;
  if (e.sendLatency !== void 0) {
    const problem = keptHistogramProblem(e.sendLatency);
    if (problem) return `sendLatency ${problem}`;
  }
  if (e.errorSamples !== void 0) {
    if (typeof e.errorSamples !== "object" || e.errorSamples === null) return "errorSamples is not an object";
    for (const list of Object.values(e.errorSamples)) if (!Array.isArray(list) || list.some((m) => typeof m !== "string")) return "errorSamples must be lists of messages";
  }
  return void 0;
}

// src/shard/pipeline.ts
var SHARD_FILE_SUFFIX = ".shard.json";
function shardFileName(name, index, count3) {
  return `${name}.${index}-of-${count3}${SHARD_FILE_SUFFIX}`;
}
async function runMergePipeline(options, edges) {
  let files;
  try {
    files = (await readdir(options.dir, { recursive: true })).filter((f) => f.endsWith(SHARD_FILE_SUFFIX)).sort().map((f) => join(options.dir, f));
  } catch (err) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `shards: ${options.dir}: ${err.code === "ENOENT" ? "no such directory" : err.message}`);
  }
  if (files.length === 0) {
    throw new LoadgateError("LOADGATE_SHARDS_MISSING", `shards: no ${SHARD_FILE_SUFFIX} files (${SHARD_RESULT_KIND}) in ${options.dir}: did the shard jobs upload their results, and did this job download them there?`);
  }
  const inputs = await Promise.all(files.map(async (file) => ({ file, result: await readShardResult(file) })));
  const merged = mergeShards(inputs, { allowMissing: options.allowMissing });
  edges.log.info(`Merged ${merged.merged.length} of ${merged.count} shards from ${options.dir}`);
  const plan = merged.plan;
  const base = options.profile ? judgedProfile(options.profile) : void 0;
  const profile = importedProfile(
    { measurement: merged.measurement, window: { startMs: merged.startAtMs, plan }, endpoints: merged.endpoints, samples: 0, outside: 0 },
    { name: merged.name, format: "shards", ...base ? { base } : {} }
  );
  const built = buildRunResult(profile, profileFingerprint(profile), `shards:${merged.count}`, merged.measurement, edges.runner());
  const result = merged.load ? { ...built, load: { ...built.load, ...merged.load } } : built;
  return judgeAndSave({ profile, failOn: options.failOn, saveBaseline: options.saveBaseline, origin: options.origin }, edges, result);
}

// src/shard/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";

// src/shard/import-shard.ts
async function importShard(options) {
  const source = options.format === "jmeter" ? jmeterSource(options.file) : options.format === "k6" ? k6Source(options.file) : void 0;
  if (!source) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard: format ${options.format} keeps no per-request record, so its shards cannot be merged exactly (use jmeter or k6 results, or run loadgate itself)`);
  }
  let result;
  const imported = await binRawSamples(source, { ...options.window, startAtMs: options.startAtMs }, options.mapping, (counters) => {
    result = shardResultOf(counters, {
      name: options.name,
      shard: options.shard,
      startAtMs: options.startAtMs,
      firstSampleMs: 0,
      window: options.window,
      connections: 1,
      warnings: []
    });
  });
  return {
    ...result,
    firstSampleMs: imported.firstSampleMs ?? options.startAtMs,
    connections: imported.measurement.connections ?? 1,
    warnings: imported.measurement.warnings
  };
}

// src/shard/plan.ts
var MAX_SHARDS = 256;
function parseShard(value, field) {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count3 = match ? Number(match[2]) : NaN;
  if (!match || count3 < 1 || count3 > MAX_SHARDS || index < 1 || index > count3) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${field}: "${value}" is not a shard (use i/N with 1 <= i <= N <= ${MAX_SHARDS}, e.g. 2/4 \u2014 in a matrix: \${{ matrix.shard }}/4)`);
  }
  return { index, count: count3 };
}
function dealOut(total, count3) {
  const base = Math.floor(total / count3);
  const extra = total % count3;
  return Array.from({ length: count3 }, (_, k) => base + (k < extra ? 1 : 0));
}
function planShard(whole, shard) {
  const k = shard.index - 1;
  const load = shard.count === 1 ? whole : { ...whole, seed: shardSeed(whole.seed ?? DEFAULT_SEED, k) };
  if (load.model === "closed") {
    const dealt = dealOut(load.connections, shard.count);
    if (dealt[k] === 0) {
      throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard ${shard.index}/${shard.count}: load.connections is ${load.connections}, fewer than the ${shard.count} shards \u2014 each shard needs a connection (use at most ${load.connections} shards)`);
    }
    const offset = dealt.slice(0, k).reduce((a, b) => a + b, 0);
    return { shard, load: { ...load, connections: dealt[k] }, connectionOffset: offset, arrivalPhase: 0 };
  }
  const inFlight = dealOut(load.maxInFlight, shard.count);
  if (inFlight[k] === 0) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard ${shard.index}/${shard.count}: load.max_in_flight is ${load.maxInFlight}, fewer than the ${shard.count} shards (raise it, or use fewer shards)`);
  }
  const n = shard.count;
  return {
    shard,
    load: { ...load, rateRps: load.rateRps / n, shape: scaleShape(load.shape, 1 / n), maxInFlight: inFlight[k], connections: inFlight[k] },
    connectionOffset: inFlight.slice(0, k).reduce((a, b) => a + b, 0),
    arrivalPhase: k / n
  };
}
var SHARD_SEED_BASE = 262144;
function shardSeed(seed, k) {
  return deriveSeed(seed, SHARD_SEED_BASE + k);
}
function scaleShape(shape, factor) {
  switch (shape.kind) {
    case "constant":
    case "soak":
    case "step":
      return { ...shape };
    case "ramp":
      return { ...shape, startRps: shape.startRps * factor };
    case "spike":
      return { ...shape, spikeRps: shape.spikeRps * factor };
    case "stages":
      return { ...shape, startRps: shape.startRps * factor, stages: shape.stages.map((s) => ({ ...s, rateRps: s.rateRps * factor })) };
  }
}

// src/shard/write.ts
async function writeShardResult(settings, shardText, field, load, out) {
  const shard = parseShard(shardText, field);
  const w = settings.window;
  const startAtMs = w.startAtMs;
  const durationMs = w.durationMs ?? load?.durationMs;
  if (startAtMs === void 0 || durationMs === void 0) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${field}: a shard needs start-at (the common start every shard aligns to) and a duration (or a profile) so that all shards cut the same trials`);
  }
  const name = settings.name ?? basename(settings.file, extname(settings.file));
  const result = await importShard({
    format: settings.format,
    file: settings.file,
    name,
    shard,
    startAtMs,
    window: { warmupMs: w.warmupMs ?? load?.warmupMs ?? 0, durationMs, trials: w.trials ?? load?.trials ?? 10 },
    ...settings.mapping ? { mapping: settings.mapping } : {}
  });
  return saveShardResult(result, out ?? shardFileName(name, shard.index, shard.count));
}
async function saveShardResult(result, file) {
  const path = resolve(file);
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify(result) + "\n");
  return path;
}

export {
  parseShard,
  planShard,
  shardOpenOf,
  shardResultOf,
  LATE_SHARE_OF_TRIAL,
  shardFileName,
  runMergePipeline,
  writeShardResult,
  saveShardResult
};
