import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  applyLevel,
  levelProblem,
  readProfileFile
} from "./chunk-WVIGOPGO.js";
import "./chunk-NGADOZNY.js";
import {
  realEdges,
  targetProcessInput,
  withTargetContainerInput,
  withTargetProcessInput
} from "./chunk-YQKET7QZ.js";
import {
  appendRun,
  baselineRunFromResult,
  buildReport,
  buildRunResult,
  decideVerdict,
  median,
  profileFingerprint,
  runCachedPipeline,
  waitForTarget
} from "./chunk-LO7ZPTUL.js";
import "./chunk-Q3YF5W2M.js";
import "./chunk-KKHAUGIF.js";
import "./chunk-SJOVTHDR.js";
import {
  Inputs
} from "./chunk-JDQ2WAOQ.js";
import "./chunk-UD7QMWEB.js";
import "./chunk-IC7FVIJD.js";
import "./chunk-S7AUOFDY.js";
import "./chunk-GJ3KNEQ7.js";
import "./chunk-L7PW5JV2.js";
import "./chunk-7Y6XMAP2.js";
import "./chunk-366GWESF.js";
import "./chunk-COSMFWAF.js";
import {
  judgedProfile
} from "./chunk-FA47FOM3.js";
import "./chunk-WMGNWYZO.js";
import "./chunk-SNWXBB5Y.js";
import "./chunk-IITNLFCU.js";
import "./chunk-7DPCX3KC.js";
import "./chunk-YEV7MGOE.js";
import {
  addErrorCounts,
  createLatencyHistogram,
  decodeLatencyHistogram,
  summarizeLatency
} from "./chunk-6H7ISWPL.js";
import {
  checkTemplateEnvironment
} from "./chunk-JV5NLBOX.js";
import {
  targetUrlProblem
} from "./chunk-ZUPHJSGO.js";
import {
  LoadgateError
} from "./chunk-YHUW4X3V.js";
import "./chunk-MVY2A3H3.js";

// src/paired/target.ts
function baselineTargetProblem(baselineTarget, target) {
  const problem = targetUrlProblem(baselineTarget);
  if (problem) return problem;
  const same = (u) => new URL(u).href.replace(/\/+$/, "");
  if (!targetUrlProblem(target) && same(baselineTarget) === same(target)) {
    return `"${baselineTarget}" is the target itself; paired mode needs the baseline build running at a second address (e.g. another port)`;
  }
  return void 0;
}

// src/paired/schedule.ts
function pairedSchedule(trials) {
  if (!Number.isInteger(trials) || trials < 1) throw new RangeError(`pairedSchedule: trials ${String(trials)} must be a whole number >= 1`);
  const slots = [];
  const next = { baseline: 0, candidate: 0 };
  for (let slot = 0; slot < 2 * trials; slot++) {
    const pair = Math.floor(slot / 2);
    const first = pair % 2 === 0 ? "baseline" : "candidate";
    const side = slot % 2 === 0 ? first : first === "baseline" ? "candidate" : "baseline";
    slots.push({ slot, side, trial: next[side]++ });
  }
  return slots;
}

