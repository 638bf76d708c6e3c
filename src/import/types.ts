/**
 * What importers produce. Raw-sample formats (JMeter JTL, k6 JSON) yield one `ImportedSample` per
 * request; summary formats (Locust, Artillery, autocannon) yield `ImportedInterval`s — what a tool
 * reported for one endpoint over one stretch of time.
 */
import type { ErrorCounts } from '../metrics/types.js';

/** The formats `loadgate import --format` accepts. */
export type ImportFormat = 'jmeter' | 'k6' | 'locust' | 'artillery' | 'autocannon';
export const IMPORT_FORMATS: readonly ImportFormat[] = ['jmeter', 'k6', 'locust', 'artillery', 'autocannon'];

/** The tool behind each format, as reports name it. */
export const FORMAT_TOOL: Record<ImportFormat, string> = {
  jmeter: 'JMeter (JTL CSV)',
  k6: 'k6 (JSON output)',
  locust: 'Locust (CSV stats history)',
  artillery: 'Artillery (JSON report)',
  autocannon: 'autocannon (JSON)',
};

/**
 * Where a tool writes latencies coarser than loadgate's microseconds, what it rounds them to: the
 * imported percentiles keep that resolution, and the report says so (at 5 ms, a millisecond is
 * 20%). JMeter's `elapsed` is whole milliseconds in every version; Locust rounds each response
 * time before its percentiles (locust/stats.py `_log_response_time`; FastHttpUser truncates it to
 * whole milliseconds before that, contrib/fasthttp.py) and writes them as integers; autocannon's
 * percentiles are whole milliseconds.
 */
export const FORMAT_RESOLUTION: Partial<Record<ImportFormat, string>> = {
  jmeter: 'JMeter writes each latency (elapsed) in whole milliseconds',
  locust: 'Locust rounds each response time to whole milliseconds (from 100 ms to two significant digits: 147 → 150; its FastHttpUser cuts the fraction off first) and writes its percentiles in whole milliseconds',
  autocannon: 'autocannon reports its latency percentiles in whole milliseconds',
};

/** One request as a raw-sample tool recorded it. */
export interface ImportedSample {
  /** The tool's label for the request (JMeter label, k6 `name` tag). */
  label: string;
  method?: string;
  /** Full URL or path, when the tool recorded it. */
  url?: string;
  /** When the request started, epoch milliseconds (fractions allowed). */
  startMs: number;
  /** Milliseconds to the answer (or to the failure, when none came: only answers count in latency). */
  latencyMs?: number;
  /** HTTP status, 0 when there was no answer. */
  status: number;
  /** Undefined for a success, else the error class. */
  errorClass?: keyof ErrorCounts;
  /** What the tool said about a failure (kept as an error sample). */
  message?: string;
}

/** What a summary tool reported for one endpoint over [startMs, endMs). */
export interface ImportedInterval {
  label: string;
  method?: string;
  url?: string;
  startMs: number;
  endMs: number;
  requests: number;
  errors: ErrorCounts;
  statusCounts: Record<string, number>;
  /**
   * The tool's latency quantiles, ms, as (fraction, value) points in ascending fraction order
   * (0.5 for p50, 1 for the maximum); a histogram is drawn from them (summary-bin.ts).
   */
  quantiles: Array<[number, number]>;
  /** Smallest latency, ms, when the tool gives one. */
  minMs?: number;
  /** Mean latency, ms, when the tool gives one. */
  meanMs?: number;
}
