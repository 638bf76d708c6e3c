/**
 * From a spike run's timeline to its `recovery` section: the endpoints' per-window figures merged
 * into one series (a window's p95 is the worst endpoint's, its requests and errors the sum over
 * endpoints), the spike's place from the load plan (plan/rate-schedule.ts `spikeSpan`), and
 * verdict/recovery.ts to read the time to recover. The merged p95 is the worst endpoint's both
 * before and after the spike, so the band compares like with like.
 */
import type { LoadSpec } from '../profile/types.js';
import type { RunRecovery, RunResult, RunTimeline } from '../metrics/types.js';
import { spikeSpan } from '../plan/rate-schedule.js';
import { recoveryTime, type TimelineWindow } from './recovery.js';

/** One window per timeline bucket over every endpoint (see the file comment). */
export function timelineWindows(timeline: RunTimeline): TimelineWindow[] {
  const windows: TimelineWindow[] = [];
  for (let i = 0; i < timeline.points; i++) {
    let requests = 0;
    let errors = 0;
    let p95Ms = 0;
    for (const e of timeline.endpoints) {
      requests += e.requests[i] ?? 0;
      for (const series of Object.values(e.errors)) errors += series?.[i] ?? 0;
      if ((e.requests[i] ?? 0) > 0) p95Ms = Math.max(p95Ms, e.p95Ms[i] ?? 0);
    }
    windows.push({ startMs: i * timeline.bucketMs, p95Ms, requests, errors });
  }
  return windows;
}

/**
 * The run's `recovery` section for a spike load with a timeline (none otherwise). The settle time
 * becomes a number of windows, rounded up: with 1 s windows a 3 s settle is three windows.
 */
export function runRecovery(load: LoadSpec, timeline: RunTimeline | undefined): RunRecovery | undefined {
  if (load.model !== 'open' || load.shape.kind !== 'spike' || !load.recovery || !timeline) return undefined;
  const span = spikeSpan(load.shape.spikeMs, load.durationMs);
  const settings = { band: load.recovery.band, settleMs: load.recovery.settleMs, spikeStartMs: span.startMs, spikeEndMs: span.endMs };
  const reading = recoveryTime(timelineWindows(timeline), {
    spikeStartMs: span.startMs,
    spikeEndMs: span.endMs,
    band: load.recovery.band,
    settle: Math.max(1, Math.ceil(load.recovery.settleMs / timeline.bucketMs)),
    windowMs: timeline.bucketMs,
  });
  const watchedMs = load.durationMs - span.endMs;
  if (reading.recovered) return { recovered: true, recoveryMs: reading.recoveryMs, watchedMs, preSpikeP95Ms: reading.preSpikeP95Ms, ...settings };
  const preSpikeP95Ms = Number.isNaN(reading.preSpikeP95Ms) ? 0 : reading.preSpikeP95Ms;
  return { recovered: false, watchedMs, preSpikeP95Ms, ...settings, reason: reading.reason };
}

/** The result with its `recovery` section when the load was a spike. */
export function withRecovery(result: RunResult, load: LoadSpec): RunResult {
  const recovery = runRecovery(load, result.timeline);
  return recovery ? { ...result, recovery } : result;
}

/**
 * The time to recover a threshold reads, ms: the time watched when it did not recover (a lower
 * bound; the threshold counts a run that did not recover as crossing every limit).
 */
export function recoveryValueMs(recovery: RunRecovery): number {
  return recovery.recovered && recovery.recoveryMs !== undefined ? recovery.recoveryMs : recovery.watchedMs;
}
