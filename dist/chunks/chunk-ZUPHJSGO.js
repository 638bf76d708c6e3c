import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

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
  randomUuid,
  DEFAULT_SEED,
  deriveSeed
};
