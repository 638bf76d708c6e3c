import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  shardFileName,
  shardResultOf
} from "./chunk-PBRNCMXN.js";
import {
  require_dist
} from "./chunk-IJILV7IM.js";
import {
  DEFAULT_SEED,
  deriveSeed,
  parseDurationMs,
  planTrials,
  trialIndexAt
} from "./chunk-ZPEXDWHR.js";
import {
  LoadgateError,
  STATUS_CODE_SLOTS,
  createEndpointCounters,
  recordErrorSample,
  releaseEndpointCounters,
  runHealthWarnings,
  summarizeEndpoints
} from "./chunk-4LOQ5PND.js";
import {
  __toESM
} from "./chunk-QAD4NADN.js";

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

// src/import/mapping.ts
var import_yaml = __toESM(require_dist(), 1);
import { readFile } from "node:fs/promises";
var ENDPOINT_NAME = /^[A-Za-z0-9._-]{1,64}$/;
function endpointNameOf(label) {
  if (ENDPOINT_NAME.test(label)) return label;
  const name = label.replace(/[^A-Za-z0-9._-]+/g, "_").replace(/^_+|_+$/g, "").slice(0, 64);
  return name || "endpoint";
}
function mapLabel(mapping, label) {
  const mapped = mapping?.get(label);
  if (mapped === null) return void 0;
  return mapped ?? endpointNameOf(label);
}
function parseEndpointMapping(text, file) {
  const lines = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text, { lineCounter: lines });
  const at = (offset) => offset === void 0 ? "" : ` \u2014 ${file}:${lines.linePos(offset).line}`;
  const problems = doc.errors.map((e) => `${e.message.split("\n")[0]}${at(e.pos[0])}`);
  const mapping = /* @__PURE__ */ new Map();
  if (problems.length === 0) {
    const root = doc.contents;
    if (!(0, import_yaml.isMap)(root)) {
      problems.push(`the mapping must be a mapping with one key, endpoints: (label \u2192 endpoint name)${at(root?.range?.[0])}`);
    } else {
      for (const item of root.items) {
        const key = (0, import_yaml.isScalar)(item.key) ? String(item.key.value) : "";
        if (key !== "endpoints") {
          problems.push(`${key || "a key"}: unknown key (the only key is endpoints)${at((0, import_yaml.isScalar)(item.key) ? item.key.range?.[0] : void 0)}`);
          continue;
        }
        if (!(0, import_yaml.isMap)(item.value)) {
          problems.push(`endpoints: must map each label to an endpoint name${at(item.value?.range?.[0])}`);
          continue;
        }
        for (const entry of item.value.items) {
          const label = (0, import_yaml.isScalar)(entry.key) ? String(entry.key.value) : void 0;
          const value = (0, import_yaml.isScalar)(entry.value) ? entry.value.value : entry.value === null ? null : void 0;
          const where = at((0, import_yaml.isScalar)(entry.key) ? entry.key.range?.[0] : void 0);
          if (label === void 0 || label === "") problems.push(`endpoints: a label must be a non-empty string${where}`);
          else if (value === null) mapping.set(label, null);
          else if (typeof value !== "string" || !ENDPOINT_NAME.test(value.trim())) {
            problems.push(`endpoints."${label}": ${JSON.stringify(value ?? "(a list or mapping)")} is not an endpoint name (1 to 64 letters, digits, ".", "_" or "-"; or null to leave the label out)${where}`);
          } else mapping.set(label, value.trim());
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `endpoint mapping ${file} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:
  ${problems.join("\n  ")}`);
  }
  return mapping;
}
async function readEndpointMapping(file) {
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (err) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `endpoint mapping ${file}: ${err.code === "ENOENT" ? "no such file" : err.message}`);
  }
  return parseEndpointMapping(text, file);
}

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

// src/shard/write.ts
import { mkdir, writeFile } from "node:fs/promises";
import { basename, dirname, extname, resolve } from "node:path";

