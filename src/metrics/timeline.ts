/**
 * The per-bucket recorder behind the result's `timeline`: what happened in each second of the
 * measured phase (requests, errors by class, latency percentiles; for the open model the schedule),
 * so a report can show the spike at second 40 that whole-run figures average away.
 *
 * The load engine calls `answer`/`failure` once per measured request from its one bookkeeping point
 * (load/tally.ts) and `arrival` once per scheduled arrival (open model). Like the tally, these touch
 * preallocated typed arrays only; a bucket's percentiles are read from a small histogram
 * (bucket-histogram.ts) when the next bucket begins, and the histogram is emptied for it.
 *
 * Downsampling rule: a series never has more than MAX_TIMELINE_POINTS points. The bucket is one
 * second, or for a measured phase longer than MAX_TIMELINE_POINTS seconds the smallest whole number
 * of seconds that keeps it within that many points (a 1-hour soak: 6 s buckets). Buckets are chosen
 * before the run, so each bucket's percentiles are exact for its own histogram rather than
 * averages of averages.
 */
import { BucketHistogram } from './bucket-histogram.js';
import type { EndpointTimeline, ErrorCounts, OpenTimeline, RunTimeline } from './types.js';

/** Most points a timeline series has (see the downsampling rule above). */
export const MAX_TIMELINE_POINTS = 600;

/** The bucket width for a measured phase of `measuredMs`: 1 s, or wider to stay within MAX_TIMELINE_POINTS. */
export function timelineBucketMs(measuredMs: number): number {
  return 1000 * Math.max(1, Math.ceil(measuredMs / 1000 / MAX_TIMELINE_POINTS));
}

/** The error classes in the order `failure` takes them. */
export const ERROR_CLASSES: readonly (keyof ErrorCounts)[] = ['refused', 'reset', 'timeout', 'status', 'other'];
const STATUS_CLASS = ERROR_CLASSES.indexOf('status');
const PERCENTILES = [50, 95, 99] as const;

class EndpointSeries {
  readonly requests: Uint32Array;
  readonly errors: Uint32Array[];
  readonly p50Us: Float64Array;
  readonly p95Us: Float64Array;
  readonly p99Us: Float64Array;
  readonly maxUs: Float64Array;
  readonly histogram = new BucketHistogram();
  bucket = -1;
  bucketMaxUs = 0;
  private readonly scratch: number[] = [];

  constructor(readonly name: string, points: number) {
    this.requests = new Uint32Array(points);
    this.errors = ERROR_CLASSES.map(() => new Uint32Array(points));
    this.p50Us = new Float64Array(points);
    this.p95Us = new Float64Array(points);
    this.p99Us = new Float64Array(points);
    this.maxUs = new Float64Array(points);
  }

  /** Closes the open bucket (its percentiles into the series) when `bucket` is a later one. */
  moveTo(bucket: number): void {
    if (bucket === this.bucket) return;
    this.flush();
    this.bucket = bucket;
  }

  flush(): void {
    if (this.bucket < 0 || this.histogram.count === 0) return;
    const [p50, p95, p99] = this.histogram.percentilesUs(PERCENTILES, this.scratch);
    const b = this.bucket;
    // A bucket's top is up to 1.6% above the value; never above the exact maximum.
    this.p50Us[b] = Math.min(p50, this.bucketMaxUs);
    this.p95Us[b] = Math.min(p95, this.bucketMaxUs);
    this.p99Us[b] = Math.min(p99, this.bucketMaxUs);
    this.maxUs[b] = this.bucketMaxUs;
    this.histogram.reset();
    this.bucketMaxUs = 0;
  }
}

class ScheduleSeries {
  readonly sent: Uint32Array;
  readonly dropped: Uint32Array;
  readonly peakInFlight: Uint32Array;
  readonly lagP99Us: Float64Array;
  readonly lag = new BucketHistogram();
  bucket = -1;
  private readonly scratch: number[] = [];

  constructor(points: number) {
    this.sent = new Uint32Array(points);
    this.dropped = new Uint32Array(points);
    this.peakInFlight = new Uint32Array(points);
    this.lagP99Us = new Float64Array(points);
  }

  moveTo(bucket: number): void {
    if (bucket === this.bucket) return;
    this.flush();
    this.bucket = bucket;
  }

