import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  TimelineRecorder
} from "./chunk-YEQDTY3Y.js";
import {
  DEFAULT_SEED,
  MAX_DURATION_MS,
  createRandomSource,
  deriveSeed,
  isTemplate,
  joinPath,
  parseTarget,
  parseTemplate,
  planTrials,
  renderTemplate,
  resolveTemplateEnvironment,
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

// src/load/errors.ts
var GENERATOR_CODES = /* @__PURE__ */ new Set(["EMFILE", "ENFILE"]);
function classifyFailure(err) {
  const code = findCode(err);
  if (code !== void 0 && GENERATOR_CODES.has(code)) return "generator";
  return classifyError(err);
}
var RequestTimeoutError = class extends LoadgateError {
  constructor(timeoutMs) {
    super("LOADGATE_REQUEST_TIMEOUT", `no answer within ${timeoutMs} ms (request abandoned)`);
    this.timeoutMs = timeoutMs;
    this.name = "RequestTimeoutError";
  }
  timeoutMs;
};
var RunEndedError = class extends LoadgateError {
  constructor() {
    super("LOADGATE_RUN_ENDED", "the run ended before this warm-up request was answered (request abandoned)");
    this.name = "RunEndedError";
  }
};
var RUN_ENDED = new RunEndedError();
var TargetUnreachableError = class extends LoadgateError {
  constructor(url, waitedMs, attempts, lastFailure) {
    super(
      "LOADGATE_TARGET_UNREACHABLE",
      `${url} did not answer: waited ${(waitedMs / 1e3).toFixed(1)} s over ${attempts} attempt${attempts === 1 ? "" : "s"}; last failure: ${lastFailure}. Check that the service is started before loadgate and listens on that address and port.`
    );
    this.url = url;
    this.waitedMs = waitedMs;
    this.attempts = attempts;
    this.lastFailure = lastFailure;
    this.name = "TargetUnreachableError";
  }
  url;
  waitedMs;
  attempts;
  lastFailure;
};
var TargetTlsError = class extends LoadgateError {
  constructor(url, reason) {
    super(
      "LOADGATE_TARGET_TLS",
      `${url}: the TLS connection failed: ${reason}. The service is up, but ` + (/wrong version number|packet length too long|EPROTO/i.test(reason) ? "it does not seem to speak TLS on that port: use http:// for a plain-HTTP target." : "loadgate verifies certificates: for a self-signed certificate or a private CA, set NODE_EXTRA_CA_CERTS to the CA certificate (a PEM file) in the environment of the step or command that runs loadgate.")
    );
    this.url = url;
    this.reason = reason;
    this.name = "TargetTlsError";
  }
  url;
  reason;
};
var TLS_CODES = /* @__PURE__ */ new Set([
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "UNABLE_TO_GET_ISSUER_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "CERT_HAS_EXPIRED",
  "CERT_NOT_YET_VALID",
  "CERT_REVOKED",
  "CERT_UNTRUSTED",
  "CERT_REJECTED",
  "ERR_TLS_CERT_ALTNAME_INVALID",
  "EPROTO"
]);
function isTlsFailure(err) {
  const code = findCode(err);
  return code !== void 0 && (TLS_CODES.has(code) || code.startsWith("ERR_SSL_") || code.startsWith("ERR_TLS_"));
}
var OperationAbortedError = class extends LoadgateError {
  constructor(what) {
    super("LOADGATE_ABORTED", `${what} was cancelled before it finished`);
    this.name = "OperationAbortedError";
  }
};
var InvalidLoadOptionsError = class extends LoadgateError {
  constructor(problems) {
    super("LOADGATE_INVALID_LOAD_OPTIONS", `cannot run the load: ${problems.join("; ")}`);
    this.problems = problems;
    this.name = "InvalidLoadOptionsError";
  }
  problems;
};
var RESET_CODES = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "LOADGATE_SOCKET_CLOSED", "UND_ERR_SOCKET", "UND_ERR_CLOSED"]);
var TIMEOUT_CODES = /* @__PURE__ */ new Set([
  "LOADGATE_REQUEST_TIMEOUT",
  "LOADGATE_CONNECT_TIMEOUT",
  "ETIMEDOUT",
  "UND_ERR_CONNECT_TIMEOUT",
  "UND_ERR_HEADERS_TIMEOUT",
  "UND_ERR_BODY_TIMEOUT"
]);
function classifyError(err) {
  for (let e = err, depth = 0; e !== null && typeof e === "object" && depth < 5; depth++) {
    const code = e.code;
    if (typeof code === "string") {
      if (code === "ECONNREFUSED") return "refused";
      if (RESET_CODES.has(code)) return "reset";
      if (TIMEOUT_CODES.has(code)) return "timeout";
    }
    const inner = e.errors;
    if (Array.isArray(inner) && inner.length > 0) {
      const classes = inner.map(classifyError);
      if (classes.every((c) => c === classes[0])) return classes[0];
    }
    e = e.cause;
  }
  return "other";
}
function describeFailure(err) {
  const raw = err instanceof Error ? err.message : String(err);
  const code = findCode(err);
  const phrase = code === "ECONNREFUSED" ? "connection refused" : code === "ENOTFOUND" || code === "EAI_AGAIN" ? "host name not found" : code === "EHOSTUNREACH" || code === "ENETUNREACH" ? "host unreachable" : classifyError(err) === "reset" ? "connection reset" : classifyError(err) === "timeout" ? "no answer in time" : void 0;
  return phrase === void 0 || raw === "" ? raw || phrase || "unknown error" : `${phrase} (${raw})`;
}
function findCode(err) {
  for (let e = err, depth = 0; e !== null && typeof e === "object" && depth < 5; depth++) {
    const code = e.code;
    if (typeof code === "string") return code;
    const inner = e.errors;
    if (Array.isArray(inner) && inner.length > 0) return findCode(inner[0]);
    e = e.cause;
  }
  return void 0;
}

// src/load/request-bytes.ts
var BODY_METHODS = /* @__PURE__ */ new Set(["POST", "PUT", "PATCH"]);
var UNSAFE_IN_TARGET = /[^\x21-\x7e]/gu;
function encodeRequestTarget(path) {
  UNSAFE_IN_TARGET.lastIndex = 0;
  return UNSAFE_IN_TARGET.test(path) ? path.replace(UNSAFE_IN_TARGET, (ch) => encodeURIComponent(ch)) : path;
}
function serializeRequest(method, path, host, headers, body) {
  let head = `${method} ${encodeRequestTarget(path)} HTTP/1.1\r
`;
  let hasHost = false;
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === "host") hasHost = true;
  if (!hasHost) head += `host: ${host}\r
`;
  for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r
`;
  if (body !== null) head += `content-length: ${body.length}\r
