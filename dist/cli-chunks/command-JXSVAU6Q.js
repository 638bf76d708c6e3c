import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DirectoryBaselineStore,
  renderMarkdown,
  renderTerminal
} from "./chunk-57DTTAVA.js";
import {
  applyLevel,
  readProfileFile
} from "./chunk-3NQ2OS77.js";
import "./chunk-F3YTOFPK.js";
import "./chunk-LQRHHZVL.js";
import {
  DEFAULT_IMPORT_TRIALS,
  FORMAT_RESOLUTION,
  FORMAT_TOOL,
  IMPORT_FORMATS,
  binRawSamples,
  importError,
  jmeterSource,
  k6Source,
  mapLabel,
  pathOf,
  planImportWindow,
  readImportSettings,
  readLines,
  splitCsvLine,
  writeShardResult
} from "./chunk-7ZTHH7U5.js";
import {
  importedProfile
} from "./chunk-PBRNCMXN.js";
import {
  appendRun,
  baselineRunFromResult,
  buildReport,
  buildRunResult,
  currentRunner,
  decideVerdict,
  judgeAndSave,
  profileFingerprint,
  withRunHealth
} from "./chunk-IJILV7IM.js";
import {
  DEFAULT_BASELINE_DIR
} from "./chunk-5BKHDFQE.js";
import "./chunk-CS3JO6KU.js";
import {
  trialIndexAt
} from "./chunk-ZPEXDWHR.js";
import {
  LoadgateError,
  STATUS_CODE_SLOTS,
  createEndpointCounters,
  emptyErrorCounts,
  recordErrorSample,
  releaseEndpointCounters,
  runHealthWarnings,
  summarizeEndpoints
} from "./chunk-4LOQ5PND.js";
import {
  FAIL_ON_VALUES
} from "./chunk-HOUHS2GM.js";
import "./chunk-QAD4NADN.js";

// src/import/command.ts
import { parseArgs } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";

// src/import/pipeline.ts
import { basename as basename2, extname } from "node:path";

// src/import/index.ts
import { basename } from "node:path";

