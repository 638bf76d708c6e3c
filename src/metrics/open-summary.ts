/**
 * The open model's figures for the result — how well the schedule was kept — and the warnings they
 * call for. Pure: the runner collects counts and a send-lag histogram, this turns them into the
 * `open` section and into words, so the wording and thresholds are tested without any load.
 */
import type { FlowArrivals, OpenLoadResult, RunWarning } from './types.js';
import { summarizeLatency, type LatencyHistogram } from './histogram.js';

/** The schedule is checked in slots of this length: "smooth at 10 ms granularity". */
export const SLOT_MS = 10;

/** Send lag p99 above this means the generator could not keep the schedule. */
export const LAG_P99_LIMIT_MS = 5;

/** Share of missed slots above which the schedule counts as not kept. */
export const MISSED_SLOTS_LIMIT = 0.01;

export interface OpenCounts {
  /** Arrivals the schedule planned in the measured phase (the integral of the rate; may be fractional). */
  plannedCount: number;
  measuredMs: number;
  sent: number;
  dropped: number;
  maxInFlight: number;
  peakInFlight: number;
  lag: LatencyHistogram;
  missed: Uint8Array;
  planned: Uint8Array;
}

/** Builds the result's `open` section. Rates are per second of the measured phase. */
export function openLoadResult(c: OpenCounts): OpenLoadResult {
  let total = 0;
  let missed = 0;
  for (let i = 0; i < c.planned.length; i++) {
    if (c.planned[i] === 1) total++;
    if (c.missed[i] === 1) missed++;
  }
  const seconds = c.measuredMs / 1000;
  return {
    plannedRps: round1(c.plannedCount / seconds),
    achievedRps: round1(c.sent / seconds),
    planned: c.sent + c.dropped,
    sent: c.sent,
    dropped: c.dropped,
    maxInFlight: c.maxInFlight,
    peakInFlight: c.peakInFlight,
    sendLagMs: summarizeLatency(c.lag),
    slots: { sizeMs: SLOT_MS, total, missed },
  };
}

/** What the open model counts of one flow's arrivals (its start lag in a histogram, µs). */
export interface FlowArrivalCounts {
  started: number;
  dropped: number;
  late: number;
  lag: LatencyHistogram;
}

/**
 * The open model's counts before openLoadResult summarises them, each flow's iterations with them:
 * what a shard keeps for the merge (src/shard/), where counts add, histograms add and the slot
 * marks combine, so the merged `open` section is the one a single run would have.
 */
export interface OpenRawCounts extends OpenCounts {
  /** With flows: each flow's arrivals, in profile order. */
  iterations?: Array<{ flow: string; counts: FlowArrivalCounts }>;
}

/** A flow's entry of the `open` section's `iterations`: planned = started + dropped. */
export function flowArrivals(flow: string, c: FlowArrivalCounts): FlowArrivals {
  return { flow, planned: c.started + c.dropped, started: c.started, dropped: c.dropped, late: c.late, startLagMs: summarizeLatency(c.lag) };
}

/**
 * `arrivals-dropped` when the in-flight cap dropped arrivals (the target could not keep up, or the
 * cap is too low); `schedule-missed` when the generator sent late (send lag p99 above 5 ms or more
 * than 1% of the 10 ms slots missed) — then latency from the intended time includes the generator's
 * own delay, and the run says so instead of blaming the service.
 */
export function openLoadWarnings(open: OpenLoadResult): RunWarning[] {
  const warnings: RunWarning[] = [];
  if (open.dropped > 0) {
    const share = (100 * open.dropped) / Math.max(1, open.planned);
    // With flows, an arrival is a request or a whole flow iteration (open.iterations counts those).
    const unit = open.iterations && open.iterations.length > 0 ? 'arrivals (requests and flow iterations)' : 'requests';
    const rate = unit === 'requests' ? 'requests/s' : 'arrivals/s';
    warnings.push({
      code: 'arrivals-dropped',
      message:
        `${open.dropped} of ${open.planned} scheduled ${unit} (${share.toFixed(share < 1 ? 2 : 1)}%) were dropped because ` +
        `${open.maxInFlight} were already in flight (load.max_in_flight): the target did not keep up with ` +
        `${open.plannedRps} ${rate}. Achieved ${open.achievedRps} ${rate}; latency covers what was sent.`,
    });
  }
  const missedShare = open.slots.total === 0 ? 0 : open.slots.missed / open.slots.total;
  const lateOnly = open.sendLagMs.p99 > LAG_P99_LIMIT_MS || (open.dropped === 0 && missedShare > MISSED_SLOTS_LIMIT);
  if (lateOnly) {
    warnings.push({
      code: 'schedule-missed',
      message:
        `The load generator fell behind its schedule: send lag p99 ${open.sendLagMs.p99} ms (limit ${LAG_P99_LIMIT_MS} ms), ` +
        `${open.slots.missed} of ${open.slots.total} ${SLOT_MS} ms slots missed. Latency from the intended send time ` +
        'includes this delay; lower the rate or use a bigger runner.',
    });
  }
  return warnings;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