`;
  else if (BODY_METHODS.has(method)) head += "content-length: 0\r\n";
  head += "\r\n";
  const headBytes = Buffer.from(head, "utf8");
  return body === null || body.length === 0 ? headBytes : Buffer.concat([headBytes, body]);
}

// src/load/prepare.ts
function prepareLoad(options, model) {
  const problems = [...loadProblems(options.load, model)];
  const target = parseTarget(options.targetUrl);
  if (typeof target === "string") problems.push(target);
  if (options.endpoints.length === 0) problems.push("endpoints: at least one endpoint is needed");
  options.endpoints.forEach((e, i) => problems.push(...endpointProblems(e, `endpoints[${i}]`)));
  const interval = options.progressIntervalMs;
  if (interval !== void 0 && !(Number.isFinite(interval) && interval > 0)) {
    problems.push(`progressIntervalMs: ${interval} must be a number > 0`);
  }
  if (problems.length > 0 || typeof target === "string") throw new InvalidLoadOptionsError(problems);
  const env = resolveTemplateEnvironment(options.endpoints, options.env ?? {});
  const seed = options.load.seed ?? DEFAULT_SEED;
  return {
    origin: target.origin,
    endpoints: options.endpoints.map((e, i) => prepareEndpoint(e, target.origin, target.basePath, options.load.requestTimeoutMs, { seed: deriveSeed(seed, i), env }))
  };
}
function loadProblems(load, model) {
  const problems = [];
  const integer = (name, min) => {
    const v = load[name];
    if (!(typeof v === "number" && Number.isSafeInteger(v) && v >= min)) {
      problems.push(`load.${name}: ${String(v)} must be an integer >= ${min}`);
    }
  };
  const duration = (name, min, inclusive) => {
    const v = load[name];
    if (!(typeof v === "number" && Number.isFinite(v) && (inclusive ? v >= min : v > min) && v <= MAX_DURATION_MS)) {
      problems.push(`load.${name}: ${String(v)} must be a number ${inclusive ? ">=" : ">"} ${min} and at most ${MAX_DURATION_MS} (a day)`);
    }
  };
  if (load.model !== model) problems.push(`load.model: "${String(load.model)}" is not "${model}"`);
  integer("connections", 1);
  if (load.model === "open") {
    integer("maxInFlight", 1);
    if (!(Number.isFinite(load.rateRps) && load.rateRps > 0)) problems.push(`load.rateRps: ${load.rateRps} must be a number > 0`);
  }
  if (load.model === "closed" && load.pipelining !== void 0) integer("pipelining", 1);
  integer("trials", 1);
  duration("warmupMs", 0, true);
  duration("durationMs", 0, false);
  duration("requestTimeoutMs", 0, false);
  return problems;
}
function endpointProblems(e, where) {
  const problems = [];
  if (!Number.isSafeInteger(e.weight) || e.weight < 1) problems.push(`${where}.weight: ${e.weight} must be an integer >= 1`);
  if (!/^[A-Za-z]+$/.test(e.method)) problems.push(`${where}.method: "${e.method}" is not an HTTP method`);
  if (!e.path.startsWith("/")) problems.push(`${where}.path: "${e.path}" must start with "/"`);
  if (e.timeoutMs !== void 0 && !(Number.isFinite(e.timeoutMs) && e.timeoutMs > 0)) {
    problems.push(`${where}.timeoutMs: ${e.timeoutMs} must be a number > 0`);
  }
  for (const code of e.expectStatus) {
    if (!Number.isInteger(code) || code < 100 || code >= STATUS_CODE_SLOTS) {
      problems.push(`${where}.expectStatus: ${code} is not an HTTP status code (100-999)`);
    }
  }
  return problems;
}
function prepareEndpoint(e, origin, basePath, defaultTimeoutMs, templates) {
  const headers = [];
  for (const [name, value] of Object.entries(e.headers)) headers.push(name, value);
  const expectedStatus = new Uint8Array(STATUS_CODE_SLOTS);
  if (e.expectStatus.length === 0) expectedStatus.fill(1, 200, 300);
  else for (const code of e.expectStatus) expectedStatus[code] = 1;
  const timeoutMs = e.timeoutMs ?? defaultTimeoutMs;
  const method = e.method.toUpperCase();
  const host = new URL(origin).host;
  const body = e.body === void 0 ? null : Buffer.from(e.body);
  const request = serializeRequest(method, joinPath(basePath, e.path), host, headers, body);
  const prepared = { request, isHead: method === "HEAD", expectedStatus, timeoutMs, timeoutError: new RequestTimeoutError(timeoutMs) };
  const next = templateRenderer(e, method, host, basePath, body, templates);
  if (next) prepared.next = next;
  return prepared;
}
function templateRenderer(e, method, host, basePath, staticBody, templates) {
  const parse = (text, context) => {
    if (!isTemplate(text)) return void 0;
    const parts = parseTemplate(text, context);
    return typeof parts === "string" ? void 0 : parts;
  };
  const bodyContext = e.bodyFormat === "json" ? "json" : "raw";
  const pathParts = parse(e.path, "path");
  const headerParts = Object.entries(e.headers).map(([name, value]) => [name, value, parse(value, "header")]);
  const bodyParts = e.body === void 0 ? void 0 : parse(e.body, bodyContext);
  if (!pathParts && !bodyParts && headerParts.every(([, , parts]) => !parts)) return void 0;
  const ctx = { random: createRandomSource(templates.seed), requestNumber: 0, env: templates.env };
  return () => {
    const headers = [];
    for (const [name, value, parts] of headerParts) headers.push(name, parts ? renderTemplate(parts, ctx, "header") : value);
    const path = joinPath(basePath, pathParts ? renderTemplate(pathParts, ctx, "path") : e.path);
    const body = bodyParts ? Buffer.from(renderTemplate(bodyParts, ctx, bodyContext)) : staticBody;
    ctx.requestNumber++;
    return serializeRequest(method, path, host, headers, body);
  };
}

// src/load/http1/connection.ts
import net from "node:net";
import tls from "node:tls";

// src/load/long-timer.ts
var MAX_TIMER_MS = 2 ** 31 - 1;
function setLongTimeout(fn, delayMs, maxStepMs = MAX_TIMER_MS) {
  const dueMs = performance.now() + delayMs;
  let handle;
  const wake = () => {
    const leftMs = dueMs - performance.now();
    if (leftMs <= 0) fn();
    else handle = setTimeout(wake, Math.min(maxStepMs, Math.ceil(leftMs)));
  };
  handle = setTimeout(wake, Math.min(maxStepMs, Math.max(0, Math.ceil(delayMs))));
  return { clear: () => clearTimeout(handle) };
}
function clampTimerMs(delayMs) {
  return Math.min(delayMs, MAX_TIMER_MS);
}

// src/load/http1/errors.ts
var ConnectTimeoutError = class extends LoadgateError {
  constructor(timeoutMs) {
    super("LOADGATE_CONNECT_TIMEOUT", `could not connect within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
    this.name = "ConnectTimeoutError";
  }
  timeoutMs;
};
var SocketClosedError = class extends LoadgateError {
  constructor(reason) {
    super("LOADGATE_SOCKET_CLOSED", reason);
    this.name = "SocketClosedError";
  }
};
var BadResponseError = class extends LoadgateError {
  constructor(reason) {
    super("LOADGATE_BAD_RESPONSE", `malformed response: ${reason}`);
    this.name = "BadResponseError";
  }
};
var ConnectionDestroyedError = class extends LoadgateError {
  constructor() {
    super("LOADGATE_CONNECTION_DESTROYED", "the connection was closed by loadgate");
    this.name = "ConnectionDestroyedError";
  }
};

