import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  parseJsonPath
} from "./chunk-F3YTOFPK.js";
import {
  MAX_LADDER_STEPS,
  MIN_DRIFT_SPAN_MS,
  ladderRates,
  planLadder,
  readRecovery,
  readRegression,
  readSeverityCutoffs,
  readThresholds,
  readTrend,
  require_dist
} from "./chunk-IJILV7IM.js";
import {
  DEFAULT_SPIKE_SHARE,
  parseCsv,
  parseJsonRows,
  spikeSpan
} from "./chunk-CS3JO6KU.js";
import {
  HEADER_UNSAFE,
  MAX_DURATION_MS,
  VARIABLE_NAME,
  describeValue,
  endpointTemplateTexts,
  formatDurationMs,
  getOwn,
  isMapping,
  isTemplate,
  joinPath2 as joinPath,
  parseTemplate,
  readDuration,
  readFraction,
  readInteger,
  readMapping,
  readName,
  readUrlPath,
  requireKey,
  setOwn,
  suggestKey,
  targetUrlProblem,
  templateLiteralText,
  templateVariableNames
} from "./chunk-ZPEXDWHR.js";
import {
  LoadgateError
} from "./chunk-4LOQ5PND.js";
import {
  __toESM
} from "./chunk-QAD4NADN.js";

// src/profile/open-load.ts
var SHAPES = ["constant", "ramp", "step", "spike", "soak"];
var MAX_RATE_RPS = 1e6;
var STAGE_KEYS = ["duration", "rate"];
function readRate(value, path, allowZero, issues) {
  if (typeof value === "number" && Number.isFinite(value) && (allowZero ? value >= 0 : value > 0) && value <= MAX_RATE_RPS) return value;
  const hint = typeof value === "string" && /^\d/.test(value) ? " (write a bare number of requests per second, e.g. 2000)" : "";
  issues.push({
    path,
    message: `${describeValue(value)} is not a rate in requests per second (a number ${allowZero ? ">= 0" : "> 0"} and at most ${MAX_RATE_RPS})${hint}`
  });
  return void 0;
}
function readShape(mapping, path, durationMs, issues) {
  const at = (key) => joinPath(path, key);
  const rateRps = readRate(mapping.rate, at("rate"), false, issues) ?? 1;
  let kind = "constant";
  if (mapping.shape !== void 0) {
    if (SHAPES.includes(mapping.shape)) kind = mapping.shape;
    else issues.push({ path: at("shape"), message: `${describeValue(mapping.shape)} is not a load shape (use ${SHAPES.join(", ")}; or give stages)` });
  }
  const owners = { start_rate: "ramp", steps: "step", spike_rate: "spike", spike_duration: "spike" };
  for (const [key, owner] of Object.entries(owners)) {
    if (mapping[key] !== void 0 && owner !== kind) {
      issues.push({ path: at(key), message: `only applies to shape: ${owner} (this load's shape is ${kind})` });
    }
  }
  switch (kind) {
    case "ramp": {
      const startRps = mapping.start_rate === void 0 ? 0 : readRate(mapping.start_rate, at("start_rate"), true, issues) ?? 0;
      return { rateRps, shape: { kind, startRps } };
    }
    case "step": {
      const steps = mapping.steps === void 0 ? 5 : readInteger(mapping.steps, at("steps"), 2, 100, issues) ?? 5;
      return { rateRps, shape: { kind, steps } };
    }
    case "spike": {
      let spikeRps = rateRps * 5;
      if (mapping.spike_rate === void 0) {
        issues.push({ path: at("spike_rate"), message: "is required for shape: spike (the rate during the spike, requests/s)" });
      } else {
        spikeRps = readRate(mapping.spike_rate, at("spike_rate"), false, issues) ?? spikeRps;
      }
      let spikeMs = durationMs * DEFAULT_SPIKE_SHARE;
      if (mapping.spike_duration !== void 0) {
        const ms = readDuration(mapping.spike_duration, at("spike_duration"), false, issues);
        if (ms !== void 0 && ms > durationMs) {
          issues.push({ path: at("spike_duration"), message: `${describeValue(mapping.spike_duration)} is longer than the measured duration ${formatDurationMs(durationMs)}` });
        } else if (ms !== void 0) {
          spikeMs = ms;
        }
      }
      return { rateRps, shape: { kind, spikeRps, spikeMs } };
    }
    default:
      return { rateRps, shape: { kind } };
  }
}
function readStages(mapping, path, warmupMs, issues) {
  const at = (key) => joinPath(path, key);
  for (const key of ["rate", "shape", "duration"]) {
    if (mapping[key] === void 0) continue;
    const why = key === "duration" ? "is the stages' total minus the warm-up when stages are given; remove it" : "cannot be combined with stages (stages give the rate over time); remove one or the other";
    issues.push({ path: at(key), message: why });
  }
  const startRps = mapping.start_rate === void 0 ? 0 : readRate(mapping.start_rate, at("start_rate"), true, issues) ?? 0;
  const value = mapping.stages;
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path: at("stages"), message: `${Array.isArray(value) ? "an empty list" : describeValue(value)} is not a list of stages (e.g. - { duration: 30s, rate: 500 })` });
    return void 0;
  }
  const stages = [];
  let ok = true;
  value.forEach((item, i) => {
    const itemPath = joinPath(at("stages"), i);
    const stage = readMapping(item, itemPath, STAGE_KEYS, issues);
    if (!stage) return void (ok = false);
    const durationMs = stage.duration === void 0 ? void issues.push({ path: joinPath(itemPath, "duration"), message: "is required (how long this stage lasts; 0s jumps straight to its rate)" }) : readDuration(stage.duration, joinPath(itemPath, "duration"), true, issues);
    const rateRps = stage.rate === void 0 ? void issues.push({ path: joinPath(itemPath, "rate"), message: "is required (the rate reached at the end of this stage, requests/s)" }) : readRate(stage.rate, joinPath(itemPath, "rate"), true, issues);
    if (durationMs === void 0 || rateRps === void 0) return void (ok = false);
    stages.push({ durationMs, rateRps });
  });
  if (!ok) return void 0;
  const totalMs = stages.reduce((sum, s) => sum + s.durationMs, 0);
  const peakRps = Math.max(startRps, ...stages.map((s) => s.rateRps));
  if (totalMs <= warmupMs) {
    issues.push({ path: at("stages"), message: `the stages last ${formatDurationMs(totalMs)}, which leaves nothing to measure after the ${formatDurationMs(warmupMs)} warm-up` });
    return void 0;
  }
  if (totalMs - warmupMs > MAX_DURATION_MS) {
    issues.push({ path: at("stages"), message: `the stages measure ${formatDurationMs(totalMs - warmupMs)} after the warm-up, longer than ${formatDurationMs(MAX_DURATION_MS)}, the most a run may last` });
    return void 0;
  }
  if (peakRps <= 0) {
    issues.push({ path: at("stages"), message: "every stage has rate 0, so no request would be sent" });
    return void 0;
  }
  return { shape: { kind: "stages", startRps, stages }, peakRps, durationMs: totalMs - warmupMs };
}