// src/import/csv.ts
function splitCsvLine(line, delimiter = ",") {
  if (line.indexOf('"') === -1) return line.split(delimiter);
  const fields = [];
  let i = 0;
  for (; ; ) {
    if (line[i] === '"') {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        const q = line.indexOf('"', j);
        if (q === -1) return { problem: "a quoted field is not closed (the line was cut, or a field spans lines)" };
        value += line.slice(j, q);
        if (line[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      fields.push(value);
      if (i >= line.length) return fields;
      if (line[i] !== delimiter) return { problem: `unexpected text after a quoted field at column ${i + 1}` };
      i++;
    } else {
      const d = line.indexOf(delimiter, i);
      if (d === -1) {
        fields.push(line.slice(i));
        return fields;
      }
      fields.push(line.slice(i, d));
      i = d + 1;
    }
  }
}

// src/import/errors.ts
var IMPORT_ERROR_CODE = "LOADGATE_IMPORT_INVALID";
function importError(file, line, problem) {
  return new LoadgateError(IMPORT_ERROR_CODE, `${file}${line === void 0 ? "" : `:${line}`}: ${problem}`);
}

// src/import/lines.ts
import { createReadStream } from "node:fs";
var NEWLINE = 10;
var CARRIAGE_RETURN = 13;
async function* readLineBatches(path, options = {}) {
  const maxLineBytes = options.maxLineBytes ?? 1024 * 1024;
  const stream = createReadStream(path, { highWaterMark: 1024 * 1024 });
  let carry;
  let line = 0;
  try {
    for await (const chunk of stream) {
      let start = 0;
      let data = chunk;
      const texts = [];
      const first = line + 1;
      if (carry) {
        const end = chunk.indexOf(NEWLINE);
        if (end === -1) {
          data = Buffer.concat([carry, chunk]);
        } else {
          const joined = Buffer.concat([carry, chunk.subarray(0, end)]);
          line++;
          if (joined.length > maxLineBytes) throw importError(path, line, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
          const stop = joined.length > 0 && joined[joined.length - 1] === CARRIAGE_RETURN ? joined.length - 1 : joined.length;
          texts.push(joined.toString("utf8", 0, stop));
          start = end + 1;
        }
        carry = void 0;
      }
      for (; ; ) {
        const end = data.indexOf(NEWLINE, start);
        if (end === -1) break;
        line++;
        if (end - start > maxLineBytes) throw importError(path, line, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
        const stop = end > start && data[end - 1] === CARRIAGE_RETURN ? end - 1 : end;
        texts.push(data.toString("utf8", start, stop));
        start = end + 1;
      }
      if (start < data.length) {
        if (data.length - start > maxLineBytes) throw importError(path, line + 1, `the line is longer than ${maxLineBytes} bytes (not a text results file?)`);
        carry = Buffer.from(data.subarray(start));
      }
      if (texts.length > 0) yield { texts, first };
    }
  } catch (err) {
    if (err.code === "ENOENT") throw importError(path, void 0, "no such file");
    if (err.code === "EISDIR") throw importError(path, void 0, "is a directory, not a results file");
    throw err;
  } finally {
    stream.destroy();
  }
  if (carry && carry.length > 0) {
    line++;
    if (options.requireFinalNewline) {
      throw importError(path, line, "the last line has no newline: the file was cut off while being written (truncated)");
    }
    const stop = carry[carry.length - 1] === CARRIAGE_RETURN ? carry.length - 1 : carry.length;
    yield { texts: [carry.toString("utf8", 0, stop)], first: line };
  }
}
async function* readLines(path, options = {}) {
  for await (const batch of readLineBatches(path, options)) {
    for (let i = 0; i < batch.texts.length; i++) yield { text: batch.texts[i], line: batch.first + i };
  }
}

// src/import/jmeter.ts
var REQUIRED = ["timeStamp", "elapsed", "label", "responseCode", "success"];
var SECONDS_BELOW = 1e11;
function jmeterSource(file) {
  return { file, span: () => jtlSpan(file), read: () => readJtl(file) };
}
async function* readJtl(file) {
  const parser = new JtlParser(file);
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    const out = [];
    for (let i = 0; i < batch.texts.length; i++) parser.parse(batch.texts[i], batch.first + i, out);
    yield out;
  }
  if (!parser.sawHeader) throw importError(file, void 0, "the file is empty (a JTL CSV file starts with a header line)");
}
async function jtlSpan(file) {
  const parser = new JtlParser(file);
  let first = Infinity;
  let last = -Infinity;
  let samples = 0;
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === "") continue;
      if (!parser.sawHeader || !parser.defaultLayout) {
        parser.parse(text, batch.first + i, []);
        if (!parser.sawHeader) continue;
        if (!parser.defaultLayout && parser.lastSample) {
          samples++;
          if (parser.lastSample.startMs < first) first = parser.lastSample.startMs;
          if (parser.lastSample.endMs > last) last = parser.lastSample.endMs;
        }
        continue;
      }
      const c1 = text.indexOf(",");
      const c2 = text.indexOf(",", c1 + 1);
      const start = Number(text.slice(0, c1));
      const elapsed = Number(text.slice(c1 + 1, c2));
      if (c1 <= 0 || c2 <= c1 + 1 || !(start >= SECONDS_BELOW) || !Number.isSafeInteger(start) || !(elapsed >= 0)) {
        parser.parse(text, batch.first + i, []);
        continue;
      }
      samples++;
      if (start < first) first = start;
      if (start + elapsed > last) last = start + elapsed;
    }
  }
  if (!parser.sawHeader) throw importError(file, void 0, "the file is empty (a JTL CSV file starts with a header line)");
  return { first, last, samples };
}
var JtlParser = class {
  constructor(file) {
    this.file = file;
  }
  file;
  columns;
  width = 0;
  lastThreads = -1;
  /** The last sample parsed (for the quick pass when the layout is not the default). */
  lastSample;
  get sawHeader() {
    return this.columns !== void 0;
  }
  /** timeStamp and elapsed are the first two columns, as JMeter writes them by default. */
  get defaultLayout() {
    return this.columns?.timeStamp === 0 && this.columns.elapsed === 1;
  }
  parse(text, line, out) {
    const file = this.file;
    if (text === "") return;
    const columns = this.columns;
    if (!columns) {
      const header = splitCsvLine(text);
      const names = Array.isArray(header) ? header : [];
      const missing = REQUIRED.filter((c) => !names.includes(c));
      if (missing.length > 0) {
        throw importError(file, line, `not a JMeter JTL CSV header: expected the columns ${REQUIRED.join(", ")} (missing ${missing.join(", ")}); got "${clip(text)}" (save results as CSV with field names: jmeter.save.saveservice.output_format=csv, print_field_names=true)`);
      }
      this.columns = Object.fromEntries(names.map((n, i) => [n, i]));
      this.width = names.length;
      return;
    }
    const fields = splitCsvLine(text);
    if (!Array.isArray(fields)) throw importError(file, line, fields.problem);
    if (fields.length !== this.width) {
      throw importError(file, line, `${fields.length} fields where the header has ${this.width}${fields.length < this.width ? " (a cut line?)" : " (an unquoted comma in a label?)"}`);
    }
    const timeStamp = fields[columns.timeStamp];
    const startMs = Number(timeStamp);
    if (!Number.isSafeInteger(startMs) || timeStamp.length === 0 || timeStamp.charCodeAt(0) === 45) {
      throw importError(file, line, `timeStamp "${clip(timeStamp)}" is not epoch milliseconds (set jmeter.save.saveservice.timestamp_format=ms)`);
    }
    if (startMs < SECONDS_BELOW) {
      throw importError(file, line, `timeStamp ${timeStamp} is in seconds, not milliseconds (mixed units: JTL timestamps are epoch milliseconds)`);
    }
    const elapsed = Number(fields[columns.elapsed]);
    if (!Number.isSafeInteger(elapsed) || elapsed < 0 || fields[columns.elapsed] === "") {
      throw importError(file, line, `elapsed "${clip(fields[columns.elapsed])}" is not a whole number of milliseconds`);
    }
    this.lastSample = { startMs, endMs: startMs + elapsed };
    const code = fields[columns.responseCode];
    const success = fields[columns.success];
    if (success !== "true" && success !== "false") throw importError(file, line, `success "${clip(success)}" is not true or false`);
    const status = code.length === 3 && /^\d{3}$/.test(code) ? Number(code) : 0;
    if (columns.allThreads !== void 0) {
      const threads = Number(fields[columns.allThreads]);
      if (threads > this.lastThreads) {
        this.lastThreads = threads;
        out.push({ kind: "concurrency", value: threads });
      }
    }
    const label = fields[columns.label];
    const url = columns.URL === void 0 ? void 0 : fields[columns.URL] || void 0;
    if (success === "true") {
      out.push({ label, url, startMs, latencyMs: elapsed, status });
      return;
    }
    const failure = columns.failureMessage === void 0 ? "" : fields[columns.failureMessage];
    const message = columns.responseMessage === void 0 ? "" : fields[columns.responseMessage];
    const errorClass = status > 0 ? "status" : classifyNonHttp(code, message);
    out.push({ label, url, startMs, latencyMs: elapsed, status, errorClass, message: errorMessage(status, code, message, failure) });
  }
};
function classifyNonHttp(code, message) {
  const text = `${code} ${message}`;
  if (/ConnectException|Connection refused|HttpHostConnectException/i.test(text)) return "refused";
  if (/Timeout|timed out/i.test(text)) return "timeout";
  if (/Connection reset|NoHttpResponseException|SocketException|Broken pipe/i.test(text)) return "reset";
  return "other";
}
function errorMessage(status, code, message, failure) {
  if (status > 0) return failure ? `status ${status}: ${failure}` : `status ${status}${message ? ` ${message}` : ""}`;
  return [code, message].filter(Boolean).join(": ");
}
function clip(text) {
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}

