/**
 * The load engine's shared vocabulary: what a run is asked (`RunLoadOptions`), what it reports while
 * it runs (`LoadProgress`) and when it ends (`Measurement`), and the state its requests share while
 * it runs (`PreparedEndpoint`, `Tally`, `RunState`). Types only, so every engine file can import
 * them without importing each other (see lifecycle.ts for how the files fit together).
 */
import type { Endpoint, Flow, LoadSpec, TargetProcess, WebSocketSpec } from '../profile/types.js';
import type { EndpointResult, GeneratorLoad, OpenLoadResult, RunTimeline, RunWarning, TargetResources, WebSocketResult } from '../metrics/types.js';
import type { TimelineRecorder } from '../metrics/timeline.js';
import type { OpenRawCounts } from '../metrics/open-summary.js';
import type { EndpointCounters } from '../metrics/summarize.js';
import type { TrialPlan } from '../plan/trial-plan.js';
import type { RequestTimeoutError } from './errors.js';
import type { Http1Handler } from './http1.js';
import type { LocateOptions } from './container-resources.js';

/** Where a run stands, reported every `progressIntervalMs` and once when it is done. */
export interface LoadProgress {
  phase: 'warmup' | 'measure' | 'done';
  elapsedMs: number;
  totalMs: number;
  /**
   * 0-based index of the trial under way (print `trial + 1`): 0 during warm-up, `trials - 1` while
   * the last answers come in, `trials` once done — the same numbering as `trialIndexAt`, clamped.
   */
  trial: number;
  trials: number;
  /** Measured requests (warm-up excluded) and errors so far. */
  requests: number;
  errors: number;
}

/** Decides, once trial `trialIndex`'s answers are in, whether the run should end after it (early-stop.ts). */
export type StopAfterTrial = (trialIndex: number, run: RunState) => boolean;

/** What a load run needs, for any model (`load.model` picks the engine: see run-load.ts). */
export interface RunLoadOptions {
  targetUrl: string;
  load: LoadSpec;
  endpoints: Endpoint[];
  onProgress?: (p: LoadProgress) => void;
  /** Default 1000. */
  progressIntervalMs?: number;
  signal?: AbortSignal;
  /** Values for `{{ env NAME }}` templates; the real edge passes process.env. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Asked at each trial boundary but the last, once that trial's answers are in (early-stop.ts):
   * true ends the run after that trial. A capacity ladder sets it (run-load.ts).
   */
  stopAfterTrial?: StopAfterTrial;
  /** A local target process to sample CPU and RSS of during the run (run-load.ts). */
  targetProcess?: TargetProcess;
  /** User journeys mixed with the endpoints (flow-runner.ts); their feeder rows already read. */
  flows?: readonly Flow[];
  /** A WebSocket session load: run instead of HTTP requests, `endpoints` being its pseudo-endpoints (load/websocket/). */
  websocket?: WebSocketSpec;
  /** Where to look for `targetProcess.container` (tests point these at laid-out trees); the host's by default. */
  containerLocation?: LocateOptions;
  /**
   * A shard's common start (epoch ms, src/shard/): the run waits for it, and its plan — warm-up and
   * trials — counts from it, so every shard's trials are the same stretches of time. Reached late,
   * the load starts at once and only the warm-up is shorter (the caller bounds how late).
   */
  startAtMs?: number;
  /** A shard's part of a split load (src/shard/plan.ts): where its endpoint mix starts, and how its arrivals interleave. */
  shardPart?: ShardPart;
  /**
   * Called once after the run with its per-trial counters and the model's own raw counts, before
   * they are freed (a shard keeps the histograms for the merge).
   */
  onCounters?: (counters: readonly EndpointCounters[], model: ModelRawCounts) => void;
  /** Every measured answer's endpoint, trial and latency (µs): a debug aid (`loadgate run --debug-samples`), off by default. */
  onSample?: SampleSink;
}

/** Where a shard's endpoint mix starts and how its arrivals interleave with the other shards'. */
export interface ShardPart {
  /** Closed model: the global number of the shard's first connection; open model: the shard's index k (0-based). */
  mixOffset: number;
  /** Open model: every `mixStride`-th pick of the single runner's mix (the shard count). */
  mixStride: number;
  /** Open model: the shard's arrival phase, k/N of an arrival interval (plan/rate-schedule.ts). */
  arrivalPhase: number;
  /**
   * Flows' feeders, either model: the shard takes positions `rowOffset`, `rowOffset + rowStride`, …
   * of the single runner's row sequence (the shard's index k and the shard count N: flow/feeder.ts).
   */
  rowOffset: number;
  rowStride: number;
}

/** Receives one measured answer: endpoint index, trial index, latency in µs. */
export type SampleSink = (endpointIndex: number, trial: number, latencyUs: number) => void;

