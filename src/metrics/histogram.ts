/**
 * Latency histograms: a thin wrapper over hdr-histogram-js so the rest of loadgate never sees its API.
 *
 * Values are whole microseconds from 1 µs to 120 s at 3 significant digits (every value is kept to
 * within 0.1%), which is what HdrHistogram is for: constant-time recording with no allocation, fixed
 * memory (~72 KB each at 32-bit counts), and exact merging of trials into a whole-run histogram.
 * The pure-JS implementation is used (`useWebAssembly: false`) so the action bundles with esbuild
 * without shipping a .wasm file; the JS histogram needs no `destroy`, but `release` calls it anyway so
 * that switching implementations later cannot leak.
 *
 * The wrapper also keeps the exact sum and maximum (one add and one compare per value): HDR reports
 * percentiles as the top of a value's bucket, and its mean from bucket midpoints, so exact mean and
 * max are cheap to keep and better to report.
 */
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';
import type { LatencySummaryMs } from './types.js';

export const LOWEST_LATENCY_US = 1;
export const HIGHEST_LATENCY_US = 120_000_000;

/** A latency histogram in microseconds. Create with `createLatencyHistogram`. */
export class LatencyHistogram {
  private sumUs = 0;
  private maxUs = 0;

  /** @internal Use createLatencyHistogram. */
  constructor(private readonly hdr: Histogram) {}

  /** Number of recorded values. */
  get count(): number {
    return this.hdr.totalCount;
  }

  /**
   * Records one latency. Values are rounded to whole microseconds and clamped into the trackable
   * range (a 0.4 µs answer counts as 1 µs, a 200 s one as 120 s) rather than throwing in the hot path.
   */
  recordMicros(latencyUs: number): void {
    let us = Math.round(latencyUs);
    if (us < LOWEST_LATENCY_US) us = LOWEST_LATENCY_US;
    else if (us > HIGHEST_LATENCY_US) us = HIGHEST_LATENCY_US;
    this.hdr.recordValue(us);
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  /** Adds every value of `other` into this one (merging trials into the whole run). */
  add(other: LatencyHistogram): void {
    this.hdr.add(other.hdr);
    this.sumUs += other.sumUs;
    if (other.maxUs > this.maxUs) this.maxUs = other.maxUs;
  }

  /** @internal Adds a decoded HDR histogram; sum and max from its buckets (see decodeLatencyHistogram). */
  addDecoded(hdr: Histogram): void {
    if (hdr.totalCount === 0) return;
    if (hdr.maxValue > HIGHEST_LATENCY_US) throw new RangeError(`not an encoded latency histogram: its maximum ${hdr.maxValue} µs is beyond ${HIGHEST_LATENCY_US} µs`);
    this.hdr.add(hdr);
    this.sumUs += hdr.mean * hdr.totalCount;
    if (hdr.maxValue > this.maxUs) this.maxUs = hdr.maxValue;
  }

  /**
   * Puts back the exact sum and maximum a decoded histogram lost (a shard result keeps them beside
   * the encoding, src/shard/result.ts), so a merge reports the exact max and mean, and percentiles
   * capped at the exact max as one histogram of every value would. Values that cannot belong to
   * this histogram (a max above its top bucket, a mean outside [0, max]) are ignored.
   */
  restoreExact(sumUs: number, maxUs: number): void {
    const n = this.hdr.totalCount;
    if (n === 0 || !(maxUs >= LOWEST_LATENCY_US && maxUs <= this.maxUs) || !(sumUs >= 0 && sumUs <= maxUs * n)) return;
    this.sumUs = sumUs;
    this.maxUs = maxUs;
  }

  /** Empties the histogram so it can be reused without allocating a new one. */
  reset(): void {
    this.hdr.reset();
    this.sumUs = 0;
    this.maxUs = 0;
  }

  /**
   * Value (µs) at or below which `percentile` % of the values fall. HDR answers with the top of the
   * value's bucket (up to 0.1% high); capping it at the exact maximum keeps p99 <= max in reports
   * while still never reporting less than the true percentile.
   */
  percentileMicros(percentile: number): number {
    const value = this.hdr.getValueAtPercentile(percentile);
    return value < this.maxUs ? value : this.maxUs;
  }

  /** Exact mean in µs (0 when empty). */
  get meanMicros(): number {
    const n = this.hdr.totalCount;
    return n === 0 ? 0 : this.sumUs / n;
  }

  /** Exact maximum in µs (0 when empty). */
  get maxMicros(): number {
    return this.maxUs;
  }

  /**
   * The histogram in HdrHistogram's standard compressed form (V2 encoding, deflated, base64): what
   * results and baselines store, so runs and trials can be merged later, by loadgate or by any
   * HdrHistogram library.
   */
  encode(): string {
    return encodeIntoCompressedBase64(this.hdr);
  }

  /** Frees the underlying storage; the histogram must not be used afterwards. */
  release(): void {
    this.hdr.destroy();
  }
}

/** Creates an empty histogram: 1 µs .. 120 s, 3 significant digits, 32-bit counts, pure JS. */
export function createLatencyHistogram(): LatencyHistogram {
  return new LatencyHistogram(
    build({
      bitBucketSize: 32,
      autoResize: false,
      lowestDiscernibleValue: LOWEST_LATENCY_US,
      highestTrackableValue: HIGHEST_LATENCY_US,
      numberOfSignificantValueDigits: 3,
      useWebAssembly: false,
    }),
  );
}

/** Longest encoded histogram accepted (a full 1 µs..120 s histogram compresses far below this). */
export const ENCODED_HISTOGRAM_MAX_CHARS = 262_144;

/**
 * Reads a histogram written by `encode()`. The exact sum is not in the encoding, so the mean of a
 * decoded histogram is HDR's (from bucket midpoints, within 0.1%); the maximum is the bucket's top.
 * Throws a RangeError naming the problem for text that is not such a histogram.
 */
export function decodeLatencyHistogram(encoded: string): LatencyHistogram {
  if (typeof encoded !== 'string' || encoded.length === 0 || encoded.length > ENCODED_HISTOGRAM_MAX_CHARS || !/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) {
    throw new RangeError(`not an encoded histogram: base64 text of 1 to ${ENCODED_HISTOGRAM_MAX_CHARS} characters expected`);
  }
  let hdr: Histogram;
  try {
    hdr = decodeFromCompressedBase64(encoded, 32, false);
  } catch (err) {
    throw new RangeError(`not an encoded histogram: ${(err as Error).message}`);
  }
  const into = createLatencyHistogram();
  // Into our own layout (1 µs .. 120 s): a foreign range cannot widen what we track.
  into.addDecoded(hdr);
  return into;
}

/**
 * The summary the result and the statistics use, in milliseconds with three decimals (microsecond
 * precision, as the result schema says). An empty histogram gives zeros, as `TrialSummary` documents,
 * so a trial where every request failed still has a well-formed summary.
 */
export function summarizeLatency(h: LatencyHistogram): LatencySummaryMs {
  if (h.count === 0) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  return {
    p50: microsToMs(h.percentileMicros(50)),
    p90: microsToMs(h.percentileMicros(90)),
    p95: microsToMs(h.percentileMicros(95)),
    p99: microsToMs(h.percentileMicros(99)),
    max: microsToMs(h.maxMicros),
    mean: microsToMs(h.meanMicros),
  };
}

function microsToMs(us: number): number {
  return Math.round(us) / 1000;
}