// src/load/http1/idempotent.ts
var METHOD_PREFIXES = ["GET ", "HEAD ", "PUT ", "DELETE ", "OPTIONS ", "TRACE "];
var IDEMPOTENT_METHODS = METHOD_PREFIXES.map((m) => Buffer.from(m));
function isIdempotent(request) {
  if (typeof request === "string") return METHOD_PREFIXES.some((m) => request.length > m.length && request.startsWith(m));
  return IDEMPOTENT_METHODS.some((m) => request.length > m.length && request.compare(m, 0, m.length, 0, m.length) === 0);
}

// src/load/http1/bytes.ts
var CR = 13;
var LF = 10;
function skipSpaces(buf, at, end) {
  while (at < end && (buf[at] === 32 || buf[at] === 9)) at++;
  return at;
}
function trimEnd(buf, start, end) {
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9 || buf[end - 1] === CR)) end--;
  return end;
}
function nameIs(buf, start, end, lowerName) {
  if (end - start !== lowerName.length) return false;
  for (let i = 0; i < lowerName.length; i++) if ((buf[start + i] | 32) !== lowerName[i]) return false;
  return true;
}
function parseDecimal(buf, start, end) {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}
function endsWithToken(buf, start, end, token) {
  const value = buf.toString("latin1", start, end).toLowerCase();
  const items = value.split(",");
  return items[items.length - 1].trim() === token;
}
function hexValue(byte) {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 32;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}
function agreesWith(buf, length, prefix) {
  const n = Math.min(length, prefix.length);
  return buf.compare(prefix, 0, n, 0, n) === 0;
}
function printable(buf, start, end) {
  let s = "";
  for (let i = start; i < end; i++) s += buf[i] >= 32 && buf[i] < 127 ? String.fromCharCode(buf[i]) : "?";
  return s;
}

// src/load/http1/response-head.ts
var HTTP_1 = Buffer.from("HTTP/1.");
var NAME_CONTENT_LENGTH = Buffer.from("content-length");
var NAME_TRANSFER_ENCODING = Buffer.from("transfer-encoding");
var NAME_CONNECTION = Buffer.from("connection");
var NAME_SET_COOKIE = Buffer.from("set-cookie");
var VALUE_KEEP_ALIVE = Buffer.from("keep-alive");
var VALUE_CLOSE = Buffer.from("close");
var VALUE_CHUNKED = Buffer.from("chunked");
function parseResponseHead(head, start, end, into) {
  if (end - start < 12 || head.compare(HTTP_1, 0, HTTP_1.length, start, start + HTTP_1.length) !== 0 || head[start + 8] !== 32) {
    return `expected a status line like "HTTP/1.1 200 OK", got "${printable(head, start, Math.min(end, start + 40))}"`;
  }
  const d0 = head[start + 9] - 48;
  const d1 = head[start + 10] - 48;
  const d2 = head[start + 11] - 48;
  if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
    return `status "${printable(head, start + 9, start + 12)}" is not a three-digit code`;
  }
  const statusCode = d0 * 100 + d1 * 10 + d2;
  if (statusCode === 101) return "101 Switching Protocols: the load engine does not upgrade connections";
  const http10 = head[start + 7] === 48;
  const setCookie = into.setCookie;
  setCookie.length = 0;
  let contentLength = -1;
  let chunked = false;
  let keepAlive = !http10;
  let line = start;
  while (line < end && head[line] !== LF) line++;
  line++;
  while (line < end) {
    let colon = -1;
    let lineEnd = line;
    for (; lineEnd < end; lineEnd++) {
      const byte = head[lineEnd];
      if (byte === LF) break;
      if (byte === 58 && colon < 0) colon = lineEnd;
    }
    if (colon > line) {
      const valueStart = skipSpaces(head, colon + 1, lineEnd);
      const valueEnd = trimEnd(head, valueStart, lineEnd);
      if (nameIs(head, line, colon, NAME_CONTENT_LENGTH)) {
        const n = parseDecimal(head, valueStart, valueEnd);
        if (n < 0 || contentLength >= 0 && n !== contentLength) {
          return `content-length "${printable(head, valueStart, valueEnd)}" is not a valid length`;
        }
        contentLength = n;
      } else if (nameIs(head, line, colon, NAME_TRANSFER_ENCODING)) {
        chunked = nameIs(head, valueStart, valueEnd, VALUE_CHUNKED) || endsWithToken(head, valueStart, valueEnd, "chunked");
        if (!chunked) return `transfer-encoding "${printable(head, valueStart, valueEnd)}" does not end in chunked`;
      } else if (nameIs(head, line, colon, NAME_SET_COOKIE)) {
        setCookie.push(valueStart, valueEnd);
      } else if (nameIs(head, line, colon, NAME_CONNECTION)) {
        if (nameIs(head, valueStart, valueEnd, VALUE_KEEP_ALIVE)) keepAlive = true;
        else if (nameIs(head, valueStart, valueEnd, VALUE_CLOSE)) keepAlive = false;
        else {
          const value = head.toString("latin1", valueStart, valueEnd).toLowerCase();
          if (/(^|[\s,])close($|[\s,])/.test(value)) keepAlive = false;
          else if (/(^|[\s,])keep-alive($|[\s,])/.test(value)) keepAlive = true;
        }
      }
    } else if (lineEnd - line > 1) {
      return `header line without a colon: "${printable(head, line, Math.min(trimEnd(head, line, lineEnd), line + 40))}"`;
    }
    line = lineEnd + 1;
  }
  into.statusCode = statusCode;
  into.contentLength = contentLength;
  into.chunked = chunked;
  into.keepAlive = keepAlive;
  return null;
}

