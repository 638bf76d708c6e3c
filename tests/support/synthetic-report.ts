/**
 * Synthetic reports for the HTML and CSV renderers, their browser tests and the report bench: a
 * run of N endpoints over S seconds with timelines, real HDR histograms, per-trial summaries and a
 * stored history of earlier runs, judged by the real verdict code. Latencies are drawn from a
 * seeded log-normal-ish distribution, so a given seed always gives the same report.
 */
import { createLatencyHistogram, summarizeLatency } from '../../src/metrics/histogram.js';
import { createRandomSource } from '../../src/plan/random.js';
import { buildRunResult } from '../../src/metrics/result.js';
import type { EndpointResult, EndpointTimeline, RunResult, TrialSummary } from '../../src/metrics/types.js';
import { appendRun, baselineRunFromResult } from '../../src/baseline/history.js';
import type { Baseline } from '../../src/baseline/types.js';
import type { ReportTrend } from '../../src/report/trend.js';
import { decideVerdict } from '../../src/verdict/decide.js';
import { buildReport, type ReportDocument } from '../../src/report/document.js';
import { profileWith } from './builders.js';

export interface SyntheticOptions {
  names: string[];
  seconds: number;
  /** Latency factor per endpoint name (1 = as the baseline). */
  factors?: Record<string, number>;
  /** A latency spike: from..to seconds, ×factor, on every endpoint. */
  spike?: { fromS: number; toS: number; factor: number };
  seed?: number;
  /** Requests per second per endpoint. */
  rps?: number;
  /** Leave the timeline out (a result from before timelines). */
  withoutTimeline?: boolean;
}

const TRIALS = 8;
const runner = { cpuModel: 'synthetic cpu', cores: 2, os: 'linux 6.1', node: 'v20.20.2' };

function endpointRun(name: string, index: number, o: SyntheticOptions, seed: number): { endpoint: EndpointResult; timeline: EndpointTimeline } {
  const random = createRandomSource(seed * 1000 + index);
  const rps = o.rps ?? 50;
  const baseMs = 2 + index * 1.5;
  const factor = o.factors?.[name] ?? 1;
  const whole = createLatencyHistogram();
  const trials: TrialSummary[] = [];
  const timeline: EndpointTimeline = { name, requests: [], errors: {}, p50Ms: [], p95Ms: [], p99Ms: [], maxMs: [] };
  const perTrialS = o.seconds / TRIALS;
  let trial = createLatencyHistogram();
  let trialRequests = 0;
  const status: number[] = [];
  for (let s = 0; s < o.seconds; s++) {
    const second = createLatencyHistogram();
    const spike = o.spike && s >= o.spike.fromS && s < o.spike.toS ? o.spike.factor : 1;
    for (let i = 0; i < rps; i++) {
      const ms = baseMs * factor * spike * Math.exp(0.35 * (random() + random() + random() - 1.5)) * (random() < 0.01 ? 4 : 1);
      const us = Math.round(ms * 1000);
      second.recordMicros(us);
      trial.recordMicros(us);
      whole.recordMicros(us);
    }
    trialRequests += rps;
    const summary = summarizeLatency(second);
    timeline.requests.push(rps);
    timeline.p50Ms.push(summary.p50);
    timeline.p95Ms.push(summary.p95);
    timeline.p99Ms.push(summary.p99);
    timeline.maxMs.push(summary.max);
    status.push(name.includes('checkout') && s % 7 === 3 ? 2 : 0);
    second.release();
    if ((s + 1) % perTrialS < 1 || s === o.seconds - 1) {
      if (trials.length < TRIALS) {
        trials.push({ requests: trialRequests, errors: 0, rps: trialRequests / perTrialS, errorRate: 0, latencyMs: summarizeLatency(trial) });
      }
      trial.release();
      trial = createLatencyHistogram();
      trialRequests = 0;
    }
  }
  trial.release();
  const errors = status.reduce((a, b) => a + b, 0);
  if (errors > 0) timeline.errors.status = status;
  const requests = rps * o.seconds;
  const endpoint: EndpointResult = {
    name,
    method: 'GET',
    path: `/${encodeURIComponent(name)}`,
    requests,
    errors,
    errorsByClass: { refused: 0, reset: 0, timeout: 0, status: errors, other: 0 },
    statusCounts: { '200': requests - errors, ...(errors ? { '503': errors } : {}) },
    rps,
    errorRate: errors / requests,
    latencyMs: summarizeLatency(whole),
    trials,
    histogram: whole.encode(),
  };
  whole.release();
  return { endpoint, timeline };
}