  flush(): void {
    if (this.bucket < 0 || this.lag.count === 0) return;
    this.lagP99Us[this.bucket] = this.lag.percentilesUs([99], this.scratch)[0];
    this.lag.reset();
  }
}

/**
 * Records the measured phase per bucket. `origin.loadStartMs` is the performance.now() the run's
 * plan counts from (the engine sets it when the load starts); the measured phase begins `warmupMs`
 * later and lasts `measuredMs`.
 */
export class TimelineRecorder {
  readonly bucketMs: number;
  readonly points: number;
  private readonly endpoints: EndpointSeries[];
  private schedule?: ScheduleSeries;

  constructor(
    endpointNames: readonly string[],
    private readonly origin: { readonly loadStartMs: number },
    private readonly warmupMs: number,
    measuredMs: number,
  ) {
    this.bucketMs = timelineBucketMs(measuredMs);
    this.points = Math.max(1, Math.ceil(measuredMs / this.bucketMs));
    this.endpoints = endpointNames.map((name) => new EndpointSeries(name, this.points));
  }

  /** The bucket `elapsedMs` after the measured phase began, clamped into the timeline. */
  private bucketAt(elapsedMs: number): number {
    const bucket = Math.floor(elapsedMs / this.bucketMs);
    return bucket < 0 ? 0 : bucket >= this.points ? this.points - 1 : bucket;
  }

  private bucketNow(): number {
    return this.bucketAt(performance.now() - this.origin.loadStartMs - this.warmupMs);
  }

  /** A measured request was answered now after `latencyUs`; `statusError`: its status was not expected. */
  answer(endpointIndex: number, latencyUs: number, statusError: boolean): void {
    const series = this.endpoints[endpointIndex];
    const bucket = this.bucketNow();
    series.moveTo(bucket);
    series.requests[bucket]++;
    if (statusError) series.errors[STATUS_CLASS][bucket]++;
    series.histogram.record(latencyUs);
    if (latencyUs > series.bucketMaxUs) series.bucketMaxUs = Math.round(latencyUs);
  }

  /** A measured request failed now without an answer, of error class `errorClass`. */
  failure(endpointIndex: number, errorClass: keyof ErrorCounts): void {
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
  arrival(intendedMs: number, sent: boolean, lagMs: number, inFlight: number): void {
    const schedule = (this.schedule ??= new ScheduleSeries(this.points));
    const bucket = this.bucketAt(intendedMs - this.warmupMs);
    schedule.moveTo(bucket);
    if (!sent) {
      schedule.dropped[bucket]++;
      return;
    }
    schedule.sent[bucket]++;
    schedule.lag.record(lagMs * 1000);
    if (inFlight > schedule.peakInFlight[bucket]) schedule.peakInFlight[bucket] = inFlight;
  }

  /**
   * The timeline for the result. `plannedArrivals(elapsedMs)` (open model) is the schedule's
   * planned arrivals from the load's start to `elapsedMs`, whose differences give the asked rate.
   */
  finish(plannedArrivals?: (elapsedMs: number) => number): RunTimeline {
    const endpoints = this.endpoints.map((series): EndpointTimeline => {
      series.flush();
      const errors: EndpointTimeline['errors'] = {};
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
        maxMs: msOf(series.maxUs),
      };
    });
    const timeline: RunTimeline = { bucketMs: this.bucketMs, points: this.points, endpoints };
    if (plannedArrivals) timeline.open = this.openSeries(plannedArrivals);
    return timeline;
  }

  private openSeries(plannedArrivals: (elapsedMs: number) => number): OpenTimeline {
    const schedule = this.schedule ?? new ScheduleSeries(this.points);
    schedule.flush();
    const seconds = this.bucketMs / 1000;
    const plannedRps: number[] = [];
    for (let i = 0; i < this.points; i++) {
      const from = this.warmupMs + i * this.bucketMs;
      plannedRps.push(round1((plannedArrivals(from + this.bucketMs) - plannedArrivals(from)) / seconds));
    }
    return {
      plannedRps,
      achievedRps: Array.from(schedule.sent, (n) => round1(n / seconds)),
      dropped: Array.from(schedule.dropped),
      peakInFlight: Array.from(schedule.peakInFlight),
      sendLagP99Ms: msOf(schedule.lagP99Us),
    };
  }
}

function msOf(us: Float64Array): number[] {
  return Array.from(us, (v) => Math.round(v) / 1000);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
