/**
 * The open model's figures of shards: what each shard keeps of how its schedule was kept
 * (`shardOpenOf`), and their exact merge into the `open` section one run of the whole load would
 * have had (`mergeShardOpen`) — so the merged report shows the same generator-health figures as a
 * single run, through the same summary (metrics/open-summary.ts).
 *
 *   planned, sent, dropped, in-flight cap   summed (the cap is dealt out, so the sum is the profile's)
 *   send lag, each flow's start lag         histograms added, exact sum and maximum kept: exact percentiles
 *   10 ms slots with arrivals / missed      marks OR-ed slot by slot: the shards share one window
 *   each flow's started / dropped / late    summed
 *   peak in flight                          the sum of the shards' peaks: an upper bound (the shards'
 *                                           peaks need not coincide); the merge says so
 */
import { createLatencyHistogram } from '../metrics/histogram.js';
import { flowArrivals, openLoadResult, SLOT_MS, type FlowArrivalCounts, type OpenRawCounts } from '../metrics/open-summary.js';
import type { OpenLoadResult } from '../metrics/types.js';
import type { OpenModelLoad } from '../profile/types.js';
import { LoadgateError } from '../errors.js';
import { addKeptHistogram, keepHistogram, keptHistogramProblem, orSlots, packSlots, type KeptHistogram } from './kept.js';

/** One flow's arrivals in a shard. */
export interface ShardIterations {
  flow: string;
  started: number;
  dropped: number;
  late: number;
  startLag: KeptHistogram;
}

/** A shard's `open` figures, unsummarised. */
export interface ShardOpen {
  /** The shard's nominal rate (1/N of the profile's) and the shape's name. */
  rateRps: number;
  shape: OpenModelLoad['shape']['kind'];
  /** Arrivals the shard's schedule planned in the measured phase (fractional: the integral of its rate). */
  plannedCount: number;
  sent: number;
  dropped: number;
  maxInFlight: number;
  peakInFlight: number;
  sendLag: KeptHistogram;
  /** The measured phase's 10 ms slots: with an arrival, and missed (packed bit strings: kept.ts). */
  slots: { sizeMs: number; count: number; planned: string; missed: string };
  iterations?: ShardIterations[];
}

/** What a shard keeps of its open model's raw counts. */
export function shardOpenOf(raw: OpenRawCounts, load: Pick<OpenModelLoad, 'rateRps' | 'shape'>): ShardOpen {
  return {
    rateRps: load.rateRps,
    shape: load.shape.kind,
    plannedCount: raw.plannedCount,
    sent: raw.sent,
    dropped: raw.dropped,
    maxInFlight: raw.maxInFlight,
    peakInFlight: raw.peakInFlight,
    sendLag: keepHistogram(raw.lag),
    slots: { sizeMs: SLOT_MS, count: raw.planned.length, planned: packSlots(raw.planned), missed: packSlots(raw.missed) },
    ...(raw.iterations ? {
      iterations: raw.iterations.map(({ flow, counts }) => ({ flow, started: counts.started, dropped: counts.dropped, late: counts.late, startLag: keepHistogram(counts.lag) })),
    } : {}),
  };
}

const count = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;

/** The first thing wrong with a parsed shard `open` section, or undefined. */
export function shardOpenProblem(open: ShardOpen): string | undefined {
  if (typeof open !== 'object' || open === null) return 'open is not an object';
  if (!(open.rateRps >= 0) || typeof open.shape !== 'string' || !(Number.isFinite(open.plannedCount) && open.plannedCount >= 0)) return 'open: rateRps, shape and plannedCount are required';
  for (const k of ['sent', 'dropped', 'maxInFlight', 'peakInFlight'] as const) if (!count(open[k])) return `open.${k} is not a count`;
  const lag = keptHistogramProblem(open.sendLag);
  if (lag) return `open.sendLag ${lag}`;
  const s = open.slots;
  if (!s || s.sizeMs !== SLOT_MS || !count(s.count) || typeof s.planned !== 'string' || typeof s.missed !== 'string') return `open.slots must be {sizeMs: ${SLOT_MS}, count, planned, missed}`;
  if (open.iterations !== undefined) {
    if (!Array.isArray(open.iterations)) return 'open.iterations is not a list';
    for (const i of open.iterations) {
      if (typeof i?.flow !== 'string' || !count(i.started) || !count(i.dropped) || !count(i.late)) return 'open.iterations: each needs flow, started, dropped and late';
      const startLag = keptHistogramProblem(i.startLag);
      if (startLag) return `open.iterations (${i.flow}): startLag ${startLag}`;
    }
  }
  return undefined;
}

/** The merged `open` section and the load it describes. */
export interface MergedOpen {
  open: OpenLoadResult;
  /** The shards' nominal rates summed (the profile's), and the shape. */
  rateRps: number;
  shape: OpenModelLoad['shape']['kind'];
}

/**
 * Merges the shards' `open` sections (the shards' index order, for the flows' order) over a
 * measured phase of `measuredMs`. Shards whose slot counts differ do not share a window: an error.
 */
export function mergeShardOpen(shards: ReadonlyArray<{ file: string; open: ShardOpen }>, measuredMs: number): MergedOpen {
  const first = shards[0].open;
  const planned = new Uint8Array(first.slots.count);
  const missed = new Uint8Array(first.slots.count);
  const lag = createLatencyHistogram();
  const flows = new Map<string, FlowArrivalCounts>();
  try {
    const sum = { plannedCount: 0, sent: 0, dropped: 0, maxInFlight: 0, peakInFlight: 0, rateRps: 0 };
    for (const { file, open } of shards) {
      if (open.slots.count !== first.slots.count) {
        throw new LoadgateError('LOADGATE_INPUT_INVALID', `shard result ${file}: ${open.slots.count} slots of ${SLOT_MS} ms, not the ${first.slots.count} of ${shards[0].file}`);
      }
      for (const k of Object.keys(sum) as Array<keyof typeof sum>) sum[k] += open[k];
      addKeptHistogram(lag, open.sendLag, `shard result ${file}: open.sendLag`);
      orSlots(planned, open.slots.planned, `shard result ${file}: open.slots.planned`);
      orSlots(missed, open.slots.missed, `shard result ${file}: open.slots.missed`);
      for (const i of open.iterations ?? []) {
        let into = flows.get(i.flow);
        if (!into) flows.set(i.flow, (into = { started: 0, dropped: 0, late: 0, lag: createLatencyHistogram() }));
        into.started += i.started;
        into.dropped += i.dropped;
        into.late += i.late;
        addKeptHistogram(into.lag, i.startLag, `shard result ${file}: open.iterations (${i.flow}).startLag`);
      }
    }
    const open = openLoadResult({ ...sum, measuredMs, lag, missed, planned });
    const iterations = [...flows].map(([flow, c]) => flowArrivals(flow, c));
    return { open: iterations.length > 0 ? { ...open, iterations } : open, rateRps: sum.rateRps, shape: first.shape };
  } finally {
    lag.release();
    for (const c of flows.values()) c.lag.release();
  }
}