// src/load/http1/response-framer.ts
var MAX_HEAD_BYTES = 64 * 1024;
var CRLFCRLF = Buffer.from("\r\n\r\n");
var HTTP_12 = Buffer.from("HTTP/1.");
var FIRST_HELD_BYTES = 1024;
var ResponseFramer = class {
  /** The status code of the response being read; final once `complete`. */
  statusCode = 0;
  /** The server closes the connection after this response (`connection: close`, HTTP/1.0, a body to the close). */
  closeAfter = false;
  /** Why the bytes are not a well-formed response, once `read` returned -1. */
  error = null;
  /** Where the current response's bytes go, when someone wants them (set by the connection per read). */
  sink = null;
  body = 0 /* Head */;
  /** Fixed, ChunkData: body bytes still to come. ChunkSize: the size read so far. */
  remaining = 0;
  /** ChunkSize: digits seen. ChunkEnd: CRs seen. Trailers: bytes in the current line. */
  lineBytes = 0;
  /** ChunkSize: past the size (a chunk extension or whitespace before it). */
  inExtension = false;
  /** A chunk-size line's CR was seen: only its LF may follow. */
  afterCR = false;
  /** The start of a head split across ranges, copied (the caller reuses its buffer): `held[0, heldLength)`. */
  held = null;
  heldLength = 0;
  /** The head just read (reused: parsing a head allocates nothing). */
  parsed = { statusCode: 0, contentLength: -1, chunked: false, keepAlive: true, setCookie: [] };
  maxHeadBytes;
  /** `maxHeadBytes` (default `MAX_HEAD_BYTES`): the largest head accepted, its final CRLFCRLF not counted. */
  constructor(options = {}) {
    this.maxHeadBytes = options.maxHeadBytes ?? MAX_HEAD_BYTES;
  }
  /** A whole response has been read: its `statusCode` and `closeAfter` are final. */
  get complete() {
    return this.body === 7 /* Done */;
  }
  /** No byte of the next response has been read yet. */
  get betweenResponses() {
    return this.body === 0 /* Head */ && this.heldLength === 0;
  }
  /** Makes ready for the next response (after a complete one, or on a new connection). */
  reset() {
    this.body = 0 /* Head */;
    this.statusCode = 0;
    this.closeAfter = false;
    this.error = null;
    this.remaining = 0;
    this.lineBytes = 0;
    this.inExtension = false;
    this.afterCR = false;
    this.heldLength = 0;
  }
  /**
   * Reads `buf[at, end)` up to the end of the current response. Returns where it stopped: just after
   * the response when it is `complete` (the rest belongs to the next one), else `end`; -1 when the
   * bytes are malformed (`error` says how). `headRequest`: the response answers a HEAD request.
   */
  read(buf, at, end, headRequest) {
    while (at < end) {
      switch (this.body) {
        case 0 /* Head */:
          at = this.readHead(buf, at, end, headRequest);
          if (at < 0) return -1;
          break;
        case 1 /* Fixed */: {
          const take = Math.min(this.remaining, end - at);
          if (this.sink !== null) this.sink.body(buf, at, at + take);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) this.body = 7 /* Done */;
          break;
        }
        case 3 /* ChunkData */: {
          const take = Math.min(this.remaining, end - at);
          if (this.sink !== null) this.sink.body(buf, at, at + take);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            this.body = 4 /* ChunkEnd */;
            this.lineBytes = 0;
          }
          break;
        }
        case 6 /* UntilClose */:
          if (this.sink !== null) this.sink.body(buf, at, end);
          return end;
        case 7 /* Done */:
          return at;
        default:
          at = this.readChunkFraming(buf, at, end);
          if (at < 0) return -1;
      }
      if (this.body === 7 /* Done */) return at;
    }
    return at;
  }
  /** The server closed the connection: true when that ends the response (a body read to the close). */
  closeEndsBody() {
    if (this.body !== 6 /* UntilClose */) return false;
    this.body = 7 /* Done */;
    return true;
  }
  /**
   * The server closed the connection: the error when the bytes held of an unfinished head cannot
   * begin a status line (they were never an HTTP answer), else null.
   */
  notHttpAtClose() {
    const held = this.held;
    if (this.body !== 0 /* Head */ || held === null || this.heldLength === 0 || agreesWith(held, this.heldLength, HTTP_12)) return null;
    return new BadResponseError(`expected a status line like "HTTP/1.1 200 OK", got "${printable(held, 0, Math.min(this.heldLength, 40))}" and then the connection closed`);
  }
  /** Reads a head from `at`: returns where the body starts, `end` when the head goes on, or -1. */
  readHead(buf, at, end, headRequest) {
    let head = buf;
    let start = at;
    let headEnd;
    let next;
    if (this.heldLength === 0) {
      headEnd = buf.indexOf(CRLFCRLF, at);
      if (headEnd < 0 || headEnd + 4 > end) return this.hold(buf, at, end);
      next = headEnd + 4;
    } else {
      next = this.terminatorAcross(buf, at, end);
      if (next < 0) return this.hold(buf, at, end);
      if (this.heldLength + (next - at) - 4 > this.maxHeadBytes) return this.headTooLarge();
      this.append(buf, at, next);
      head = this.held;
      start = 0;
      headEnd = this.heldLength - 4;
      this.heldLength = 0;
    }
    if (headEnd - start > this.maxHeadBytes) return this.headTooLarge();
    if (!this.frameHead(head, start, headEnd, headRequest)) return -1;
    return next;
  }
  /**
   * Where the head ends when its start is held: just past a CRLFCRLF that begins in the last held
   * bytes and ends in `buf`, or lies wholly in `buf[at, end)`; -1 when there is none yet.
   */
  terminatorAcross(buf, at, end) {
    const held = this.held;
    const n = this.heldLength;
    for (let k = Math.min(3, n); k >= 1; k--) {
      if (end - at < 4 - k) continue;
      let match = true;
      for (let i = 0; i < k && match; i++) match = held[n - k + i] === CRLFCRLF[i];
      for (let i = k; i < 4 && match; i++) match = buf[at + i - k] === CRLFCRLF[i];
      if (match) return at + 4 - k;
    }
    const found = buf.indexOf(CRLFCRLF, at);
    return found < 0 || found + 4 > end ? -1 : found + 4;
  }
  /** Keeps `buf[at, end)`, the start of a head, for the next range; returns `end`, or -1 when too large. */
  hold(buf, at, end) {
    if (this.heldLength + (end - at) - 3 > this.maxHeadBytes) return this.headTooLarge();
    this.append(buf, at, end);
    return end;
  }
  append(buf, at, end) {
    const length = this.heldLength + (end - at);
    if (this.held === null || this.held.length < length) {
      const grown = Buffer.allocUnsafe(Math.max(length, Math.min(2 * (this.held?.length ?? FIRST_HELD_BYTES / 2), this.maxHeadBytes + 4)));
      if (this.held !== null) this.held.copy(grown, 0, 0, this.heldLength);
      this.held = grown;
    }
    buf.copy(this.held, this.heldLength, at, end);
    this.heldLength = length;
  }
  headTooLarge() {
    return this.fail(`response head larger than ${this.maxHeadBytes} bytes`);
  }
  fail(reason) {
    this.error = new BadResponseError(reason);
    return -1;
  }
  /** Parses `head[start, end)` and sets the body's framing (RFC 9112 §6.3); false after failing. */
  frameHead(head, start, end, headRequest) {
    const parsed = this.parsed;
    const reason = parseResponseHead(head, start, end, parsed);
    if (reason !== null) {
      this.fail(reason);
      return false;
    }
    const statusCode = parsed.statusCode;
    if (statusCode < 200) {
      this.reset();
      return true;
    }
    this.statusCode = statusCode;
    this.closeAfter = !parsed.keepAlive;
    if (this.sink !== null) this.sink.head(head, start, end + 4, parsed.setCookie);
    this.remaining = 0;
    if (headRequest || statusCode === 204 || statusCode === 304) {
      this.body = 7 /* Done */;
    } else if (parsed.chunked) {
      this.body = 2 /* ChunkSize */;
      this.lineBytes = 0;
      this.inExtension = false;
      this.afterCR = false;
    } else if (parsed.contentLength > 0) {
      this.body = 1 /* Fixed */;
      this.remaining = parsed.contentLength;
    } else if (parsed.contentLength === 0) {
      this.body = 7 /* Done */;
    } else {
      this.body = 6 /* UntilClose */;
      this.closeAfter = true;
    }
    return true;
  }
  /**
   * Reads chunked framing (size lines, the CRLF after data, trailers) from `at`. Returns where it
   * stopped: at chunk data (body = ChunkData), at the end of the message (body = Done), or at
   * `end`; -1 after failing.
   */
  readChunkFraming(buf, at, end) {
    while (at < end) {
      const byte = buf[at++];
      switch (this.body) {
        case 2 /* ChunkSize */:
          if (byte === LF) {
            if (this.lineBytes === 0) return this.badChunk("empty chunk-size line");
            this.lineBytes = 0;
            this.inExtension = false;
            this.afterCR = false;
            if (this.remaining === 0) {
              this.body = 5 /* Trailers */;
            } else {
              this.body = 3 /* ChunkData */;
              return at;
            }
          } else if (this.afterCR) {
            return this.badChunk(`"${printable(buf, at - 1, at)}" after the CR of a chunk-size line (only LF may follow)`);
          } else if (byte === CR) {
            this.afterCR = true;
          } else if (this.inExtension) {
          } else if (byte === 59 || byte === 32 || byte === 9) {
            if (this.lineBytes === 0) return this.badChunk("chunk-size line without a size");
            this.inExtension = true;
          } else {
            const digit = hexValue(byte);
            if (digit < 0) return this.badChunk(`"${String.fromCharCode(byte)}" in a chunk size`);
            this.remaining = this.remaining * 16 + digit;
            if (++this.lineBytes > 12) return this.badChunk("chunk size too large");
          }
          break;
        case 4 /* ChunkEnd */:
          if (byte === LF) {
            this.body = 2 /* ChunkSize */;
            this.remaining = 0;
            this.lineBytes = 0;
          } else if (byte !== CR || this.lineBytes++ > 0) {
            return this.badChunk("chunk data longer than its size");
          }
          break;
        case 5 /* Trailers */:
          if (byte === LF) {
            if (this.lineBytes === 0) {
              this.body = 7 /* Done */;
              return at;
            }
            this.lineBytes = 0;
          } else if (byte !== CR) {
            if (++this.lineBytes > this.maxHeadBytes) return this.badChunk("trailers too large");
          }
          break;
      }
    }
    return at;
  }
  badChunk(reason) {
    return this.fail(`chunked body: ${reason}`);
  }
};

