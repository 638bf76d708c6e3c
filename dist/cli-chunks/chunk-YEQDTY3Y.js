import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/metrics/bucket-histogram.ts
var SUB_BUCKET_BITS = 6;
var SUB_BUCKETS = 1 << SUB_BUCKET_BITS;
var LINEAR_LIMIT = SUB_BUCKETS * 2;
var HIGHEST_EXPONENT = 26;
var BUCKET_SLOTS = LINEAR_LIMIT + (HIGHEST_EXPONENT - 6) * SUB_BUCKETS;
var HIGHEST_US = 2 ** (HIGHEST_EXPONENT + 1) - 1;
function slotOf(us) {
  if (us < LINEAR_LIMIT) return us < 0 ? 0 : us;
  if (us > HIGHEST_US) us = HIGHEST_US;
  const exponent = 31 - Math.clz32(us);
  const sub = us >>> exponent - SUB_BUCKET_BITS & SUB_BUCKETS - 1;
  return LINEAR_LIMIT + (exponent - 7) * SUB_BUCKETS + sub;
}
function slotTopUs(slot) {
  if (slot < LINEAR_LIMIT) return slot;
  const exponent = 7 + Math.floor((slot - LINEAR_LIMIT) / SUB_BUCKETS);
  const sub = (slot - LINEAR_LIMIT) % SUB_BUCKETS;
  return (SUB_BUCKETS + sub + 1 << exponent - SUB_BUCKET_BITS) - 1;
}
var BucketHistogram = class {
  counts = new Uint32Array(BUCKET_SLOTS);
  lowest = BUCKET_SLOTS;
  highest = -1;
  /** Values recorded since the last reset. */
  count = 0;
  /** Records one latency in microseconds (rounded down to a whole µs). */
  record(latencyUs) {
    const slot = slotOf(latencyUs | 0);
    this.counts[slot]++;
    this.count++;
    if (slot < this.lowest) this.lowest = slot;
    if (slot > this.highest) this.highest = slot;
  }
  /**
   * The values (µs) at the given percentiles (ascending, 0..100): for each, the top of the first
   * slot at which the running count reaches percentile% of all values (nearest rank). 0 when empty.
   */
  percentilesUs(percentiles, out) {
    out.length = 0;
    if (this.count === 0) {
      for (let i = 0; i < percentiles.length; i++) out.push(0);
      return out;
    }
    let seen = 0;
    let next = 0;
    for (let slot = this.lowest; slot <= this.highest && next < percentiles.length; slot++) {
      seen += this.counts[slot];
      while (next < percentiles.length && seen >= Math.max(1, Math.ceil(percentiles[next] / 100 * this.count))) {
        out.push(slotTopUs(slot));
        next++;
      }
    }
    while (out.length < percentiles.length) out.push(slotTopUs(this.highest));
    return out;
  }
  /** Empties the histogram (only the slots that were used). */
  reset() {
    if (this.highest >= this.lowest) this.counts.fill(0, this.lowest, this.highest + 1);
    this.lowest = BUCKET_SLOTS;
    this.highest = -1;
    this.count = 0;
  }
};