/**
 * The sections a load model adds to the measurement beyond what every run reports. A new model with
 * figures of its own (a capacity ladder's steps, a flow's step latencies) adds an optional field
 * here; its `LoadModel.figures()` fills it.
 */
export interface ModelSections {
  /** Open model: the schedule's figures. */
  open?: OpenLoadResult;
  /** Connections the run opened, when the model opens them on demand (the open model: its peak in flight). */
  connections?: number;
  /** WebSocket sessions: the figures beyond the pseudo-endpoints. */
  websocket?: WebSocketResult;
}

/** A model's own counts before they are summarised (LoadModel.rawCounts), valid until the run's end frees them. */
export interface ModelRawCounts {
  /** Open model: the schedule's counts, send-lag histogram and slot marks, and each flow's iterations. */
  open?: OpenRawCounts;
}

/** What a load run returns, whatever its model: one trial series per endpoint and the run's own figures. */
export interface Measurement extends ModelSections {
  startedAt: Date;
  finishedAt: Date;
  trialDurationMs: number;
  endpoints: EndpointResult[];
  warnings: RunWarning[];
  /** The generator's own CPU and event-loop delay (saturation.ts). */
  generator?: GeneratorLoad;
  /** Set when the run stopped early (RunLoadOptions.stopAfterTrial): the trials it ran, all reported. */
  trialsRun?: number;
  /** A capacity ladder's reading of its live trials when it stopped: the target stopped answering. */
  targetStopped?: boolean;
  /** The target process's CPU and memory, when one was named (run-load.ts). */
  targetResources?: TargetResources;
  /** The measured phase per bucket (metrics/timeline.ts), and the performance.now() it counts from. */
  timeline?: RunTimeline;
  timelineOriginMs?: number;
}

/** An endpoint made ready to send: built once, reused for every request to it. */
export interface PreparedEndpoint {
  /** The whole request (request line, headers, body), written as is for every request. */
  request: Buffer;
  /** A HEAD request: its answer has no body whatever its headers say. */
  isHead: boolean;
  /** expectedStatus[code] === 1 when the code counts as success. */
  expectedStatus: Uint8Array;
  /** The endpoint's deadline, and the error (made once) that abandons a request at it. */
  timeoutMs: number;
  timeoutError: RequestTimeoutError;
  /** Templated endpoints only: the next request's bytes, rendered (see prepare.ts). */
  next?: () => Buffer;
}

/** The counters a run's requests are tallied into, with its running totals for progress reports. */
export interface Tally {
  readonly endpoints: readonly PreparedEndpoint[];
  readonly counters: readonly EndpointCounters[];
  /** Measured (non-warm-up) requests and errors so far. */
  measuredRequests: number;
  measuredErrors: number;
  /** performance.now() of the latest answer of any status, warm-up included; 0 before the first. */
  lastAnswerAtMs: number;
  /** Measured requests that failed without an answer since the latest answer. */
  failuresSinceAnswer: number;
  /** The per-second series of the measured phase (metrics/timeline.ts), recorded by tally.ts. */
  timeline?: TimelineRecorder;
  /** Every measured answer, when a debug sink was asked for (RunLoadOptions.onSample). */
  sample?: SampleSink;
}

/** What every request of a run shares, whatever its model: the tally, the plan and the run's clock. */
export interface RunState extends Tally {
  readonly plan: TrialPlan;
  /** performance.now() when the load started; plan times are relative to it. */
  loadStartMs: number;
  /** How long after `loadStartMs` the load really began (a shard that reached its start-at late); 0 otherwise. */
  lateStartMs?: number;
  /** Set when the run is being torn down: every later callback is ignored. */
  finished: boolean;
}

/** A request the run's deadline sweep visits (request-handler.ts is the one implementation). */
export interface SweptRequest {
  /** True while a request is out. */
  readonly inFlight: boolean;
  /** Abandons the request if it is past its deadline at `nowMs` (performance.now()). */
  abortIfOverdue(nowMs: number): void;
}

/**
 * What a request handler sends on: `Http1Connection` (http1.ts) is one. A model with another
 * transport (WebSocket messages, say) supplies its own with the same contract: exactly one of
 * `onComplete`/`onError` per `send`, `onWritten` when the bytes reach the socket, and `abort`
 * ending the request through `onError`.
 */
export interface RequestTransport {
  /** `request`: the serialized request, as bytes or as text (written as UTF-8). */
  send(request: Buffer | string, isHead: boolean, handler: Http1Handler): void;
  abort(handler: Http1Handler, err: Error): void;
}

/** Where an open-model slot (a connection carrying one arrival's work at a time) goes back to once its work is over. */
export interface SlotPool<S> {
  /** Called when a slot is free again (it has already counted its work). */
  returnSlot(slot: S): void;
}

/** Why a run ended: every model done, the caller's signal, or the forced deadline (a safety net). */
export type EndReason = 'done' | 'aborted' | 'forced';
