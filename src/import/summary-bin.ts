/**
 * Summary formats (Locust, Artillery, autocannon) into the engine's counters. These tools keep no
 * per-request record, only per-interval counts and latency percentiles, so each trial is made of
 * whole intervals (an interval counts in the trial its midpoint falls in, the engine's rule for a
 * request's start) and its histogram is *drawn* from the percentiles: the interval's answered
 * requests are spread over the tool's quantile function, linear between the points it reports.
 * Percentiles the tool reports come back to within the interpolation; the mean is an estimate.
 * The report says so (warning `import-approximate`).
 */
import { createEndpointCounters, recordErrorSample, releaseEndpointCounters, STATUS_CODE_SLOTS, summarizeEndpoints, type EndpointCounters } from '../metrics/summarize.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import type { LatencyHistogram } from '../metrics/histogram.js';
import type { ErrorCounts, RunWarning } from '../metrics/types.js';
import { importError } from './errors.js';
import { mapLabel, type EndpointMapping } from './mapping.js';
import { pathOf, type ImportedMeasurement } from './raw-bin.js';
import type { ImportedInterval } from './types.js';

import { DEFAULT_IMPORT_TRIALS, planImportWindow, type ImportWindowOptions } from './window.js';

/** What a summary importer returns: the intervals and what the report must say about them. */
export interface IntervalSource {
  file: string;
  intervals: ImportedInterval[];
  /** Highest concurrency the tool reported (users, connections), when known. */
  concurrency?: number;
  /** Warnings the format itself calls for (approximation, single trial). */
  warnings: RunWarning[];
}

