/**
 * How a shard result keeps what the merge adds: a latency histogram as its HDR encoding with the
 * exact sum and maximum beside it (the encoding keeps neither exactly), and a run's 10 ms slot marks
 * as a bit string. Adding kept histograms gives exactly the histogram of every value; OR-ing slot
 * marks gives exactly the marks of one run that had every shard's arrivals.
 */
import { decodeLatencyHistogram, type LatencyHistogram } from '../metrics/histogram.js';
import { LoadgateError } from '../errors.js';

/** A histogram as a shard result keeps it; `histogram` is '' when nothing was recorded. */
export interface KeptHistogram {
  histogram: string;
  /** The exact sum and maximum of the values, µs. */
  sumUs: number;
  maxUs: number;
}

/** `h` as a shard result keeps it. */
export function keepHistogram(h: LatencyHistogram): KeptHistogram {
  if (h.count === 0) return { histogram: '', sumUs: 0, maxUs: 0 };
  return { histogram: h.encode(), sumUs: Math.round(h.meanMicros * h.count), maxUs: h.maxMicros };
}

/** Adds a kept histogram into `into`, its exact sum and maximum restored; a bad encoding is an error naming `where`. */
export function addKeptHistogram(into: LatencyHistogram, kept: KeptHistogram, where: string): void {
  if (kept.histogram === '') return;
  let h: LatencyHistogram;
  try {
    h = decodeLatencyHistogram(kept.histogram);
  } catch (err) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `${where}: ${(err as Error).message}`);
  }
  try {
    h.restoreExact(kept.sumUs, kept.maxUs);
    into.add(h);
  } finally {
    h.release();
  }
}

/** What is wrong with a parsed kept histogram, or undefined. */
export function keptHistogramProblem(value: unknown): string | undefined {
  const v = value as KeptHistogram | undefined;
  if (typeof v !== 'object' || v === null || typeof v.histogram !== 'string') return 'is not {histogram, sumUs, maxUs}';
  if (!(Number.isFinite(v.sumUs) && v.sumUs >= 0 && Number.isFinite(v.maxUs) && v.maxUs >= 0)) return 'sumUs and maxUs must be microseconds >= 0';
  return undefined;
}

/** Slot marks (one byte per slot, 1 = marked) as base64 of a bit string, slot i at bit i % 8 of byte i / 8. */
export function packSlots(marks: Uint8Array): string {
  const bits = new Uint8Array(Math.ceil(marks.length / 8));
  for (let i = 0; i < marks.length; i++) if (marks[i] === 1) bits[i >> 3] |= 1 << (i & 7);
  return Buffer.from(bits).toString('base64');
}

/** Marks in `into` every slot `packed` marks (OR); a packed string of the wrong length is an error naming `where`. */
export function orSlots(into: Uint8Array, packed: string, where: string): void {
  const bits = Buffer.from(packed, 'base64');
  if (bits.length !== Math.ceil(into.length / 8)) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `${where}: ${bits.length} bytes of slot marks, not the ${Math.ceil(into.length / 8)} of ${into.length} slots`);
  }
  for (let i = 0; i < into.length; i++) if ((bits[i >> 3] >> (i & 7)) & 1) into[i] = 1;
}
