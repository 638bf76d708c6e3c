import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  LoadgateError
} from "./chunk-4LOQ5PND.js";

// src/plan/random.ts
function createRandomSource(seed) {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`createRandomSource: seed ${String(seed)} is not an integer`);
  let s = seed >>> 0;
  const splitmix = () => {
    s = s + 2654435769 | 0;
    let z = s;
    z = Math.imul(z ^ z >>> 16, 2246822507);
    z = Math.imul(z ^ z >>> 13, 3266489909);
    return (z ^ z >>> 16) >>> 0;
  };
  let a = splitmix();
  let b = splitmix();
  let c = splitmix();
  let d = splitmix();
  const next = () => {
    const t = (a + b | 0) + d | 0;
    d = d + 1 | 0;
    a = b ^ b >>> 9;
    b = c + (c << 3) | 0;
    c = c << 21 | c >>> 11;
    c = c + t | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}
function randomInteger(random, min, max) {
  return min + Math.floor(random() * (max - min + 1));
}
function randomUuid(random) {
  let hex = "";
  for (let i = 0; i < 16; i++) {
    let byte = Math.floor(random() * 256);
    if (i === 6) byte = byte & 15 | 64;
    if (i === 8) byte = byte & 63 | 128;
    hex += byte.toString(16).padStart(2, "0");
  }
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
var DEFAULT_SEED = 1;
function deriveSeed(seed, index) {
  return Math.imul(seed ^ 1540483477, 668265261) + Math.imul(index + 1, 374761393) >>> 0;
}

// src/plan/trial-plan.ts
function planTrials(load) {
  const { warmupMs, durationMs, trials: count } = load;
  if (!(warmupMs >= 0) || !Number.isFinite(warmupMs)) {
    throw new RangeError(`planTrials: warmupMs ${String(warmupMs)} must be a finite number >= 0`);
  }
  if (!(durationMs > 0) || !Number.isFinite(durationMs)) {
    throw new RangeError(`planTrials: durationMs ${String(durationMs)} must be a finite number > 0`);
  }
  if (!Number.isSafeInteger(count) || count < 1) {
    throw new RangeError(`planTrials: trials ${String(count)} must be an integer >= 1`);
  }
  const trialDurationMs = durationMs / count;
  const totalMs = warmupMs + durationMs;
  const trials = [];
  for (let index = 0; index < count; index++) {
    trials.push({
      index,
      startMs: warmupMs + index * trialDurationMs,
      // Pin the last end to totalMs so floating-point sums cannot leave a sliver uncovered.
      endMs: index === count - 1 ? totalMs : warmupMs + (index + 1) * trialDurationMs
    });
  }
  return { warmupMs, trialDurationMs, trials, totalMs };
}
function trialIndexAt(plan, elapsedMs) {
  const count = plan.trials.length;
  if (elapsedMs < plan.warmupMs) return -1;
  if (elapsedMs >= plan.totalMs) return count;
  const index = Math.floor((elapsedMs - plan.warmupMs) / plan.trialDurationMs);
  return index < count ? index : count - 1;
}

// src/load/target-url.ts
function userInfoProblem(url) {
  if (url.username === "" && url.password === "") return void 0;
  return `"${url.protocol}//***@${url.host}${url.pathname === "/" ? "" : url.pathname}" must not carry a user name or password (they would be printed in the log and report, and are never sent); send credentials in a header from a secret instead, e.g. headers: { authorization: "Basic {{ env API_CREDENTIALS }}" }`;
}
function quoteNonUrl(text) {
  const shown = text.replace(/^[^/]*@/, "***@");
  return JSON.stringify(shown.length > 60 ? `${shown.slice(0, 57)}...` : shown);
}
function targetUrlProblem(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    url = void 0;
  }
  if (url === void 0 || !text.includes("://")) {
    const example = /^[\w.-]+(:\d+)?(\/.*)?$/.test(text) ? `http://${text}` : "http://127.0.0.1:8080";
    return `${quoteNonUrl(text)} is not an absolute URL (use http:// or https://, e.g. ${example})`;
  }
  const credentials = userInfoProblem(url);
  if (credentials) return credentials;
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `"${text}" must use http or https, not ${url.protocol.replace(":", "")}`;
  }
  if (url.search !== "" || url.hash !== "") return `"${text}" must not have a query or fragment (put those in each endpoint path)`;
  return void 0;
}
function parseTarget(targetUrl) {
  const problem = targetUrlProblem(targetUrl);
  if (problem) return `targetUrl ${problem}`;
  const url = new URL(targetUrl);
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, "") };
}
function joinUrl(base, path) {
  return base.replace(/\/+$/, "") + path;
}
function joinPath(basePath, endpointPath) {
  const path = endpointPath.startsWith("/") ? endpointPath : `/${endpointPath}`;
  return basePath + path;
}

