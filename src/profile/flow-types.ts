/**
 * The validated form of a profile's `flows:` (read by flows.ts): user journeys of ordered steps
 * that carry values from one response into the next request. Kept apart from types.ts so the
 * request-mix types stay readable on their own.
 */
import type { JsonPathSegment } from '../flow/json-path.js';
import type { Endpoint, ThresholdTier } from './types.js';

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
