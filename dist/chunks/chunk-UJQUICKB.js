import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  readEndpointMapping
} from "./chunk-RFWB6LLJ.js";
import {
  parseDurationMs
} from "./chunk-ZUPHJSGO.js";
import {
  LoadgateError
} from "./chunk-YHUW4X3V.js";

// src/import/types.ts
var IMPORT_FORMATS = ["jmeter", "k6", "locust", "artillery", "autocannon"];
var FORMAT_TOOL = {
  jmeter: "JMeter (JTL CSV)",
  k6: "k6 (JSON output)",
  locust: "Locust (CSV stats history)",
  artillery: "Artillery (JSON report)",
  autocannon: "autocannon (JSON)"
};
var FORMAT_RESOLUTION = {
  jmeter: "JMeter writes each latency (elapsed) in whole milliseconds",
  locust: "Locust rounds each response time to whole milliseconds (from 100 ms to two significant digits: 147 \u2192 150; its FastHttpUser cuts the fraction off first) and writes its percentiles in whole milliseconds",
  autocannon: "autocannon reports its latency percentiles in whole milliseconds"
};

// src/import/settings.ts
var MAX_IMPORT_TRIALS = 1e3;
function parseStartAt(value) {
  if (/^\d{13}$/.test(value)) return Number(value);
  if (/^\d{10}$/.test(value)) return Number(value) * 1e3;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return void 0;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : void 0;
}
async function readImportSettings(raw, names) {
  const problems = [];
  const bad = (key, value, valid) => problems.push(`${names[key]}: "${value}" ${valid}`);
  const format = raw.format?.trim() ?? "";
  if (!format) problems.push(`${names.format}: required with ${names.results} (one of: ${IMPORT_FORMATS.join(", ")})`);
  else if (!IMPORT_FORMATS.includes(format)) bad("format", format, `is not a results format loadgate imports (use one of: ${IMPORT_FORMATS.join(", ")})`);
  const file = raw.results?.trim() ?? "";
  if (!file) problems.push(`${names.results}: required (the results file the other tool wrote)`);
  const window = {};
  for (const key of ["warmup", "duration"]) {
    const value = raw[key]?.trim();
    if (!value) continue;
    const ms = parseDurationMs(value);
    if (ms === void 0 || key === "duration" && ms <= 0) bad(key, value, `is not a ${key === "duration" ? "positive " : ""}duration (use e.g. 5s, 1m30s)`);
    else window[key === "warmup" ? "warmupMs" : "durationMs"] = ms;
  }
  const trials = raw.trials?.trim();
  if (trials) {
    const n = Number(trials);
    if (!/^\d+$/.test(trials) || n < 1 || n > MAX_IMPORT_TRIALS) bad("trials", trials, `is not a whole number from 1 to ${MAX_IMPORT_TRIALS}`);
    else window.trials = n;
  }
  const startAt = raw.startAt?.trim();
  if (startAt) {
    const ms = parseStartAt(startAt);
    if (ms === void 0) bad("startAt", startAt, "is not a time (use ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds)");
    else window.startAtMs = ms;
  }
  const name = raw.name?.trim();
  if (name !== void 0 && name !== "" && !/^[A-Za-z0-9._-]{1,100}$/.test(name)) bad("name", name, "is not a run name (1 to 100 letters, digits, dots, dashes or underscores)");
  if (problems.length > 0) throw new LoadgateError("LOADGATE_INPUT_INVALID", problems.length === 1 ? problems[0] : `${problems.length} problems:
  ${problems.join("\n  ")}`);
  const mappingFile = raw.mapping?.trim();
  const baselineFile = raw.baselineResults?.trim();
  return {
    format,
    file,
    ...baselineFile ? { baselineFile } : {},
    ...mappingFile ? { mapping: await readEndpointMapping(mappingFile) } : {},
    ...name ? { name } : {},
    window
  };
}

export {
  FORMAT_TOOL,
  FORMAT_RESOLUTION,
  parseStartAt,
  readImportSettings
};