// src/profile/duration.ts
var UNIT_MS = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
var UNIT_ORDER = ["h", "m", "s", "ms"];
var PART = /(\d+(?:\.\d+)?)(ms|h|m|s)/y;
function parseDurationMs(value) {
  if (typeof value !== "string" || value === "") return void 0;
  let totalMs = 0;
  let lastUnitIndex = -1;
  PART.lastIndex = 0;
  while (PART.lastIndex < value.length) {
    const match = PART.exec(value);
    if (!match) return void 0;
    const unitIndex = UNIT_ORDER.indexOf(match[2]);
    if (unitIndex <= lastUnitIndex) return void 0;
    lastUnitIndex = unitIndex;
    totalMs += Number(match[1]) * UNIT_MS[match[2]];
  }
  if (!Number.isFinite(totalMs)) return void 0;
  return Math.round(totalMs * 1e3) / 1e3;
}
function formatDurationMs(ms) {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 0) return `-${formatDurationMs(-ms)}`;
  if (ms === 0) return "0s";
  let rest = ms;
  let text = "";
  for (const unit of UNIT_ORDER) {
    const count = unit === "ms" ? Math.round(rest * 1e3) / 1e3 : Math.floor(rest / UNIT_MS[unit]);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * UNIT_MS[unit];
  }
  return text;
}

