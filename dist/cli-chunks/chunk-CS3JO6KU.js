import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  randomInteger
} from "./chunk-ZPEXDWHR.js";
import {
  summarizeLatency
} from "./chunk-QAD4NADN.js";

// src/flow/rows.ts
var FLOW_ROW_METHOD = "FLOW";
function stepRowName(flow, stepIndex) {
  return `${flow.name}/${flow.steps[stepIndex].name}`;
}
function flowRow(flow) {
  return {
    name: flow.name,
    method: FLOW_ROW_METHOD,
    path: flow.steps.map((s) => s.path).join(" \u2192 "),
    headers: {},
    weight: flow.weight,
    expectStatus: [],
    thresholds: flow.thresholds,
    ...flow.line === void 0 ? {} : { line: flow.line }
  };
}
function resultRows(profile) {
  const rows = [...profile.endpoints];
  for (const flow of profile.flows ?? []) {
    rows.push(flowRow(flow));
    flow.steps.forEach((step, i) => {
      const { captures: _captures, checks: _checks, ...request } = step;
      rows.push({ ...request, name: stepRowName(flow, i) });
    });
  }
  return rows;
}
function judgedProfile(profile) {
  return profile.flows === void 0 || profile.flows.length === 0 ? profile : { ...profile, endpoints: resultRows(profile) };
}

// src/plan/rate-schedule.ts
var DEFAULT_SPIKE_SHARE = 0.2;
function compileRateSegments(load) {
  const { rateRps: rate, warmupMs: w, durationMs: d } = load;
  const raw = shapeSegments(load.shape, rate, w, d);
  return fitToLength(raw, w + d);
}
function spikeSpan(spikeMs, durationMs) {
  const length = Math.min(spikeMs, durationMs);
  const startMs = (durationMs - length) / 2;
  return { startMs, endMs: startMs + length };
}
function shapeSegments(shape, rate, w, d) {
  const hold = (durationMs, rps) => ({ durationMs, fromRps: rps, toRps: rps });
  switch (shape.kind) {
    case "constant":
      return [hold(w + d, rate)];
    case "ramp":
      return [hold(w, shape.startRps), { durationMs: d, fromRps: shape.startRps, toRps: rate }];
    case "step": {
      const steps = Array.from({ length: shape.steps }, (_, i) => hold(d / shape.steps, rate * (i + 1) / shape.steps));
      return [hold(w, rate / shape.steps), ...steps];
    }
    case "spike": {
      const span = spikeSpan(shape.spikeMs, d);
      return [hold(w + span.startMs, rate), hold(span.endMs - span.startMs, shape.spikeRps), hold(d - span.endMs, rate)];
    }
    case "soak":
      return [{ durationMs: w, fromRps: 0, toRps: rate }, hold(d, rate)];
    case "stages": {
      let previous = shape.startRps;
      return shape.stages.map((stage) => {
        const segment = { durationMs: stage.durationMs, fromRps: previous, toRps: stage.rateRps };
        previous = stage.rateRps;
        return segment;
      });
    }
  }
}
function fitToLength(raw, totalMs) {
  const segments = [];
  let at = 0;
  for (const s of raw) {
    if (at >= totalMs) break;
    if (!(s.durationMs > 0)) continue;
    const durationMs = Math.min(s.durationMs, totalMs - at);
    const toRps = durationMs === s.durationMs ? s.toRps : s.fromRps + (s.toRps - s.fromRps) * durationMs / s.durationMs;
    segments.push({ startMs: at, durationMs, fromRps: s.fromRps, toRps });
    at += durationMs;
  }
  if (at < totalMs) {
    const last = raw.length > 0 ? raw[raw.length - 1].toRps : 0;
    segments.push({ startMs: at, durationMs: totalMs - at, fromRps: last, toRps: last });
  }
  return segments;
}
function plannedArrivals(segments, atMs) {
  let total = 0;
  for (const s of segments) {
    if (atMs <= s.startMs) break;
    total += segmentArea(s, Math.min(atMs - s.startMs, s.durationMs));
  }
  return total;
}
function segmentArea(s, tauMs) {
  const tau = tauMs / 1e3;
  const d = s.durationMs / 1e3;
  return s.fromRps * tau + (s.toRps - s.fromRps) * tau * tau / (2 * d);
}
var ArrivalClock = class {
  /**
   * `phase` (0 <= phase < 1) moves every arrival to where the integral reaches n + phase: shard k of
   * N, whose rates are 1/N of the whole, takes phase k/N, so its arrivals fall where the whole
   * schedule's integral reaches N·n + k — the N shards together plan exactly the single runner's
   * arrivals (src/shard/plan.ts).
   */
  constructor(segments, phase = 0) {
    this.segments = segments;
    if (!(phase >= 0 && phase < 1)) throw new RangeError(`ArrivalClock: phase ${String(phase)} is not in [0, 1)`);
    this.index = phase;
  }
  segments;
  index;
  segment = 0;
  /** Arrivals planned before the current segment starts (fractional). */
  before = 0;
  /** The next arrival instant, or Infinity. */
  next() {
    const n = this.index;
    while (this.segment < this.segments.length) {
      const s = this.segments[this.segment];
      const area = segmentArea(s, s.durationMs);
      const k = n - this.before;
      if (k < area - 1e-9) {
        this.index++;
        return s.startMs + solveTauMs(s, k);
      }
      this.before += area;
      this.segment++;
    }
    return Infinity;
  }
};
function solveTauMs(s, k) {
  if (k <= 0) return 0;
  const d = s.durationMs / 1e3;
  const a = (s.toRps - s.fromRps) / (2 * d);
  const from = s.fromRps;
  const tau = a === 0 ? k / from : 2 * k / (from + Math.sqrt(Math.max(0, from * from + 4 * a * k)));
  return Math.min(tau * 1e3, s.durationMs);
}

