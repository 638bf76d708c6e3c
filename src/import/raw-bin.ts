/**
 * Raw samples (one per request) into the engine's counters, then the same summaries the engine
 * produces (metrics/summarize.ts): per endpoint, per trial, an HDR histogram and error counts.
 *
 * Two streaming passes over the file, constant memory: the first finds the time span and the
 * endpoints (a tool writes samples roughly in completion order, so the earliest start is not
 * always on the first line), the second counts. A request counts in the trial where it started,
 * as in the engine.
 */
import { createEndpointCounters, recordErrorSample, releaseEndpointCounters, STATUS_CODE_SLOTS, summarizeEndpoints, type EndpointCounters } from '../metrics/summarize.js';
import { runHealthWarnings } from '../metrics/run-health.js';
import { trialIndexAt } from '../plan/trial-plan.js';
import type { Measurement } from '../load/types.js';
import type { RunWarning } from '../metrics/types.js';
import { importError } from './errors.js';
import type { EndpointMapping } from './mapping.js';
import { mapLabel } from './mapping.js';
import type { ImportedSample } from './types.js';
import { planImportWindow, formatSeconds, type ImportWindow, type ImportWindowOptions } from './window.js';

/** A concurrency reading (k6's `vus`, JMeter's active threads): the run's connection count is the highest. */
export interface ConcurrencyPoint {
  kind: 'concurrency';
  value: number;
}

export type RawRecord = ImportedSample | ConcurrencyPoint;

/** Where a file's samples lie in time: the cheap first pass. */
export interface SampleSpan {
  /** Earliest start and latest end (start + elapsed), epoch ms; samples counted. */
  first: number;
  last: number;
  samples: number;
}

/**
 * A raw results file: `span()` reads only the times (a quick pass that parses two fields a line),
 * `read()` streams every record in batches; each may be called more than once.
 */
export interface RawSource {
  file: string;
  span(): Promise<SampleSpan>;
  read(): AsyncIterable<RawRecord[]>;
}

/** An imported measurement, with its window (for the report and the synthesised profile). */
export interface ImportedMeasurement {
  measurement: Measurement;
  window: ImportWindow;
  /** Endpoints in name order, with the method and path first seen for each. */
  endpoints: Array<{ name: string; method: string; path: string }>;
  /** Raw formats: when the earliest request started, epoch ms (a shard's lateness is judged by it). */
  firstSampleMs?: number;
  /** Samples read, and those left out (outside the window). */
  samples: number;
  outside: number;
}

const isConcurrency = (r: RawRecord): r is ConcurrencyPoint => (r as ConcurrencyPoint).kind === 'concurrency';

/**
 * Streams `source` twice: its span, then every record into counters created as endpoints appear.
 * Throws an import error (naming the file and line) for a bad line or when the window holds no
 * sample; nothing is returned, so nothing can be saved, unless the whole file read cleanly.
 */
export async function binRawSamples(
  source: RawSource,
  options: ImportWindowOptions,
  mapping?: EndpointMapping,
  /** Sees the per-trial counters (name order) before they are freed: how a shard keeps its trial histograms. */
  onCounters?: (counters: readonly EndpointCounters[]) => void,
): Promise<ImportedMeasurement> {
  const span = await source.span();
  if (span.samples === 0) throw importError(source.file, undefined, 'no samples: the file holds no request this format records');
  const window = planImportWindow(span.first, span.last, options);
  if ('problem' in window) throw importError(source.file, undefined, window.problem);

  const plan = window.plan;
  const counters = new Map<string, EndpointCounters>();
  const seen = new Map<string, { method: string; path: string }>();
  let samples = 0;
  let outside = 0;
  let concurrency = 0;
  let lastAnswerMs: number | undefined;
  let failuresSinceAnswer = 0;
  try {
    for await (const batch of source.read()) for (const record of batch) {
      if (isConcurrency(record)) {
        if (record.value > concurrency) concurrency = record.value;
        continue;
      }
      const name = mapLabel(mapping, record.label);
      if (name === undefined) continue;
      samples++;
      const at = record.startMs - window.startMs;
      const index = trialIndexAt(plan, at);
      if (index < 0 || index >= plan.trials.length) {
        outside++;
        continue;
      }
      let endpoint = counters.get(name);
      if (!endpoint) {
        const e = { method: record.method ?? '', path: pathOf(record.url, record.label) };
        seen.set(name, e);
        endpoint = createEndpointCounters({ name, ...e, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, plan.trials.length);
        counters.set(name, endpoint);
      }
      const trial = endpoint.trials[index];
      trial.requests++;
      const answered = record.status > 0 && record.latencyMs !== undefined;
      if (answered) {
        if (record.status < STATUS_CODE_SLOTS) trial.statusCounts[record.status]++;
        trial.latency.recordMicros(record.latencyMs! * 1000);
        const answerAt = at + record.latencyMs!;
        if (lastAnswerMs === undefined || answerAt > lastAnswerMs) lastAnswerMs = answerAt;
      }
      if (record.errorClass) {
        trial.errors[record.errorClass]++;
        if (!answered) failuresSinceAnswer++;
        const cls = record.errorClass;
        recordErrorSample(endpoint, cls, () => record.message ?? (cls === 'status' ? `status ${record.status}` : cls));
      }
    }
    if (counters.size === 0) {
      throw importError(source.file, undefined, `no samples in the measured window (${formatSeconds(plan.warmupMs)} warm-up, then ${formatSeconds(plan.totalMs - plan.warmupMs)}): all ${samples} samples fall outside it`);
    }
    const names = [...counters.keys()].sort();
    onCounters?.(names.map((n) => counters.get(n)!));
    const summarized = summarizeEndpoints(names.map((n) => counters.get(n)!), plan.trialDurationMs);
    const warnings: RunWarning[] = runHealthWarnings({
      model: 'closed',
      endpoints: summarized,
      warmupMs: plan.warmupMs,
      durationMs: plan.totalMs - plan.warmupMs,
      lastAnswerMs,
      // Failures after the last answer are not tracked in order here; only "no answers" matters for imports.
      failuresSinceAnswer: lastAnswerMs === undefined ? failuresSinceAnswer : 0,
    });
    return {
      firstSampleMs: span.first,
      measurement: {
        startedAt: new Date(window.startMs),
        finishedAt: new Date(window.startMs + plan.totalMs),
        trialDurationMs: plan.trialDurationMs,
        endpoints: summarized,
        warnings,
        connections: Math.max(1, concurrency),
      },
      window,
      endpoints: names.map((name) => ({ name, ...seen.get(name)! })),
      samples,
      outside,
    };
  } finally {
    releaseEndpointCounters([...counters.values()]);
  }
}

/** The path of a URL ("/api/items?q=1"), or the label when the tool recorded no URL. */
export function pathOf(url: string | undefined, label: string): string {
  if (!url) return label.startsWith('/') ? label : `/${label}`;
  try {
    const u = new URL(url);
    return u.pathname + u.search;
  } catch {
    return url.startsWith('/') ? url : `/${url}`;
  }
}