// src/profile/capacity.ts
var CAPACITY_KEYS = ["start_rate", "step", "ceiling", "step_duration", "trials_per_step", "hold"];
var HOLD_KEYS = ["p95", "error_rate", "achieved"];
var MIN_TRIAL_MS = 100;
var DEFAULT_ACHIEVED = 0.98;
var DERIVED_KEYS = ["rate", "shape", "start_rate", "steps", "spike_rate", "spike_duration", "stages", "duration", "trials"];
function readCapacity(load, path, warmupMs, issues) {
  const at = joinPath(path, "capacity");
  for (const key2 of DERIVED_KEYS) {
    if (load[key2] !== void 0) {
      issues.push({ path: joinPath(path, key2), message: "is derived from the capacity ladder (its steps set the rates, the duration and the trials); remove it" });
    }
  }
  const mapping = readMapping(load.capacity, at, CAPACITY_KEYS, issues);
  if (!mapping) return void 0;
  const key = (k) => joinPath(at, k);
  const required = (k, what) => {
    if (mapping[k] !== void 0) return true;
    issues.push({ path: key(k), message: `is required (${what})` });
    return false;
  };
  const before = issues.length;
  const startRps = required("start_rate", "the first step's rate, requests/s") ? readRate(mapping.start_rate, key("start_rate"), false, issues) : void 0;
  const stepRps = required("step", "the rate added at each step, requests/s") ? readRate(mapping.step, key("step"), false, issues) : void 0;
  const ceilingRps = required("ceiling", "the highest rate to try, requests/s") ? readRate(mapping.ceiling, key("ceiling"), false, issues) : void 0;
  const stepMs = required("step_duration", "how long each step holds its rate, e.g. 10s") ? readDuration(mapping.step_duration, key("step_duration"), false, issues) : void 0;
  const trialsPerStep = mapping.trials_per_step === void 0 ? 5 : readInteger(mapping.trials_per_step, key("trials_per_step"), 3, 20, issues);
  const hold = readHold(mapping.hold, key("hold"), issues);
  if (issues.length > before || startRps === void 0 || stepRps === void 0 || ceilingRps === void 0 || stepMs === void 0 || trialsPerStep === void 0 || !hold) {
    return void 0;
  }
  if (ceilingRps < startRps) {
    issues.push({ path: key("ceiling"), message: `${describeValue(mapping.ceiling)} is below start_rate ${describeValue(mapping.start_rate)}; the ladder climbs from start_rate up to the ceiling` });
    return void 0;
  }
  if (stepMs / trialsPerStep < MIN_TRIAL_MS) {
    issues.push({
      path: key("step_duration"),
      message: `${formatDurationMs(stepMs)} split into ${trialsPerStep} trials gives ${formatDurationMs(stepMs / trialsPerStep)} per trial; each trial needs at least ${MIN_TRIAL_MS}ms (lengthen step_duration or lower trials_per_step)`
    });
    return void 0;
  }
  const steps = ladderRates({ startRps, stepRps, ceilingRps }).length;
  if ((ceilingRps - startRps) / stepRps + 1 > MAX_LADDER_STEPS + 1e-9) {
    issues.push({ path: key("step"), message: `${describeValue(mapping.step)} climbs from ${startRps} to ${ceilingRps} in more than ${MAX_LADDER_STEPS} steps; use a larger step or a narrower range` });
    return void 0;
  }
  const settings = { startRps, stepRps, ceilingRps, stepMs, trialsPerStep, hold };
  const plan = planLadder(settings, warmupMs);
  if (plan.stepRates.length !== steps) throw new Error("ladder plan and rates disagree");
  return { settings, plan };
}
function readHold(value, path, issues) {
  if (value === void 0) {
    issues.push({ path, message: "is required: the SLO a step must meet to hold, e.g. { p95: 50ms, error_rate: 1% }" });
    return void 0;
  }
  const mapping = readMapping(value, path, HOLD_KEYS, issues);
  if (!mapping) return void 0;
  const hold = { achievedShare: DEFAULT_ACHIEVED };
  if (mapping.p95 !== void 0) {
    const ms = readDuration(mapping.p95, joinPath(path, "p95"), false, issues);
    if (ms !== void 0) hold.p95Ms = ms;
  }
  if (mapping.error_rate !== void 0) {
    const rate = readFraction(mapping.error_rate, joinPath(path, "error_rate"), issues);
    if (rate !== void 0) hold.errorRate = rate;
  }
  if (mapping.achieved !== void 0) {
    const share = readFraction(mapping.achieved, joinPath(path, "achieved"), issues);
    if (share !== void 0 && (share <= 0 || share > 1)) {
      issues.push({ path: joinPath(path, "achieved"), message: `${describeValue(mapping.achieved)} is not a share above 0% and at most 100% of the rate asked` });
    } else if (share !== void 0) {
      hold.achievedShare = share;
    }
  }
  if (mapping.p95 === void 0 && mapping.error_rate === void 0) {
    issues.push({ path, message: "names no limit: give p95, error_rate or both (achieved alone only says the generator kept up)" });
    return void 0;
  }
  return hold;
}

// src/profile/load.ts
var COMMON_KEYS = ["warmup", "duration", "trials", "request_timeout", "seed"];
var CLOSED_KEYS = ["connections", "think_time", "pipelining"];
var OPEN_KEYS = ["rate", "shape", "start_rate", "steps", "spike_rate", "spike_duration", "stages", "max_in_flight", "capacity", "recovery"];
var LOAD_KEYS = [...CLOSED_KEYS, ...OPEN_KEYS, ...COMMON_KEYS];
var MIN_TRIAL_MS2 = 100;
var MAX_WARMUP_MS = 36e5;
var MAX_REQUEST_TIMEOUT_MS = 6e5;
var DEFAULT_LOAD = {
  model: "closed",
  connections: 50,
  warmupMs: 2e3,
  durationMs: 3e4,
  trials: 10,
  requestTimeoutMs: 1e4
};
var DEFAULT_MAX_IN_FLIGHT = 1e3;
function isOpenMapping(mapping) {
  return mapping.rate !== void 0 || mapping.stages !== void 0 || mapping.capacity !== void 0;
}
function readLoad(value, path, issues) {
  if (value === void 0) return { ...DEFAULT_LOAD };
  const mapping = readMapping(value, path, LOAD_KEYS, issues);
  if (!mapping) return { ...DEFAULT_LOAD };
  const at = (key) => joinPath(path, key);
  const open2 = isOpenMapping(mapping);
  for (const key of open2 ? CLOSED_KEYS : OPEN_KEYS) {
    if (mapping[key] === void 0) continue;
    issues.push({
      path: at(key),
      message: open2 ? `belongs to the closed model (connections), but rate, stages or capacity make this load open; remove one or the other` : `belongs to the open model; give rate (requests/s), stages or capacity to use it`
    });
  }
  const common = readCommon(mapping, at, issues);
  let durationOk = common.durationOk;
  let load;
  if (open2) {
    const openLoad = readOpen(mapping, path, common, issues);
    if (mapping.stages !== void 0 || mapping.capacity !== void 0) durationOk = openLoad.durationMs > 0;
    load = openLoad;
  } else {
    load = readClosed(mapping, at, common, issues);
  }
  const trialMs = load.durationMs / load.trials;
  if (durationOk && common.trialsOk && trialMs < MIN_TRIAL_MS2) {
    issues.push({
      path: at(mapping.stages !== void 0 ? "stages" : "duration"),
      message: `${formatDurationMs(load.durationMs)} split into ${load.trials} trials gives ${formatDurationMs(trialMs)} per trial; each trial needs at least ${MIN_TRIAL_MS2}ms (raise load.duration or lower load.trials)`
    });
  }
  return load;
}
function readCommon(mapping, at, issues) {
  const c = {
    warmupMs: DEFAULT_LOAD.warmupMs,
    durationMs: DEFAULT_LOAD.durationMs,
    trials: DEFAULT_LOAD.trials,
    requestTimeoutMs: DEFAULT_LOAD.requestTimeoutMs,
    durationOk: true,
    trialsOk: true
  };
  if (mapping.warmup !== void 0) c.warmupMs = readDuration(mapping.warmup, at("warmup"), true, issues, MAX_WARMUP_MS) ?? c.warmupMs;
  if (mapping.duration !== void 0 && mapping.stages === void 0) {
    const durationMs = readDuration(mapping.duration, at("duration"), false, issues);
    c.durationOk = durationMs !== void 0;
    c.durationMs = durationMs ?? c.durationMs;
  }
  if (mapping.trials !== void 0) {
    const trials = readInteger(mapping.trials, at("trials"), 2, 200, issues);
    c.trialsOk = trials !== void 0;
    c.trials = trials ?? c.trials;
  }
  if (mapping.request_timeout !== void 0) {
    c.requestTimeoutMs = readDuration(mapping.request_timeout, at("request_timeout"), false, issues, MAX_REQUEST_TIMEOUT_MS) ?? c.requestTimeoutMs;
  }
  if (mapping.seed !== void 0) {
    const seed = readInteger(mapping.seed, at("seed"), 0, 4294967295, issues);
    if (seed !== void 0) c.seed = seed;
  }
  return c;
}
function base(c) {
  return {
    warmupMs: c.warmupMs,
    durationMs: c.durationMs,
    trials: c.trials,
    requestTimeoutMs: c.requestTimeoutMs,
    ...c.seed === void 0 ? {} : { seed: c.seed }
  };
}
function readClosed(mapping, at, c, issues) {
  const load = { model: "closed", connections: DEFAULT_LOAD.connections, ...base(c) };
  if (mapping.connections !== void 0) {
    load.connections = readInteger(mapping.connections, at("connections"), 1, 1e4, issues) ?? load.connections;
  }
  if (mapping.pipelining !== void 0) {
    const pipelining = readInteger(mapping.pipelining, at("pipelining"), 1, 256, issues);
    if (pipelining !== void 0 && pipelining > 1) load.pipelining = pipelining;
  }
  if (mapping.think_time !== void 0) {
    const think = readThinkTime(mapping.think_time, at("think_time"), issues);
    if (think !== void 0) load.thinkTime = think;
  }
  return load;
}
function readThinkTime(value, path, issues) {
  if (typeof value === "string" || typeof value === "number") {
    const ms = readDuration(value, path, true, issues);
    return ms === void 0 ? void 0 : { minMs: ms, maxMs: ms };
  }
  const mapping = readMapping(value, path, ["min", "max"], issues);
  if (!mapping) return void 0;
  if (mapping.min === void 0 || mapping.max === void 0) {
    issues.push({ path, message: "needs both min and max (e.g. { min: 100ms, max: 2s }), or a single duration" });
    return void 0;
  }
  const minMs = readDuration(mapping.min, joinPath(path, "min"), true, issues);
  const maxMs = readDuration(mapping.max, joinPath(path, "max"), true, issues);
  if (minMs === void 0 || maxMs === void 0) return void 0;
  if (minMs > maxMs) {
    issues.push({ path: joinPath(path, "max"), message: `${describeValue(mapping.max)} is shorter than min ${describeValue(mapping.min)}` });
    return void 0;
  }
  return { minMs, maxMs };
}
function readOpen(mapping, path, c, issues) {
  const at = (key) => joinPath(path, key);
  const maxInFlight = mapping.max_in_flight === void 0 ? DEFAULT_MAX_IN_FLIGHT : readInteger(mapping.max_in_flight, at("max_in_flight"), 1, 1e4, issues) ?? DEFAULT_MAX_IN_FLIGHT;
  const load = {
    model: "open",
    rateRps: 1,
    shape: { kind: "constant" },
    maxInFlight,
    connections: maxInFlight,
    ...base(c)
  };
  if (mapping.capacity !== void 0 || mapping.stages !== void 0) readRecovery(mapping, path, mapping.capacity !== void 0 ? "capacity" : "stages", 0, issues);
  if (mapping.capacity !== void 0) {
    const ladder = readCapacity(mapping, path, c.warmupMs, issues);
    if (!ladder) {
      load.durationMs = 0;
      return load;
    }
    load.shape = ladder.plan.shape;
    load.rateRps = ladder.settings.ceilingRps;
    load.durationMs = ladder.plan.durationMs;
    load.trials = ladder.plan.trials;
    load.capacity = ladder.settings;
    return load;
  }
  if (mapping.stages !== void 0) {
    const stages = readStages(mapping, path, c.warmupMs, issues);
    if (stages) {
      load.shape = stages.shape;
      load.rateRps = stages.peakRps;
      load.durationMs = stages.durationMs;
    } else {
      load.durationMs = 0;
    }
    return load;
  }
  const shaped = readShape(mapping, path, c.durationMs, issues);
  load.rateRps = shaped.rateRps;
  load.shape = shaped.shape;
  const watchMs = shaped.shape.kind === "spike" ? c.durationMs - spikeSpan(shaped.shape.spikeMs, c.durationMs).endMs : 0;
  const recovery = readRecovery(mapping, path, shaped.shape.kind, watchMs, issues);
  if (recovery) load.recovery = recovery;
  return load;
}

