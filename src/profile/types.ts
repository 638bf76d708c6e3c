/**
 * The validated, normalised form of a load profile. The YAML format users write is described in
 * `schemas/profile.schema.json` and README.md; `parseProfile` turns that text into this shape, with
 * every duration in milliseconds and every default filled in, so nothing downstream re-parses text.
 */
import type { JsonPathSegment } from '../flow/json-path.js';
import type { TrendProfileSettings } from './trend.js';

/** A metric the regression comparison can test. Direction: latency and error rate up is worse, throughput down is worse. */
export type RegressionMetric = 'p50' | 'p90' | 'p95' | 'p99' | 'mean' | 'throughput' | 'error_rate';

/** A metric an absolute threshold can limit. */
export type ThresholdMetric = 'p50' | 'p90' | 'p95' | 'p99' | 'max' | 'mean' | 'error_rate' | 'throughput' | RunThresholdMetric;

/** Thresholds on a figure of the whole run rather than of an endpoint (profile-wide only). */
export type RunThresholdMetric = 'capacity' | 'target_rss_growth' | 'target_cpu_per_request' | 'recovery_time' | 'p95_drift';

export type Severity = 'minor' | 'major' | 'critical';

/** Relative-change cut-offs as fractions (0.10 = 10%). */
export interface SeverityCutoffs {
  minor: number;
  major: number;
  critical: number;
}

/**
 * One tier of an absolute threshold: the metric must stay below `limit` (above it for throughput),
 * else a breach of `severity`. Latency limits are in milliseconds, error rate as a fraction (0.01 = 1%),
 * throughput in requests per second.
 */
export interface ThresholdTier {
  metric: ThresholdMetric;
  severity: Severity;
  limit: number;
}

export interface Endpoint {
  name: string;
  method: string;
  /** Path and query, starting with '/'. */
  path: string;
  headers: Record<string, string>;
  /** The request body as sent (a `json:` body is serialised here and gets a content-type header). */
  body?: string;
  /** `json` when the body came from `json:`: template values in it are JSON-escaped (template.ts). */
  bodyFormat?: 'json';
  /** Relative share of requests; integer >= 1. */
  weight: number;
  /** Status codes counted as success. Default [200..299] expanded is not used: empty means any 2xx. */
  expectStatus: number[];
  thresholds: ThresholdTier[];
  /** Overrides of the profile's severity cut-offs for this endpoint. */
  severity?: SeverityCutoffs;
  /** 1-based line of the endpoint in the profile file, for annotations and messages. */
  line?: number;
  /** This endpoint's request timeout, overriding `load.requestTimeoutMs`. */
  timeoutMs?: number;
}

/** Closed model: a fixed number of connections, each sending its next request when the last completes. */
export interface ClosedModelLoad {
  model: 'closed';
  connections: number;
  warmupMs: number;
  /** The measured phase; split into `trials` equal consecutive trials. */
  durationMs: number;
  trials: number;
  /** A request that takes longer than this is abandoned and counted as a timeout error. */
  requestTimeoutMs: number;
  /** Pause after each answer before the connection's next request: fixed, or uniform in [min, max]. */
  thinkTime?: { minMs: number; maxMs: number };
  /** Requests a connection may have outstanding at once (HTTP/1.1 pipelining); 1 when absent. */
  pipelining?: number;
  /** Seed of the random source behind templates and think time; 1 when absent. */
  seed?: number;
}

/**
 * How the arrival rate of the open model changes over a run (compiled by plan/rate-schedule.ts).
 * Named shapes play over the measured phase, the warm-up holding the shape's starting rate (soak:
 * ramping up to it); explicit `stages` describe the whole run, warm-up included.
 */
export type RateShape =
  | { kind: 'constant' }
  | { kind: 'ramp'; startRps: number }
  | { kind: 'step'; steps: number }
  | { kind: 'spike'; spikeRps: number; spikeMs: number }
  | { kind: 'soak' }
  | { kind: 'stages'; startRps: number; stages: { durationMs: number; rateRps: number }[] };