/** Builds the measurement from intervals; throws an import error when none falls in the window. */
export function binIntervals(source: IntervalSource, options: ImportWindowOptions, mapping?: EndpointMapping): ImportedMeasurement {
  const intervals = source.intervals.flatMap((i) => {
    const name = mapLabel(mapping, i.label);
    return name === undefined ? [] : [{ ...i, label: name }];
  });
  if (intervals.length === 0) throw importError(source.file, undefined, 'no samples: the file reports no request');
  const first = Math.min(...intervals.map((i) => i.startMs));
  const warnings: RunWarning[] = [...source.warnings];
  const cut = intervalWindow(intervals, first, options, source.file, warnings);
  const window = planImportWindow(first, Math.max(...intervals.map((i) => i.endMs)), cut.window);
  if ('problem' in window) throw importError(source.file, undefined, window.problem);
  const plan = window.plan;
  const seen = new Map<string, { method: string; path: string }>();
  for (const i of intervals) if (!seen.has(i.label)) seen.set(i.label, { method: i.method ?? '', path: pathOf(i.url, i.label) });
  const endpoints = [...seen.keys()].sort().map((name) => ({ name, ...seen.get(name)! }));
  const counters = new Map<string, EndpointCounters>();
  for (const e of endpoints) counters.set(e.name, createEndpointCounters({ ...e, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length));
  let inWindow = 0;
  let outside = 0;
  try {
    for (const interval of intervals) {
      const endpoint = counters.get(interval.label)!;
      const index = cut.trialOf ? cut.trialOf.get(interval.startMs) ?? -1 : trialIndexAt(plan, (interval.startMs + interval.endMs) / 2 - window.startMs);
      if (index < 0 || index >= plan.trials.length) {
        outside += interval.requests;
        continue;
      }
      inWindow += interval.requests;
      const trial = endpoint.trials[index];
      trial.requests += interval.requests;
      for (const key of Object.keys(interval.errors) as Array<keyof ErrorCounts>) {
        const count = interval.errors[key] ?? 0;
        trial.errors[key] += count;
        if (count > 0) recordErrorSample(endpoint, key, () => (key === 'status' ? 'unexpected status' : key));
      }
      for (const [code, count] of Object.entries(interval.statusCounts)) {
        const c = Number(code);
        if (c > 0 && c < STATUS_CODE_SLOTS) trial.statusCounts[c] += count;
      }
      const e = interval.errors;
      const answered = interval.requests - e.refused - e.reset - e.timeout - e.other;
      drawFromQuantiles(trial.latency, answered, interval.quantiles, interval.minMs);
    }
    if (inWindow === 0) throw importError(source.file, undefined, 'no samples in the measured window: every interval falls outside it');
    const summarized = summarizeEndpoints([...counters.values()], plan.trialDurationMs);
    warnings.unshift(...runHealthWarnings({ model: 'closed', endpoints: summarized, warmupMs: plan.warmupMs, durationMs: plan.totalMs - plan.warmupMs, failuresSinceAnswer: 0 }));
    return {
      measurement: {
        startedAt: new Date(window.startMs),
        finishedAt: new Date(window.startMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints: summarized,
        warnings,
        connections: Math.max(1, source.concurrency ?? 1),
      },
      window,
      endpoints,
      samples: inWindow + outside,
      outside,
    };
  } finally {
    releaseEndpointCounters([...counters.values()]);
  }
}

/**
 * The window for intervals: a trial is whole intervals, so (unless the user fixed the duration, when
 * an interval counts in the trial its midpoint falls in) the measured phase is the largest multiple
 * of the trial count in intervals after the warm-up, never more trials than intervals, and trial j
 * is the j-th run of equally many consecutive intervals — by position, since a tool's intervals are
 * not all equally long (Locust's first row covers the start-up). Intervals left over at the end
 * count as outside.
 */
function intervalWindow(
  intervals: readonly ImportedInterval[], first: number, options: ImportWindowOptions, file: string, warnings: RunWarning[],
): { window: ImportWindowOptions; trialOf?: Map<number, number> } {
  if (options.durationMs !== undefined) return { window: options };
  const warmupMs = options.warmupMs ?? 0;
  const startMs = options.startAtMs ?? first;
  const starts = [...new Set(intervals.map((i) => i.startMs))].sort((a, b) => a - b);
  const ends = [...new Set(intervals.map((i) => i.endMs))].sort((a, b) => a - b);
  const measured = starts.filter((t) => t >= startMs + warmupMs);
  const asked = options.trials ?? DEFAULT_IMPORT_TRIALS;
  const trials = Math.max(1, Math.min(asked, measured.length));
  if (asked > measured.length && options.trials !== undefined) {
    warnings.push({ code: 'import-few-intervals', message: `${file} reports ${measured.length} intervals after the warm-up; ${asked} trials were asked for, ${trials} are used (a trial is made of whole intervals)` });
  }
  const perTrial = Math.floor(measured.length / trials);
  if (perTrial === 0) return { window: { ...options, trials } };
  const used = perTrial * trials;
  const lastStart = measured[used - 1];
  const end = ends.find((t) => t > lastStart) ?? lastStart + 1;
  const trialOf = new Map(measured.slice(0, used).map((t, i) => [t, Math.floor(i / perTrial)]));
  // The plan's warm-up reaches to the first measured interval, so its trials have the mean length.
  const firstMeasured = measured[0];
  return { window: { ...options, startAtMs: startMs, warmupMs: firstMeasured - startMs, trials, durationMs: end - firstMeasured }, trialOf };
}

/**
 * Records `count` values that have the tool's quantiles as HdrHistogram reads them: the value of
 * rank ceil(q·count) is exactly the tool's value for fraction q (the smallest value with at least
 * q of the values at or below it), and the ranks between two points are spread linearly between
 * their values. Below the first point the values run up from `minMs` (or sit at the first value).
 */
export function drawFromQuantiles(into: LatencyHistogram, count: number, points: ReadonlyArray<readonly [number, number]>, minMs?: number): void {
  if (count <= 0 || points.length === 0) return;
  let rank = 0;
  let value = Math.min(minMs ?? points[0][1], points[0][1]);
  for (let k = 0; k < points.length; k++) {
    const top = Math.min(count, Math.ceil(points[k][0] * count - 1e-9));
    // Points that land on the same rank (p99.9 and the maximum of 500 values): the last one holds it,
    // as in a real sample, where the top rank is the maximum.
    if (k + 1 < points.length && Math.min(count, Math.ceil(points[k + 1][0] * count - 1e-9)) === top) continue;
    const v = points[k][1];
    const span = top - rank;
    for (let r = 1; r <= span; r++) into.recordMicros((value + ((v - value) * r) / span) * 1000);
    if (span > 0) {
      rank = top;
      value = v;
    }
  }
  // Ranks above the last point (a tool that reports no maximum) sit at its value.
  for (let r = rank + 1; r <= count; r++) into.recordMicros(value * 1000);
}
