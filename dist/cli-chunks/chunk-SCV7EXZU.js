import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

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

export {
  DEFAULT_SPIKE_SHARE,
  compileRateSegments,
  spikeSpan,
  plannedArrivals,
  ArrivalClock,
  resultRows,
  judgedProfile
};