// src/profile/levels.ts
var LEVEL_KEYS = ["load"];
var SHAPE_PARAMETER_KEYS = ["start_rate", "steps", "spike_rate", "spike_duration", "recovery"];
function mergeLoad(baseLoad, levelLoad) {
  const merged = isMapping(baseLoad) ? { ...baseLoad } : {};
  const levelOpen = isOpenMapping(levelLoad);
  const levelClosed = CLOSED_KEYS.some((k) => levelLoad[k] !== void 0);
  if (levelOpen) for (const k of CLOSED_KEYS) delete merged[k];
  if (levelClosed || levelOpen) {
    for (const k of OPEN_KEYS) if (!Object.hasOwn(levelLoad, k)) delete merged[k];
  }
  if (levelOpen && levelLoad.stages !== void 0) delete merged.duration;
  if (levelLoad.shape !== void 0) {
    for (const k of SHAPE_PARAMETER_KEYS) if (!Object.hasOwn(levelLoad, k)) delete merged[k];
  }
  return { ...merged, ...levelLoad };
}
function readLevels(value, baseLoad, path, issues) {
  if (value === void 0) return void 0;
  if (!isMapping(value) || Object.keys(value).length === 0) {
    issues.push({ path, message: `${isMapping(value) ? "an empty mapping" : describeValue(value)} is not a mapping of level names to { load: \u2026 } (e.g. pr: { load: { duration: 60s } })` });
    return void 0;
  }
  const levels = {};
  const baseIssues = [];
  readLoad(baseLoad, "load", baseIssues);
  const baseProblems = new Set(baseIssues.map((i) => `${i.path.slice("load".length)}
${i.message}`));
  for (const [name, item] of Object.entries(value)) {
    const at = joinPath(path, name);
    if (readName(name, at, issues) === void 0) continue;
    const mapping = readMapping(item, at, LEVEL_KEYS, issues);
    if (!mapping) continue;
    const levelLoad = mapping.load === void 0 ? {} : mapping.load;
    if (!isMapping(levelLoad)) {
      issues.push({ path: joinPath(at, "load"), message: `${describeValue(levelLoad)} is not a mapping of load keys` });
      continue;
    }
    const loadPath = joinPath(at, "load");
    const own = [];
    setOwn(levels, name, readLoad(mergeLoad(baseLoad, levelLoad), loadPath, own));
    for (const issue of own) {
      const suffix = issue.path.slice(loadPath.length);
      if (baseProblems.has(`${suffix}
${issue.message}`)) continue;
      const key = suffix.slice(1).split(/[.[]/)[0];
      issues.push(key === "" || Object.hasOwn(levelLoad, key) ? issue : { path: loadPath, message: `${key} (from the top-level load): ${issue.message}` });
    }
  }
  return levels;
}
function levelProblem(profile, level, fileName) {
  if (getOwn(profile.levels, level) !== void 0) return void 0;
  const names = Object.keys(profile.levels ?? {});
  return names.length === 0 ? `"${level}": ${fileName} declares no levels (add levels: { ${level}: { load: \u2026 } } or drop the level)` : `"${level}" is not declared in ${fileName} (declared: ${names.join(", ")})`;
}
function applyLevel(profile, level, fileName) {
  if (level === void 0 || level === "") return profile;
  const problem2 = levelProblem(profile, level, fileName);
  if (problem2 !== void 0) throw new LoadgateError("LOADGATE_LEVEL_UNKNOWN", `level ${problem2}`);
  return { ...profile, load: getOwn(profile.levels, level), level };
}

// src/profile/read-file.ts
import { open } from "node:fs/promises";
import { dirname, resolve as resolve2 } from "node:path";

// src/profile/parse.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/profile/lines.ts
var import_yaml = __toESM(require_dist(), 1);
var MAX_DEPTH = 32;
function lineOf(node, lines) {
  const offset = node?.range?.[0];
  return offset === void 0 ? void 0 : lines.linePos(offset).line;
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return String(key);
}
function walk(node, path, depth, lines, index) {
  if (depth > MAX_DEPTH) return;
  if ((0, import_yaml.isMap)(node)) {
    for (const pair of node.items) {
      if (!(0, import_yaml.isPair)(pair)) continue;
      const childPath = joinPath(path, keyText(pair.key));
      const line = lineOf(pair.key, lines) ?? lineOf(pair.value, lines);
      if (line !== void 0 && !index.has(childPath)) index.set(childPath, line);
      walk(pair.value, childPath, depth + 1, lines, index);
    }
  } else if ((0, import_yaml.isSeq)(node)) {
    node.items.forEach((item, i) => {
      const childPath = joinPath(path, i);
      const line = lineOf(item, lines);
      if (line !== void 0) index.set(childPath, line);
      walk(item, childPath, depth + 1, lines, index);
    });
  }
}
function indexLines(doc, lines) {
  const index = /* @__PURE__ */ new Map();
  const rootLine = lineOf(doc.contents, lines);
  if (rootLine !== void 0) index.set("", rootLine);
  walk(doc.contents, "", 0, lines, index);
  return index;
}
function findLine(index, path) {
  let current = path;
  for (; ; ) {
    const line = index.get(current);
    if (line !== void 0 || current === "") return line;
    current = parentPath(current);
  }
}
function parentPath(path) {
  const match = /^(.*?)(?:\.(?:"(?:[^"\\]|\\.)*"|[^.[\]"]+)|\[\d+\]|"(?:[^"\\]|\\.)*")$/.exec(path);
  return match ? match[1] : "";
}