// src/flow/feeder.ts
var MAX_FEEDER_ROWS = 1e6;
function newRow() {
  return /* @__PURE__ */ Object.create(null);
}
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: recordLine });
    fields = [];
    field = "";
    fieldStart = true;
    recordLine = line;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStart = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRecord();
    } else if (c === '"') return { ok: false, message: `line ${line}: a quote inside an unquoted field (quote the whole field and double the quote: "a ""b""")` };
    else {
      field += c;
      fieldStart = false;
    }
  }
  if (quoted) return { ok: false, message: `line ${recordLine}: a quoted field is never closed` };
  if (field !== "" || fields.length > 0) endRecord();
  if (records.length === 0) return { ok: false, message: "the file is empty (it needs a header line of column names)" };
  const [header, ...body] = records;
  const columns = header.fields.map((name) => name.trim());
  const empty = columns.findIndex((name) => name === "");
  if (empty >= 0) return { ok: false, message: `line 1: column ${empty + 1} has no name` };
  const repeated = columns.find((name, k) => columns.indexOf(name) !== k);
  if (repeated !== void 0) return { ok: false, message: `line 1: column "${repeated}" is named twice` };
  if (body.length > MAX_FEEDER_ROWS) return { ok: false, message: `${body.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      return { ok: false, message: `line ${record.line}: ${record.fields.length} fields, but the header names ${columns.length} columns` };
    }
    const row = newRow();
    columns.forEach((name, k) => {
      row[name] = record.fields[k];
    });
    rows.push(row);
  }
  return { ok: true, columns, rows };
}
function parseJsonRows(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not JSON: ${err.message}` };
  }
  if (!Array.isArray(document) || document.length === 0) return { ok: false, message: 'not a non-empty list of objects ([{"user": "a"}, \u2026])' };
  if (document.length > MAX_FEEDER_ROWS) return { ok: false, message: `${document.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows = [];
  let columns = [];
  for (let k = 0; k < document.length; k++) {
    const item = document[k];
    if (typeof item !== "object" || item === null || Array.isArray(item)) return { ok: false, message: `row ${k}: not an object` };
    if (k === 0) columns = Object.keys(item);
    const row = newRow();
    for (const name of columns) {
      if (!Object.hasOwn(item, name)) return { ok: false, message: `row ${k}: has no "${name}" (the first row's keys are the columns)` };
      const value = item[name];
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        return { ok: false, message: `row ${k}: "${name}" is ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}, not a string, number or boolean` };
      }
      row[name] = String(value);
    }
    rows.push(row);
  }
  return { ok: true, columns, rows };
}
function uniqueRowsOfShare(rowCount, share) {
  return share.offset >= rowCount ? 0 : Math.floor((rowCount - 1 - share.offset) / share.stride) + 1;
}
function createFeeder(rows, order, random, share = { offset: 0, stride: 1 }) {
  if (rows.length === 0) throw new RangeError("createFeeder: no rows");
  if (!(Number.isSafeInteger(share.offset) && share.offset >= 0 && Number.isSafeInteger(share.stride) && share.stride >= 1)) {
    throw new RangeError(`createFeeder: share ${JSON.stringify(share)} needs an offset >= 0 and a stride >= 1`);
  }
  let taken = 0;
  return {
    next() {
      let row;
      const position = share.offset + taken * share.stride;
      if (order === "random") row = rows[randomInteger(random, 0, rows.length - 1)];
      else if (order === "sequential") row = rows[position % rows.length];
      else row = position < rows.length ? rows[position] : void 0;
      if (row !== void 0) taken++;
      return row;
    },
    get taken() {
      return taken;
    }
  };
}