// src/profile/suggest.ts
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
function folded(key) {
  return key.toLowerCase().replace(/[_-]/g, "");
}
function suggestKey(key, valid) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of valid) {
    const distance = editDistance(folded(key), folded(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const limit = Math.min(2, Math.ceil(key.length / 2) - 1);
  return bestDistance <= limit ? best : void 0;
}

// src/profile/read.ts
var NAME = /^[A-Za-z0-9._-]+$/;
var NAME_MAX = 64;
var DURATION_HINT = "(use 500ms, 30s, 5m, 1h)";
function joinPath2(parent, key) {
  if (typeof key === "number") return `${parent}[${key}]`;
  const segment = /^[A-Za-z0-9_$-]+$/.test(key) ? key : JSON.stringify(key);
  return parent === "" ? segment : `${parent}.${segment}`;
}
function describeValue(value) {
  if (value === null || value === void 0) return "an empty value";
  if (typeof value === "string") {
    return JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);
  }
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return String(value);
}
function setOwn(record, key, value) {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}
function getOwn(record, key) {
  return record !== void 0 && Object.hasOwn(record, key) ? record[key] : void 0;
}
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function readMapping(value, path, valid, issues) {
  if (!isMapping(value)) {
    issues.push({ path, message: `${describeValue(value)} is not a mapping (valid keys: ${valid.join(", ")})` });
    return void 0;
  }
  for (const key of Object.keys(value)) {
    if (valid.includes(key)) continue;
    const guess = suggestKey(key, valid);
    const hint = guess === void 0 ? "" : `; did you mean "${guess}"?`;
    issues.push({ path: joinPath2(path, key), message: `unknown key (valid: ${valid.join(", ")})${hint}` });
  }
  return value;
}
function requireKey(mapping, key, path, what, issues) {
  if (mapping[key] !== void 0) return true;
  issues.push({ path: joinPath2(path, key), message: `is required (${what})` });
  return false;
}
function readInteger(value, path, min, max, issues) {
  if (typeof value === "number" && Number.isInteger(value) && value >= min && (max === void 0 || value <= max)) {
    return value;
  }
  const range = max === void 0 ? `>= ${min}` : `between ${min} and ${max}`;
  issues.push({ path, message: `${describeValue(value)} is not a whole number ${range}` });
  return void 0;
}
var MAX_DURATION_MS = 24 * 36e5;
function readDuration(value, path, allowZero, issues, maxMs = MAX_DURATION_MS) {
  const ms = parseDurationMs(value);
  if (ms === void 0) {
    const message = typeof value === "number" ? `${value} has no unit; write "${value}s" for seconds ${DURATION_HINT}` : `${describeValue(value)} is not a duration ${DURATION_HINT}`;
    issues.push({ path, message });
    return void 0;
  }
  if (ms === 0 && !allowZero) {
    issues.push({ path, message: `${describeValue(value)} must be longer than zero` });
    return void 0;
  }
  if (ms > maxMs) {
    issues.push({ path, message: `${describeValue(value)} is longer than ${formatDurationMs(maxMs)}, the most this key allows` });
    return void 0;
  }
  return ms;
}
function readName(value, path, issues) {
  if (typeof value === "string" && NAME.test(value) && value.length <= NAME_MAX) return value;
  const why = typeof value === "string" && value.length > NAME_MAX ? `is longer than ${NAME_MAX} characters` : 'is not a name (letters, digits, ".", "_" and "-" only, as it goes into file names and cache keys)';
  issues.push({ path, message: `${describeValue(value)} ${why}` });
  return void 0;
}
function readUrlPath(value, path, issues) {
  if (typeof value === "string" && value.startsWith("/") && !/[\s\x00-\x1f\x7f#]/.test(value)) return value;
  const why = typeof value === "string" && value.startsWith("/") ? 'contains a space, a control character or "#" (percent-encode it)' : 'is not a path starting with "/" (e.g. /api/items?limit=10)';
  issues.push({ path, message: `${describeValue(value)} ${why}` });
  return void 0;
}
function readFraction(value, path, issues) {
  if (typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1) return value;
  if (typeof value === "string") {
    const match = /^(\d+(?:\.\d+)?)%$/.exec(value);
    if (match) return Math.round(Number(match[1]) * 1e6) / 1e8;
  }
  const hint = typeof value === "number" && value > 1 ? `; for ${value}% write "${value}%"` : "";
  issues.push({ path, message: `${describeValue(value)} is not a percentage ("1%") or a fraction between 0 and 1 ("0.01")${hint}` });
  return void 0;
}

// src/profile/template.ts
var EXPRESSION = /\{\{(.*?)\}\}/gs;
var TOKEN = /"([^"]*)"|(\S+)/g;
var BAD_IN_ITEM = /[{}\x00-\x1f\x7f]/;
var INTEGER = /^-?\d{1,15}$/;
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
var WORDS = /* @__PURE__ */ new Set(["int", "choice", "seq", "uuid", "env"]);
var FORMS = "int A B, choice X Y \u2026, seq [START], uuid, env NAME";
function isTemplate(text) {
  return text.includes("{{");
}
function parseTemplate(text, context = "raw", variables = false) {
  const parts = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    if (match.index > last) parts.push({ kind: "text", text: text.slice(last, match.index) });
    let expr = match[1];
    if (context === "json") {
      try {
        expr = JSON.parse(`"${expr}"`);
      } catch {
        return `{{${match[1]}}}: not an expression a JSON string can hold`;
      }
    }
    const part = parseExpression(expr.trim(), variables);
    if (typeof part === "string") return `{{${match[1]}}}: ${part}`;
    parts.push(part);
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes("{{")) return `a "{{" is never closed by "}}" (expressions are ${FORMS}; write {{ "{{" }} for a literal "{{")`;
  if (rest !== "") parts.push({ kind: "text", text: rest });
  return parts;
}
function parseExpression(expr, variables) {
  if (expr === '"{{"') return { kind: "text", text: "{{" };
  const tokens = tokenize(expr);
  if (typeof tokens === "string") return tokens;
  const [word, ...args] = tokens;
  if (variables && args.length === 0 && VARIABLE_NAME.test(word ?? "") && !WORDS.has(word)) return { kind: "var", name: word };
  switch (word) {
    case "int": {
      if (args.length !== 2 || !args.every((a) => INTEGER.test(a))) return "int needs two whole numbers, e.g. {{ int 1 1000 }}";
      const [min, max] = args.map(Number);
      return min <= max ? { kind: "int", min, max } : `int ${min} ${max}: the first bound must not exceed the second`;
    }
    case "choice":
      return args.length > 0 ? { kind: "choice", items: args } : "choice needs at least one item, e.g. {{ choice red green }}";
    case "seq":
      if (args.length === 0) return { kind: "seq", start: 1 };
      return args.length === 1 && INTEGER.test(args[0]) ? { kind: "seq", start: Number(args[0]) } : "seq takes at most one whole number (the start)";
    case "uuid":
      return args.length === 0 ? { kind: "uuid" } : "uuid takes no arguments";
    case "env":
      return args.length === 1 && ENV_NAME.test(args[0]) ? { kind: "env", name: args[0] } : "env needs one variable name, e.g. {{ env API_TOKEN }}";
    default:
      return `${word === void 0 ? "an empty expression" : `"${word}"`} is not a template expression (use ${FORMS})`;
  }
}
function tokenize(expr) {
  const tokens = [];
  let end = 0;
  for (const m of expr.matchAll(TOKEN)) {
    if (expr.slice(end, m.index).trim() !== "") break;
    end = m.index + m[0].length;
    if (m[1] !== void 0) {
      if (BAD_IN_ITEM.test(m[1])) return `the quoted item ${JSON.stringify(m[1])} holds a brace or a control character`;
      tokens.push(m[1]);
    } else if (m[2].includes('"')) {
      return `${JSON.stringify(m[2])}: a quote must open and close a whole item, e.g. {{ choice "red shoes" blue }}`;
    } else {
      tokens.push(m[2]);
    }
  }
  return tokens;
}
function templateLiteralText(parts) {
  return parts.map((p) => p.kind === "text" ? p.text : "x").join("");
}
function templateEnvNames(parts) {
  return parts.flatMap((p) => p.kind === "env" ? [p.name] : []);
}
function templateVariableNames(parts) {
  const names = [];
  for (const p of parts) if (p.kind === "var" && !names.includes(p.name)) names.push(p.name);
  return names;
}
function renderTemplate(parts, ctx, context = "raw") {
  const json = context === "json";
  let out = "";
  for (const p of parts) {
    switch (p.kind) {
      case "text":
        out += p.text;
        break;
      case "int":
        out += String(randomInteger(ctx.random, p.min, p.max));
        break;
      case "choice": {
        const item = p.items[randomInteger(ctx.random, 0, p.items.length - 1)];
        out += json ? jsonStringContent(item) : item;
        break;
      }
      case "seq":
        out += String(p.start + ctx.requestNumber);
        break;
      case "uuid":
        out += randomUuid(ctx.random);
        break;
      case "env":
      case "var": {
        const source = p.kind === "env" ? ctx.env : ctx.vars;
        const value = (source !== void 0 && Object.hasOwn(source, p.name) ? source[p.name] : void 0) ?? "";
        out += json ? jsonStringContent(value) : context === "path" ? encodeURIComponent(value) : value;
        break;
      }
    }
  }
  return out;
}
function jsonStringContent(value) {
  return JSON.stringify(value).slice(1, -1);
}