// src/profile/headers.ts
var TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var MANAGED = /* @__PURE__ */ new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "upgrade", "expect"]);
function readHeaders(value, path, issues) {
  const headers = {};
  if (value === void 0) return headers;
  if (!isMapping(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a mapping of header names to values (e.g. authorization: "Bearer x")` });
    return headers;
  }
  for (const [name, headerValue] of Object.entries(value)) {
    const at = joinPath(path, name);
    const lower = name.toLowerCase();
    if (!TOKEN.test(name)) {
      issues.push({ path: at, message: `${describeValue(name)} is not a valid header name (letters, digits and !#$%&'*+-.^_\`|~ only)` });
    } else if (MANAGED.has(lower)) {
      issues.push({ path: at, message: `"${lower}" is set by the load generator and cannot be given` });
    } else if (typeof headerValue !== "string") {
      const hint = typeof headerValue === "number" || typeof headerValue === "boolean" ? ` (quote it: "${headerValue}")` : "";
      issues.push({ path: at, message: `${describeValue(headerValue)} is not a string${hint}` });
    } else if (HEADER_UNSAFE.test(headerValue)) {
      issues.push({ path: at, message: "contains a line break or another control character (tab aside), which a header value cannot hold" });
    } else if (Object.hasOwn(headers, lower)) {
      issues.push({ path: at, message: `"${name}" repeats a header already given (names ignore case)` });
    } else {
      setOwn(headers, lower, headerValue);
    }
  }
  return headers;
}
function hasNonFiniteNumber(value) {
  if (typeof value === "number") return !Number.isFinite(value);
  if (Array.isArray(value)) return value.some(hasNonFiniteNumber);
  if (isMapping(value)) return Object.values(value).some(hasNonFiniteNumber);
  return false;
}
function readBody(mapping, path, headers, issues) {
  const hasBody = mapping.body !== void 0;
  const hasJson = Object.hasOwn(mapping, "json");
  if (hasBody && hasJson) {
    issues.push({ path: joinPath(path, "json"), message: "give either body (raw text) or json (a value sent as JSON), not both" });
    return void 0;
  }
  if (hasBody) {
    if (typeof mapping.body === "string") return mapping.body;
    issues.push({ path: joinPath(path, "body"), message: `${describeValue(mapping.body)} is not a string (for a structured body use json: instead)` });
    return void 0;
  }
  if (!hasJson) return void 0;
  if (hasNonFiniteNumber(mapping.json)) {
    issues.push({ path: joinPath(path, "json"), message: "contains .inf or .nan, which JSON cannot represent" });
    return void 0;
  }
  if (!Object.hasOwn(headers, "content-type")) headers["content-type"] = "application/json";
  return JSON.stringify(mapping.json ?? null);
}

// src/profile/endpoints.ts
var ENDPOINT_KEYS = [
  "name",
  "method",
  "path",
  "headers",
  "body",
  "json",
  "weight",
  "expect_status",
  "thresholds",
  "severity",
  "timeout"
];
var METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
var MAX_ENDPOINTS = 100;
function readMethod(value, path, issues) {
  const upper = typeof value === "string" ? value.toUpperCase() : void 0;
  if (upper !== void 0 && METHODS.includes(upper)) return upper;
  issues.push({ path, message: `${describeValue(value)} is not an HTTP method (use ${METHODS.join(", ")})` });
  return "GET";
}
function readExpectStatus(value, path, issues) {
  if (value === void 0) return [];
  const items = Array.isArray(value) ? value : [value];
  const codes = [];
  items.forEach((item, i) => {
    const code = readInteger(item, Array.isArray(value) ? joinPath(path, i) : path, 100, 599, issues);
    if (code !== void 0 && !codes.includes(code)) codes.push(code);
  });
  return codes;
}
function checkTemplate(text, path, context, issues, variables) {
  if (!isTemplate(text)) return true;
  const parsed = parseTemplate(text, context, variables);
  if (typeof parsed === "string") issues.push({ path, message: parsed });
  return typeof parsed !== "string";
}
function readPath(value, path, issues, variables) {
  if (typeof value !== "string" || !isTemplate(value)) return readUrlPath(value, path, issues);
  if (!checkTemplate(value, path, "path", issues, variables)) return void 0;
  const parsed = parseTemplate(value, "path", variables);
  const literal = typeof parsed === "string" ? value : templateLiteralText(parsed);
  return readUrlPath(literal, path, issues) === void 0 ? void 0 : value;
}
function readRequest(mapping, path, severityBase, issues, variables = false) {
  const at = (key) => joinPath(path, key);
  const name = requireKey(mapping, "name", path, 'a name such as "checkout"', issues) ? readName(mapping.name, at("name"), issues) : void 0;
  const endpointPath = requireKey(mapping, "path", path, 'the request path, starting with "/"', issues) ? readPath(mapping.path, at("path"), issues, variables) : void 0;
  const headers = readHeaders(mapping.headers, at("headers"), issues);
  for (const [name2, value] of Object.entries(headers)) checkTemplate(value, joinPath(at("headers"), name2), "header", issues, variables);
  const endpoint = {
    name: name ?? "",
    method: mapping.method === void 0 ? "GET" : readMethod(mapping.method, at("method"), issues),
    path: endpointPath ?? "/",
    headers,
    weight: mapping.weight === void 0 ? 1 : readInteger(mapping.weight, at("weight"), 1, void 0, issues) ?? 1,
    expectStatus: readExpectStatus(mapping.expect_status, at("expect_status"), issues),
    thresholds: readThresholds(mapping.thresholds, at("thresholds"), issues, "endpoint")
  };
  const body = readBody(mapping, path, headers, issues);
  if (body !== void 0) {
    endpoint.body = body;
    const json = mapping.body === void 0;
    if (json) endpoint.bodyFormat = "json";
    checkTemplate(body, at(json ? "json" : "body"), json ? "json" : "raw", issues, variables);
  }
  if (mapping.timeout !== void 0) {
    const timeoutMs = readDuration(mapping.timeout, at("timeout"), false, issues, MAX_REQUEST_TIMEOUT_MS);
    if (timeoutMs !== void 0) endpoint.timeoutMs = timeoutMs;
  }
  if (mapping.severity !== void 0) {
    const severity = readSeverityCutoffs(mapping.severity, at("severity"), severityBase, issues);
    if (severity) endpoint.severity = severity;
  }
  return endpoint;
}
function readEndpoints(value, path, severityBase, lineOf2, issues) {
  if (!Array.isArray(value) || value.length === 0) {
    const what = Array.isArray(value) ? "an empty list" : describeValue(value);
    issues.push({ path, message: `${what} is not a list of endpoints (give at least one, with name and path)` });
    return [];
  }
  if (value.length > MAX_ENDPOINTS) {
    issues.push({ path, message: `${value.length} endpoints are more than the ${MAX_ENDPOINTS} a profile may have (split the profile, or fold similar endpoints into one with a template)` });
    return [];
  }
  const endpoints = [];
  const firstByName = /* @__PURE__ */ new Map();
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    const mapping = readMapping(item, itemPath, ENDPOINT_KEYS, issues);
    if (!mapping) return;
    const endpoint = readRequest(mapping, itemPath, severityBase, issues);
    const line = lineOf2(itemPath);
    if (line !== void 0) endpoint.line = line;
    const first = firstByName.get(endpoint.name);
    if (endpoint.name !== "" && first !== void 0) {
      issues.push({ path: joinPath(itemPath, "name"), message: `"${endpoint.name}" is already the name of ${joinPath(path, first)}; endpoint names must be unique` });
    } else {
      firstByName.set(endpoint.name, i);
    }
    endpoints.push(endpoint);
  });
  return endpoints;
}

