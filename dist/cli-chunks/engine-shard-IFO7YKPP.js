import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  parseShard,
  parseStartAt,
  planShard,
  saveShardResult
} from "./chunk-7ZTHH7U5.js";
import {
  LATE_SHARE_OF_TRIAL,
  shardFileName,
  shardOpenOf,
  shardResultOf
} from "./chunk-PBRNCMXN.js";
import {
  realLoadEdges
} from "./chunk-EUULM7FH.js";
import "./chunk-KXTVYS5C.js";
import {
  waitForTarget
} from "./chunk-IJILV7IM.js";
import {
  Inputs
} from "./chunk-5BKHDFQE.js";
import "./chunk-7LU263Y2.js";
import {
  uniqueRowsOfShare
} from "./chunk-CS3JO6KU.js";
import "./chunk-QCDODLJF.js";
import "./chunk-YEQDTY3Y.js";
import {
  planTrials
} from "./chunk-ZPEXDWHR.js";
import {
  LoadgateError,
  isUserError
} from "./chunk-4LOQ5PND.js";
import "./chunk-HOUHS2GM.js";
import "./chunk-QAD4NADN.js";

// src/shard/settings.ts
function readShardSettings(raw, problems) {
  const shardText = raw.shard?.trim() || void 0;
  const startAtText = raw.startAt?.trim() || void 0;
  if (shardText === void 0 && startAtText === void 0) return void 0;
  if (shardText === void 0) {
    problems.addFor(Inputs.startAt, `"${startAtText}" is given without ${problems.name(Inputs.shard)} (start-at is the common start of a sharded load; give both, e.g. shard 2/4)`);
    return void 0;
  }
  let shard;
  try {
    shard = parseShard(shardText, problems.name(Inputs.shard));
  } catch (err) {
    if (!isUserError(err)) throw err;
    problems.add(err.code, err.message);
  }
  let startAtMs;
  if (startAtText === void 0) {
    problems.addFor(Inputs.shard, `"${shardText}" needs ${problems.name(Inputs.startAt)}: the common start every shard aligns its trials to (ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds; a setup job's output)`);
  } else {
    startAtMs = parseStartAt(startAtText);
    if (startAtMs === void 0) problems.addFor(Inputs.startAt, `"${startAtText}" is not a time (use ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds)`);
  }
  for (const name of raw.unused ?? []) {
    problems.addFor(name, `not used with ${problems.name(Inputs.shard)}: a shard writes its part for the merge, which compares, saves and reports once (give it to the merge instead)`);
  }
  return shard && startAtMs !== void 0 ? { shard, startAtMs } : void 0;
}

// src/shard/start-at.ts
var MAX_START_WAIT_MS = 15 * 6e4;
var LATE_START_NOTE_MS = 50;
function startAtProblem(startAtMs, nowMs, plan, field) {
  const at = new Date(startAtMs).toISOString();
  const aheadMs = startAtMs - nowMs;
  if (aheadMs > MAX_START_WAIT_MS) {
    return `${field}: ${at} is ${minutes(aheadMs)} from now (${new Date(nowMs).toISOString()} on this runner); a shard waits at most ${minutes(MAX_START_WAIT_MS)} \u2014 is the value, or this runner's clock, wrong?`;
  }
  const lateMs = -aheadMs;
  const allowedMs = plan.warmupMs + LATE_SHARE_OF_TRIAL * plan.trialDurationMs;
  if (lateMs > allowedMs) {
    return `${field}: ${at} was ${seconds(lateMs)} ago, more than the ${seconds(plan.warmupMs)} warm-up and a tenth of a trial (${seconds(allowedMs)} in all): this shard would miss measured time and the merge would count it late. Pick a start-at further ahead (a setup job: now + 3 minutes)`;
  }
  return void 0;
}
function lateStartNote(lateMs, warmupMs) {
  if (lateMs < LATE_START_NOTE_MS) return void 0;
  return `Started ${seconds(lateMs)} after start-at: its warm-up was ${seconds(Math.max(0, warmupMs - lateMs))} instead of ${seconds(warmupMs)}; its trials are aligned with the other shards'.`;
}
var seconds = (ms) => `${(ms / 1e3).toFixed(3)} s`;
var minutes = (ms) => ms >= 36e5 ? `${(ms / 36e5).toFixed(1)} h` : `${(ms / 6e4).toFixed(1)} min`;