/**
 * Open model: requests arrive at a scheduled rate whatever the service does, each sent on a free
 * connection; with `maxInFlight` requests already out, an arrival is dropped and counted.
 */
export interface OpenModelLoad {
  model: 'open';
  /** The shape's nominal rate (requests/s): constant rate, ramp/step target, spike's normal rate. */
  rateRps: number;
  shape: RateShape;
  /** Cap on requests in flight, which is also the most connections the run opens. */
  maxInFlight: number;
  /** Same as maxInFlight, so code that reports a connection count has one for either model. */
  connections: number;
  warmupMs: number;
  durationMs: number;
  trials: number;
  requestTimeoutMs: number;
  seed?: number;
  /** A capacity (breakpoint) run: the ladder behind `shape` and the SLO its steps must hold. */
  capacity?: CapacitySettings;
  /** A spike: how the time to recover after it is judged (profile/recovery.ts); set for every spike shape. */
  recovery?: RecoverySettings;
}

/** `load.recovery`: when a window counts as back to the pre-spike level (verdict/recovery.ts). */
export interface RecoverySettings {
  /** Allowed excess over the pre-spike p95 (0.2 = 20%). */
  band: number;
  /** How long in a row the windows must be back, ms. */
  settleMs: number;
}

/** `load.capacity`: a step ladder of open-model rates and the SLO that defines holding (profile/capacity.ts). */
export interface CapacitySettings {
  startRps: number;
  stepRps: number;
  ceilingRps: number;
  stepMs: number;
  trialsPerStep: number;
  hold: { p95Ms?: number; errorRate?: number; achievedShare: number };
}

export type LoadSpec = ClosedModelLoad | OpenModelLoad;

/**
 * Kept for code written before the open model existed: it is any load spec now, and
 * `load.model` tells them apart. New code should say `LoadSpec` or `ClosedModelLoad`.
 */
export type ClosedLoad = LoadSpec;

export interface RegressionSettings {
  metrics: RegressionMetric[];
  /** Family-wise significance level for the tests that can block. */
  alpha: number;
  severity: SeverityCutoffs;
  /** Runs of the protected branch a saved baseline keeps (`regression.history`); 20 when unset. */
  historyRuns?: number;
}

export interface ReadinessSettings {
  /** Path probed until the target answers (any HTTP status counts as an answer). */
  path: string;
  timeoutMs: number;
}

export interface Profile {
  name: string;
  target?: string;
  load: LoadSpec;
  endpoints: Endpoint[];
  /** Thresholds that apply to every endpoint (an endpoint's own come on top). */
  thresholds: ThresholdTier[];
  regression: RegressionSettings;
  readiness: ReadinessSettings;
  /** Named load levels (`levels:`): each replaces `load` when selected (profile/levels.ts). */
  levels?: Record<string, LoadSpec>;
  /** The selected level's name, once `applyLevel` picked one; baselines are kept per level. */
  level?: string;
  /** Change points over the stored runs (`trend:`); defaults (profile/trend.ts) when absent. */
  trend?: TrendProfileSettings;
  /** A local target process to sample CPU and RSS of (`target_process:`). */
  targetProcess?: TargetProcess;
  /** User journeys (`flows:`, flows.ts), mixed with the endpoints by weight; absent when none. */
  flows?: Flow[];
  /** A WebSocket session load (`websocket:`), run instead of HTTP endpoints (profile/websocket.ts). */
  websocket?: WebSocketSpec;
}

/** One problem found in a profile: where (YAML path and line) and what, written for a person. */
export interface ProfileProblem {
  /** e.g. `load.stages[2].duration`, or '' for the document itself. */
  path: string;
  /** 1-based line in the file, when known. */
  line?: number;
  message: string;
}

// Flows (`flows:`, read by flows.ts): user journeys of ordered steps that carry values from one
// response into the next request.

/** Where a captured value comes from. */
export type CaptureSource =
  | { kind: 'json'; path: string; segments: JsonPathSegment[] }
  | { kind: 'header'; name: string }
  | { kind: 'regex'; pattern: string; group: number };

/** A value taken from a step's response into the variable `as`, for the later steps of the iteration. */
export interface Capture {
  as: string;
  from: CaptureSource;
}

