/**
 * The run-level figures in words — a capacity ladder's capacity, a spike's time to recover, the
 * target's RSS trend and its CPU per request — one sentence each, shared by the job summary, the PR comment (and so the check
 * run) and the terminal, so no two views of one run word them differently.
 */
import type { CapacityBreakCause, RunResult } from '../metrics/types.js';
import { formatMs, formatRps } from './format.js';

const CAUSE_TEXT: Readonly<Record<CapacityBreakCause, string>> = {
  latency: 'latency',
  errors: 'errors',
  rate: 'the rate (arrivals dropped or sent late)',
};

/**
 * "capacity 1,200/s (1,000…1,400), broke at 1,400/s on latency"; "at least 2,000/s (held to the
 * ceiling)"; "broke at 1,400/s (target stopped answering)". Undefined for a run without a ladder.
 */
export function capacitySentence(result: Pick<RunResult, 'capacity'>): string | undefined {
  const c = result.capacity;
  if (!c) return undefined;
  if (c.heldToCeiling) return `capacity at least ${formatRps(c.capacityRps)} (every step held, up to the ceiling)`;
  const interval = `(${formatRps(c.lowerRps).replace('/s', '')}…${formatRps(c.upperRps)})`;
  const broke = c.brokeAt
    ? c.targetStopped
      ? `, broke at ${formatRps(c.brokeAt.rateRps)} (target stopped answering)`
      : `, broke at ${formatRps(c.brokeAt.rateRps)} on ${c.brokeAt.causes.map((k) => CAUSE_TEXT[k]).join(' and ') || 'the SLO'}`
    : '';
  const early = c.stepsRun < c.stepsPlanned ? `; stopped after ${c.stepsRun} of ${c.stepsPlanned} steps` : '';
  return `capacity ${formatRps(c.capacityRps)} ${interval}${broke}${early}`;
}

/** "RSS grows 3.1 MB/min (2.6…3.7)" from the target's RSS floor trend; undefined without one. */
export function rssTrendSentence(result: Pick<RunResult, 'targetResources'>): string | undefined {
  const trend = result.targetResources?.rssTrend;
  if (!trend) return undefined;
  const mb = (v: number) => (Math.abs(v) < 0.05 ? '0.0' : v.toFixed(1).replace('-', '−'));
  const verb = trend.perMinute >= 0 ? 'grows' : 'shrinks';
  const leak = result.targetResources?.rssLeak ? ' — a leak: the floor rises through the whole interval' : '';
  return `RSS ${verb} ${mb(Math.abs(trend.perMinute))} MB/min (${mb(trend.lower)}…${mb(trend.upper)})${leak}`;
}

/**
 * "target CPU 0.42 ms per request (median of 10 trials; 0.39…0.47)" — the target's CPU time per
 * request with the range of its trials; undefined when the target's CPU was not sampled.
 */
export function cpuPerRequestSentence(result: Pick<RunResult, 'targetResources'>): string | undefined {
  const cpu = result.targetResources?.cpuPerRequest;
  if (!cpu) return undefined;
  const n = cpu.trialsMs.length;
  const range = n > 1 ? `; ${formatMs(Math.min(...cpu.trialsMs)).replace(' ms', '')}…${formatMs(Math.max(...cpu.trialsMs))}` : '';
  return `target CPU ${formatMs(cpu.medianMs)} per request (${n === 1 ? 'one trial' : `median of ${n} trials`}${range})`;
}

/**
 * "recovered 4.0 s after the spike (p95 back within 20% of 12 ms, without errors, for 3 s; spike at
 * 10.0–15.0 s)"; "not recovered in the 15.0 s watched after the spike (…)". Undefined without a spike.
 */
export function recoverySentence(result: Pick<RunResult, 'recovery'>): string | undefined {
  const r = result.recovery;
  if (!r) return undefined;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rule = `p95 back within ${Math.round(r.band * 100)}% of ${formatMs(r.preSpikeP95Ms)}, without errors, for ${seconds(r.settleMs)}`;
  const spike = `spike at ${(r.spikeStartMs / 1000).toFixed(1)}–${seconds(r.spikeEndMs)} of the measured phase`;
  if (r.recovered && r.recoveryMs !== undefined) return `recovered ${seconds(r.recoveryMs)} after the spike (${rule}; ${spike})`;
  return `not recovered in the ${seconds(r.watchedMs)} watched after the spike (needs ${rule}; ${spike})`;
}

/**
 * "p95 drifts +0.40 ms/min on search (0.21…0.62)" — the endpoint whose p95 drifts most surely
 * (highest lower bound of its interval), over a measured phase of a minute or more; "p95 holds steady
 * (no endpoint drifts beyond its noise)" when no interval is above zero; undefined without a reading.
 */
export function driftSentence(result: Pick<RunResult, 'latencyDrift'>): string | undefined {
  const drifts = result.latencyDrift;
  if (!drifts || drifts.length === 0) return undefined;
  const surest = drifts.reduce((a, b) => (b.lower > a.lower ? b : a));
  if (surest.lower <= 0) return 'p95 holds steady (no endpoint drifts beyond its noise)';
  const ms = (v: number) => v.toFixed(2).replace('-', '−');
  return `p95 drifts +${ms(surest.perMinute)} ms/min on ${surest.endpoint} (${ms(surest.lower)}…${ms(surest.upper)})`;
}

/** The run-level sentences that apply, in a fixed order. */
export function runMetricSentences(result: Pick<RunResult, 'capacity' | 'targetResources' | 'recovery' | 'latencyDrift'>): string[] {
  return [capacitySentence(result), recoverySentence(result), rssTrendSentence(result), driftSentence(result), cpuPerRequestSentence(result)].filter((s): s is string => s !== undefined);
}
