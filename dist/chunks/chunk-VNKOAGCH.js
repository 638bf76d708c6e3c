import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  binRawSamples,
  importedProfile,
  jmeterSource,
  k6Source
} from "./chunk-HMIL4AWR.js";
import {
  buildRunResult,
  judgeAndSave,
  profileFingerprint
} from "./chunk-EDZX7M3J.js";
import {
  planTrials
} from "./chunk-7DPCX3KC.js";
import {
  STATUS_CODE_SLOTS,
  createEndpointCounters,
  decodeLatencyHistogram,
  releaseEndpointCounters,
  runHealthWarnings,
  summarizeEndpoints
} from "./chunk-YMOZOTTE.js";
import {
  LoadgateError
} from "./chunk-YHUW4X3V.js";

// src/shard/pipeline.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";

// src/shard/merge.ts
var LATE_SHARE_OF_TRIAL = 0.1;
function mergeShards(inputs, options) {
  if (inputs.length === 0) throw new LoadgateError("LOADGATE_SHARDS_MISSING", "no shard results to merge (is the directory the one the shards uploaded to?)");
  const first = inputs[0].result;
  const count2 = first.shard.count;
  const seen = /* @__PURE__ */ new Map();
  for (const { file, result } of inputs) {
    const differs = result.shard.count !== count2 ? `it is one of ${result.shard.count} shards, not ${count2}` : result.startAtMs !== first.startAtMs ? `its start-at ${new Date(result.startAtMs).toISOString()} is not ${new Date(first.startAtMs).toISOString()}` : result.name !== first.name ? `its run is "${result.name}", not "${first.name}"` : JSON.stringify(result.window) !== JSON.stringify(first.window) ? `its window ${JSON.stringify(result.window)} is not ${JSON.stringify(first.window)}` : seen.has(result.shard.index) ? `shard ${result.shard.index} came twice (also ${seen.get(result.shard.index)})` : void 0;
    if (differs) throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file} does not belong with ${inputs[0].file}: ${differs}`);
    seen.set(result.shard.index, file);
  }
  const plan = planTrials({ model: "closed", connections: 1, requestTimeoutMs: 0, ...first.window });
  const missing = Array.from({ length: count2 }, (_, i) => i + 1).filter((i) => !seen.has(i));
  const lateAfterMs = plan.warmupMs + LATE_SHARE_OF_TRIAL * plan.trialDurationMs;
  const late = inputs.map(({ result }) => ({ index: result.shard.index, lateMs: result.firstSampleMs - first.startAtMs })).filter((s) => s.lateMs > lateAfterMs).sort((a, b) => a.index - b.index);
  const warnings = [];
  if (missing.length > 0 || late.length > 0) {
    const onTime = count2 - missing.length - late.length;
    const what = [
      ...missing.map((i) => `shard ${i} missing`),
      ...late.map((s) => `shard ${s.index} started ${(s.lateMs / 1e3).toFixed(3)} s after start-at, after the ${(plan.warmupMs / 1e3).toFixed(3)} s warm-up`)
    ].join("; ");
    const message = `${onTime} of ${count2} shards on time (${what}): the merged load is smaller than the profile's`;
    if (!options.allowMissing) {
      throw new LoadgateError("LOADGATE_SHARDS_MISSING", `${message}. Not gated; to gate on the shards that came, set allow-missing-shards (--allow-missing-shards)`);
    }
    warnings.push({ code: "shards-missing", message: `${message}; gated anyway (allow-missing-shards)` });
  }
  const byName = /* @__PURE__ */ new Map();
  const sorted = [...inputs].sort((a, b) => a.result.shard.index - b.result.shard.index);
  try {
    for (const { file, result } of sorted) {
      for (const e of result.endpoints) {
        let into = byName.get(e.name);
        if (!into) {
          into = createEndpointCounters({ name: e.name, method: e.method, path: e.path, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length);
          byName.set(e.name, into);
        }
        e.trials.forEach((t, k) => {
          const trial = into.trials[k];
          trial.requests += t.requests;
          for (const c of ["refused", "reset", "timeout", "status", "other"]) trial.errors[c] += t.errors[c];
          for (const [code, n] of Object.entries(t.statusCounts)) {
            const c = Number(code);
            if (Number.isInteger(c) && c > 0 && c < STATUS_CODE_SLOTS && Number.isSafeInteger(n)) trial.statusCounts[c] += n;
          }
          if (t.histogram) {
            let h;
            try {
              h = decodeLatencyHistogram(t.histogram);
            } catch (err) {
              throw new LoadgateError("LOADGATE_INPUT_INVALID", `shard result ${file}: endpoint ${e.name}, trial ${k + 1}: ${err.message}`);
            }
            if (t.sumUs !== void 0 && t.maxUs !== void 0) h.restoreExact(t.sumUs, t.maxUs);
            trial.latency.add(h);
            h.release();
          }
        });
      }
      for (const w of result.warnings) warnings.push({ code: w.code, message: `shard ${result.shard.index}/${count2}: ${w.message}` });
    }
    const names = [...byName.keys()].sort();
    const endpoints = summarizeEndpoints(names.map((n) => byName.get(n)), plan.trialDurationMs);
    const perShard = sorted.map(({ result }) => {
      const requests = result.endpoints.reduce((s, e) => s + e.trials.reduce((t, x) => t + x.requests, 0), 0);
      return `shard ${result.shard.index}: ${requests.toLocaleString("en-US")} requests, ${result.connections} connections`;
    });
    warnings.unshift(
      ...runHealthWarnings({ model: "closed", endpoints, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }),
      { code: "shards-merged", message: `Merged ${sorted.length} of ${count2} shards, trials aligned to ${new Date(first.startAtMs).toISOString()}: ${perShard.join("; ")}.` }
    );
    return {
      measurement: {
        startedAt: new Date(first.startAtMs),
        finishedAt: new Date(first.startAtMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints,
        warnings,
        connections: sorted.reduce((s, { result }) => s + result.connections, 0)
      },
      plan,
      startAtMs: first.startAtMs,
      name: first.name,
      endpoints: names.map((n) => ({ name: n, method: byName.get(n).method, path: byName.get(n).path })),
      merged: sorted.map(({ result }) => result.shard.index),
      count: count2,
      missing,
      late
    };
  } finally {
    releaseEndpointCounters([...byName.values()]);
  }
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
var count = (v) => Number.isSafeInteger(v) && v >= 0;
function shardResultProblem(doc) {
  if (typeof doc !== "object" || doc === null || doc.kind !== SHARD_RESULT_KIND) return `not a loadgate shard result (kind is not "${SHARD_RESULT_KIND}")`;
  if (doc.version !== SHARD_RESULT_VERSION) return `version ${JSON.stringify(doc.version)} is not ${SHARD_RESULT_VERSION}`;
  const s = doc.shard;
  if (!s || !count(s.index) || !count(s.count) || s.index < 1 || s.index > s.count) return `shard ${JSON.stringify(s)} is not {index, count} with 1 <= index <= count`;
  if (!Number.isFinite(doc.startAtMs) || !Number.isFinite(doc.firstSampleMs)) return "startAtMs and firstSampleMs must be epoch milliseconds";
  const w = doc.window;
  if (!w || !(w.warmupMs >= 0) || !(w.durationMs > 0) || !count(w.trials) || w.trials < 1) return "window must have warmupMs >= 0, durationMs > 0 and trials >= 1";
  if (typeof doc.name !== "string" || !Array.isArray(doc.endpoints) || !Array.isArray(doc.warnings)) return "name, endpoints and warnings are required";
  for (const e of doc.endpoints) {
    if (typeof e?.name !== "string" || !Array.isArray(e.trials) || e.trials.length !== w.trials) return `endpoint ${JSON.stringify(e?.name)}: one trial per window trial (${w.trials}) expected`;
    for (const t of e.trials) {
      if (!count(t.requests) || typeof t.histogram !== "string" || typeof t.errors !== "object" || typeof t.statusCounts !== "object") return `endpoint ${e.name}: a trial without requests, errors, statusCounts and histogram`;
      for (const k of ["refused", "reset", "timeout", "status", "other"]) if (!count(t.errors[k])) return `endpoint ${e.name}: errors.${k} is not a count`;
      for (const k of ["sumUs", "maxUs"]) if (t[k] !== void 0 && !(Number.isFinite(t[k]) && t[k] >= 0)) return `endpoint ${e.name}: ${k} is not a number of microseconds`;
    }
  }
  return void 0;
}

// src/shard/pipeline.ts
var SHARD_FILE_SUFFIX = ".shard.json";
function shardFileName(name, index, count2) {
  return `${name}.${index}-of-${count2}${SHARD_FILE_SUFFIX}`;
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
  const profile = importedProfile(
    { measurement: merged.measurement, window: { startMs: merged.startAtMs, plan }, endpoints: merged.endpoints, samples: 0, outside: 0 },
    { name: merged.name, format: "shards", base: options.profile }
  );
  const result = buildRunResult(profile, profileFingerprint(profile), `shards:${merged.count}`, merged.measurement, edges.runner());
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
  const count2 = match ? Number(match[2]) : NaN;
  if (!match || count2 < 1 || count2 > MAX_SHARDS || index < 1 || index > count2) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${field}: "${value}" is not a shard (use i/N with 1 <= i <= N <= ${MAX_SHARDS}, e.g. 2/4 \u2014 in a matrix: \${{ matrix.shard }}/4)`);
  }
  return { index, count: count2 };
}
function dealOut(total, count2) {
  const base = Math.floor(total / count2);
  const extra = total % count2;
  return Array.from({ length: count2 }, (_, k) => base + (k < extra ? 1 : 0));
}
function planShard(load, shard) {
  const k = shard.index - 1;
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
  shardResultOf,
  LATE_SHARE_OF_TRIAL,
  shardFileName,
  runMergePipeline,
  writeShardResult,
  saveShardResult
};