// src/import/artillery.ts
import { readFile, stat } from "node:fs/promises";
var BY_ENDPOINT = "plugins.metrics-by-endpoint.";
var RESPONSE_TIME = `${BY_ENDPOINT}response_time.`;
var MAX_BYTES = 256 * 1024 * 1024;
var QUANTILES = [["p50", 0.5], ["p75", 0.75], ["p90", 0.9], ["p95", 0.95], ["p99", 0.99], ["p999", 0.999], ["max", 1]];
var DEFAULT_PERIOD_MS = 1e4;
async function readArtilleryReport(file) {
  const size = await stat(file).then((s) => s.size, (err) => {
    throw importError(file, void 0, err.code === "ENOENT" ? "no such file" : err.message);
  });
  if (size > MAX_BYTES) throw importError(file, void 0, `${size} bytes is too large for an Artillery report (at most ${MAX_BYTES})`);
  let report;
  try {
    report = JSON.parse(await readFile(file, "utf8"));
  } catch (err) {
    throw importError(file, void 0, `not JSON (${err.message}); a cut file, or not an artillery --output report?`);
  }
  if (typeof report !== "object" || report === null || !Array.isArray(report.intermediate) || typeof report.aggregate !== "object") {
    throw importError(file, void 0, "not an Artillery 2 JSON report (no aggregate and intermediate; write one with artillery run --output report.json)");
  }
  const periods = report.intermediate;
  const starts = periods.map((p, i) => {
    const start = Number(p.period ?? p.firstMetricAt);
    if (!Number.isFinite(start) || start < 1e11) throw importError(file, void 0, `intermediate[${i}].period ${JSON.stringify(p.period)} is not epoch milliseconds`);
    return start;
  });
  const intervals = [];
  periods.forEach((p, i) => {
    const startMs = starts[i];
    const lastMetric = Number(p.lastMetricAt);
    const endMs = i + 1 < starts.length ? starts[i + 1] : Number.isFinite(lastMetric) && lastMetric > startMs ? lastMetric + 1 : startMs + DEFAULT_PERIOD_MS;
    intervals.push(...periodIntervals(p, startMs, endMs, `intermediate[${i}]`, file));
  });
  return {
    file,
    intervals,
    warnings: [{
      code: "import-approximate",
      message: `Imported from Artillery's report (${file}): Artillery 2 keeps per-period summaries, not each request, so trials are made of its periods and latency histograms are drawn from each period's percentiles (p50 \u2026 p99.9, max) \u2014 percentiles are approximate and the mean is an estimate.`
    }]
  };
}
function periodIntervals(p, startMs, endMs, where, file) {
  const counters = p.counters ?? {};
  const summaries = p.summaries ?? {};
  const count = (key) => {
    const v = counters[key];
    if (v === void 0) return 0;
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw importError(file, void 0, `${where}.counters["${key}"] ${JSON.stringify(v)} is not a count`);
    return v;
  };
  const names = Object.keys(summaries).filter((k) => k.startsWith(RESPONSE_TIME)).map((k) => k.slice(RESPONSE_TIME.length));
  const countersOf = /* @__PURE__ */ new Set();
  for (const key of Object.keys(counters)) {
    const m = /^plugins\.metrics-by-endpoint\.(.+)\.(codes|errors)\.[^.]+$/.exec(key);
    if (m) countersOf.add(m[1]);
  }
  for (const n of countersOf) if (!names.includes(n)) names.push(n);
  if (names.length === 0) {
    const out = interval("all", startMs, endMs, counters, "http.codes.", "errors.", summaries["http.response_time"], where, file);
    const sent = count("http.requests");
    if (out && sent > out.requests) {
      out.errors.other += sent - out.requests - 0;
      out.requests = sent;
    }
    return out ? [out] : [];
  }
  return names.flatMap((name) => {
    const out = interval(name, startMs, endMs, counters, `${BY_ENDPOINT}${name}.codes.`, `${BY_ENDPOINT}${name}.errors.`, summaries[`${RESPONSE_TIME}${name}`], where, file);
    return out ? [out] : [];
  });
}
function interval(label, startMs, endMs, counters, codesPrefix, errorsPrefix, summary, where, file) {
  const statusCounts = {};
  const errors = emptyErrorCounts();
  let requests = 0;
  for (const [key, value] of Object.entries(counters)) {
    if (typeof value !== "number") continue;
    if (key.startsWith(codesPrefix)) {
      const code = key.slice(codesPrefix.length);
      if (!/^\d{3}$/.test(code)) continue;
      statusCounts[code] = (statusCounts[code] ?? 0) + value;
      requests += value;
      if (!/^[23]/.test(code)) errors.status += value;
    } else if (key.startsWith(errorsPrefix)) {
      errors[classifyArtilleryError(key.slice(errorsPrefix.length))] += value;
      requests += value;
    }
  }
  if (requests === 0) return void 0;
  const quantiles = [];
  if (summary) {
    for (const [key, q] of QUANTILES) {
      const v = summary[key];
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw importError(file, void 0, `${where}: the ${label} summary's ${key} ${JSON.stringify(v)} is not a number of milliseconds`);
      quantiles.push([q, v]);
    }
  }
  return {
    label,
    startMs,
    endMs,
    requests,
    errors,
    statusCounts,
    quantiles,
    ...typeof summary?.min === "number" ? { minMs: summary.min } : {}
  };
}
function classifyArtilleryError(code) {
  if (code === "ECONNREFUSED") return "refused";
  if (code === "ECONNRESET" || code === "EPIPE") return "reset";
  if (/TIMEDOUT|timeout/i.test(code)) return "timeout";
  return "other";
}