// src/metrics/timeline.ts
var MAX_TIMELINE_POINTS = 600;
function timelineBucketMs(measuredMs) {
  return 1e3 * Math.max(1, Math.ceil(measuredMs / 1e3 / MAX_TIMELINE_POINTS));
}
var ERROR_CLASSES = ["refused", "reset", "timeout", "status", "other"];
var STATUS_CLASS = ERROR_CLASSES.indexOf("status");
var PERCENTILES = [50, 95, 99];
var EndpointSeries = class {
  constructor(name, points) {
    this.name = name;
    this.requests = new Uint32Array(points);
    this.errors = ERROR_CLASSES.map(() => new Uint32Array(points));
    this.p50Us = new Float64Array(points);
    this.p95Us = new Float64Array(points);
    this.p99Us = new Float64Array(points);
    this.maxUs = new Float64Array(points);
  }
  name;
  requests;
  errors;
  p50Us;
  p95Us;
  p99Us;
  maxUs;
  histogram = new BucketHistogram();
  bucket = -1;
  bucketMaxUs = 0;
  scratch = [];
  /** Closes the open bucket (its percentiles into the series) when `bucket` is a later one. */
  moveTo(bucket) {
    if (bucket === this.bucket) return;
    this.flush();
    this.bucket = bucket;
  }
  flush() {
    if (this.bucket < 0 || this.histogram.count === 0) return;
    const [p50, p95, p99] = this.histogram.percentilesUs(PERCENTILES, this.scratch);
    const b = this.bucket;
    this.p50Us[b] = Math.min(p50, this.bucketMaxUs);
    this.p95Us[b] = Math.min(p95, this.bucketMaxUs);
    this.p99Us[b] = Math.min(p99, this.bucketMaxUs);
    this.maxUs[b] = this.bucketMaxUs;
    this.histogram.reset();
    this.bucketMaxUs = 0;
  }
};
var ScheduleSeries = class {
  sent;
  dropped;
  peakInFlight;
  lagP99Us;
  lag = new BucketHistogram();
  bucket = -1;
  scratch = [];
  constructor(points) {
    this.sent = new Uint32Array(points);
    this.dropped = new Uint32Array(points);
    this.peakInFlight = new Uint32Array(points);
    this.lagP99Us = new Float64Array(points);
  }
  moveTo(bucket) {
    if (bucket === this.bucket) return;
    this.flush();
    this.bucket = bucket;
  }
  flush() {
    if (this.bucket < 0 || this.lag.count === 0) return;
    this.lagP99Us[this.bucket] = this.lag.percentilesUs([99], this.scratch)[0];
    this.lag.reset();
  }
};
var TimelineRecorder = class {
  constructor(endpointNames, origin, warmupMs, measuredMs) {
    this.origin = origin;
    this.warmupMs = warmupMs;
    this.bucketMs = timelineBucketMs(measuredMs);
    this.points = Math.max(1, Math.ceil(measuredMs / this.bucketMs));
    this.endpoints = endpointNames.map((name) => new EndpointSeries(name, this.points));
  }
  origin;
  warmupMs;
  bucketMs;
  points;
  endpoints;
  schedule;
  /** The bucket `elapsedMs` after the measured phase began, clamped into the timeline. */
  bucketAt(elapsedMs) {
    const bucket = Math.floor(elapsedMs / this.bucketMs);
    return bucket < 0 ? 0 : bucket >= this.points ? this.points - 1 : bucket;
  }
  bucketNow() {
    return this.bucketAt(performance.now() - this.origin.loadStartMs - this.warmupMs);
  }
  /** A measured request was answered now after `latencyUs`; `statusError`: its status was not expected. */
  answer(endpointIndex, latencyUs, statusError) {
    const series = this.endpoints[endpointIndex];
    const bucket = this.bucketNow();
    series.moveTo(bucket);
    series.requests[bucket]++;
    if (statusError) series.errors[STATUS_CLASS][bucket]++;
    series.histogram.record(latencyUs);
    if (latencyUs > series.bucketMaxUs) series.bucketMaxUs = Math.round(latencyUs);
  }
  /** A measured request failed now without an answer, of error class `errorClass`. */
  failure(endpointIndex, errorClass) {
    const series = this.endpoints[endpointIndex];
    const bucket = this.bucketNow();
    series.moveTo(bucket);
    series.requests[bucket]++;
    series.errors[ERROR_CLASSES.indexOf(errorClass)][bucket]++;
  }
  /**
   * Open model: an arrival of the measured phase, due `intendedMs` after the load started; sent
   * `lagMs` late with `inFlight` requests then out, or dropped at the cap. Arrivals come in
   * schedule order, so buckets only move forward.
   */
  arrival(intendedMs, sent, lagMs, inFlight) {
    const schedule = this.schedule ??= new ScheduleSeries(this.points);
    const bucket = this.bucketAt(intendedMs - this.warmupMs);
    schedule.moveTo(bucket);
    if (!sent) {
      schedule.dropped[bucket]++;
      return;
    }
    schedule.sent[bucket]++;
    schedule.lag.record(lagMs * 1e3);
    if (inFlight > schedule.peakInFlight[bucket]) schedule.peakInFlight[bucket] = inFlight;
  }
  /**
   * The timeline for the result. `plannedArrivals(elapsedMs)` (open model) is the schedule's
   * planned arrivals from the load's start to `elapsedMs`, whose differences give the asked rate.
   */
  finish(plannedArrivals) {
    const endpoints = this.endpoints.map((series) => {
      series.flush();
      const errors = {};
      ERROR_CLASSES.forEach((errorClass, i) => {
        if (series.errors[i].some((n) => n > 0)) errors[errorClass] = Array.from(series.errors[i]);
      });
      return {
        name: series.name,
        requests: Array.from(series.requests),
        errors,
        p50Ms: msOf(series.p50Us),
        p95Ms: msOf(series.p95Us),
        p99Ms: msOf(series.p99Us),
        maxMs: msOf(series.maxUs)
      };
    });
    const timeline = { bucketMs: this.bucketMs, points: this.points, endpoints };
    if (plannedArrivals) timeline.open = this.openSeries(plannedArrivals);
    return timeline;
  }
  openSeries(plannedArrivals) {
    const schedule = this.schedule ?? new ScheduleSeries(this.points);
    schedule.flush();
    const seconds = this.bucketMs / 1e3;
    const plannedRps = [];
    for (let i = 0; i < this.points; i++) {
      const from = this.warmupMs + i * this.bucketMs;
      plannedRps.push(round1((plannedArrivals(from + this.bucketMs) - plannedArrivals(from)) / seconds));
    }
    return {
      plannedRps,
      achievedRps: Array.from(schedule.sent, (n) => round1(n / seconds)),
      dropped: Array.from(schedule.dropped),
      peakInFlight: Array.from(schedule.peakInFlight),
      sendLagP99Ms: msOf(schedule.lagP99Us)
    };
  }
};
function msOf(us) {
  return Array.from(us, (v) => Math.round(v) / 1e3);
}
function round1(value) {
  return Math.round(value * 10) / 10;
}

export {
  ERROR_CLASSES,
  TimelineRecorder
};