// src/load/http1/connection.ts
var READ_BUFFER_BYTES = 64 * 1024;
var Http1Connection = class {
  constructor(target, options) {
    this.target = target;
    this.connectTimeoutMs = options.connectTimeoutMs;
  }
  target;
  state = 0 /* Idle */;
  socket = null;
  connectTimer = null;
  /** Requests sent or waiting to be, oldest first, with whether each is a HEAD (no body comes back). */
  handlers = [];
  heads = [];
  /** Each of those requests' bytes (kept so an unanswered one can be sent again) and whether it was. */
  requests = [];
  resent = [];
  /** Answers completed on the current socket: a request written after one went onto a reused connection. */
  answeredOnSocket = 0;
  /**
   * True while the oldest request went out alone on a reused, idle keep-alive connection and no byte
   * of its answer has come: if the server closes now, it most likely closed the connection as idle
   * just as the request went out (the keep-alive race of RFC 9112 §9.3.1), not because of the request.
   */
  idleReuse = false;
  /** After a failed connection, later retried requests wait for the first one's answer (RFC 9112 §9.3.2). */
  holdPipeline = false;
  /** Bytes of requests not written yet (while connecting), in order; the last `unsent.length` handlers. */
  unsent = [];
  /** The reused read buffer (plain TCP), made on the first connect. */
  readBuffer = null;
  /** Frames the responses of the current socket. */
  framer = new ResponseFramer();
  closed = Promise.resolve();
  connectTimeoutMs;
  /** Whether `destroy` was called: every later `send` fails at once. */
  get destroyed() {
    return this.state === 3 /* Destroyed */;
  }
  /** Requests on this connection that have not ended yet. */
  get pending() {
    return this.handlers.length;
  }
  /** Writes `request` (a whole serialized request) now, or as soon as the connection is up. */
  send(request, isHead, handler) {
    if (this.state === 3 /* Destroyed */) {
      handler.onError(new ConnectionDestroyedError());
      return;
    }
    this.handlers.push(handler);
    this.heads.push(isHead);
    this.requests.push(request);
    this.resent.push(false);
    if (this.state === 2 /* Open */ && this.unsent.length === 0) {
      if (this.handlers.length === 1 && this.answeredOnSocket > 0) this.idleReuse = true;
      this.socket.write(request);
      handler.onWritten();
      return;
    }
    this.unsent.push(request);
    if (this.state === 0 /* Idle */) this.connect();
  }
  /**
   * Abandons `handler`'s request with `err` (its deadline passed). An HTTP/1.1 answer cannot be
   * skipped, so the connection is closed; requests behind it on the same socket fail as closed.
   */
  abort(handler, err) {
    const index = this.handlers.indexOf(handler);
    if (index < 0) return;
    this.fail(new SocketClosedError("connection closed: an earlier request on it was abandoned at its deadline"), handler, err, 2 /* Behind */);
  }
  /** Closes the connection for good; requests still out fail with `ConnectionDestroyedError`. */
  destroy() {
    if (this.state !== 3 /* Destroyed */) {
      this.state = 3 /* Destroyed */;
      this.fail(new ConnectionDestroyedError());
    }
    return this.closed;
  }
  connect() {
    this.state = 1 /* Connecting */;
    this.answeredOnSocket = 0;
    this.idleReuse = false;
    this.framer.reset();
    const { host, port } = this.target;
    let socket;
    if (this.target.tls) {
      socket = tls.connect({ host, port, servername: net.isIP(host) === 0 ? host : void 0, ALPNProtocols: ["http/1.1"] });
      socket.on("data", (chunk) => this.onBytes(socket, chunk, chunk.length));
    } else {
      const buffer = this.readBuffer ??= Buffer.allocUnsafe(READ_BUFFER_BYTES);
      socket = net.connect({
        host,
        port,
        onread: { buffer, callback: (bytes, buf) => (this.onBytes(socket, buf, bytes), true) }
      });
    }
    this.socket = socket;
    this.closed = new Promise((resolve) => socket.once("close", () => resolve()));
    socket.setNoDelay(true);
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null;
      if (this.socket === socket) this.fail(new ConnectTimeoutError(this.connectTimeoutMs));
    }, clampTimerMs(this.connectTimeoutMs));
    socket.once(this.target.tls ? "secureConnect" : "connect", () => this.onConnected(socket));
    socket.on("error", (err) => {
      if (this.socket === socket) this.fail(err, void 0, void 0, 1 /* Unanswered */);
    });
    socket.on("end", () => this.onEnd(socket));
    socket.on("close", () => {
      if (this.socket === socket) this.fail(new SocketClosedError("other side closed the connection"), void 0, void 0, 1 /* Unanswered */);
    });
  }
  onConnected(socket) {
    if (this.socket !== socket) return;
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
    this.state = 2 /* Open */;
    this.flushUnsent(socket, this.holdPipeline ? 1 : this.unsent.length);
  }
  /** Writes the first `count` waiting requests and tells their handlers. */
  flushUnsent(socket, count) {
    const waiting = Math.min(count, this.unsent.length);
    const first = this.handlers.length - this.unsent.length;
    if (waiting > 1) socket.cork();
    for (let i = 0; i < waiting; i++) socket.write(this.unsent[i]);
    if (waiting > 1) socket.uncork();
    this.unsent.splice(0, waiting);
    const told = this.handlers.slice(first, first + waiting);
    for (const handler of told) {
      if (this.socket !== socket) return;
      handler.onWritten();
    }
  }
  /** Reads `length` bytes of `buf` from `socket`: as many responses, or parts of one, as they hold. */
  onBytes(socket, buf, length) {
    if (this.socket !== socket) return;
    const framer = this.framer;
    let at = 0;
    while (at < length) {
      if (this.handlers.length === 0 || this.state !== 2 /* Open */) {
        this.fail(new BadResponseError("bytes arrived with no request waiting for them"));
        return;
      }
      framer.sink = this.handlers[0].responseSink ?? null;
      at = framer.read(buf, at, length, this.heads[0]);
      if (at < 0) {
        this.fail(framer.error);
        return;
      }
      if (framer.complete) {
        this.finishResponse(socket);
        if (this.socket !== socket) return;
      }
    }
  }
  /** The server closed its side: an until-close body ends here; anything else still out failed. */
  onEnd(socket) {
    if (this.socket !== socket) return;
    const framer = this.framer;
    if (this.handlers.length > 0 && framer.closeEndsBody()) {
      this.finishResponse(socket);
      if (this.socket !== socket) return;
    }
    const notHttp = framer.notHttpAtClose();
    if (notHttp !== null) {
      this.fail(notHttp);
      return;
    }
    this.fail(new SocketClosedError(framer.betweenResponses ? "other side closed the connection" : "other side closed the connection in the middle of a response"), void 0, void 0, 1 /* Unanswered */);
  }
  /**
   * Detaches the socket and fails every request on it: `firstErr` for `first`, `err` for the rest.
   * The connection is reusable afterwards (the next send connects again) unless destroyed. State is
   * reset before any handler runs, since a handler may send its next request from onError.
   *
   * `retry` says which requests are sent again on a new connection instead of failing, each at most
   * once and only when idempotent (RFC 9110 §9.2.2: GET, HEAD, PUT, DELETE, OPTIONS, TRACE), since
   * the server may have processed them (RFC 9112 §9.3.1):
   * - `Unanswered` (the server closed or reset the connection): the requests behind the oldest one,
   *   pipelined and not answered, and the oldest one too when no byte of its answer came and it was
   *   written alone on a reused idle connection (the server closing an idle keep-alive connection
   *   just as it went out). An oldest request that was being answered, or was sent on a busy or new
   *   connection, is the target's failure.
   * - `Behind`: the requests behind `first` (abandoned at its deadline by us).
   * After a failed connection the retried requests are not pipelined at once: the first goes alone
   * and the rest follow its answer (RFC 9112 §9.3.2).
   */
  fail(err, first, firstErr, retry = 0 /* None */) {
    const socket = this.socket;
    if (this.state !== 2 /* Open */) retry = 0 /* None */;
    this.socket = null;
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
    if (this.state !== 3 /* Destroyed */) this.state = 0 /* Idle */;
    socket?.destroy();
    const oldestUntouched = this.framer.betweenResponses && this.idleReuse;
    const failed = this.handlers.splice(0);
    const heads = this.heads.splice(0);
    const requests = this.requests.splice(0);
    const resent = this.resent.splice(0);
    this.unsent.length = 0;
    this.framer.reset();
    this.idleReuse = false;
    let again = 0;
    if (retry !== 0 /* None */ && this.state !== 3 /* Destroyed */) {
      for (let i = 0; i < failed.length; i++) {
        const eligible = i > 0 || retry === 1 /* Unanswered */ && oldestUntouched;
        if (!eligible || resent[i] || !isIdempotent(requests[i])) continue;
        this.requeue(failed[i], heads[i], requests[i]);
        failed[i] = null;
        again++;
      }
      if (again > 0) {
        this.holdPipeline = again > 1;
        this.connect();
      }
    }
    for (const handler of failed) {
      if (handler !== null) handler.onError(handler === first && firstErr !== void 0 ? firstErr : err);
    }
  }
  /** Puts a request back in the queue, to be written on the next connection; marked as sent again. */
  requeue(handler, isHead, request) {
    this.handlers.push(handler);
    this.heads.push(isHead);
    this.requests.push(request);
    this.resent.push(true);
    this.unsent.push(request);
  }
  /** The response at the head of the queue is complete: hand it to its request's owner. */
  finishResponse(socket) {
    const handler = this.handlers.shift();
    this.heads.shift();
    this.requests.shift();
    this.resent.shift();
    this.answeredOnSocket++;
    this.idleReuse = false;
    const statusCode = this.framer.statusCode;
    const closeAfter = this.framer.closeAfter;
    this.framer.reset();
    if (closeAfter) {
      this.socket = null;
      if (this.state !== 3 /* Destroyed */) this.state = 0 /* Idle */;
      socket.destroy();
      const rest = this.handlers.splice(0);
      const heads = this.heads.splice(0);
      const requests = this.requests.splice(0);
      this.resent.length = 0;
      this.unsent.length = 0;
      if (this.state !== 3 /* Destroyed */ && rest.length > 0) {
        for (let i = 0; i < rest.length; i++) this.requeue(rest[i], heads[i], requests[i]);
        this.holdPipeline = false;
        this.connect();
      }
      handler.onComplete(statusCode);
      return;
    }
    if (this.holdPipeline) {
      this.holdPipeline = false;
      if (this.unsent.length > 0) this.flushUnsent(socket, this.unsent.length);
      if (this.socket !== socket) return;
    }
    handler.onComplete(statusCode);
  }
};

