import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  summarizeLatency
} from "./chunk-6H7ISWPL.js";

// src/metrics/open-summary.ts
var SLOT_MS = 10;
var LAG_P99_LIMIT_MS = 5;
var MISSED_SLOTS_LIMIT = 0.01;
function openLoadResult(c) {
  let total = 0;
  let missed = 0;
  for (let i = 0; i < c.planned.length; i++) {
    if (c.planned[i] === 1) total++;
    if (c.missed[i] === 1) missed++;
  }
  const seconds = c.measuredMs / 1e3;
  return {
    plannedRps: round1(c.plannedCount / seconds),
    achievedRps: round1(c.sent / seconds),
    planned: c.sent + c.dropped,
    sent: c.sent,
    dropped: c.dropped,
    maxInFlight: c.maxInFlight,
    peakInFlight: c.peakInFlight,
    sendLagMs: summarizeLatency(c.lag),
    slots: { sizeMs: SLOT_MS, total, missed }
  };
}
function flowArrivals(flow, c) {
  return { flow, planned: c.started + c.dropped, started: c.started, dropped: c.dropped, late: c.late, startLagMs: summarizeLatency(c.lag) };
}
function openLoadWarnings(open) {
  const warnings = [];
  if (open.dropped > 0) {
    const share = 100 * open.dropped / Math.max(1, open.planned);
    const unit = open.iterations && open.iterations.length > 0 ? "arrivals (requests and flow iterations)" : "requests";
    const rate = unit === "requests" ? "requests/s" : "arrivals/s";
    warnings.push({
      code: "arrivals-dropped",
      message: `${open.dropped} of ${open.planned} scheduled ${unit} (${share.toFixed(share < 1 ? 2 : 1)}%) were dropped because ${open.maxInFlight} were already in flight (load.max_in_flight): the target did not keep up with ${open.plannedRps} ${rate}. Achieved ${open.achievedRps} ${rate}; latency covers what was sent.`
    });
  }
  const missedShare = open.slots.total === 0 ? 0 : open.slots.missed / open.slots.total;
  const lateOnly = open.sendLagMs.p99 > LAG_P99_LIMIT_MS || open.dropped === 0 && missedShare > MISSED_SLOTS_LIMIT;
  if (lateOnly) {
    warnings.push({
      code: "schedule-missed",
      message: `The load generator fell behind its schedule: send lag p99 ${open.sendLagMs.p99} ms (limit ${LAG_P99_LIMIT_MS} ms), ${open.slots.missed} of ${open.slots.total} ${SLOT_MS} ms slots missed. Latency from the intended send time includes this delay; lower the rate or use a bigger runner.`
    });
  }
  return warnings;
}
function round1(value) {
  return Math.round(value * 10) / 10;
}

export {
  SLOT_MS,
  openLoadResult,
  flowArrivals,
  openLoadWarnings
};