// src/profile/flow-checks.ts
var CAPTURE_KEYS = ["json", "header", "regex", "group", "as"];
var CHECK_KEYS = ["body_contains", "json", "equals", "not_empty", "graphql"];
var HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
var RESERVED = /* @__PURE__ */ new Set(["int", "choice", "seq", "uuid", "env"]);
var MAX_REGEX_CHARS = 1e3;
function asList(value) {
  return Array.isArray(value) ? { items: value, listed: true } : { items: [value], listed: false };
}
function readPath2(value, path, issues) {
  if (typeof value !== "string") {
    issues.push({ path, message: `${describeValue(value)} is not a JSON path (e.g. $.token or $.items[0].id)` });
    return void 0;
  }
  const segments = parseJsonPath(value);
  if (typeof segments === "string") {
    issues.push({ path, message: segments });
    return void 0;
  }
  return { path: value, segments };
}
function oneKind(mapping, kinds, path, issues) {
  const given = kinds.filter((k) => mapping[k] !== void 0);
  if (given.length === 1) return given[0];
  issues.push({
    path,
    message: given.length === 0 ? `needs one of ${kinds.join(", ")}` : `gives ${given.join(" and ")}; give exactly one of ${kinds.join(", ")}`
  });
  return void 0;
}
function readCapture(mapping, path, issues) {
  const at = (key) => joinPath(path, key);
  let as;
  if (mapping.as === void 0) issues.push({ path: at("as"), message: "is required (the variable name later steps use, e.g. token for {{ token }})" });
  else if (typeof mapping.as === "string" && VARIABLE_NAME.test(mapping.as) && !RESERVED.has(mapping.as)) as = mapping.as;
  else issues.push({ path: at("as"), message: `${describeValue(mapping.as)} is not a variable name (letters, digits and "_", not starting with a digit; not int, choice, seq, uuid or env)` });
  const kind = oneKind(mapping, ["json", "header", "regex"], path, issues);
  if (mapping.group !== void 0 && kind !== "regex") issues.push({ path: at("group"), message: "belongs to a regex capture" });
  let from;
  if (kind === "json") {
    const read = readPath2(mapping.json, at("json"), issues);
    if (read) from = { kind: "json", ...read };
  } else if (kind === "header") {
    if (typeof mapping.header === "string" && HEADER_NAME.test(mapping.header)) from = { kind: "header", name: mapping.header.toLowerCase() };
    else issues.push({ path: at("header"), message: `${describeValue(mapping.header)} is not a header name (e.g. x-request-id)` });
  } else if (kind === "regex") {
    from = readRegex(mapping, path, issues);
  }
  return as !== void 0 && from !== void 0 ? { as, from } : void 0;
}
function readRegex(mapping, path, issues) {
  const at = (key) => joinPath(path, key);
  const source = mapping.regex;
  if (typeof source !== "string" || source === "" || source.length > MAX_REGEX_CHARS) {
    issues.push({ path: at("regex"), message: `${describeValue(source)} is not a regular expression of 1..${MAX_REGEX_CHARS} characters (e.g. 'id="(\\d+)"')` });
    return void 0;
  }
  let groups;
  try {
    groups = new RegExp(`${source}|`).exec("").length - 1;
  } catch (err) {
    issues.push({ path: at("regex"), message: `${describeValue(source)} is not a valid regular expression: ${err.message.replace(/^Invalid regular expression: /, "")}` });
    return void 0;
  }
  const group = mapping.group ?? (groups > 0 ? 1 : 0);
  if (typeof group !== "number" || !Number.isInteger(group) || group < 0 || group > groups) {
    issues.push({ path: at("group"), message: `${describeValue(group)} is not a group of this regex (it has ${groups}; 0 is the whole match)` });
    return void 0;
  }
  return { kind: "regex", pattern: source, group };
}
function readCaptures(value, path, issues) {
  if (value === void 0) return [];
  const { items, listed } = asList(value);
  const captures = [];
  items.forEach((item, i) => {
    const itemPath = listed ? joinPath(path, i) : path;
    const mapping = readMapping(item, itemPath, CAPTURE_KEYS, issues);
    const capture = mapping && readCapture(mapping, itemPath, issues);
    if (capture) captures.push(capture);
  });
  return captures;
}
function readCheck(mapping, path, issues) {
  const at = (key) => joinPath(path, key);
  const kind = oneKind(mapping, ["body_contains", "json", "graphql"], path, issues);
  for (const key of ["equals", "not_empty"]) {
    if (Object.hasOwn(mapping, key) && kind !== "json") issues.push({ path: at(key), message: "belongs to a json check ({ json: $.path, equals: value } or { json: $.path, not_empty: true })" });
  }
  if (kind === "body_contains") {
    if (typeof mapping.body_contains === "string" && mapping.body_contains !== "") return { kind: "body_contains", text: mapping.body_contains };
    issues.push({ path: at("body_contains"), message: `${describeValue(mapping.body_contains)} is not a non-empty text to look for` });
    return void 0;
  }
  if (kind === "graphql") {
    if (mapping.graphql === "no_errors") return { kind: "graphql_no_errors" };
    issues.push({ path: at("graphql"), message: `${describeValue(mapping.graphql)} is not a GraphQL check (use no_errors: fails a response whose "errors" list is not empty)` });
    return void 0;
  }
  if (kind !== "json") return void 0;
  const read = readPath2(mapping.json, at("json"), issues);
  const hasEquals = Object.hasOwn(mapping, "equals");
  if (hasEquals === (mapping.not_empty !== void 0)) {
    issues.push({ path, message: "a json check needs exactly one of equals (a value) and not_empty: true" });
    return void 0;
  }
  if (!hasEquals && mapping.not_empty !== true) {
    issues.push({ path: at("not_empty"), message: `${describeValue(mapping.not_empty)} is not true (not_empty: true checks the value is an array with items)` });
    return void 0;
  }
  if (!read) return void 0;
  return hasEquals ? { kind: "json_equals", ...read, expected: mapping.equals ?? null } : { kind: "json_not_empty", ...read };
}
function readChecks(value, path, issues) {
  if (value === void 0) return [];
  const { items, listed } = asList(value);
  const checks = [];
  items.forEach((item, i) => {
    const itemPath = listed ? joinPath(path, i) : path;
    const mapping = readMapping(item, itemPath, CHECK_KEYS, issues);
    const check = mapping && readCheck(mapping, itemPath, issues);
    if (check) checks.push(check);
  });
  return checks;
}