// src/load/http1/target.ts
function http1Target(origin) {
  const url = new URL(origin);
  const secure = url.protocol === "https:";
  const host = url.hostname.startsWith("[") ? url.hostname.slice(1, -1) : url.hostname;
  return { host, port: url.port === "" ? secure ? 443 : 80 : Number(url.port), tls: secure };
}

// src/load/saturation.ts
import { monitorEventLoopDelay } from "node:perf_hooks";
var DEFAULT_SATURATION_LIMITS = { eventLoopDelayP99Ms: 50, cpuShare: 0.8 };
var MIN_SATURATION_SAMPLE_MS = 2e3;
function saturationWarnings(sample, limits = DEFAULT_SATURATION_LIMITS) {
  if (sample.wallMs < MIN_SATURATION_SAMPLE_MS) return [];
  const reasons = [];
  if (sample.eventLoopDelayP99Ms > limits.eventLoopDelayP99Ms) {
    reasons.push(
      `event-loop delay p99 was ${sample.eventLoopDelayP99Ms.toFixed(1)} ms (limit ${limits.eventLoopDelayP99Ms} ms)`
    );
  }
  if (sample.cpuShare > limits.cpuShare) {
    reasons.push(
      `the load generator used ${Math.round(sample.cpuShare * 100)}% of a CPU core (limit ${Math.round(limits.cpuShare * 100)}%)`
    );
  }
  if (reasons.length === 0) return [];
  return [
    {
      code: "generator-saturated",
      message: `The load generator was saturated: ${reasons.join("; ")}. Latency and throughput may reflect the generator rather than the service; use fewer connections or a bigger runner.`
    }
  ];
}
function startSaturationMonitor() {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpuStart = process.cpuUsage();
  const wallStartMs = performance.now();
  return {
    stop() {
      delay.disable();
      const cpu = process.cpuUsage(cpuStart);
      const wallMs = performance.now() - wallStartMs;
      const p99Ns = delay.count > 0 ? delay.percentile(99) : 0;
      return {
        eventLoopDelayP99Ms: p99Ns / 1e6,
        cpuShare: wallMs > 0 ? (cpu.user + cpu.system) / 1e3 / wallMs : 0,
        wallMs
      };
    }
  };
}