// src/profile/env.ts
function isRunnerInternal(name) {
  return /^(ACTIONS_|INPUT_)/i.test(name);
}
var HEADER_UNSAFE = /[\x00-\x08\x0a-\x1f\x7f]/;
function endpointTemplateTexts(endpoint, where) {
  const texts = [{ text: endpoint.path, where: `${where}.path`, context: "path" }];
  for (const [name, value] of Object.entries(endpoint.headers)) texts.push({ text: value, where: `${where}.headers.${name}`, context: "header" });
  if (endpoint.body !== void 0) {
    const json = endpoint.bodyFormat === "json";
    texts.push({ text: endpoint.body, where: `${where}.${json ? "json" : "body"}`, context: json ? "json" : "raw" });
  }
  return texts.filter((t) => isTemplate(t.text));
}
function templateEnvironment(endpoints, flows = []) {
  const names = /* @__PURE__ */ new Map();
  const requests = [
    ...endpoints.map((endpoint, i) => [endpoint, `endpoints[${i}]`]),
    ...flows.flatMap((flow, f) => flow.steps.map((step, s) => [step, `flows[${f}].steps[${s}]`]))
  ];
  requests.forEach(([endpoint, at]) => {
    for (const { text, where, context } of endpointTemplateTexts(endpoint, at)) {
      const parts = parseTemplate(text, context, true);
      if (typeof parts === "string") continue;
      for (const name of templateEnvNames(parts)) {
        const uses = names.get(name) ?? [];
        if (!uses.some((u) => u.where === where)) uses.push({ where, context });
        names.set(name, uses);
      }
    }
  });
  return names;
}
function checkTemplateEnvironment(endpoints, env, flows = []) {
  const values = {};
  const missing = [];
  const invalid = [];
  const internal = [];
  for (const [name, uses] of templateEnvironment(endpoints, flows)) {
    const value = getOwn(env, name);
    const inHeader = uses.find((u) => u.context === "header");
    if (isRunnerInternal(name)) internal.push(`${name} (used in ${uses[0].where})`);
    else if (value === void 0 || value === "") missing.push(`${name} (used in ${uses[0].where})`);
    else if (inHeader && HEADER_UNSAFE.test(value)) invalid.push(`${name} (used in ${inHeader.where})`);
    else setOwn(values, name, value);
  }
  const problems = [];
  if (internal.length > 0) {
    problems.push({
      code: "LOADGATE_ENV_INVALID",
      message: `the profile reads runner internals, which are never sent: ${internal.join(", ")}. ACTIONS_* and INPUT_* variables belong to the runner and the step; pass a secret through a variable of its own (env: { API_TOKEN: \${{ secrets.API_TOKEN }} }).`
    });
  }
  if (missing.length > 0) {
    problems.push({ code: "LOADGATE_ENV_MISSING", message: `the profile reads environment variables that are not set: ${missing.join(", ")}. Set them in the step's env: (from secrets).` });
  }
  if (invalid.length > 0) {
    problems.push({ code: "LOADGATE_ENV_INVALID", message: `environment variables used in a header value hold a line break or another control character, which a header cannot carry: ${invalid.join(", ")}` });
  }
  return { values, problems };
}
function resolveTemplateEnvironment(endpoints, env, flows = []) {
  const { values, problems } = checkTemplateEnvironment(endpoints, env, flows);
  if (problems.length > 0) throw new LoadgateError(problems[0].code, problems[0].message);
  return values;
}

export {
  targetUrlProblem,
  parseTarget,
  joinUrl,
  joinPath,
  parseDurationMs,
  formatDurationMs,
  suggestKey,
  joinPath2,
  describeValue,
  setOwn,
  getOwn,
  isMapping,
  readMapping,
  requireKey,
  readInteger,
  MAX_DURATION_MS,
  readDuration,
  readName,
  readUrlPath,
  readFraction,
  createRandomSource,
  randomInteger,
  DEFAULT_SEED,
  deriveSeed,
  VARIABLE_NAME,
  isTemplate,
  parseTemplate,
  templateLiteralText,
  templateEnvNames,
  templateVariableNames,
  renderTemplate,
  HEADER_UNSAFE,
  endpointTemplateTexts,
  checkTemplateEnvironment,
  resolveTemplateEnvironment,
  planTrials,
  trialIndexAt
};