// src/paired/merge.ts
function addCounts(into, from) {
  addErrorCounts(into, from);
}
function mergeLatency(trials) {
  const done = trials.filter((t) => t.requests - t.errors > 0 || t.latencyMs.max > 0);
  if (done.length === 0) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const weight = done.reduce((a, t) => a + t.requests, 0);
  return {
    p50: median(done.map((t) => t.latencyMs.p50)),
    p90: median(done.map((t) => t.latencyMs.p90)),
    p95: median(done.map((t) => t.latencyMs.p95)),
    p99: median(done.map((t) => t.latencyMs.p99)),
    max: Math.max(...done.map((t) => t.latencyMs.max)),
    mean: weight > 0 ? done.reduce((a, t) => a + t.latencyMs.mean * t.requests, 0) / weight : 0
  };
}
function mergeHistograms(parts, exact) {
  if (!parts.every((p) => typeof p.histogram === "string")) return void 0;
  const merged = createLatencyHistogram();
  try {
    for (const p of parts) {
      const h = decodeLatencyHistogram(p.histogram);
      merged.add(h);
      h.release();
    }
    if (merged.count === 0) return { latencyMs: exact, histogram: merged.encode() };
    const fromHistogram = summarizeLatency(merged);
    const cap = (v) => Math.min(v, exact.max);
    return {
      latencyMs: { p50: cap(fromHistogram.p50), p90: cap(fromHistogram.p90), p95: cap(fromHistogram.p95), p99: cap(fromHistogram.p99), max: exact.max, mean: exact.mean },
      histogram: merged.encode()
    };
  } finally {
    merged.release();
  }
}
function mergeSlotMeasurements(slots) {
  if (slots.length === 0) throw new RangeError("mergeSlotMeasurements: no measurements to merge");
  const trialDurationMs = slots[0].trialDurationMs;
  const endpoints = slots[0].endpoints.map((first, i) => {
    const parts = slots.map((s) => s.endpoints[i]);
    const trials = parts.flatMap((p) => p.trials);
    const errorsByClass = { ...first.errorsByClass };
    const statusCounts = {};
    for (const p of parts.slice(1)) addCounts(errorsByClass, p.errorsByClass);
    for (const p of parts) for (const [code, n] of Object.entries(p.statusCounts)) statusCounts[code] = (statusCounts[code] ?? 0) + n;
    const requests = parts.reduce((a, p) => a + p.requests, 0);
    const errors = parts.reduce((a, p) => a + p.errors, 0);
    const fromTrials = mergeLatency(trials);
    const fromHistograms = mergeHistograms(parts, fromTrials);
    return {
      name: first.name,
      method: first.method,
      path: first.path,
      requests,
      errors,
      errorsByClass,
      statusCounts,
      rps: requests / (trialDurationMs * trials.length / 1e3),
      errorRate: requests === 0 ? 0 : errors / requests,
      latencyMs: fromHistograms?.latencyMs ?? fromTrials,
      trials,
      ...fromHistograms ? { histogram: fromHistograms.histogram } : {},
      ...parts.some((p) => p.dropped !== void 0) ? { dropped: parts.reduce((a, p) => a + (p.dropped ?? 0), 0) } : {}
    };
  });
  const seen = /* @__PURE__ */ new Set();
  const warnings = [];
  for (const w of slots.flatMap((s) => s.warnings)) {
    if (seen.has(w.code)) continue;
    seen.add(w.code);
    warnings.push(w);
  }
  const targetResources = mergeTargetResources(slots);
  return {
    startedAt: slots[0].startedAt,
    finishedAt: slots[slots.length - 1].finishedAt,
    trialDurationMs,
    endpoints,
    warnings,
    ...targetResources ? { targetResources } : {}
  };
}
function mergeTargetResources(slots) {
  const parts = slots.map((s) => s.targetResources);
  if (!parts.every((p) => p !== void 0)) return void 0;
  const r = (v) => Math.round(v * 1e3) / 1e3;
  const trialsMs = parts.flatMap((p) => p.cpuPerRequest?.trialsMs ?? []);
  const sorted = [...trialsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return {
    pid: first.pid,
    ...first.container === void 0 ? {} : { container: first.container },
    cpuSeconds: r(parts.reduce((a, p) => a + (p.cpuSeconds ?? 0), 0)),
    ...trialsMs.length > 0 ? { cpuPerRequest: { medianMs: r(medianMs), trialsMs } } : {},
    samples: parts.reduce((a, p) => a + p.samples, 0),
    cpuShare: r(parts.reduce((a, p) => a + p.cpuShare, 0) / parts.length),
    cpuSharePeak: Math.max(...parts.map((p) => p.cpuSharePeak)),
    rssMb: { start: first.rssMb.start, end: last.rssMb.end, max: Math.max(...parts.map((p) => p.rssMb.max)) },
    rssGrowthMb: r(last.rssMb.end - first.rssMb.start)
  };
}

// src/paired/run.ts
function slotLoad(load, firstOfItsSide) {
  const trialMs = load.durationMs / load.trials;
  const warmupMs = firstOfItsSide ? load.warmupMs : Math.min(load.warmupMs, trialMs / 4);
  return { ...load, warmupMs, durationMs: trialMs, trials: 1 };
}
function plannedTotalMs(load) {
  const trialMs = load.durationMs / load.trials;
  const first = slotLoad(load, true).warmupMs;
  const later = slotLoad(load, false).warmupMs;
  return 2 * (first + trialMs) + (2 * load.trials - 2) * (later + trialMs);
}
async function runPairedLoad(options) {
  const { load } = options;
  const slots = pairedSchedule(load.trials);
  const measured = { baseline: [], candidate: [] };
  const totalMs = plannedTotalMs(load);
  let doneMs = 0;
  let requests = 0;
  let errors = 0;
  for (const slot of slots) {
    const slotSpec = slotLoad(load, slot.trial === 0);
    const targetProcess = slot.side === "candidate" ? options.candidateProcess : options.baselineProcess;
    const m = await options.runLoad({
      targetUrl: slot.side === "candidate" ? options.candidateUrl : options.baselineUrl,
      load: slotSpec,
      endpoints: options.endpoints,
      ...options.flows ? { flows: options.flows } : {},
      ...options.websocket ? { websocket: options.websocket } : {},
      ...targetProcess ? { targetProcess } : {},
      onProgress: options.onProgress ? (p) => {
        if (p.phase === "done") return;
        options.onProgress?.({
          phase: p.phase === "warmup" && slot.slot === 0 ? "warmup" : "measure",
          elapsedMs: doneMs + p.elapsedMs,
          totalMs,
          trial: slot.slot,
          trials: slots.length,
          requests: requests + p.requests,
          errors: errors + p.errors
        });
      } : void 0
    });
    measured[slot.side].push(m);
    doneMs += slotSpec.warmupMs + slotSpec.durationMs;
    for (const e of m.endpoints) {
      requests += e.requests;
      errors += e.errors;
    }
  }
  options.onProgress?.({ phase: "done", elapsedMs: totalMs, totalMs, trial: slots.length, trials: slots.length, requests, errors });
  return { candidate: mergeSlotMeasurements(measured.candidate), baseline: mergeSlotMeasurements(measured.baseline) };
}

// src/pipeline/paired.ts
function pairedLoadProblem(load) {
  if (load.model !== "open" || load.shape.kind === "constant" || load.shape.kind === "soak") return void 0;
  if (load.capacity) return "paired mode needs a steady load, and load.capacity is a ladder of rates; judge a capacity run against the stored history (no baseline-target)";
  return `paired mode needs a steady load (a closed model, or an open model at a constant rate); load.shape is ${load.shape.kind}`;
}
async function runPairedPipeline(options, edges) {
  const { profile, target, baselineTarget } = options;
  const fingerprint = profileFingerprint(profile);
  const problem = pairedLoadProblem(profile.load);
  if (problem !== void 0) throw new LoadgateError("LOADGATE_PAIRED_LOAD", problem);
  await waitForTarget(edges, target, profile.readiness, "target");
  await waitForTarget(edges, baselineTarget, profile.readiness, "baseline target");
  const l = profile.load;
  edges.log.info(
    `Running ${profile.name} in paired mode: ${l.trials} trials on each target, interleaved A B B A, ${l.connections} connections, ${profile.endpoints.length === 1 ? "1 endpoint" : `${profile.endpoints.length} endpoints`}`
  );
  if (options.saveBaseline) edges.log.info("Paired mode measures its baseline now; no stored baseline is saved");
  const runner = edges.runner();
  const measured = await runPairedLoad({
    candidateUrl: target,
    baselineUrl: baselineTarget,
    load: profile.load,
    endpoints: profile.endpoints,
    ...profile.flows ? { flows: profile.flows } : {},
    ...profile.websocket ? { websocket: profile.websocket } : {},
    runLoad: edges.runLoad,
    onProgress: edges.onProgress,
    ...profile.targetProcess ? { candidateProcess: profile.targetProcess } : {},
    ...options.baselineTargetProcess ? { baselineProcess: options.baselineTargetProcess } : {}
  });
  const result = buildRunResult(profile, fingerprint, target, measured.candidate, runner);
  const baselineResult = buildRunResult(profile, fingerprint, baselineTarget, measured.baseline, runner);
  const baseline = appendRun(void 0, result.profile, baselineRunFromResult(baselineResult));
  const verdict = decideVerdict({
    profile: judgedProfile(profile),
    fingerprint,
    result,
    baseline,
    baselineUse: { status: "found", source: baselineTarget, runs: 1, mode: "paired" },
    failOn: options.failOn,
    mode: "paired"
  });
  return { report: buildReport(result, verdict) };
}

// src/pipeline/setup.ts
var given = (value) => value === void 0 || value === "" ? void 0 : value;
async function setUpRun(settings, problems, env, cwd = process.cwd()) {
  const level = given(settings.level);
  let profile = await problems.attempt(() => readProfileFile(settings.profile, cwd));
  if (profile && level !== void 0) {
    const problem = levelProblem(profile, level, settings.profile);
    if (problem === void 0) profile = applyLevel(profile, level, settings.profile);
    else {
      problems.addFor(Inputs.level, problem, "LOADGATE_LEVEL_UNKNOWN");
      profile = void 0;
    }
  }
  if (profile) profile = withTargetProcessInput(profile, settings.targetPid?.trim() ?? "");
  if (profile) profile = withTargetContainerInput(profile, settings.targetContainer?.trim() ?? "");
  let secrets = [];
  if (profile) {
    const environment = checkTemplateEnvironment(profile.endpoints, env, profile.flows);
    for (const p of environment.problems) problems.add(p.code, p.message);
    secrets = Object.values(environment.values);
  }
  const targetSetting = given(settings.target);
  const target = targetSetting ?? profile?.target;
  if (targetSetting !== void 0) {
    const problem = targetUrlProblem(targetSetting);
    if (problem) problems.addFor(Inputs.target, problem);
  } else if (profile && target === void 0) {
    problems.addFor(Inputs.target, `not given, and ${settings.profile} has no target: either (give the service's base URL, e.g. http://127.0.0.1:8080)`);
  }
  const baselineTarget = given(settings.baselineTarget);
  if (baselineTarget !== void 0) {
    const problem = baselineTargetProblem(baselineTarget, target ?? "");
    if (problem) problems.addFor(Inputs.baselineTarget, problem);
    const loadProblem = profile ? pairedLoadProblem(profile.load) : void 0;
    if (loadProblem) problems.addFor(Inputs.baselineTarget, loadProblem, "LOADGATE_PAIRED_LOAD");
  }
  const baselinePid = given(settings.baselineTargetPid?.trim());
  if (baselinePid !== void 0 && baselineTarget === void 0) {
    problems.addFor(Inputs.baselineTargetPid, `${JSON.stringify(baselinePid.slice(0, 80))} names the baseline target's process, but there is no baseline target: give baseline-target too (paired mode), or leave this empty`);
  }
  problems.throwIfAny();
  return {
    profile,
    target,
    ...baselineTarget ? { baselineTarget } : {},
    ...baselineTarget && baselinePid !== void 0 ? { baselineTargetProcess: targetProcessInput(baselinePid) } : {},
    secrets
  };
}

// src/pipeline/run.ts
function runPipeline(options, edges) {
  return options.baselineTarget ? runPairedPipeline({ ...options, baselineTarget: options.baselineTarget }, edges) : runCachedPipeline(options, edges);
}
export {
  realEdges,
  runPipeline,
  setUpRun
};