/** A condition on a step's response beyond its status; a failed check is an error of class `check`. */
export type Check =
  | { kind: 'body_contains'; text: string }
  | { kind: 'json_equals'; path: string; segments: JsonPathSegment[]; expected: unknown }
  | { kind: 'json_not_empty'; path: string; segments: JsonPathSegment[] }
  | { kind: 'graphql_no_errors' };

/**
 * One step: a request with everything an endpoint has (its `name` is the step's own; results call
 * it `flow/step`), plus captures and checks. `weight` is unused (always 1).
 */
export interface FlowStep extends Endpoint {
  captures: Capture[];
  checks: Check[];
}

/** A pause drawn uniformly from [minMs, maxMs] (fixed when equal). */
export interface PauseRange {
  minMs: number;
  maxMs: number;
}

/** How iterations take feeder rows: in file order (wrapping), at random (seeded), or each row at most once. */
export type FeederOrder = 'sequential' | 'random' | 'unique';

/** One use of a variable the flow reader assumed to come from the feeder: checked when the file is read. */
export interface FeederColumnUse {
  column: string;
  /** YAML path of the field that uses it, and its line. */
  where: string;
  line?: number;
}

/** A data file of rows (CSV with a header line, or a JSON list of objects); each iteration takes one. */
export interface FeederSpec {
  /** As written in the profile: relative to the profile file's folder. */
  file: string;
  format: 'csv' | 'json';
  order: FeederOrder;
  /** Variables the steps read that no earlier step captures: each must be a column of the file. */
  columnsUsed: FeederColumnUse[];
  /** YAML path and line of `feeder.file`, for problems found when reading the file. */
  where: string;
  line?: number;
  /** The rows, filled in when the file is read (feeder-file.ts); absent in a profile parsed from text alone. */
  rows?: Record<string, string>[];
}

/** A user journey: its steps run in order, each iteration from the first. */
export interface Flow {
  /** Also the name of the flow's iteration figures in results (its steps are `name/step`). */
  name: string;
  /** Share of iterations against other flows and plain endpoints (an endpoint's request counts as one). */
  weight: number;
  steps: FlowStep[];
  /** Pause after each step's answer before the next step. */
  thinkTime?: PauseRange;
  /** Pause after an iteration ends before the virtual user's next (closed model). */
  iterationThinkTime?: PauseRange;
  /** A fresh RFC 6265 cookie jar per iteration, when true. */
  cookies: boolean;
  feeder?: FeederSpec;
  /** After a failed status or check: end the iteration (`abort`) or go on to the next step. */
  onFailure: 'abort' | 'continue';
  /** Limits on the iteration figures (duration, error_rate = 1 − completion rate, throughput = iterations/s). */
  thresholds: ThresholdTier[];
  /** 1-based line of the flow in the profile file. */
  line?: number;
}

/** A message the generator sends: its template text and whether template values are JSON-escaped. */
export interface WebSocketMessage {
  text: string;
  format: 'json' | 'raw';
}

/** The validated `websocket:` block, durations in milliseconds. */
export interface WebSocketSpec {
  name: string;
  path: string;
  connections: number;
  connectRatePerS: number;
  subscribe?: WebSocketMessage;
  message: WebSocketMessage;
  /** Messages per second per connection. */
  rateRps: number;
  /** `echo`: replies answer sends in order; a field name: the reply carrying the message's sequence number answers it. */
  correlate: { kind: 'echo' } | { kind: 'field'; field: string };
  expectJson: boolean;
  timeoutMs?: number;
  reconnect?: { backoffMs: number; maxBackoffMs: number; maxTimeMs: number };
  thresholds: ThresholdTier[];
  handshakeThresholds: ThresholdTier[];
}

/**
 * What to sample the target's CPU and memory from: a local process (pid or pid file) or a
 * container, read from its cgroup (the `target-container` input / `--target-container` flag).
 */
export interface TargetProcess {
  pid?: number;
  pidFile?: string;
  /** A container's id or name: located through the Docker Engine API or the cgroup tree (load/container-resources.ts). */
  container?: string;
}
