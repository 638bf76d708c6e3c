/**
 * The run result: a versioned JSON document (schemas/result.schema.json) written per run, and the
 * per-trial summaries that baselines keep. Latencies are milliseconds with microsecond precision
 * (three decimals); rates are per second.
 */

export const RESULT_SCHEMA_VERSION = 1;

export interface LatencySummaryMs {
  p50: number;
  p90: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Error classes, counted separately. `status` = an answer whose status was not expected. Flow steps
 * only (present when above 0): `capture` = an answer a capture found nothing in, `check` = an answer
 * that failed a check; on a flow's own row, the class of the step that ended the iteration.
 */
export interface ErrorCounts {
  refused: number;
  reset: number;
  timeout: number;
  status: number;
  other: number;
  capture?: number;
  check?: number;
}

/** One trial of one endpoint: the unit the statistics compare. */
export interface TrialSummary {
  requests: number;
  errors: number;
  /** Requests per second over the trial's duration. */
  rps: number;
  /** errors / requests (0 when no requests). */
  errorRate: number;
  /** Latency of completed requests (any status) in ms; zeros when none completed. */
  latencyMs: LatencySummaryMs;
}

export interface EndpointResult {
  name: string;
  method: string;
  path: string;
  requests: number;
  errors: number;
  errorsByClass: ErrorCounts;
  /** Count per HTTP status code, as strings ("200"). */
  statusCounts: Record<string, number>;
  rps: number;
  errorRate: number;
  latencyMs: LatencySummaryMs;
  trials: TrialSummary[];
  /**
   * Open model only: latency from the moment the request was actually sent. `latencyMs` (and the
   * trials) run from the *intended* send time, so generator lag and queueing are not hidden
   * (coordinated omission); the gap between the two is the time requests waited to be sent.
   */
  latencyFromSendMs?: LatencySummaryMs;
  /**
   * Open model only: this endpoint's arrivals of the measured phase that were dropped because
   * `maxInFlight` requests were already out (not in `requests`; the run's total is `open.dropped`).
   */
  dropped?: number;
  /**
   * The measured phase's latency histogram (all trials merged, microseconds) in HdrHistogram's
   * compressed base64 form: mergeable across trials, runs and targets. Baselines keep it per run.
   */
  histogram?: string;
  /**
   * Requests sent during the warm-up that were still unanswered when the measured phase began (not
   * counted in `requests`: a request counts where it started). Present when above 0: these requests
   * held connections the measured phase needed, which is how a hung endpoint shows up in a short run.
   */
  warmupUnanswered?: number;
  /**
   * The first few error messages of each class (at most ERROR_SAMPLES_PER_CLASS, each at most
   * ERROR_SAMPLE_MAX_CHARS characters), in the order seen: what the client said, so a report
   * can show why requests failed. `status` samples name the unexpected status.
   */
  errorSamples?: Partial<Record<keyof ErrorCounts, string[]>>;
  /**
   * Requests that failed for a reason of the load generator's own (its file-descriptor limit:
   * EMFILE/ENFILE), not the target's: counted here and in the run's warnings, never in `requests`
   * or `errors`.
   */
  generatorFailures?: number;
}

/** Open model: how well the schedule was kept, over the measured phase. */
export interface OpenLoadResult {
  /** Mean rate the schedule asked for, requests/s. */
  plannedRps: number;
  /** Arrivals sent per second of the measured phase. */
  achievedRps: number;
  /** Arrivals planned, sent and dropped (planned = sent + dropped). */
  planned: number;
  sent: number;
  /** Arrivals not sent because `maxInFlight` requests were already out. */
  dropped: number;
  maxInFlight: number;
  /** Most requests out at once, and the connections that took. */
  peakInFlight: number;
  /** Actual send time − intended send time. */
  sendLagMs: LatencySummaryMs;
  /** 10 ms slots of the measured phase with planned arrivals, and those not fully served (an arrival dropped or sent ≥ 10 ms late). */
  slots: { sizeMs: number; total: number; missed: number };
  /** With flows: each flow's iterations as they arrived, in profile order. */
  iterations?: FlowArrivals[];
}

/**
 * Open model with flows: how one flow's iterations arrived over the measured phase. An arrival
 * drawn for the flow either starts an iteration (its first step goes out) or is dropped at the
 * in-flight cap: planned = started + dropped. Iterations started but cut short by the end of the
 * run are among `started`, not on the flow's row.
 */
export interface FlowArrivals {
  flow: string;
  planned: number;
  started: number;
  /** Not started because `maxInFlight` iterations and requests were already under way. */
  dropped: number;
  /** Started 10 ms (the slot size) or more after their scheduled instant. */
  late: number;
  /** When the first step went out minus the scheduled instant, ms. */
  startLagMs: LatencySummaryMs;
}

/** How busy the load generator itself was: the basis of the `generator-saturated` warning. */
export interface GeneratorLoad {
  /** CPU time / wall time of the generator process (1 = one core). */
  cpuShare: number;
  eventLoopDelayP99Ms: number;
}

/** CPU and memory of the target process, sampled from /proc during the load. */
export interface TargetResources {
  /** The process sampled from /proc; for a container, its main process when the Docker API named it (0 when not). */
  pid: number;
  /** Set when the figures are a container's cgroup (`target-container`): its id. RSS is then the cgroup's memory.current. */
  container?: string;
  /** CPU seconds the target used over the sampled span: with the requests, its CPU per request. */
  cpuSeconds?: number;
  /**
   * The target's CPU time per request answered, milliseconds (metrics/endurance.ts): each trial's
   * CPU time over its requests, and their median — the efficiency figure the gate compares like a
   * latency (verdict/cpu-compare.ts). Absent when no trial could be read (CPU not sampled across it).
   */
  cpuPerRequest?: { medianMs: number; trialsMs: number[] };
  /**
   * Trend of the RSS floor over the run, MB/min with Sen's 95 % interval (metrics/endurance.ts):
   * what a leak raises, where a GC saw-tooth does not. Absent for runs too short to have one.
   */
  rssTrend?: { perMinute: number; lower: number; upper: number };
  /** The trend reads as a leak: its whole interval above zero and at least 1 MB over the run. */
  rssLeak?: boolean;
  samples: number;
  /** CPU time / wall time over the run (1 = one core), and the highest one-interval share. */
  cpuShare: number;
  cpuSharePeak: number;
  rssMb: { start: number; end: number; max: number };
  /** RSS at the end minus at the start of the measured phase; positive means growth. */
  rssGrowthMb: number;
}

export interface RunnerFingerprint {
  cpuModel: string;
  cores: number;
  os: string;
  node: string;
}

export interface RunWarning {
  code: string;
  message: string;
}

/**
 * One endpoint over the measured phase, one entry per timeline bucket (columnar: entry i of every
 * array is bucket i). Requests and errors count where the request ended (an answer or a failure);
 * latencies are of the answers that bucket received, ms, from a 1.6%-precise per-bucket histogram.
 */
export interface EndpointTimeline {
  name: string;
  requests: number[];
  /** Failed requests per bucket, by error class: only the classes that occurred. */
  errors: Partial<Record<keyof ErrorCounts, number[]>>;
  p50Ms: number[];
  p95Ms: number[];
  p99Ms: number[];
  maxMs: number[];
}

/** Open model, per bucket: the schedule as planned and as kept. */
export interface OpenTimeline {
  /** Rate the schedule asked for, and the rate sent, requests/s over the bucket. */
  plannedRps: number[];
  achievedRps: number[];
  /** Arrivals dropped at the in-flight cap. */
  dropped: number[];
  /** Most requests out at once during the bucket. */
  peakInFlight: number[];
  /** Send lag p99 (actual − intended send time), ms. */
  sendLagP99Ms: number[];
}

/** The target process per bucket (its samples that fell in the bucket; null when none did). */
export interface TargetTimeline {
  /** CPU time / wall time since the previous sample (1 = one core). */
  cpuShare: (number | null)[];
  rssMb: (number | null)[];
}

/**
 * The run over time: the measured phase cut into buckets of `bucketMs` (one second, wider for long
 * runs so that no series has more than MAX_TIMELINE_POINTS entries; see docs/reports.md). Bucket i
 * covers [i × bucketMs, (i+1) × bucketMs) after the measured phase began; answers that come in after
 * the phase's end (requests still out then) fall into the last bucket.
 */
export interface RunTimeline {
  bucketMs: number;
  /** Number of buckets: the length of every series. */
  points: number;
  endpoints: EndpointTimeline[];
  open?: OpenTimeline;
  target?: TargetTimeline;
}

export interface RunResult {
  schemaVersion: typeof RESULT_SCHEMA_VERSION;
  tool: { name: 'loadgate'; version: string };
  /** `level`: the load level the run used, when the profile declares levels and one was selected. */
  profile: { name: string; fingerprint: string; level?: string };
  target: string;
  startedAt: string;
  finishedAt: string;
  load: {
    model: 'closed' | 'open';
    /** Closed: the connections. Open: the most connections the run had open (= peak in flight). */
    connections: number;
    warmupMs: number;
    durationMs: number;
    trials: number;
    trialDurationMs: number;
    /** Open model: the shape's nominal rate, requests/s, and the shape's name. */
    rateRps?: number;
    shape?: string;
    /** Closed model: requests outstanding per connection, when above 1. */
    pipelining?: number;
    /** Seed of the random source (templates, think time), when the profile set one. */
    seed?: number;
  };
  runner: RunnerFingerprint;
  endpoints: EndpointResult[];
  totals: { requests: number; errors: number; rps: number; errorRate: number };
  warnings: RunWarning[];
  /** Open model: schedule keeping, send lag and dropped arrivals. */
  open?: OpenLoadResult;
  /** WebSocket sessions: message rates, disconnects by close code, drops and reconnects (docs/websocket.md). */
  websocket?: WebSocketResult;
  /** The load generator's own CPU and event-loop delay during the run. */
  generator?: GeneratorLoad;
  /** The target process's CPU and memory, when the profile or input named it. */
  targetResources?: TargetResources;
  /** Per-bucket series of the measured phase; absent in results written before it existed. */
  timeline?: RunTimeline;
  /** A capacity (breakpoint) run: the capacity read from its ladder (verdict/capacity.ts). */
  capacity?: RunCapacity;
  /** A spike run: the time the service took to recover after the spike (verdict/recovery-reading.ts). */
  recovery?: RunRecovery;
  /** A measured phase of a minute or more: each endpoint's p95 drift (metrics/latency-drift.ts). */
  latencyDrift?: LatencyDrift[];
}

/** One endpoint's p95 drift over the measured phase: a Theil–Sen slope in ms per minute with its 95% interval. */
export interface LatencyDrift {
  endpoint: string;
  perMinute: number;
  lower: number;
  upper: number;
  /** Timeline buckets the slope was fitted to. */
  points: number;
}

/**
 * A spike run's recovery: from the spike's end until the timeline's windows were back within the
 * band of the pre-spike p95, without errors, for `settleMs` in a row. Times on the measured phase's
 * clock (0 = end of the warm-up), ms.
 */
export interface RunRecovery {
  recovered: boolean;
  /** Recovered: from the spike's end to the start of the first window of the settled run. */
  recoveryMs?: number;
  /** How long after the spike's end the run watched (the rest of the measured phase). */
  watchedMs: number;
  /** The median p95 of the windows before the spike, ms; the band is above it. */
  preSpikeP95Ms: number;
  band: number;
  settleMs: number;
  spikeStartMs: number;
  spikeEndMs: number;
  /** Why it reads as not recovered, in words. */
  reason?: string;
}

/** What a limit of a capacity ladder's SLO a step broke. */
export type CapacityBreakCause = 'latency' | 'errors' | 'rate';

/** A capacity ladder's result: the highest rate that held, its interval, and each step climbed. */
export interface RunCapacity {
  /** The highest rate that held, requests/s; 0 when even the first step broke. */
  capacityRps: number;
  /** The interval: the highest step whose trials all held, and the lowest certainly broken (or the ceiling). */
  lowerRps: number;
  upperRps: number;
  /** The first step that did not hold and what its failing trials broke, most frequent first. */
  brokeAt?: { rateRps: number; causes: CapacityBreakCause[] };
  /** Every step held: the capacity is at least the ceiling. */
  heldToCeiling: boolean;
  /** The ladder stopped because the target stopped answering (every request of a trial failed unanswered). */
  targetStopped?: boolean;
  /** The ladder stopped early, after this many of its planned steps. */
  stepsRun: number;
  stepsPlanned: number;
  /** Each step climbed: its rate, trials, trials that held, whether it held, what broke. */
  steps: { rateRps: number; trials: number; held: number; holds: boolean; broke: CapacityBreakCause[] }[];
}

/**
 * What a WebSocket session load measured beyond its two pseudo-endpoints (`ws/<name>`: round-trip
 * time per message; `ws/<name>/handshake`). Rates are over the measured phase.
 */
export interface WebSocketResult {
  name: string;
  /** Connections the profile asked for, and successful handshakes (first connects and reconnects). */
  connections: number;
  opened: number;
  failedHandshakes: number;
  sent: number;
  received: number;
  /** Replies matched to a message of the generator's; the rest of `received` the server sent of its own. */
  answered: number;
  serverMessages: number;
  /** Messages that were not JSON when JSON was expected. */
  nonJson: number;
  sentPerSecond: number;
  receivedPerSecond: number;
  serverPerSecond: number;
  /** Closes the generator did not ask for, by close code ("1006": no close frame). */
  disconnectsByCode: Record<string, number>;
  /** Connections lost after their handshake, reconnected ones, and the time from drop to reconnect (ms). */
  drops: number;
  reconnects: number;
  reconnectMs?: { p50: number; max: number };
  /** Drops not reconnected within reconnect.max_time (each also a handshake timeout). */
  reconnectsOverMaxTime: number;
}
