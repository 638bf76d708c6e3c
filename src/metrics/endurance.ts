/**
 * Trends over a soak: does the target's memory grow, does its latency drift, and how much CPU does
 * it spend per request. Pure functions over the samples the run took (target-resources.ts samples
 * CPU time and RSS once a second; the per-window latency comes from the run's timeline).
 *
 * Memory: a garbage-collected target's RSS is a saw-tooth — it climbs while garbage piles up and
 * falls at each collection — and a straight line through every sample reads the climb of the last
 * unfinished tooth as growth. What a leak raises is the floor the collections fall back to. So the
 * span is cut into `RSS_WINDOWS` equal windows, the lowest RSS of each is kept, and the trend is the
 * Theil–Sen slope of those floors with Sen's interval (stats/theil-sen.ts). A window holding at
 * least one collection sees the true floor; with ten windows, a saw-tooth whose period is up to a
 * tenth of the soak is flattened completely, and a longer one leaves at most a tooth or two, which
 * the median slope outvotes. Growth is "a leak" only when the whole interval is above zero and the
 * growth over the soak is at least `LEAK_MIN_GROWTH_MB`: a real but tiny drift (allocator warm-up)
 * is not worth a warning; the `target_rss_growth` threshold decides what blocks.
 */
import { theilSen } from '../stats/theil-sen.js';

/** Windows the soak is cut into for the RSS floor trend. */
export const RSS_WINDOWS = 10;
/** Least growth over the soak (MB) that the `rss-growing` warning speaks of. */
export const LEAK_MIN_GROWTH_MB = 1;

/** One reading of the target's resources: CPU time used so far and resident memory. */
export interface ResourceSample {
  /** Milliseconds on the run's clock (performance.now()). */
  atMs: number;
  cpuSeconds: number;
  rssMb: number;
}

/** A slope per minute with Sen's 95 % interval. */
export interface Trend {
  perMinute: number;
  lower: number;
  upper: number;
  /** Points the slope was fitted to. */
  points: number;
}

/**
 * The trend of the RSS floor in MB/min (see the file comment), or undefined when the samples span
 * fewer than `RSS_WINDOWS` windows holding a sample each (a run too short to speak of a trend).
 */
export function rssFloorTrend(samples: readonly ResourceSample[]): Trend | undefined {
  if (samples.length < RSS_WINDOWS) return undefined;
  const start = samples[0].atMs;
  const spanMs = samples[samples.length - 1].atMs - start;
  if (!(spanMs > 0)) return undefined;
  const windowMs = spanMs / RSS_WINDOWS;
  const floors: number[] = new Array<number>(RSS_WINDOWS).fill(Number.POSITIVE_INFINITY);
  const floorAt: number[] = new Array<number>(RSS_WINDOWS).fill(0);
  for (const s of samples) {
    const w = Math.min(Math.floor((s.atMs - start) / windowMs), RSS_WINDOWS - 1);
    if (s.rssMb < floors[w]) {
      floors[w] = s.rssMb;
      floorAt[w] = s.atMs;
    }
  }
  const x: number[] = [];
  const y: number[] = [];
  for (let w = 0; w < RSS_WINDOWS; w++) {
    if (floors[w] === Number.POSITIVE_INFINITY) continue;
    x.push((floorAt[w] - start) / 60_000);
    y.push(floors[w]);
  }
  return trendOf(x, y);
}

/** One window of a run's timeline: when it started and its p95 latency. */
export interface LatencyWindow {
  startMs: number;
  p95Ms: number;
}

/**
 * The drift of per-window p95 latency in ms/min (Theil–Sen over the windows, so a few slow
 * windows do not make a drift), or undefined with fewer than 3 windows.
 */
export function latencyDrift(windows: readonly LatencyWindow[]): Trend | undefined {
  const usable = windows.filter((w) => Number.isFinite(w.p95Ms));
  if (usable.length < 3) return undefined;
  const start = usable[0].startMs;
  return trendOf(usable.map((w) => (w.startMs - start) / 60_000), usable.map((w) => w.p95Ms));
}

/** Whether a floor trend over `spanMinutes` reads as a leak (see the file comment). */
export function isLeak(trend: Trend, spanMinutes: number): boolean {
  return trend.lower > 0 && trend.perMinute * spanMinutes >= LEAK_MIN_GROWTH_MB;
}

/**
 * The target's CPU time per answered request in each trial (milliseconds), from the CPU readings
 * interpolated linearly at the trial boundaries: the efficiency metric that sees a change burning
 * more CPU at the same latency. `boundsMs` holds K + 1 instants on the samples' clock for K trials;
 * a trial without requests, or not covered by samples, gets NaN.
 */
export function cpuMsPerRequestByTrial(
  samples: readonly ResourceSample[],
  boundsMs: readonly number[],
  requestsPerTrial: readonly number[],
): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < boundsMs.length; k++) {
    const from = cpuSecondsAt(samples, boundsMs[k]);
    const to = cpuSecondsAt(samples, boundsMs[k + 1]);
    const requests = requestsPerTrial[k] ?? 0;
    out.push(from === undefined || to === undefined || requests <= 0 ? Number.NaN : ((to - from) * 1000) / requests);
  }
  return out;
}

/**
 * The run's CPU per request: each trial's figure (cpuMsPerRequestByTrial over trials of `trialMs`
 * from `originMs`, the measured phase's start) and their median, rounded to microseconds; trials
 * the samples do not cover are left out. Undefined when none is left. The median, like a latency
 * summary's, is robust to one trial that a collection or a busy neighbour made expensive.
 */
export function cpuPerRequest(
  samples: readonly ResourceSample[],
  originMs: number,
  trialMs: number,
  requestsPerTrial: readonly number[],
): { medianMs: number; trialsMs: number[] } | undefined {
  const bounds = Array.from({ length: requestsPerTrial.length + 1 }, (_, k) => originMs + k * trialMs);
  const trialsMs = cpuMsPerRequestByTrial(samples, bounds, requestsPerTrial)
    .filter((v) => Number.isFinite(v) && v >= 0)
    .map((v) => Math.round(v * 1000) / 1000);
  if (trialsMs.length === 0) return undefined;
  const sorted = [...trialsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { medianMs: Math.round(medianMs * 1000) / 1000, trialsMs };
}

/** CPU seconds at `atMs`, interpolated between the samples around it; undefined outside them. */
export function cpuSecondsAt(samples: readonly ResourceSample[], atMs: number): number | undefined {
  if (samples.length === 0 || atMs < samples[0].atMs || atMs > samples[samples.length - 1].atMs) return undefined;
  let hi = 0;
  while (samples[hi].atMs < atMs) hi++;
  if (samples[hi].atMs === atMs || hi === 0) return samples[hi].cpuSeconds;
  const a = samples[hi - 1];
  const b = samples[hi];
  return a.cpuSeconds + ((b.cpuSeconds - a.cpuSeconds) * (atMs - a.atMs)) / (b.atMs - a.atMs);
}

function trendOf(x: number[], y: number[]): Trend | undefined {
  if (x.length < 3 || x[x.length - 1] === x[0]) return undefined;
  const fit = theilSen(x, y, 0.95);
  return { perMinute: fit.slope, lower: fit.lower, upper: fit.upper, points: x.length };
}