// src/import/autocannon.ts
import { readFile as readFile2, stat as stat2 } from "node:fs/promises";
var PERCENTILES = [
  ["p0_001", 1e-5],
  ["p0_01", 1e-4],
  ["p0_1", 1e-3],
  ["p1", 0.01],
  ["p2_5", 0.025],
  ["p10", 0.1],
  ["p25", 0.25],
  ["p50", 0.5],
  ["p75", 0.75],
  ["p90", 0.9],
  ["p97_5", 0.975],
  ["p99", 0.99],
  ["p99_9", 0.999],
  ["p99_99", 0.9999],
  ["p99_999", 0.99999]
];
var MAX_BYTES2 = 16 * 1024 * 1024;
async function readAutocannon(file) {
  const size = await stat2(file).then((s) => s.size, (err) => {
    throw importError(file, void 0, err.code === "ENOENT" ? "no such file" : err.message);
  });
  if (size > MAX_BYTES2) throw importError(file, void 0, `${size} bytes is too large for an autocannon JSON result (at most ${MAX_BYTES2})`);
  let data;
  try {
    data = JSON.parse(await readFile2(file, "utf8"));
  } catch (err) {
    throw importError(file, void 0, `not JSON (${err.message}); a cut file, or not autocannon --json output?`);
  }
  const problems = [];
  const num = (value, field) => {
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      problems.push(`${field} ${JSON.stringify(value)} is not a number >= 0`);
      return 0;
    }
    return value;
  };
  if (typeof data !== "object" || data === null || typeof data.latency !== "object" || data.latency === null || typeof data.requests !== "object") {
    throw importError(file, void 0, "not an autocannon JSON result (no latency and requests objects; run autocannon with --json)");
  }
  const startMs = Date.parse(String(data.start));
  const finishMs = Date.parse(String(data.finish));
  if (!Number.isFinite(startMs) || !Number.isFinite(finishMs) || finishMs <= startMs) problems.push(`start ${JSON.stringify(data.start)} and finish ${JSON.stringify(data.finish)} are not two ISO times in order`);
  const answered = num(data.requests.total, "requests.total");
  const errorCount = num(data.errors, "errors");
  const timeouts = num(data.timeouts, "timeouts");
  const quantiles = PERCENTILES.map(([key, q]) => [q, num(data.latency[key], `latency.${key}`)]);
  quantiles.push([1, num(data.latency.max, "latency.max")]);
  const statusCounts = {};
  let unexpected = 0;
  for (const [code, entry] of Object.entries(data.statusCodeStats ?? {})) {
    if (!/^\d{3}$/.test(code)) problems.push(`statusCodeStats: "${code}" is not a status code`);
    const count = num(entry?.count, `statusCodeStats.${code}.count`);
    statusCounts[code] = count;
    if (!code.startsWith("2")) unexpected += count;
  }
  if (problems.length > 0) throw importError(file, void 0, `not a usable autocannon result: ${problems.join("; ")}`);
  const errors = emptyErrorCounts();
  errors.timeout = Math.min(timeouts, errorCount);
  errors.other = errorCount - errors.timeout;
  errors.status = unexpected;
  const url = typeof data.url === "string" ? data.url : void 0;
  return {
    file,
    concurrency: typeof data.connections === "number" ? data.connections : void 0,
    intervals: [{
      label: typeof data.title === "string" && data.title ? data.title : url ? new URL(url).pathname : "autocannon",
      url,
      startMs,
      endMs: finishMs,
      requests: answered + errorCount,
      errors,
      statusCounts,
      quantiles,
      minMs: num(data.latency.min, "latency.min")
    }],
    warnings: [{
      code: "import-single-trial",
      message: `Imported from autocannon (${file}), which reports one summary for the whole run: one trial, so no test across trials can confirm a regression \u2014 changes are advisory only; thresholds still apply. For a gating comparison import a tool that records every request (JMeter, k6) or run loadgate itself.`
    }]
  };
}