/** A run result with a timeline of `seconds` one-second buckets. */
export function syntheticResult(o: SyntheticOptions, seed = o.seed ?? 1): RunResult {
  const runs = o.names.map((name, i) => endpointRun(name, i, o, seed));
  const profile = profileWith(o.names, { name: 'shop', load: { model: 'closed', connections: 8, warmupMs: 5000, durationMs: o.seconds * 1000, trials: TRIALS, requestTimeoutMs: 5000 } });
  const result = buildRunResult(profile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-30T10:00:00Z'),
    finishedAt: new Date(Date.parse('2026-11-30T10:00:05Z') + o.seconds * 1000),
    trialDurationMs: (o.seconds * 1000) / TRIALS,
    endpoints: runs.map((r) => r.endpoint),
    warnings: [],
    ...(o.withoutTimeline ? {} : { timeline: { bucketMs: 1000, points: o.seconds, endpoints: runs.map((r) => r.timeline) } }),
  }, runner);
  return result;
}

/** A stored history of `runs` earlier runs (no factors, no spike), one commit each. */
export function syntheticHistory(o: SyntheticOptions, runs: number): Baseline {
  let baseline: Baseline | undefined;
  for (let i = 0; i < runs; i++) {
    const result = syntheticResult({ ...o, factors: {}, spike: undefined }, 100 + i);
    const commit = (0xabc0000 + i * 4099).toString(16).padEnd(40, '0');
    baseline = appendRun(baseline, result.profile, { ...baselineRunFromResult(result, { commit, ref: 'refs/heads/main' }), savedAt: `2026-11-${String(10 + i).padStart(2, '0')}T09:00:00.000Z` });
  }
  return baseline!;
}

/** The report of `o` judged against `history` (the real verdict), and the history's runs. */
export function syntheticReport(o: SyntheticOptions, history: Baseline | undefined): ReportDocument {
  const result = syntheticResult(o);
  const profile = profileWith(o.names, { name: 'shop', load: result.load as never });
  const newest = history?.runs[history.runs.length - 1];
  const verdict = decideVerdict({
    profile,
    fingerprint: 'fp',
    result,
    baseline: history,
    baselineUse: history
      ? { status: 'found', source: 'directory .loadgate/baselines', runs: history.runs.length, savedAt: newest!.savedAt, ...(newest!.commit ? { commit: newest!.commit } : {}) }
      : { status: 'missing', source: 'directory .loadgate/baselines' },
    failOn: 'critical',
  });
  return buildReport(result, verdict);
}

/**
 * A nightly trend over `history` and this run, written by hand (not computed), with change points
 * on `endpoint`'s p50: an improvement older than the stored runs (a row but no mark), a regression
 * from history run `at` (0-based) on, and an improvement from the newest stored run on.
 */
export function syntheticTrend(history: Baseline, endpoint: string, at: number): ReportTrend {
  const older = { savedAt: '2026-10-01T09:00:00.000Z', commit: 'f'.repeat(40) };
  const older2 = { savedAt: '2026-10-02T09:00:00.000Z', commit: 'e'.repeat(40) };
  const runs = [older, older2, ...history.runs.map((r) => ({ savedAt: r.savedAt, ...(r.commit ? { commit: r.commit } : {}) })), { savedAt: '2026-11-30T10:00:00.000Z', commit: '9'.repeat(40) }];
  const points = runs.map((_, run) => ({ run, value: 10 }));
  const cp = (index: number, change: number, kind: 'regression' | 'improvement') => ({
    index, before: runs[index - 1], after: runs[index], change, lower: Math.min(change * 0.6, change * 1.4), upper: Math.max(change * 0.6, change * 1.4), unit: 'relative' as const, pValue: 0.005, kind,
  });
  return {
    alpha: 0.01,
    minChange: 0.05,
    runs,
    series: [{
      endpoint,
      metric: 'p50',
      adjusted: true,
      points,
      changePoints: [cp(1, -0.1, 'improvement'), cp(2 + at, 0.2, 'regression'), cp(runs.length - 2, -0.15, 'improvement')],
      sinceLast: { from: runs[runs.length - 2], runs: 1, change: 0.02, unit: 'relative' },
    }],
    notes: [],
  };
}