// src/import/k6.ts
var DURATION = "http_req_duration";
function k6Source(file) {
  return { file, span: () => k6Span(file), read: () => readK6(file) };
}
async function* readK6(file) {
  let lines = 0;
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    const out = [];
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === "") continue;
      lines++;
      parseK6Line(file, text, batch.first + i, out);
    }
    yield out;
  }
  if (lines === 0) throw importError(file, void 0, "the file is empty (k6 JSON output has one JSON object per line)");
}
async function k6Span(file) {
  let first = Infinity;
  let last = -Infinity;
  let samples = 0;
  let lines = 0;
  const one = [];
  for await (const batch of readLineBatches(file, { requireFinalNewline: true })) {
    for (let i = 0; i < batch.texts.length; i++) {
      const text = batch.texts[i];
      if (text === "") continue;
      lines++;
      if (!text.includes(`"metric":"${DURATION}"`) || !text.includes('"type":"Point"')) {
        if (text.includes('"type":"Metric"') || text.charCodeAt(0) !== 123 || text.charCodeAt(text.length - 1) !== 125) parseK6Line(file, text, batch.first + i, []);
        continue;
      }
      const t = text.indexOf('"time":"');
      const tEnd = t === -1 ? -1 : text.indexOf('"', t + 8);
      const v = text.indexOf('"value":');
      const vEnd = v === -1 ? -1 : Math.min(...[text.indexOf(",", v), text.indexOf("}", v)].filter((x) => x !== -1));
      const endMs = tEnd === -1 ? NaN : parseRfc3339Ms(text.slice(t + 8, tEnd));
      const value = vEnd === -1 ? NaN : Number(text.slice(v + 8, vEnd));
      if (!Number.isFinite(endMs) || !(value >= 0)) {
        one.length = 0;
        parseK6Line(file, text, batch.first + i, one);
        continue;
      }
      samples++;
      if (endMs - value < first) first = endMs - value;
      if (endMs > last) last = endMs;
    }
  }
  if (lines === 0) throw importError(file, void 0, "the file is empty (k6 JSON output has one JSON object per line)");
  return { first, last, samples };
}
function parseK6Line(file, text, line, out) {
  if (text.charCodeAt(0) !== 123 || text.charCodeAt(text.length - 1) !== 125) {
    throw importError(file, line, `not a line of k6 JSON output (each line is one JSON object, {"type":"Metric"|"Point",\u2026}); got "${clip2(text)}"`);
  }
  const interesting = text.includes(`"metric":"${DURATION}"`) || text.includes('"metric":"vus"');
  if (!interesting) {
    if (!text.startsWith('{"type":"Point"') && !text.startsWith('{"type":"Metric"') && !/"type"\s*:\s*"(Point|Metric)"/.test(text)) {
      throw importError(file, line, `not a line of k6 JSON output (no "type":"Point" or "Metric"); got "${clip2(text)}"`);
    }
    return;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw importError(file, line, `not valid JSON (${err.message})`);
  }
  if (parsed.type === "Metric") {
    if (parsed.metric === DURATION && parsed.data?.contains !== "time") {
      throw importError(file, line, `${DURATION} is declared with contains "${String(parsed.data?.contains)}", not "time" (mixed units: loadgate reads it as milliseconds)`);
    }
    return;
  }
  if (parsed.type !== "Point") throw importError(file, line, `"type" is ${JSON.stringify(parsed.type)}, not "Point" or "Metric"`);
  const data = parsed.data ?? {};
  const endMs = typeof data.time === "string" ? parseRfc3339Ms(data.time) : NaN;
  if (!Number.isFinite(endMs)) throw importError(file, line, `data.time ${JSON.stringify(data.time)} is not an RFC 3339 time`);
  const value = data.value;
  if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
    throw importError(file, line, `data.value ${JSON.stringify(value)} is not a number >= 0`);
  }
  if (parsed.metric === "vus") {
    out.push({ kind: "concurrency", value });
    return;
  }
  const tags = data.tags ?? {};
  const status = Number(tags.status ?? 0) || 0;
  const url = typeof tags.url === "string" ? tags.url : void 0;
  const label = typeof tags.name === "string" && tags.name ? tags.name : url ?? DURATION;
  const failed = tags.expected_response === "false" || status === 0;
  const errorClass = failed ? status > 0 ? "status" : classifyK6Error(String(tags.error_code ?? "")) : void 0;
  out.push({
    label,
    method: typeof tags.method === "string" ? tags.method : void 0,
    url,
    startMs: endMs - value,
    latencyMs: value,
    status,
    ...errorClass ? { errorClass, message: errorMessage2(status, tags) } : {}
  });
}
function classifyK6Error(code) {
  if (code === "1050" || code === "1211") return "timeout";
  if (code === "1212") return "refused";
  if (code === "1220") return "reset";
  return "other";
}
function parseRfc3339Ms(text) {
  const ms = Date.parse(text);
  if (!Number.isFinite(ms)) return NaN;
  const fraction = /\.(\d{4,})/.exec(text);
  if (!fraction) return ms;
  const sub = fraction[1].slice(3, 6).padEnd(3, "0");
  return ms + Number(sub) / 1e3;
}
function errorMessage2(status, tags) {
  if (status > 0) return `status ${status}`;
  const error = typeof tags.error === "string" ? tags.error : "no answer";
  return tags.error_code ? `${error} (k6 error ${String(tags.error_code)})` : error;
}
function clip2(text) {
  return text.length > 80 ? `${text.slice(0, 79)}\u2026` : text;
}

