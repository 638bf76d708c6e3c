import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DEFAULT_SEVERITY,
  buildRunResult,
  judgeAndSave,
  profileFingerprint
} from "./chunk-IMPGYUZW.js";
import {
  planTrials
} from "./chunk-TVTNIZUG.js";
import {
  LoadgateError,
  STATUS_CODE_SLOTS,
  createEndpointCounters,
  releaseEndpointCounters,
  runHealthWarnings,
  summarizeEndpoints
} from "./chunk-TCXJVDIL.js";
import {
  decodeLatencyHistogram
} from "./chunk-QAD4NADN.js";

// src/shard/pipeline.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";

// src/import/profile.ts
var DEFAULT_METRICS = ["p50", "p95", "throughput", "error_rate"];
function importedProfile(imported, options) {
  const { base } = options;
  const { plan } = imported.window;
  const byName = new Map((base?.endpoints ?? []).map((e) => [e.name, e]));
  return {
    name: base?.name ?? options.name,
    load: {
      model: "closed",
      connections: 1,
      warmupMs: plan.warmupMs,
      durationMs: plan.totalMs - plan.warmupMs,
      trials: plan.trials.length,
      requestTimeoutMs: 0
    },
    endpoints: imported.endpoints.map((e) => {
      const own = byName.get(e.name);
      return {
        name: e.name,
        method: e.method,
        path: e.path,
        // The format goes into every endpoint's headers slot of the fingerprint: a JMeter history
        // and a k6 history of the same labels are not one history.
        headers: { "x-loadgate-import": options.format },
        weight: 1,
        expectStatus: own?.expectStatus ?? [],
        thresholds: own?.thresholds ?? [],
        ...own?.severity ? { severity: own.severity } : {},
        ...own?.line ? { line: own.line } : {}
      };
    }),
    thresholds: base?.thresholds ?? [],
    regression: base?.regression ?? { metrics: [...DEFAULT_METRICS], alpha: 0.05, severity: { ...DEFAULT_SEVERITY } },
    readiness: base?.readiness ?? { path: "/", timeoutMs: 0 },
    ...base?.level ? { level: base.level } : {}
  };
}

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

export {
  importedProfile,
  shardResultOf,
  LATE_SHARE_OF_TRIAL,
  shardFileName,
  runMergePipeline
};