// src/profile/flows.ts
var FLOW_KEYS = ["name", "weight", "steps", "think_time", "iteration_think_time", "cookies", "feeder", "on_failure", "thresholds"];
var STEP_KEYS = [
  "name",
  "method",
  "path",
  "headers",
  "body",
  "json",
  "expect_status",
  "thresholds",
  "severity",
  "timeout",
  "capture",
  "check"
];
var FEEDER_KEYS = ["file", "order"];
var ORDERS = ["sequential", "random", "unique"];
function readFeeder(value, path, lineOf2, issues) {
  const mapping = readMapping(value, path, FEEDER_KEYS, issues);
  if (!mapping || !requireKey(mapping, "file", path, "a CSV or JSON file of rows, relative to the profile", issues)) return void 0;
  const where = joinPath(path, "file");
  const file = mapping.file;
  const format = typeof file === "string" ? /\.(csv|json)$/i.exec(file)?.[1].toLowerCase() : void 0;
  if (format === void 0) {
    issues.push({ path: where, message: `${describeValue(file)} is not a .csv or .json file name` });
    return void 0;
  }
  const order = mapping.order ?? "sequential";
  if (!ORDERS.includes(order)) {
    issues.push({ path: joinPath(path, "order"), message: `${describeValue(order)} is not a feeder order (use ${ORDERS.join(", ")})` });
    return void 0;
  }
  const line = lineOf2(where);
  return { file, format, order, columnsUsed: [], where, ...line === void 0 ? {} : { line } };
}
function readStep(item, path, severityBase, lineOf2, issues) {
  const mapping = readMapping(item, path, STEP_KEYS, issues);
  if (!mapping) return void 0;
  const { capture, check, ...request } = mapping;
  const endpoint = readRequest(request, path, severityBase, issues, true);
  const line = lineOf2(path);
  return {
    ...endpoint,
    ...line === void 0 ? {} : { line },
    captures: readCaptures(capture, joinPath(path, "capture"), issues),
    checks: readChecks(check, joinPath(path, "check"), issues)
  };
}
function checkVariables(flow, path, lineOf2, issues) {
  const capturedAt = /* @__PURE__ */ new Map();
  flow.steps.forEach((step, i) => {
    for (const capture of step.captures) if (!capturedAt.has(capture.as)) capturedAt.set(capture.as, i);
  });
  const columns = [];
  flow.steps.forEach((step, i) => {
    const stepPath = joinPath(joinPath(path, "steps"), i);
    for (const { text, where, context } of endpointTemplateTexts(step, stepPath)) {
      const parts = parseTemplate(text, context, true);
      if (typeof parts === "string") continue;
      for (const name of templateVariableNames(parts)) {
        const at = capturedAt.get(name);
        if (at !== void 0 && at < i) continue;
        if (at !== void 0) {
          const by = flow.steps[at];
          issues.push({
            path: where,
            message: `{{ ${name} }} is captured by step "${by.name}" (${joinPath(joinPath(path, "steps"), at)}), which ${at === i ? "is this step" : "runs later"}; a step can read only what earlier steps captured`
          });
        } else if (flow.feeder) {
          const line = lineOf2(where);
          columns.push({ column: name, where, ...line === void 0 ? {} : { line } });
        } else {
          const known = [...capturedAt.keys()].filter((n) => capturedAt.get(n) < i);
          const guess = suggestKey(name, [...capturedAt.keys()]);
          issues.push({
            path: where,
            message: `{{ ${name} }} in step "${step.name}" is not a variable of flow "${flow.name}" (${known.length === 0 ? "no earlier step captures anything" : `earlier steps capture ${known.join(", ")}`}; add a capture or a feeder)${guess === void 0 ? "" : `; did you mean "${guess}"?`}`
          });
        }
      }
    }
  });
  if (flow.feeder) flow.feeder.columnsUsed = columns;
}
function readSteps(value, path, severityBase, lineOf2, issues) {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path, message: `${Array.isArray(value) ? "an empty list" : describeValue(value)} is not a list of steps (give at least one, with name and path)` });
    return [];
  }
  const steps = [];
  const names = /* @__PURE__ */ new Map();
  value.forEach((item, i) => {
    const stepPath = joinPath(path, i);
    const step = readStep(item, stepPath, severityBase, lineOf2, issues);
    if (!step) return;
    const first = names.get(step.name);
    if (step.name !== "" && first !== void 0) {
      issues.push({ path: joinPath(stepPath, "name"), message: `"${step.name}" is already the name of ${joinPath(path, first)}; step names must be unique in a flow` });
    } else {
      names.set(step.name, i);
    }
    steps.push(step);
  });
  return steps;
}
function readFlow(mapping, path, severityBase, lineOf2, issues) {
  const at = (key) => joinPath(path, key);
  const name = requireKey(mapping, "name", path, 'a name such as "checkout"', issues) ? readName(mapping.name, at("name"), issues) : void 0;
  const flow = {
    name: name ?? "",
    weight: mapping.weight === void 0 ? 1 : readInteger(mapping.weight, at("weight"), 1, void 0, issues) ?? 1,
    steps: requireKey(mapping, "steps", path, "a list of steps, each with name and path", issues) ? readSteps(mapping.steps, at("steps"), severityBase, lineOf2, issues) : [],
    cookies: false,
    onFailure: "abort",
    thresholds: readThresholds(mapping.thresholds, at("thresholds"), issues)
  };
  const line = lineOf2(path);
  if (line !== void 0) flow.line = line;
  if (mapping.think_time !== void 0) {
    const think = readThinkTime(mapping.think_time, at("think_time"), issues);
    if (think) flow.thinkTime = think;
  }
  if (mapping.iteration_think_time !== void 0) {
    const think = readThinkTime(mapping.iteration_think_time, at("iteration_think_time"), issues);
    if (think) flow.iterationThinkTime = think;
  }
  if (mapping.cookies !== void 0) {
    if (typeof mapping.cookies === "boolean") flow.cookies = mapping.cookies;
    else issues.push({ path: at("cookies"), message: `${describeValue(mapping.cookies)} is not true or false` });
  }
  if (mapping.on_failure !== void 0) {
    if (mapping.on_failure === "abort" || mapping.on_failure === "continue") flow.onFailure = mapping.on_failure;
    else issues.push({ path: at("on_failure"), message: `${describeValue(mapping.on_failure)} is not abort or continue` });
  }
  if (mapping.feeder !== void 0) {
    const feeder = readFeeder(mapping.feeder, at("feeder"), lineOf2, issues);
    if (feeder) flow.feeder = feeder;
  }
  checkVariables(flow, path, lineOf2, issues);
  return flow;
}
function readFlows(value, path, endpoints, severityBase, lineOf2, issues) {
  if (value === void 0) return [];
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path, message: `${Array.isArray(value) ? "an empty list" : describeValue(value)} is not a list of flows (give at least one, with name and steps)` });
    return [];
  }
  const flows = [];
  const taken = new Map(endpoints.map((e, i) => [e.name, `endpoints[${i}]`]));
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    const mapping = readMapping(item, itemPath, FLOW_KEYS, issues);
    if (!mapping) return;
    const flow = readFlow(mapping, itemPath, severityBase, lineOf2, issues);
    const other = taken.get(flow.name);
    if (flow.name !== "" && other !== void 0) {
      issues.push({ path: joinPath(itemPath, "name"), message: `"${flow.name}" is already the name of ${other}; flows and endpoints need distinct names (results list both)` });
    } else {
      taken.set(flow.name, itemPath);
    }
    flows.push(flow);
  });
  const rows = endpoints.length + flows.reduce((n, f) => n + 1 + f.steps.length, 0);
  if (rows > MAX_ENDPOINTS) {
    issues.push({ path, message: `${endpoints.length} endpoints, ${flows.length} flows and their steps make ${rows} result rows, more than the ${MAX_ENDPOINTS} a profile may have (split the profile)` });
  }
  return flows;
}

// src/profile/websocket.ts
var KEYS = [
  "name",
  "path",
  "connections",
  "connect_rate",
  "subscribe",
  "message",
  "rate",
  "correlate",
  "expect_json",
  "timeout",
  "reconnect",
  "thresholds",
  "handshake_thresholds"
];
var RECONNECT_KEYS = ["backoff", "max_backoff", "max_time"];
var MAX_RATE = 1e3;
var FIELD = /^[A-Za-z_$][A-Za-z0-9_$-]{0,63}$/;
function readRate2(value, path, what, max, issues) {
  if (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= max) return value;
  issues.push({ path, message: `${describeValue(value)} is not a number of ${what} > 0 and at most ${max}` });
  return void 0;
}
function readMessage(value, path, issues) {
  if (value === null || value === void 0) {
    issues.push({ path, message: `${describeValue(value)} is not a message (a string, or a mapping sent as JSON)` });
    return void 0;
  }
  const message = typeof value === "string" ? { text: value, format: "raw" } : { text: JSON.stringify(value), format: "json" };
  if (isTemplate(message.text)) {
    const parsed = parseTemplate(message.text, message.format);
    if (typeof parsed === "string") {
      issues.push({ path, message: parsed });
      return void 0;
    }
  }
  return message;
}
function readCorrelate(value, path, issues) {
  if (value === void 0 || value === "echo") return { kind: "echo" };
  const mapping = isMapping(value) ? readMapping(value, path, ["field"], issues) : void 0;
  if (mapping && typeof mapping.field === "string" && FIELD.test(mapping.field)) return { kind: "field", field: mapping.field };
  const at = mapping ? joinPath(path, "field") : path;
  issues.push({ path: at, message: `${describeValue(mapping ? mapping.field : value)} is not a correlation: use "echo" or { field: <JSON field name> } (letters, digits, _ $ -)` });
  return { kind: "echo" };
}
function readReconnect(value, path, issues) {
  if (value === void 0 || value === false) return void 0;
  const reconnect = { backoffMs: 100, maxBackoffMs: 5e3, maxTimeMs: 3e4 };
  if (value === true) return reconnect;
  const mapping = readMapping(value, path, RECONNECT_KEYS, issues);
  if (!mapping) return void 0;
  const duration = (key, fallback) => mapping[key] === void 0 ? fallback : readDuration(mapping[key], joinPath(path, key), false, issues) ?? fallback;
  reconnect.backoffMs = duration("backoff", reconnect.backoffMs);
  reconnect.maxBackoffMs = duration("max_backoff", Math.max(reconnect.maxBackoffMs, reconnect.backoffMs));
  reconnect.maxTimeMs = duration("max_time", reconnect.maxTimeMs);
  if (reconnect.maxBackoffMs < reconnect.backoffMs) {
    issues.push({ path: joinPath(path, "max_backoff"), message: `must be at least backoff (${reconnect.backoffMs} ms)` });
  }
  return reconnect;
}
function readWebSocket(value, path, load, issues) {
  if (value === void 0) return void 0;
  const mapping = readMapping(value, path, KEYS, issues);
  if (!mapping) return void 0;
  const at = (key) => joinPath(path, key);
  const name = requireKey(mapping, "name", path, 'a name such as "prices"', issues) ? readName(mapping.name, at("name"), issues) : void 0;
  const wsPath = requireKey(mapping, "path", path, 'the WebSocket path, starting with "/"', issues) ? readUrlPath(mapping.path, at("path"), issues) : void 0;
  const message = requireKey(mapping, "message", path, "the message each connection sends", issues) ? readMessage(mapping.message, at("message"), issues) : void 0;
  const rateRps = requireKey(mapping, "rate", path, "messages per second per connection", issues) ? readRate2(mapping.rate, at("rate"), "messages per second per connection", MAX_RATE, issues) : void 0;
  const correlate = readCorrelate(mapping.correlate, at("correlate"), issues);
  if (correlate.kind === "field" && message && message.format !== "json" || message && correlate.kind === "field" && !message.text.startsWith("{")) {
    issues.push({ path: at("message"), message: `correlate.field needs a message that is a mapping (sent as JSON), to carry "${correlate.field}"` });
  } else if (correlate.kind === "field" && isMapping(mapping.message) && Object.hasOwn(mapping.message, correlate.field)) {
    issues.push({ path: joinPath(at("message"), correlate.field), message: `is written by the load generator (correlate.field); remove it` });
  }
  if (mapping.expect_json !== void 0 && typeof mapping.expect_json !== "boolean") {
    issues.push({ path: at("expect_json"), message: `${describeValue(mapping.expect_json)} is not true or false` });
  }
  if (load.model !== "closed") {
    issues.push({ path: "load.model", message: "a websocket profile runs by warmup, duration and trials of a closed load; rate, stages and max_in_flight do not apply" });
  }
  const subscribe = mapping.subscribe === void 0 ? void 0 : readMessage(mapping.subscribe, at("subscribe"), issues);
  const timeoutMs = mapping.timeout === void 0 ? void 0 : readDuration(mapping.timeout, at("timeout"), false, issues);
  const reconnect = readReconnect(mapping.reconnect, at("reconnect"), issues);
  if (name === void 0 || wsPath === void 0 || message === void 0 || rateRps === void 0) return void 0;
  return {
    name,
    path: wsPath,
    connections: mapping.connections === void 0 ? 10 : readInteger(mapping.connections, at("connections"), 1, 1e4, issues) ?? 10,
    connectRatePerS: mapping.connect_rate === void 0 ? 100 : readRate2(mapping.connect_rate, at("connect_rate"), "connections per second", 1e5, issues) ?? 100,
    ...subscribe ? { subscribe } : {},
    message,
    rateRps,
    correlate,
    expectJson: mapping.expect_json === true || correlate.kind === "field",
    ...timeoutMs === void 0 ? {} : { timeoutMs },
    ...reconnect ? { reconnect } : {},
    thresholds: readThresholds(mapping.thresholds, at("thresholds"), issues),
    handshakeThresholds: readThresholds(mapping.handshake_thresholds, at("handshake_thresholds"), issues)
  };
}
function websocketEndpoints(spec, line) {
  const common = { method: "GET", path: spec.path, headers: {}, weight: 1, ...line === void 0 ? {} : { line }, ...spec.timeoutMs === void 0 ? {} : { timeoutMs: spec.timeoutMs } };
  const body = (m) => m === void 0 ? {} : { body: m.text, ...m.format === "json" ? { bodyFormat: "json" } : {} };
  return [
    { ...common, name: `ws/${spec.name}`, expectStatus: [200], thresholds: spec.thresholds, ...body(spec.message) },
    { ...common, name: `ws/${spec.name}/handshake`, expectStatus: [101], thresholds: spec.handshakeThresholds, ...body(spec.subscribe) }
  ];
}