// src/load/run-end.ts
var SHUTDOWN_GRACE_MS = 1e3;
function runEndFigures(sample, reason, stragglers) {
  const warnings = saturationWarnings(sample);
  if (reason === "forced") {
    warnings.push({
      code: "requests-abandoned",
      message: `${stragglers} request(s) were still unanswered ${SHUTDOWN_GRACE_MS} ms after their deadline and were dropped.`
    });
  }
  return { warnings, generator: { cpuShare: round3(sample.cpuShare), eventLoopDelayP99Ms: round3(sample.eventLoopDelayP99Ms) } };
}
function runHealth(tally, loadStartMs, plan, model, endpoints) {
  return runHealthWarnings({
    model,
    endpoints,
    warmupMs: plan.warmupMs,
    durationMs: plan.totalMs - plan.warmupMs,
    ...tally.lastAnswerAtMs === 0 ? {} : { lastAnswerMs: tally.lastAnswerAtMs - loadStartMs },
    failuresSinceAnswer: tally.failuresSinceAnswer
  });
}
function round3(value) {
  return Math.round(value * 1e3) / 1e3;
}

// src/load/run-timers.ts
var DEFAULT_PROGRESS_INTERVAL_MS = 1e3;
function progressAt(plan, tally, elapsedMs, done) {
  const index = trialIndexAt(plan, elapsedMs);
  const trials = plan.trials.length;
  return {
    phase: done ? "done" : index < 0 ? "warmup" : "measure",
    elapsedMs: Math.min(elapsedMs, plan.totalMs),
    totalMs: plan.totalMs,
    trial: done ? trials : Math.min(Math.max(index, 0), trials - 1),
    trials,
    requests: tally.measuredRequests,
    errors: tally.measuredErrors
  };
}
function startRunTimers(handlers, shortestTimeoutMs, progress) {
  const sweepMs = Math.min(50, Math.max(5, Math.floor(shortestTimeoutMs / 10)));
  const sweep = setInterval(() => {
    const nowMs = performance.now();
    for (const handler of handlers) handler.abortIfOverdue(nowMs);
  }, sweepMs);
  const { onProgress } = progress;
  const ticker = onProgress === void 0 ? void 0 : setInterval(
    () => onProgress(progressAt(progress.plan, progress.tally, performance.now() - progress.startMs(), false)),
    progress.intervalMs ?? DEFAULT_PROGRESS_INTERVAL_MS
  );
  return () => {
    clearInterval(sweep);
    if (ticker !== void 0) clearInterval(ticker);
  };
}

// src/load/tally.ts
function emptyTallyFigures() {
  return { measuredRequests: 0, measuredErrors: 0, lastAnswerAtMs: 0, failuresSinceAnswer: 0 };
}
function noteAnswer(tally, nowMs) {
  tally.lastAnswerAtMs = nowMs;
  tally.failuresSinceAnswer = 0;
}
function noteWarmupEnd(tally, endpointIndex, elapsedMs) {
  if (elapsedMs >= tally.plan.warmupMs) tally.counters[endpointIndex].warmupUnanswered++;
}
function tallyAnswer(tally, endpointIndex, trial, status, latencyUs, sendLatencyUs) {
  const endpoint = tally.counters[endpointIndex];
  const counters = endpoint.trials[trial];
  counters.requests++;
  tally.measuredRequests++;
  if (status < STATUS_CODE_SLOTS) counters.statusCounts[status]++;
  counters.latency.recordMicros(latencyUs);
  tally.sample?.(endpointIndex, trial, latencyUs);
  const unexpected = status >= STATUS_CODE_SLOTS || tally.endpoints[endpointIndex].expectedStatus[status] !== 1;
  tally.timeline?.answer(endpointIndex, latencyUs, unexpected);
  if (unexpected) {
    counters.errors.status++;
    tally.measuredErrors++;
    recordErrorSample(endpoint, "status", () => `unexpected status ${status}`);
  }
  endpoint.sendLatency?.recordMicros(sendLatencyUs);
}
function tallyFailure(tally, endpointIndex, trial, errorClass, err) {
  const endpoint = tally.counters[endpointIndex];
  if (errorClass === "generator") {
    endpoint.generatorFailures++;
    return;
  }
  const counters = endpoint.trials[trial];
  counters.requests++;
  counters.errors[errorClass]++;
  tally.timeline?.failure(endpointIndex, errorClass);
  tally.measuredRequests++;
  tally.measuredErrors++;
  tally.failuresSinceAnswer++;
  recordErrorSample(endpoint, errorClass, () => err.message);
}