// src/import/locust.ts
var PERCENTILES2 = [
  ["50%", 0.5],
  ["66%", 0.66],
  ["75%", 0.75],
  ["80%", 0.8],
  ["90%", 0.9],
  ["95%", 0.95],
  ["98%", 0.98],
  ["99%", 0.99],
  ["99.9%", 0.999],
  ["99.99%", 0.9999],
  ["100%", 1]
];
var REQUIRED = ["Timestamp", "User Count", "Type", "Name", "Total Request Count", "Total Failure Count", ...PERCENTILES2.map(([c]) => c)];
async function readLocustHistory(file) {
  let columns;
  let width = 0;
  let previousTime;
  let concurrency = 0;
  const last = /* @__PURE__ */ new Map();
  const intervals = [];
  for await (const { text, line } of readLines(file, { requireFinalNewline: true })) {
    if (text === "") continue;
    const fields = splitCsvLine(text);
    if (!Array.isArray(fields)) throw importError(file, line, fields.problem);
    if (!columns) {
      const missing = REQUIRED.filter((c) => !fields.includes(c));
      if (missing.length > 0) {
        throw importError(file, line, `not a Locust stats history header: missing the columns ${missing.join(", ")} (use the PREFIX_stats_history.csv file that locust --csv PREFIX --csv-full-history writes)`);
      }
      columns = Object.fromEntries(fields.map((n, i) => [n, i]));
      width = fields.length;
      continue;
    }
    if (fields.length !== width) throw importError(file, line, `${fields.length} fields where the header has ${width}${fields.length < width ? " (a cut line?)" : ""}`);
    const timestamp = fields[columns.Timestamp];
    if (!/^\d+$/.test(timestamp) || Number(timestamp) > 1e11) {
      throw importError(file, line, `Timestamp "${timestamp}" is not whole epoch seconds (mixed units? Locust writes seconds)`);
    }
    const timeMs = Number(timestamp) * 1e3;
    const users = Number(fields[columns["User Count"]]);
    if (users > concurrency) concurrency = users;
    const name = fields[columns.Name];
    if (name === "Aggregated" && fields[columns.Type] === "") {
      previousTime = timeMs;
      continue;
    }
    const requests = wholeNumber(fields[columns["Total Request Count"]], "Total Request Count", file, line);
    const failures = wholeNumber(fields[columns["Total Failure Count"]], "Total Failure Count", file, line);
    const before = last.get(name) ?? { requests: 0, failures: 0 };
    last.set(name, { requests, failures });
    const newRequests = requests - before.requests;
    const newFailures = failures - before.failures;
    if (newRequests < 0 || newFailures < 0) throw importError(file, line, `${name}: the total counts went down (${before.requests} \u2192 ${requests}); rows from two runs mixed?`);
    const startMs = previousTime !== void 0 && previousTime < timeMs ? previousTime : timeMs - 1e3;
    if (newRequests === 0) continue;
    const quantiles = rowQuantiles(fields, columns, file, line);
    const errors = emptyErrorCounts();
    errors.status = newFailures;
    intervals.push({
      label: name,
      method: fields[columns.Type] || void 0,
      startMs,
      endMs: timeMs,
      requests: newRequests,
      errors,
      statusCounts: {},
      quantiles: quantiles ?? cumulativeQuantiles(fields, columns),
      ...columns["Total Min Response Time"] !== void 0 ? { minMs: Number(fields[columns["Total Min Response Time"]]) || void 0 } : {}
    });
  }
  if (!columns) throw importError(file, void 0, "the file is empty (a Locust stats history starts with a header line)");
  return {
    file,
    intervals,
    concurrency,
    warnings: [{
      code: "import-approximate",
      message: `Imported from Locust's stats history (${file}): trials are made of its one-second intervals, and each interval's latency histogram is drawn from Locust's current percentiles, which cover a sliding window of recent requests rather than exactly that interval \u2014 percentiles are approximate and the mean is an estimate.`
    }]
  };
}
function rowQuantiles(fields, columns, file, line) {
  const points = [];
  for (const [column, q] of PERCENTILES2) {
    const text = fields[columns[column]];
    if (text === "N/A") return void 0;
    const value = Number(text);
    if (!Number.isFinite(value) || value < 0) throw importError(file, line, `${column} "${text}" is not a number of milliseconds`);
    points.push([q, value]);
  }
  return points[points.length - 1][1] > 0 ? points : void 0;
}
function cumulativeQuantiles(fields, columns) {
  const median = Number(fields[columns["Total Median Response Time"]] ?? 0) || 0;
  const max = Number(fields[columns["Total Max Response Time"]] ?? median) || median;
  return [[0.5, median], [1, Math.max(median, max)]];
}
function wholeNumber(text, column, file, line) {
  if (!/^\d+$/.test(text)) throw importError(file, line, `${column} "${text}" is not a whole number`);
  return Number(text);
}