// src/profile/parse.ts
var PROFILE_KEYS = [
  "$schema",
  "name",
  "target",
  "load",
  "levels",
  "endpoints",
  "flows",
  "thresholds",
  "regression",
  "readiness",
  "target_process",
  "trend",
  "websocket"
];
var TARGET_PROCESS_KEYS = ["pid", "pid_file"];
var READINESS_KEYS = ["path", "timeout"];
var MAX_READINESS_MS = 36e5;
var BYTES_PER_ENDPOINT_TRIAL = 160 * 1024;
var HISTOGRAM_BUDGET_BYTES = 1024 * 1024 * 1024;
function checkHistogramMemory(profile, issues) {
  const loads = [["load.trials", profile.load], ...Object.entries(profile.levels ?? {}).map(([name, load]) => [joinPath(joinPath("levels", name), "load"), load])];
  const endpoints = profile.endpoints.length + (profile.flows ?? []).reduce((n, f) => n + 1 + f.steps.length, 0);
  for (const [path, load] of loads) {
    const bytes = endpoints * load.trials * BYTES_PER_ENDPOINT_TRIAL;
    if (bytes <= HISTOGRAM_BUDGET_BYTES) continue;
    const mb = (n) => `${Math.round(n / (1024 * 1024)).toLocaleString("en-US")} MB`;
    issues.push({
      path,
      message: `${endpoints} endpoints \xD7 ${load.trials} trials need ${(endpoints * load.trials).toLocaleString("en-US")} latency histograms, about ${mb(bytes)} of memory, more than the ${mb(HISTOGRAM_BUDGET_BYTES)} a run may use (at most ${Math.floor(HISTOGRAM_BUDGET_BYTES / BYTES_PER_ENDPOINT_TRIAL).toLocaleString("en-US")} endpoints \xD7 trials): use fewer trials or endpoints`
    });
  }
}
function readTarget(value, path, issues) {
  const problem2 = typeof value === "string" ? targetUrlProblem(value) : `${describeValue(value)} is not a URL (e.g. http://127.0.0.1:8080)`;
  if (problem2 === void 0) return value;
  issues.push({ path, message: problem2 });
  return void 0;
}
function readReadiness(value, path, issues) {
  const readiness = { path: "/", timeoutMs: 6e4 };
  if (value === void 0) return readiness;
  const mapping = readMapping(value, path, READINESS_KEYS, issues);
  if (!mapping) return readiness;
  if (mapping.path !== void 0) readiness.path = readUrlPath(mapping.path, joinPath(path, "path"), issues) ?? readiness.path;
  if (mapping.timeout !== void 0) {
    readiness.timeoutMs = readDuration(mapping.timeout, joinPath(path, "timeout"), false, issues, MAX_READINESS_MS) ?? readiness.timeoutMs;
  }
  return readiness;
}
function readTargetProcess(value, path, issues) {
  if (value === void 0) return void 0;
  const mapping = readMapping(value, path, TARGET_PROCESS_KEYS, issues);
  if (!mapping) return void 0;
  const hasPid = mapping.pid !== void 0;
  const hasFile = mapping.pid_file !== void 0;
  if (hasPid === hasFile) {
    issues.push({ path, message: "give either pid (a process id) or pid_file (a file holding one), exactly one of them" });
    return void 0;
  }
  if (hasPid) {
    const pid = mapping.pid;
    if (typeof pid === "number" && Number.isInteger(pid) && pid > 0) return { pid };
    issues.push({ path: joinPath(path, "pid"), message: `${describeValue(pid)} is not a process id (a whole number > 0)` });
    return void 0;
  }
  if (typeof mapping.pid_file === "string" && mapping.pid_file !== "") return { pidFile: mapping.pid_file };
  issues.push({ path: joinPath(path, "pid_file"), message: `${describeValue(mapping.pid_file)} is not a file path` });
  return void 0;
}
function readProfile(root, lineOf2, issues) {
  if (!isMapping(root)) {
    issues.push({ path: "", message: `the profile is ${describeValue(root)}, not a mapping (it needs at least name and endpoints)` });
    return void 0;
  }
  const mapping = readMapping(root, "", PROFILE_KEYS, issues) ?? root;
  const name = requireKey(mapping, "name", "", 'a name such as "checkout-api"', issues) ? readName(mapping.name, "name", issues) : void 0;
  const target = mapping.target === void 0 ? void 0 : readTarget(mapping.target, "target", issues);
  const regression = readRegression(mapping.regression, "regression", issues);
  const load = readLoad(mapping.load, "load", issues);
  const websocket = readWebSocket(mapping.websocket, "websocket", load, issues);
  if (mapping.websocket !== void 0 && mapping.endpoints !== void 0) {
    issues.push({ path: "websocket", message: "a profile runs either endpoints or a websocket block, not both: split it into two profiles" });
  }
  const profile = {
    name: name ?? "",
    ...target === void 0 ? {} : { target },
    load,
    endpoints: websocket ? websocketEndpoints(websocket, lineOf2("websocket")) : mapping.websocket !== void 0 || mapping.endpoints === void 0 && mapping.flows !== void 0 ? [] : requireKey(mapping, "endpoints", "", "a list of endpoints, each with name and path (or flows, or a websocket block)", issues) ? readEndpoints(mapping.endpoints, "endpoints", regression.severity, lineOf2, issues) : [],
    thresholds: readThresholds(mapping.thresholds, "thresholds", issues),
    regression,
    readiness: readReadiness(mapping.readiness, "readiness", issues)
  };
  const flows = readFlows(mapping.flows, "flows", profile.endpoints, regression.severity, lineOf2, issues);
  if (flows.length > 0) profile.flows = flows;
  const levels = readLevels(mapping.levels, mapping.load, "levels", issues);
  if (levels) profile.levels = levels;
  if (flows.length > 0) {
    const loads = [["load", profile.load], ...Object.entries(levels ?? {}).map(([name2, load2]) => [joinPath(joinPath("levels", name2), "load"), load2])];
    for (const [path, load2] of loads) {
      if (load2.model === "open" && load2.capacity) issues.push({ path: joinPath(path, "capacity"), message: "a capacity ladder measures endpoints' requests/s, and cannot be run with flows: remove flows from this profile, or use rate or stages" });
    }
  }
  if (mapping.trend !== void 0) profile.trend = readTrend(mapping.trend, "trend", issues);
  for (const [level, spec] of websocket ? Object.entries(levels ?? {}) : []) {
    if (spec.model !== "closed") issues.push({ path: joinPath(joinPath("levels", level), "load"), message: "a websocket profile runs by warmup, duration and trials of a closed load; rate, stages and max_in_flight do not apply" });
  }
  const targetProcess = readTargetProcess(mapping.target_process, "target_process", issues);
  if (targetProcess) profile.targetProcess = targetProcess;
  if (websocket) profile.websocket = websocket;
  if (websocket && flows.length > 0) issues.push({ path: "flows", message: "cannot be combined with a websocket block: a profile runs either HTTP endpoints and flows, or WebSocket sessions" });
  checkHistogramMemory(profile, issues);
  if (profile.thresholds.some((t) => t.metric === "capacity") && !(profile.load.model === "open" && profile.load.capacity)) {
    issues.push({ path: "thresholds.capacity", message: "needs a capacity ladder to measure the capacity: add load.capacity, or remove this threshold" });
  }
  checkRecoveryThresholds(profile, issues);
  if (profile.thresholds.some((t) => t.metric === "p95_drift") && profile.load.durationMs < MIN_DRIFT_SPAN_MS) {
    issues.push({ path: "thresholds.p95_drift", message: `needs a measured phase of at least ${formatDurationMs(MIN_DRIFT_SPAN_MS)} to read a drift per minute (load.duration is ${formatDurationMs(profile.load.durationMs)}): lengthen load.duration, or remove this threshold` });
  }
  return profile;
}
function checkRecoveryThresholds(profile, issues) {
  const tiers = profile.thresholds.filter((t) => t.metric === "recovery_time");
  if (tiers.length === 0) return;
  const load = profile.load;
  if (load.model !== "open" || load.shape.kind !== "spike") {
    issues.push({ path: "thresholds.recovery_time", message: "needs a spike to recover from: give load.shape: spike (with spike_rate), or remove this threshold" });
    return;
  }
  const span = spikeSpan(load.shape.spikeMs, load.durationMs);
  const watchMs = load.durationMs - span.endMs;
  const longest = Math.max(...tiers.map((t) => t.limit));
  if (longest >= watchMs) {
    issues.push({
      path: "thresholds.recovery_time",
      message: `a limit of ${formatDurationMs(longest)} is not shorter than the ${formatDurationMs(watchMs)} the run watches after the spike ((duration \u2212 spike_duration) / 2); lengthen load.duration to at least ${formatDurationMs(2 * (longest + 1e3) + span.endMs - span.startMs)} or lower the limit`
    });
  }
}
function yamlMessage(message) {
  return message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
}
function parseProfile(text, fileName) {
  void fileName;
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems2 = doc.errors.map((error) => {
      const position = error.linePos?.[0];
      const message = error.code === "MULTIPLE_DOCS" ? 'the file holds more than one YAML document; a profile is one (remove the "---" line)' : `YAML syntax: ${yamlMessage(error.message)}${position ? ` (column ${position.col})` : ""}`;
      return position ? { path: "", line: position.line, message } : { path: "", message };
    });
    return { ok: false, problems: problems2 };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ path: "", line: 1, message: "the profile is empty (it needs at least name and endpoints)" }] };
  }
  const index = indexLines(doc, lineCounter);
  const lineOf2 = (path) => findLine(index, path);
  const issues = [];
  let root;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `YAML: ${error.message}` }] };
  }
  const profile = readProfile(root, lineOf2, issues);
  if (profile && issues.length === 0) return { ok: true, profile };
  const problems = issues.map(({ path, message }) => {
    const line = lineOf2(path);
    return line === void 0 ? { path, message } : { path, line, message };
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems };
}
function formatProblems(problems, fileName) {
  return problems.map(({ path, line, message }) => {
    const where = line === void 0 ? fileName : `${fileName}:${line}`;
    return `${path === "" ? "" : `${path}: `}${message} \u2014 ${where}`;
  }).join("\n");
}

