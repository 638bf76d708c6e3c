/**
 * A small latency histogram for one timeline bucket: HdrHistogram's log-linear layout cut down to
 * 64 sub-buckets per power of two (every value kept to within 1/64 ≈ 1.6%), 1 µs .. 2^27 µs (134 s)
 * in 1,408 counters (5.5 kB). A run keeps one per endpoint and empties it at every bucket boundary,
 * so the per-second percentiles of a long run cost no more memory than those of a short one. The
 * exact figures of the whole run stay with the HDR histograms (histogram.ts); this one only has to
 * be good enough to draw.
 */

const SUB_BUCKET_BITS = 6;
const SUB_BUCKETS = 1 << SUB_BUCKET_BITS; // 64
/** Values below this are counted exactly, one counter each. */
const LINEAR_LIMIT = SUB_BUCKETS * 2; // 128
const HIGHEST_EXPONENT = 26; // 2^26 .. 2^27-1 µs is the last power of two
/** Number of counters. */
export const BUCKET_SLOTS = LINEAR_LIMIT + (HIGHEST_EXPONENT - 6) * SUB_BUCKETS; // 1408
const HIGHEST_US = 2 ** (HIGHEST_EXPONENT + 1) - 1;

/** The counter a whole-microsecond value falls into. */
export function slotOf(us: number): number {
  if (us < LINEAR_LIMIT) return us < 0 ? 0 : us;
  if (us > HIGHEST_US) us = HIGHEST_US;
  const exponent = 31 - Math.clz32(us); // >= 7
  const sub = (us >>> (exponent - SUB_BUCKET_BITS)) & (SUB_BUCKETS - 1);
  return LINEAR_LIMIT + (exponent - 7) * SUB_BUCKETS + sub;
}

/** The highest value (µs) a counter holds: a percentile reads as the top of its bucket, as HDR's do. */
export function slotTopUs(slot: number): number {
  if (slot < LINEAR_LIMIT) return slot;
  const exponent = 7 + Math.floor((slot - LINEAR_LIMIT) / SUB_BUCKETS);
  const sub = (slot - LINEAR_LIMIT) % SUB_BUCKETS;
  return ((SUB_BUCKETS + sub + 1) << (exponent - SUB_BUCKET_BITS)) - 1;
}

/** Counts per slot, with the slots touched since the last reset so emptying costs only those. */
export class BucketHistogram {
  private readonly counts = new Uint32Array(BUCKET_SLOTS);
  private lowest = BUCKET_SLOTS;
  private highest = -1;
  /** Values recorded since the last reset. */
  count = 0;

  /** Records one latency in microseconds (rounded down to a whole µs). */
  record(latencyUs: number): void {
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
  percentilesUs(percentiles: readonly number[], out: number[]): number[] {
    out.length = 0;
    if (this.count === 0) {
      for (let i = 0; i < percentiles.length; i++) out.push(0);
      return out;
    }
    let seen = 0;
    let next = 0;
    for (let slot = this.lowest; slot <= this.highest && next < percentiles.length; slot++) {
      seen += this.counts[slot];
      while (next < percentiles.length && seen >= Math.max(1, Math.ceil((percentiles[next] / 100) * this.count))) {
        out.push(slotTopUs(slot));
        next++;
      }
    }
    while (out.length < percentiles.length) out.push(slotTopUs(this.highest));
    return out;
  }

  /** Empties the histogram (only the slots that were used). */
  reset(): void {
    if (this.highest >= this.lowest) this.counts.fill(0, this.lowest, this.highest + 1);
    this.lowest = BUCKET_SLOTS;
    this.highest = -1;
    this.count = 0;
  }
}