// src/import/window.ts
var DEFAULT_IMPORT_TRIALS = 10;
function planImportWindow(firstStartMs, lastEndMs, options) {
  const startMs = options.startAtMs ?? firstStartMs;
  const warmupMs = options.warmupMs ?? 0;
  const trials = options.trials ?? DEFAULT_IMPORT_TRIALS;
  let durationMs = options.durationMs;
  if (durationMs === void 0) {
    const coveredMs = lastEndMs - startMs - warmupMs;
    durationMs = coveredMs >= 1e3 ? Math.round(coveredMs / 1e3) * 1e3 : coveredMs;
    if (!(durationMs > 0)) {
      return {
        problem: warmupMs > 0 ? `no samples in the measured window: the samples cover ${formatSeconds(Math.max(0, lastEndMs - startMs))} from the start, which the ${formatSeconds(warmupMs)} warm-up takes whole (shorten the warm-up or import a longer run)` : "no samples in the measured window: the samples cover no time at all"
      };
    }
  }
  const load = { model: "closed", connections: 1, warmupMs, durationMs, trials, requestTimeoutMs: 0 };
  return { startMs, plan: planTrials(load) };
}
function formatSeconds(ms) {
  return `${Number((ms / 1e3).toFixed(3))} s`;
}

// src/import/raw-bin.ts
var isConcurrency = (r) => r.kind === "concurrency";
async function binRawSamples(source, options, mapping, onCounters) {
  const span = await source.span();
  if (span.samples === 0) throw importError(source.file, void 0, "no samples: the file holds no request this format records");
  const window = planImportWindow(span.first, span.last, options);
  if ("problem" in window) throw importError(source.file, void 0, window.problem);
  const plan = window.plan;
  const counters = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  let samples = 0;
  let outside = 0;
  let concurrency = 0;
  let lastAnswerMs;
  let failuresSinceAnswer = 0;
  try {
    for await (const batch of source.read()) for (const record of batch) {
      if (isConcurrency(record)) {
        if (record.value > concurrency) concurrency = record.value;
        continue;
      }
      const name = mapLabel(mapping, record.label);
      if (name === void 0) continue;
      samples++;
      const at = record.startMs - window.startMs;
      const index = trialIndexAt(plan, at);
      if (index < 0 || index >= plan.trials.length) {
        outside++;
        continue;
      }
      let endpoint = counters.get(name);
      if (!endpoint) {
        const e = { method: record.method ?? "", path: pathOf(record.url, record.label) };
        seen.set(name, e);
        endpoint = createEndpointCounters({ name, ...e, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length);
        counters.set(name, endpoint);
      }
      const trial = endpoint.trials[index];
      trial.requests++;
      const answered = record.status > 0 && record.latencyMs !== void 0;
      if (answered) {
        if (record.status < STATUS_CODE_SLOTS) trial.statusCounts[record.status]++;
        trial.latency.recordMicros(record.latencyMs * 1e3);
        const answerAt = at + record.latencyMs;
        if (lastAnswerMs === void 0 || answerAt > lastAnswerMs) lastAnswerMs = answerAt;
      }
      if (record.errorClass) {
        trial.errors[record.errorClass]++;
        if (!answered) failuresSinceAnswer++;
        const cls = record.errorClass;
        recordErrorSample(endpoint, cls, () => record.message ?? (cls === "status" ? `status ${record.status}` : cls));
      }
    }
    if (counters.size === 0) {
      throw importError(source.file, void 0, `no samples in the measured window (${formatSeconds(plan.warmupMs)} warm-up, then ${formatSeconds(plan.totalMs - plan.warmupMs)}): all ${samples} samples fall outside it`);
    }
    const names = [...counters.keys()].sort();
    onCounters?.(names.map((n) => counters.get(n)));
    const summarized = summarizeEndpoints(names.map((n) => counters.get(n)), plan.trialDurationMs);
    const warnings = runHealthWarnings({
      model: "closed",
      endpoints: summarized,
      warmupMs: plan.warmupMs,
      durationMs: plan.totalMs - plan.warmupMs,
      lastAnswerMs,
      // Failures after the last answer are not tracked in order here; only "no answers" matters for imports.
      failuresSinceAnswer: lastAnswerMs === void 0 ? failuresSinceAnswer : 0
    });
    return {
      firstSampleMs: span.first,
      measurement: {
        startedAt: new Date(window.startMs),
        finishedAt: new Date(window.startMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints: summarized,
        warnings,
        connections: Math.max(1, concurrency)
      },
      window,
      endpoints: names.map((name) => ({ name, ...seen.get(name) })),
      samples,
      outside
    };
  } finally {
    releaseEndpointCounters([...counters.values()]);
  }
}
function pathOf(url, label) {
  if (!url) return label.startsWith("/") ? label : `/${label}`;
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url.startsWith("/") ? url : `/${url}`;
  }
}

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
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count) {
    throw new LoadgateError("LOADGATE_INPUT_INVALID", `${field}: "${value}" is not a shard (use i/N with 1 <= i <= N <= ${MAX_SHARDS}, e.g. 2/4 \u2014 in a matrix: \${{ matrix.shard }}/4)`);
  }
  return { index, count };
}
function dealOut(total, count) {
  const base = Math.floor(total / count);
  const extra = total % count;
  return Array.from({ length: count }, (_, k) => base + (k < extra ? 1 : 0));
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
  importError,
  splitCsvLine,
  readLines,
  jmeterSource,
  k6Source,
  mapLabel,
  DEFAULT_IMPORT_TRIALS,
  planImportWindow,
  binRawSamples,
  pathOf,
  IMPORT_FORMATS,
  FORMAT_TOOL,
  FORMAT_RESOLUTION,
  parseStartAt,
  readImportSettings,
  parseShard,
  planShard,
  writeShardResult,
  saveShardResult
};