// src/profile/feeder-file.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
var MAX_FEEDER_BYTES = 64 * 1024 * 1024;
function problem(where, line, message) {
  return line === void 0 ? { path: where, message } : { path: where, line, message };
}
async function loadFeederFiles(profile, profileDir) {
  const problems = [];
  for (const flow of profile.flows ?? []) {
    const feeder = flow.feeder;
    if (!feeder) continue;
    const full = resolve(profileDir, feeder.file);
    let text;
    try {
      const info = await stat(full);
      if (info.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
      if (info.size > MAX_FEEDER_BYTES) {
        problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} is larger than ${MAX_FEEDER_BYTES / (1024 * 1024)} MB (its rows are kept in memory for the run)`));
        continue;
      }
      text = await readFile(full, "utf8");
    } catch (err) {
      const code = err.code;
      const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : err.message;
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} ${why} (looked at ${full}; the path is relative to the profile's folder)`));
      continue;
    }
    const parsed = feeder.format === "csv" ? parseCsv(text) : parseJsonRows(text);
    if (!parsed.ok) {
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file}: ${parsed.message}`));
      continue;
    }
    if (parsed.rows.length === 0) {
      problems.push(problem(feeder.where, feeder.line, `feeder file ${feeder.file} has a header but no rows`));
      continue;
    }
    for (const use of feeder.columnsUsed) {
      if (parsed.columns.includes(use.column)) continue;
      problems.push(problem(
        use.where,
        use.line,
        `{{ ${use.column} }} is neither captured by an earlier step of flow "${flow.name}" nor a column of feeder file ${feeder.file} (its columns: ${parsed.columns.join(", ")})`
      ));
    }
    feeder.rows = parsed.rows;
  }
  return problems;
}

// src/profile/read-file.ts
var MAX_PROFILE_BYTES = 1024 * 1024;
async function readCapped(full) {
  const handle = await open(full, "r");
  try {
    const stat2 = await handle.stat();
    if (stat2.isDirectory()) throw Object.assign(new Error("is a directory"), { code: "EISDIR" });
    if (stat2.isFile() && stat2.size > MAX_PROFILE_BYTES) return void 0;
    const chunks = [];
    let total = 0;
    for (; ; ) {
      const buffer = Buffer.alloc(64 * 1024);
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > MAX_PROFILE_BYTES) return void 0;
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    await handle.close();
  }
}
async function readProfileFile(path, cwd = process.cwd()) {
  const full = resolve2(cwd, path);
  let text;
  try {
    text = await readCapped(full);
  } catch (err) {
    const code = err.code;
    const why = code === "ENOENT" ? "does not exist" : code === "EISDIR" ? "is a directory" : err.message;
    throw new LoadgateError("LOADGATE_PROFILE_MISSING", `profile ${path} ${why} (looked at ${full})`);
  }
  if (text === void 0) {
    throw new LoadgateError("LOADGATE_PROFILE_INVALID", `profile ${path} is larger than ${MAX_PROFILE_BYTES} bytes, which no profile needs (is it the right file?)`);
  }
  const outcome = parseProfile(text, path);
  const problems = outcome.ok ? await loadFeederFiles(outcome.profile, dirname(full)) : outcome.problems;
  if (!outcome.ok || problems.length > 0) {
    const count = problems.length;
    throw new LoadgateError(
      "LOADGATE_PROFILE_INVALID",
      `profile ${path} has ${count} problem${count === 1 ? "" : "s"}:
${formatProblems(problems, path)}`
    );
  }
  return outcome.profile;
}

export {
  levelProblem,
  applyLevel,
  readProfileFile
};