// src/import/summary-bin.ts
function binIntervals(source, options, mapping) {
  const intervals = source.intervals.flatMap((i) => {
    const name = mapLabel(mapping, i.label);
    return name === void 0 ? [] : [{ ...i, label: name }];
  });
  if (intervals.length === 0) throw importError(source.file, void 0, "no samples: the file reports no request");
  const first = Math.min(...intervals.map((i) => i.startMs));
  const warnings = [...source.warnings];
  const cut = intervalWindow(intervals, first, options, source.file, warnings);
  const window = planImportWindow(first, Math.max(...intervals.map((i) => i.endMs)), cut.window);
  if ("problem" in window) throw importError(source.file, void 0, window.problem);
  const plan = window.plan;
  const seen = /* @__PURE__ */ new Map();
  for (const i of intervals) if (!seen.has(i.label)) seen.set(i.label, { method: i.method ?? "", path: pathOf(i.url, i.label) });
  const endpoints = [...seen.keys()].sort().map((name) => ({ name, ...seen.get(name) }));
  const counters = /* @__PURE__ */ new Map();
  for (const e of endpoints) counters.set(e.name, createEndpointCounters({ ...e, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length));
  let inWindow = 0;
  let outside = 0;
  try {
    for (const interval2 of intervals) {
      const endpoint = counters.get(interval2.label);
      const index = cut.trialOf ? cut.trialOf.get(interval2.startMs) ?? -1 : trialIndexAt(plan, (interval2.startMs + interval2.endMs) / 2 - window.startMs);
      if (index < 0 || index >= plan.trials.length) {
        outside += interval2.requests;
        continue;
      }
      inWindow += interval2.requests;
      const trial = endpoint.trials[index];
      trial.requests += interval2.requests;
      for (const key of Object.keys(interval2.errors)) {
        const count = interval2.errors[key] ?? 0;
        trial.errors[key] += count;
        if (count > 0) recordErrorSample(endpoint, key, () => key === "status" ? "unexpected status" : key);
      }
      for (const [code, count] of Object.entries(interval2.statusCounts)) {
        const c = Number(code);
        if (c > 0 && c < STATUS_CODE_SLOTS) trial.statusCounts[c] += count;
      }
      const e = interval2.errors;
      const answered = interval2.requests - e.refused - e.reset - e.timeout - e.other;
      drawFromQuantiles(trial.latency, answered, interval2.quantiles, interval2.minMs);
    }
    if (inWindow === 0) throw importError(source.file, void 0, "no samples in the measured window: every interval falls outside it");
    const summarized = summarizeEndpoints([...counters.values()], plan.trialDurationMs);
    warnings.unshift(...runHealthWarnings({ model: "closed", endpoints: summarized, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }));
    return {
      measurement: {
        startedAt: new Date(window.startMs),
        finishedAt: new Date(window.startMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints: summarized,
        warnings,
        connections: Math.max(1, source.concurrency ?? 1)
      },
      window,
      endpoints,
      samples: inWindow + outside,
      outside
    };
  } finally {
    releaseEndpointCounters([...counters.values()]);
  }
}
function intervalWindow(intervals, first, options, file, warnings) {
  if (options.durationMs !== void 0) return { window: options };
  const warmupMs = options.warmupMs ?? 0;
  const startMs = options.startAtMs ?? first;
  const starts = [...new Set(intervals.map((i) => i.startMs))].sort((a, b) => a - b);
  const ends = [...new Set(intervals.map((i) => i.endMs))].sort((a, b) => a - b);
  const measured = starts.filter((t) => t >= startMs + warmupMs);
  const asked = options.trials ?? DEFAULT_IMPORT_TRIALS;
  const trials = Math.max(1, Math.min(asked, measured.length));
  if (asked > measured.length && options.trials !== void 0) {
    warnings.push({ code: "import-few-intervals", message: `${file} reports ${measured.length} intervals after the warm-up; ${asked} trials were asked for, ${trials} are used (a trial is made of whole intervals)` });
  }
  const perTrial = Math.floor(measured.length / trials);
  if (perTrial === 0) return { window: { ...options, trials } };
  const used = perTrial * trials;
  const lastStart = measured[used - 1];
  const end = ends.find((t) => t > lastStart) ?? lastStart + 1;
  const trialOf = new Map(measured.slice(0, used).map((t, i) => [t, Math.floor(i / perTrial)]));
  const firstMeasured = measured[0];
  return { window: { ...options, startAtMs: startMs, warmupMs: firstMeasured - startMs, trials, durationMs: end - firstMeasured }, trialOf };
}
function drawFromQuantiles(into, count, points, minMs) {
  if (count <= 0 || points.length === 0) return;
  let rank = 0;
  let value = Math.min(minMs ?? points[0][1], points[0][1]);
  for (let k = 0; k < points.length; k++) {
    const top = Math.min(count, Math.ceil(points[k][0] * count - 1e-9));
    if (k + 1 < points.length && Math.min(count, Math.ceil(points[k + 1][0] * count - 1e-9)) === top) continue;
    const v = points[k][1];
    const span = top - rank;
    for (let r = 1; r <= span; r++) into.recordMicros((value + (v - value) * r / span) * 1e3);
    if (span > 0) {
      rank = top;
      value = v;
    }
  }
  for (let r = rank + 1; r <= count; r++) into.recordMicros(value * 1e3);
}

// src/import/index.ts
async function importResults(options) {
  const { format, file, mapping } = options;
  const window = options.window ?? {};
  let imported;
  switch (format) {
    case "jmeter":
      imported = await binRawSamples(jmeterSource(file), window, mapping);
      break;
    case "k6":
      imported = await binRawSamples(k6Source(file), window, mapping);
      break;
    case "locust":
      imported = binIntervals(await readLocustHistory(file), window, mapping);
      break;
    case "artillery":
      imported = binIntervals(await readArtilleryReport(file), window, mapping);
      break;
    case "autocannon":
      imported = binIntervals(await readAutocannon(file), window, mapping);
      break;
  }
  const { plan } = imported.window;
  imported.measurement.warnings.unshift({
    code: "imported",
    message: `Measured by ${FORMAT_TOOL[format]}, imported from ${basename(file)}: ${imported.samples.toLocaleString("en-US")} requests, ${imported.endpoints.length === 1 ? "1 endpoint" : `${imported.endpoints.length} endpoints`}, ${plan.trials.length === 1 ? "1 trial" : `${plan.trials.length} trials`} of ${(plan.trialDurationMs / 1e3).toFixed(3).replace(/\.?0+$/, "")} s after a ${plan.warmupMs / 1e3} s warm-up` + (imported.outside > 0 ? `; ${imported.outside.toLocaleString("en-US")} requests outside that window left out` : "") + ". loadgate did not send this load: generator health (CPU, send lag) is unknown." + (FORMAT_RESOLUTION[format] ? ` ${FORMAT_RESOLUTION[format]}, and the percentiles here are read from those figures as written.` : "")
  });
  return imported;
}

// src/import/pipeline.ts
function windowOf(options) {
  const load = options.profile?.load;
  return {
    ...load ? { warmupMs: load.warmupMs, durationMs: load.durationMs, trials: load.trials } : {},
    ...options.window
  };
}
async function runImportPipeline(options, edges) {
  const window = windowOf(options);
  edges.log.info(`Importing ${options.file} (${options.format})`);
  const imported = await importResults({ format: options.format, file: options.file, window, mapping: options.mapping });
  const name = options.name ?? basename2(options.file, extname(options.file));
  const profile = importedProfile(imported, { name, format: options.format, base: options.profile });
  const fingerprint = profileFingerprint(profile);
  const runner = edges.runner();
  const target = `${options.format}:${basename2(options.file)}`;
  const result = buildRunResult(profile, fingerprint, target, imported.measurement, runner);
  edges.log.info(`Imported ${imported.samples.toLocaleString("en-US")} requests over ${profile.endpoints.length} endpoints in ${profile.load.trials} trials`);
  if (!options.baselineFile) return judgeAndSave({ profile, failOn: options.failOn, saveBaseline: options.saveBaseline, origin: options.origin }, edges, result);
  edges.log.info(`Importing the baseline ${options.baselineFile} (${options.format}); the stored baseline is neither read nor written`);
  const baselineImport = await importResults({
    format: options.format,
    file: options.baselineFile,
    window: { warmupMs: profile.load.warmupMs, durationMs: profile.load.durationMs, trials: profile.load.trials },
    mapping: options.mapping
  });
  const baselineResult = buildRunResult(profile, fingerprint, `${options.format}:${basename2(options.baselineFile)}`, baselineImport.measurement, runner);
  const baseline = appendRun(void 0, result.profile, baselineRunFromResult(baselineResult));
  const verdict = withRunHealth(decideVerdict({
    profile,
    fingerprint,
    result,
    baseline,
    baselineUse: { status: "found", source: basename2(options.baselineFile), runs: 1, mode: "paired" },
    failOn: options.failOn,
    mode: "paired"
  }), result);
  return { report: buildReport(result, verdict) };
}

// src/import/command.ts
var IMPORT_USAGE = `usage: loadgate import --format FORMAT --results FILE [options]

  --format FORMAT          ${IMPORT_FORMATS.join(" | ")}                       (required)
  --results FILE           the results file the tool wrote                    (required)
  --baseline-results FILE  a second results file (the baseline build's), compared trial by
                           trial instead of a stored baseline
  --profile FILE           a loadgate profile for the name, thresholds and regression settings;
                           its load (warm-up, duration, trials) cuts the window
  --mapping FILE           rename or merge the tool's labels (YAML: endpoints: {label: name})
  --name NAME              the run's name without a profile  (default: the file's name)
  --warmup DURATION        leading time to leave out            (default 0s)
  --duration DURATION      the measured window                  (default: what the file covers)
  --trials N               trials the window is cut into        (default 10)
  --start-at TIME          when the load started (ISO 8601 or epoch ms; default: the first sample)
  --shard I/N              this file is shard I of N (jmeter, k6): write a shard result for
                           loadgate merge instead of gating (needs --start-at and --duration)
  --shard-out FILE         where the shard result goes (default NAME.I-of-N.shard.json)
  --baseline-dir DIR       where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline          append this run to the baseline after comparing
  --json FILE              write the JSON report
  --markdown FILE          write the markdown report
  --fail-on LEVEL          critical | major | minor | never   (default critical)

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input or a results file that cannot be read
`;
var FLAGS = {
  format: "--format",
  results: "--results",
  baselineResults: "--baseline-results",
  mapping: "--mapping",
  name: "--name",
  warmup: "--warmup",
  duration: "--duration",
  trials: "--trials",
  startAt: "--start-at"
};
async function runImportCommand(argv, log) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      results: { type: "string" },
      "baseline-results": { type: "string" },
      profile: { type: "string" },
      mapping: { type: "string" },
      name: { type: "string" },
      warmup: { type: "string" },
      duration: { type: "string" },
      trials: { type: "string" },
      "start-at": { type: "string" },
      level: { type: "string" },
      "baseline-dir": { type: "string" },
      "save-baseline": { type: "boolean" },
      json: { type: "string" },
      markdown: { type: "string" },
      "fail-on": { type: "string" },
      shard: { type: "string" },
      "shard-out": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new LoadgateError("LOADGATE_USAGE", `unexpected argument "${positionals[0]}"

${IMPORT_USAGE}`);
  const failOn = values["fail-on"] ?? "critical";
  if (!FAIL_ON_VALUES.includes(failOn)) throw new LoadgateError("LOADGATE_USAGE", `--fail-on: "${failOn}" is not valid (use one of: ${FAIL_ON_VALUES.join(", ")})`);
  const settings = await readImportSettings({
    format: values.format,
    results: values.results,
    baselineResults: values["baseline-results"],
    mapping: values.mapping,
    name: values.name,
    warmup: values.warmup,
    duration: values.duration,
    trials: values.trials,
    startAt: values["start-at"]
  }, FLAGS);
  const profile = values.profile ? applyLevel(await readProfileFile(values.profile), values.level, values.profile) : void 0;
  if (values.shard !== void 0) {
    const written = await writeShardResult({ ...settings, name: settings.name ?? profile?.name }, values.shard, "--shard", profile?.load, values["shard-out"]);
    log.info(`Shard result written to ${written} (merge the shards with loadgate merge --shards DIR)`);
    return 0;
  }
  const store = new DirectoryBaselineStore(resolve(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR));
  const { report } = await runImportPipeline(
    { ...settings, ...profile ? { profile } : {}, failOn, saveBaseline: values["save-baseline"] ?? false },
    { store, log, runner: currentRunner }
  );
  process.stdout.write("\n" + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
async function writeOut(path, text) {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}
export {
  IMPORT_USAGE,
  runImportCommand
};