// src/load/early-stop.ts
var DRAIN_POLL_MS = 20;
function startEarlyStop(run, handlers, check, settleMs, onStop, onDrained) {
  const timers = [];
  let drain;
  const cancel = () => {
    for (const t of timers) clearTimeout(t);
    timers.length = 0;
    if (drain !== void 0) clearInterval(drain);
  };
  const trials = run.plan.trials;
  const nowMs = performance.now() - run.loadStartMs;
  for (const trial of trials.slice(0, -1)) {
    const atMs = trial.endMs + settleMs;
    timers.push(
      setTimeout(() => {
        if (run.finished || !check(trial.index, run)) return;
        cancel();
        onStop(trial.index);
        drain = setInterval(() => {
          if (handlers.some((h) => h.inFlight)) return;
          clearInterval(drain);
          onDrained();
        }, DRAIN_POLL_MS);
      }, Math.max(0, atMs - nowMs))
    );
  }
  return cancel;
}

// src/load/lifecycle.ts
async function runLifecycle(options, definition) {
  const prepared = prepareLoad(options, definition.model);
  if (options.signal?.aborted) throw new OperationAbortedError("The load run");
  const load = options.load;
  const plan = planTrials(load);
  const counters = options.endpoints.map((e) => createEndpointCounters(e, plan.trials.length, { sendLatency: definition.sendLatency === true }));
  const run = {
    endpoints: prepared.endpoints,
    counters,
    plan,
    loadStartMs: 0,
    ...emptyTallyFigures(),
    finished: false,
    ...options.onSample ? { sample: options.onSample } : {}
  };
  const timeline = run.timeline = new TimelineRecorder(options.endpoints.map((e) => e.name), run, plan.warmupMs, plan.totalMs - plan.warmupMs);
  const clients = [];
  const handlers = [];
  const timeoutsMs = prepared.endpoints.map((e) => e.timeoutMs);
  let end;
  let model;
  try {
    model = definition.create(runContext(run, prepared.origin, clients, handlers, () => end?.settle("done")), load);
    const anchorMs = options.startAtMs === void 0 ? void 0 : await waitForStart(options.startAtMs, options.signal);
    if (options.signal?.aborted) throw new OperationAbortedError("The load run");
    end = runEnd(plan.totalMs + 2 * (Math.max(...timeoutsMs) + model.maxPauseMs) + SHUTDOWN_GRACE_MS, options.signal);
    const monitor = startSaturationMonitor();
    const startedAt = /* @__PURE__ */ new Date();
    run.loadStartMs = anchorMs ?? performance.now();
    if (anchorMs !== void 0) run.lateStartMs = Math.max(0, performance.now() - anchorMs);
    model.start();
    const stopTimers = startRunTimers(handlers, Math.min(...timeoutsMs), {
      ...options.onProgress ? { onProgress: options.onProgress } : {},
      ...options.progressIntervalMs ? { intervalMs: options.progressIntervalMs } : {},
      plan,
      tally: run,
      startMs: () => run.loadStartMs
    });
    let trialsRun;
    const runEnded = end;
    const stopEarly = options.stopAfterTrial ? startEarlyStop(run, handlers, options.stopAfterTrial, Math.min(plan.trialDurationMs, Math.max(...timeoutsMs)), (k) => {
      trialsRun = k + 1;
      model?.stop();
    }, () => runEnded.settle("done")) : void 0;
    const reason = await end.ended;
    stopEarly?.();
    const stragglers = handlers.filter((h) => h.inFlight).length;
    run.finished = true;
    stopTimers();
    model.stop();
    await destroyAll(clients);
    const finishedAt = /* @__PURE__ */ new Date();
    const sample = monitor.stop();
    if (reason === "aborted") throw new OperationAbortedError("The load run");
    options.onProgress?.(progressAt(plan, run, performance.now() - run.loadStartMs, true));
    const figures = runEndFigures(sample, reason, stragglers);
    const ran = trialsRun === void 0 ? counters : counters.map((c) => ({ ...c, trials: c.trials.slice(0, trialsRun) }));
    const endpoints = summarizeEndpoints(ran, plan.trialDurationMs);
    options.onCounters?.(ran, model.rawCounts?.() ?? {});
    const { warnings: modelWarnings = [], ...sections } = model.figures?.() ?? {};
    return {
      startedAt,
      finishedAt,
      trialDurationMs: plan.trialDurationMs,
      endpoints,
      warnings: [...runHealth(run, run.loadStartMs, plan, load.model, endpoints), ...figures.warnings, ...modelWarnings],
      generator: figures.generator,
      ...trialsRun === void 0 ? {} : { trialsRun },
      ...sections,
      timeline: timeline.finish(model.plannedArrivals ? (elapsedMs) => model.plannedArrivals(elapsedMs) : void 0),
      timelineOriginMs: run.loadStartMs + plan.warmupMs
    };
  } finally {
    run.finished = true;
    end?.cancel();
    model?.stop();
    await destroyAll(clients);
    releaseEndpointCounters(counters);
    model?.release?.();
  }
}
async function waitForStart(startAtMs, signal) {
  const anchorMs = performance.now() + (startAtMs - Date.now());
  const waitMs = anchorMs - performance.now();
  if (waitMs > 0 && !signal?.aborted) {
    await new Promise((resolve) => {
      const onAbort = () => {
        timer.clear();
        resolve();
      };
      const timer = setLongTimeout(() => {
        signal?.removeEventListener("abort", onAbort);
        resolve();
      }, waitMs);
      signal?.addEventListener("abort", onAbort, { once: true });
    });
  }
  return anchorMs;
}
function runContext(run, origin, clients, handlers, done) {
  const target = http1Target(origin);
  const own = (client) => {
    clients.push(client);
    return client;
  };
  return {
    run,
    connect: (connectTimeoutMs) => own(new Http1Connection(target, { connectTimeoutMs })),
    own,
    track: (handler) => void handlers.push(handler),
    done
  };
}
function runEnd(forceAfterMs, signal) {
  let resolveEnded = () => {
  };
  const ended = new Promise((resolve) => resolveEnded = resolve);
  let settled = false;
  const safety = setLongTimeout(() => settle("forced"), forceAfterMs);
  const onAbort = () => settle("aborted");
  signal?.addEventListener("abort", onAbort, { once: true });
  function cancel() {
    safety.clear();
    signal?.removeEventListener("abort", onAbort);
  }
  function settle(reason) {
    if (settled) return;
    settled = true;
    cancel();
    resolveEnded(reason);
  }
  return { ended, settle, cancel };
}
async function destroyAll(clients) {
  await Promise.all(clients.map((client) => client.destroy()));
}

export {
  classifyFailure,
  RUN_ENDED,
  TargetUnreachableError,
  TargetTlsError,
  isTlsFailure,
  OperationAbortedError,
  InvalidLoadOptionsError,
  describeFailure,
  noteAnswer,
  noteWarmupEnd,
  tallyAnswer,
  tallyFailure,
  clampTimerMs,
  BODY_METHODS,
  encodeRequestTarget,
  serializeRequest,
  runLifecycle
};
