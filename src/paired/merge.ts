/**
 * Joins the one-trial measurements of a paired run into one measurement per target, as if each
 * target had been loaded for all its trials in one go. Counts, status codes and error classes are
 * summed exactly; per-trial summaries are kept as measured (they are what the statistics compare).
 *
 * The whole-run latency percentiles are those of all the target's requests: each slot's histogram
 * (EndpointResult.histogram) is decoded and merged, exactly as the engine merges trials. `max` is
 * the true maximum and `mean` is exact (request-weighted). A measurement without histograms (none
 * is made by loadgate itself) falls back to the median over trials of each trial's percentile.
 */
import { median } from 'simple-statistics';
import type { EndpointResult, ErrorCounts, LatencySummaryMs, RunWarning, TargetResources } from '../metrics/types.js';
import type { Measurement } from '../load/types.js';
import { createLatencyHistogram, decodeLatencyHistogram, summarizeLatency } from '../metrics/histogram.js';
import { addErrorCounts } from '../metrics/summarize.js';

function addCounts(into: ErrorCounts, from: ErrorCounts): void {
  addErrorCounts(into, from);
}

function mergeLatency(trials: EndpointResult['trials']): LatencySummaryMs {
  const done = trials.filter((t) => t.requests - t.errors > 0 || t.latencyMs.max > 0);
  if (done.length === 0) return { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 };
  const weight = done.reduce((a, t) => a + t.requests, 0);
  return {
    p50: median(done.map((t) => t.latencyMs.p50)),
    p90: median(done.map((t) => t.latencyMs.p90)),
    p95: median(done.map((t) => t.latencyMs.p95)),
    p99: median(done.map((t) => t.latencyMs.p99)),
    max: Math.max(...done.map((t) => t.latencyMs.max)),
    mean: weight > 0 ? done.reduce((a, t) => a + t.latencyMs.mean * t.requests, 0) / weight : 0,
  };
}

/**
 * The whole-run summary and histogram from the slots' histograms; undefined when a slot has none.
 * Percentiles from the merged histogram; max and mean exact, from the trial summaries.
 */
function mergeHistograms(parts: readonly EndpointResult[], exact: LatencySummaryMs): { latencyMs: LatencySummaryMs; histogram: string } | undefined {
  if (!parts.every((p) => typeof p.histogram === 'string')) return undefined;
  const merged = createLatencyHistogram();
  try {
    for (const p of parts) {
      const h = decodeLatencyHistogram(p.histogram!);
      merged.add(h);
      h.release();
    }
    if (merged.count === 0) return { latencyMs: exact, histogram: merged.encode() };
    const fromHistogram = summarizeLatency(merged);
    const cap = (v: number) => Math.min(v, exact.max);
    return {
      latencyMs: { p50: cap(fromHistogram.p50), p90: cap(fromHistogram.p90), p95: cap(fromHistogram.p95), p99: cap(fromHistogram.p99), max: exact.max, mean: exact.mean },
      histogram: merged.encode(),
    };
  } finally {
    merged.release();
  }
}

/** Merges one target's slot measurements, in trial order, into one measurement (file comment). */
export function mergeSlotMeasurements(slots: readonly Measurement[]): Measurement {
  if (slots.length === 0) throw new RangeError('mergeSlotMeasurements: no measurements to merge');
  const trialDurationMs = slots[0].trialDurationMs;
  const endpoints = slots[0].endpoints.map((first, i): EndpointResult => {
    const parts = slots.map((s) => s.endpoints[i]);
    const trials = parts.flatMap((p) => p.trials);
    const errorsByClass = { ...first.errorsByClass };
    const statusCounts: Record<string, number> = {};
    for (const p of parts.slice(1)) addCounts(errorsByClass, p.errorsByClass);
    for (const p of parts) for (const [code, n] of Object.entries(p.statusCounts)) statusCounts[code] = (statusCounts[code] ?? 0) + n;
    const requests = parts.reduce((a, p) => a + p.requests, 0);
    const errors = parts.reduce((a, p) => a + p.errors, 0);
    const fromTrials = mergeLatency(trials);
    const fromHistograms = mergeHistograms(parts, fromTrials);
    return {
      name: first.name,
      method: first.method,
      path: first.path,
      requests,
      errors,
      errorsByClass,
      statusCounts,
      rps: requests / ((trialDurationMs * trials.length) / 1000),
      errorRate: requests === 0 ? 0 : errors / requests,
      latencyMs: fromHistograms?.latencyMs ?? fromTrials,
      trials,
      ...(fromHistograms ? { histogram: fromHistograms.histogram } : {}),
      ...(parts.some((p) => p.dropped !== undefined) ? { dropped: parts.reduce((a, p) => a + (p.dropped ?? 0), 0) } : {}),
    };
  });
  const seen = new Set<string>();
  const warnings: RunWarning[] = [];
  for (const w of slots.flatMap((s) => s.warnings)) {
    if (seen.has(w.code)) continue;
    seen.add(w.code);
    warnings.push(w);
  }
  const targetResources = mergeTargetResources(slots);
  return {
    startedAt: slots[0].startedAt,
    finishedAt: slots[slots.length - 1].finishedAt,
    trialDurationMs,
    endpoints,
    warnings,
    ...(targetResources ? { targetResources } : {}),
  };
}

/**
 * One target's resources over its slots, when every slot sampled it: the per-trial CPU per request
 * of each slot in trial order (what paired mode compares), CPU seconds and samples summed, RSS
 * from the first slot's start to the last slot's end. No RSS trend: the slots are not one span.
 */
function mergeTargetResources(slots: readonly Measurement[]): TargetResources | undefined {
  const parts = slots.map((s) => s.targetResources);
  if (!parts.every((p): p is TargetResources => p !== undefined)) return undefined;
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const trialsMs = parts.flatMap((p) => p.cpuPerRequest?.trialsMs ?? []);
  const sorted = [...trialsMs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const medianMs = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  const first = parts[0];
  const last = parts[parts.length - 1];
  return {
    pid: first.pid,
    ...(first.container === undefined ? {} : { container: first.container }),
    cpuSeconds: r(parts.reduce((a, p) => a + (p.cpuSeconds ?? 0), 0)),
    ...(trialsMs.length > 0 ? { cpuPerRequest: { medianMs: r(medianMs), trialsMs } } : {}),
    samples: parts.reduce((a, p) => a + p.samples, 0),
    cpuShare: r(parts.reduce((a, p) => a + p.cpuShare, 0) / parts.length),
    cpuSharePeak: Math.max(...parts.map((p) => p.cpuSharePeak)),
    rssMb: { start: first.rssMb.start, end: last.rssMb.end, max: Math.max(...parts.map((p) => p.rssMb.max)) },
    rssGrowthMb: r(last.rssMb.end - first.rssMb.start),
  };
}
