/**
 * The percentile spectrum (HdrHistogram's "percentile distribution" plot): latency at percentiles
 * that crowd toward the tail, drawn against 1 / (1 − p) on a log axis so p99, p99.9 and p99.99 get
 * as much room as the median. From the encoded histograms results and baselines keep, so this run
 * can be drawn against the baseline's merged histogram. Pure.
 */
import { createLatencyHistogram, decodeLatencyHistogram, type LatencyHistogram } from '../metrics/histogram.js';

/** The percentiles drawn, from the median to p99.99. */
export const SPECTRUM_PERCENTILES = [0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99] as const;

/** One curve: latency (ms) at each of SPECTRUM_PERCENTILES; undefined when no histogram could be read. */
export function spectrumOf(encoded: readonly (string | undefined)[]): number[] | undefined {
  const merged = mergeHistograms(encoded);
  if (merged === undefined) return undefined;
  try {
    return SPECTRUM_PERCENTILES.map((p) => Math.round(merged.percentileMicros(p)) / 1000);
  } finally {
    merged.release();
  }
}

/**
 * The histograms merged (unreadable or absent ones skipped: an old baseline run without a
 * histogram only leaves that run out); undefined when none holds a value.
 */
export function mergeHistograms(encoded: readonly (string | undefined)[]): LatencyHistogram | undefined {
  const merged = createLatencyHistogram();
  for (const text of encoded) {
    if (text === undefined) continue;
    let one: LatencyHistogram;
    try {
      one = decodeLatencyHistogram(text);
    } catch {
      continue;
    }
    merged.add(one);
    one.release();
  }
  if (merged.count > 0) return merged;
  merged.release();
  return undefined;
}

/** The x coordinate of percentile p: 1 / (1 − p/100) (p0 → 1, p90 → 10, p99.99 → 10,000). */
export function spectrumX(percentile: number): number {
  return Math.round((1 / (1 - percentile / 100)) * 1000) / 1000;
}