// src/shard/run-shard.ts
function shardRefusal(profile, shard) {
  const at = `shard ${shard.index}/${shard.count}`;
  if (profile.load.model === "open" && profile.load.capacity) {
    return `${at}: a capacity ladder (load.capacity) cannot be sharded: each step stops the ladder or not from its own live trials, and N shards deciding apart would climb different ladders. Run the ladder on one runner`;
  }
  if (profile.websocket) {
    return `${at}: a websocket load (websocket:) cannot be sharded yet: a shard result keeps HTTP rows' trial histograms, not the session figures (connects, message latencies, drops) a WebSocket run reports. Run it on one runner`;
  }
  return uniqueFeederRefusal(profile, shard);
}
function uniqueFeederRefusal(profile, shard) {
  for (const [f, flow] of (profile.flows ?? []).entries()) {
    const feeder = flow.feeder;
    const rows = feeder?.rows?.length;
    if (feeder?.order !== "unique" || rows === void 0 || uniqueRowsOfShare(rows, { offset: shard.count - 1, stride: shard.count }) > 0) continue;
    const line = feeder.line === void 0 ? "" : ` (profile line ${feeder.line})`;
    return `shard ${shard.index}/${shard.count}: flows[${f}].feeder: order unique gives each shard its own rows (shard k takes rows k, k+N, \u2026), but ${feeder.file} has ${rows} row${rows === 1 ? "" : "s"} for ${shard.count} shards${line}: add rows, use at most ${rows} shard${rows === 1 ? "" : "s"}, or order sequential or random`;
  }
  return void 0;
}
function shardPartOf(plan) {
  const k = plan.shard.index - 1;
  const rows = { rowOffset: k, rowStride: plan.shard.count };
  return plan.load.model === "closed" ? { mixOffset: plan.connectionOffset, mixStride: 1, arrivalPhase: 0, ...rows } : { mixOffset: k, mixStride: plan.shard.count, arrivalPhase: plan.arrivalPhase, ...rows };
}
async function runShard(options, edges) {
  const { profile, shard, startAtMs } = options;
  const refusal = shardRefusal(profile, shard);
  if (refusal) throw new LoadgateError("LOADGATE_INPUT_INVALID", refusal);
  const plan = planShard(profile.load, shard);
  const load = plan.load;
  const trials = planTrials(load);
  const check = () => {
    const problem = startAtProblem(startAtMs, Date.now(), trials, options.startAtField);
    if (problem) throw new LoadgateError("LOADGATE_INPUT_INVALID", problem);
  };
  check();
  await waitForTarget(edges, options.target, profile.readiness);
  check();
  edges.log.info(`Shard ${shard.index}/${shard.count} of ${profile.name}: ${shardDescription(load)}, starting at ${new Date(startAtMs).toISOString()} (in ${Math.max(0, (startAtMs - Date.now()) / 1e3).toFixed(1)} s)`);
  let counted;
  const fields = {
    name: profile.name,
    shard,
    startAtMs,
    window: { warmupMs: load.warmupMs, durationMs: load.durationMs, trials: load.trials }
  };
  const measurement = await edges.runLoad({
    targetUrl: options.target,
    load,
    endpoints: profile.endpoints,
    ...(profile.flows ?? []).length > 0 ? { flows: profile.flows } : {},
    ...edges.onProgress ? { onProgress: edges.onProgress } : {},
    ...profile.targetProcess ? { targetProcess: profile.targetProcess } : {},
    startAtMs,
    shardPart: shardPartOf(plan),
    onCounters: (counters, model) => {
      const open = load.model === "open" && model.open ? { open: shardOpenOf(model.open, load) } : {};
      counted = shardResultOf(counters, { ...fields, firstSampleMs: startAtMs, connections: 0, warnings: [], ...open });
    },
    ...options.onSample ? { onSample: options.onSample } : {}
  });
  if (!counted) throw new Error("runShard: the load returned without its counters");
  const startedMs = Math.max(startAtMs, measurement.startedAt.getTime());
  const note = lateStartNote(startedMs - startAtMs, load.warmupMs);
  return {
    ...counted,
    firstSampleMs: startedMs,
    connections: measurement.connections ?? load.connections,
    warnings: [...note ? [{ code: "shard-late-start", message: note }] : [], ...measurement.warnings]
  };
}
function shardDescription(load) {
  return load.model === "open" ? `${round(load.rateRps)} requests/s (at most ${load.maxInFlight} in flight)` : `${load.connections} connection${load.connections === 1 ? "" : "s"}`;
}
var round = (n) => Math.round(n * 1e3) / 1e3;

// src/shard/debug-samples.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var DebugSamples = class {
  endpoint = new Uint16Array(1 << 16);
  trial = new Uint16Array(1 << 16);
  latencyUs = new Float64Array(1 << 16);
  count = 0;
  /** Records one answer. */
  sink = (endpointIndex, trial, latencyUs) => {
    if (this.count === this.latencyUs.length) this.grow();
    this.endpoint[this.count] = endpointIndex;
    this.trial[this.count] = trial;
    this.latencyUs[this.count] = latencyUs;
    this.count++;
  };
  /** Writes `endpoint,trial,latency_us` (endpoint by name) to `file`; returns the samples written. */
  async write(file, endpointNames) {
    const lines = ["endpoint,trial,latency_us"];
    for (let i = 0; i < this.count; i++) lines.push(`${endpointNames[this.endpoint[i]]},${this.trial[i]},${this.latencyUs[i]}`);
    await mkdir(dirname(resolve(file)), { recursive: true });
    await writeFile(file, lines.join("\n") + "\n");
    return this.count;
  }
  grow() {
    const size = this.latencyUs.length * 2;
    const endpoint = new Uint16Array(size);
    endpoint.set(this.endpoint);
    const trial = new Uint16Array(size);
    trial.set(this.trial);
    const latencyUs = new Float64Array(size);
    latencyUs.set(this.latencyUs);
    this.endpoint = endpoint;
    this.trial = trial;
    this.latencyUs = latencyUs;
  }
};
export {
  DebugSamples,
  readShardSettings,
  realLoadEdges,
  runShard,
  saveShardResult,
  shardFileName
};