// src/metrics/open-summary.ts
var SLOT_MS = 10;
var LAG_P99_LIMIT_MS = 5;
var MISSED_SLOTS_LIMIT = 0.01;
function openLoadResult(c) {
  let total = 0;
  let missed = 0;
  for (let i = 0; i < c.planned.length; i++) {
    if (c.planned[i] === 1) total++;
    if (c.missed[i] === 1) missed++;
  }
  const seconds = c.measuredMs / 1e3;
  return {
    plannedRps: round1(c.plannedCount / seconds),
    achievedRps: round1(c.sent / seconds),
    planned: c.sent + c.dropped,
    sent: c.sent,
    dropped: c.dropped,
    maxInFlight: c.maxInFlight,
    peakInFlight: c.peakInFlight,
    sendLagMs: summarizeLatency(c.lag),
    slots: { sizeMs: SLOT_MS, total, missed }
  };
}
function flowArrivals(flow, c) {
  return { flow, planned: c.started + c.dropped, started: c.started, dropped: c.dropped, late: c.late, startLagMs: summarizeLatency(c.lag) };
}
function openLoadWarnings(open) {
  const warnings = [];
  if (open.dropped > 0) {
    const share = 100 * open.dropped / Math.max(1, open.planned);
    const unit = open.iterations && open.iterations.length > 0 ? "arrivals (requests and flow iterations)" : "requests";
    const rate = unit === "requests" ? "requests/s" : "arrivals/s";
    warnings.push({
      code: "arrivals-dropped",
      message: `${open.dropped} of ${open.planned} scheduled ${unit} (${share.toFixed(share < 1 ? 2 : 1)}%) were dropped because ${open.maxInFlight} were already in flight (load.max_in_flight): the target did not keep up with ${open.plannedRps} ${rate}. Achieved ${open.achievedRps} ${rate}; latency covers what was sent.`
    });
  }
  const missedShare = open.slots.total === 0 ? 0 : open.slots.missed / open.slots.total;
  const lateOnly = open.sendLagMs.p99 > LAG_P99_LIMIT_MS || open.dropped === 0 && missedShare > MISSED_SLOTS_LIMIT;
  if (lateOnly) {
    warnings.push({
      code: "schedule-missed",
      message: `The load generator fell behind its schedule: send lag p99 ${open.sendLagMs.p99} ms (limit ${LAG_P99_LIMIT_MS} ms), ${open.slots.missed} of ${open.slots.total} ${SLOT_MS} ms slots missed. Latency from the intended send time includes this delay; lower the rate or use a bigger runner.`
    });
  }
  return warnings;
}
function round1(value) {
  return Math.round(value * 10) / 10;
}

export {
  DEFAULT_SPIKE_SHARE,
  compileRateSegments,
  spikeSpan,
  plannedArrivals,
  ArrivalClock,
  parseCsv,
  parseJsonRows,
  uniqueRowsOfShare,
  createFeeder,
  FLOW_ROW_METHOD,
  resultRows,
  judgedProfile,
  SLOT_MS,
  openLoadResult,
  flowArrivals,
  openLoadWarnings
};
