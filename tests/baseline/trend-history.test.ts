/**
 * The trend's long memory in a stored history: summaries derived from older documents, capped on
 * save, kept across a profile change, and checked like the rest of a stored document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runReadings, summarizeRun } from '../../src/baseline/run-summary.js';
import type { RunResult } from '../../src/metrics/types.js';
import { storedSummaries, withTrend } from '../../src/baseline/trend-history.js';
import { appendRun } from '../../src/baseline/history.js';
import { checkBaseline } from '../../src/baseline/validate.js';
import type { Baseline, BaselineRun } from '../../src/baseline/types.js';

const latency = (p50: number) => ({ p50, p90: p50 * 2, p95: p50 * 3, p99: p50 * 4, max: p50 * 5, mean: p50 * 1.5 });
function run(day: number, p50s: number[]): BaselineRun {
  return {
    savedAt: new Date(Date.UTC(2026, 0, day)).toISOString(),
    commit: 'a'.repeat(40),
    runner: { cpuModel: 'cpu', cores: 2, os: 'linux', node: 'v20' },
    trialDurationMs: 1000,
    endpoints: [{ name: 'e', requests: 10 * p50s.length, errors: p50s.length, trials: p50s.map((p) => ({ requests: 10, errors: 1, rps: 10 / p, errorRate: 0.1, latencyMs: latency(p) })) }],
  };
}
const profile = { name: 'p', fingerprint: 'f'.repeat(64) };

test('summarizeRun keeps per-endpoint medians over trials and the run error rate', () => {
  const s = summarizeRun(run(1, [3, 1, 2]), profile.fingerprint, { rssGrowthMb: 12.5 });
  assert.deepEqual(s.endpoints[0].values, { p50: 2, p90: 4, p95: 6, p99: 8, mean: 3, throughput: 5, error_rate: 0.1 });
  assert.equal(s.rssGrowthMb, 12.5);
  assert.equal(s.fingerprint, profile.fingerprint);
});

test('a history written before trends gets its summaries from its runs', () => {
  const old = appendRun(appendRun(undefined, profile, run(1, [1])), profile, run(2, [2]));
  assert.deepEqual(storedSummaries(old).map((s) => s.endpoints[0].values.p50), [1, 2]);
  assert.deepEqual(storedSummaries(undefined), []);
});

test('withTrend keeps the newest summaries up to the limit, beyond the whole runs kept', () => {
  let doc: Baseline | undefined;
  for (let day = 1; day <= 8; day++) {
    const r = run(day, [day]);
    const summaries = [...storedSummaries(doc), summarizeRun(r, profile.fingerprint)];
    doc = withTrend(appendRun(doc, profile, r, 3), summaries, 5);
  }
  assert.equal(doc!.runs.length, 3);
  assert.deepEqual(doc!.trend!.map((s) => s.endpoints[0].values.p50), [4, 5, 6, 7, 8]);
  assert.equal(checkBaseline(JSON.parse(JSON.stringify(doc))).ok, true);
});

test('a stored trend with a bad summary makes the document unusable, naming the field', () => {
  const doc = withTrend(appendRun(undefined, profile, run(1, [1])), [summarizeRun(run(1, [1]), profile.fingerprint)], 10);
  const bad = JSON.parse(JSON.stringify(doc));
  bad.trend[0].endpoints[0].values.p95 = -1;
  assert.deepEqual(checkBaseline(bad), { ok: false, reason: 'trend[0].endpoints[0].values.p95 is -1, not a number >= 0' });
  bad.trend = 'x';
  assert.deepEqual(checkBaseline(bad), { ok: false, reason: 'trend is "x", not a list' });
});

test('a stored trend keeps the row names results have: a flow step, a WebSocket pseudo-endpoint', () => {
  const named = (name: string): BaselineRun => {
    const r = run(1, [1]);
    return { ...r, endpoints: [{ ...r.endpoints[0], name }] };
  };
  for (const name of ['checkout/login', 'ws/prices/handshake']) {
    const doc = withTrend(appendRun(undefined, profile, named(name)), [summarizeRun(named(name), profile.fingerprint)], 10);
    assert.deepEqual(checkBaseline(JSON.parse(JSON.stringify(doc))), { ok: true, baseline: JSON.parse(JSON.stringify(doc)) }, name);
  }
  const doc = withTrend(appendRun(undefined, profile, named('a/b/c')), [summarizeRun(named('a/b/c/d'), profile.fingerprint)], 10);
  assert.equal(checkBaseline(JSON.parse(JSON.stringify(doc))).ok, false, 'four segments are no result row');
});

test('runReadings takes what a result has and leaves out what it lacks or holds in another form', () => {
  const base = { totals: { requests: 2000, errors: 0, rps: 100, errorRate: 0 } };
  const full = {
    ...base,
    targetResources: { rssGrowthMb: -3, cpuSeconds: 1.5 },
    capacity: { capacityRps: 850, heldToCeiling: false },
    recovery: { recovered: true, recoveryMs: 4200 },
  };
  assert.deepEqual(runReadings(full as unknown as RunResult), { rssGrowthMb: -3, capacityRps: 850, recoveryMs: 4200, cpuMsPerRequest: 0.75 });
  assert.deepEqual(runReadings(base as unknown as RunResult), {});
  const odd = {
    ...base,
    targetResources: { rssGrowthMb: 'a lot' },
    capacity: { capacityRps: 900, heldToCeiling: true },
    recovery: { recovered: false, watchedMs: 30_000 },
  };
  assert.deepEqual(runReadings(odd as unknown as RunResult), {});
});

test('a summary keeps its run-level readings, a stored run its capacity; a negative capacity is refused by name', () => {
  const s = summarizeRun({ ...run(1, [1]), capacityRps: 700 }, profile.fingerprint, { recoveryMs: 1200, cpuMsPerRequest: 0.4 });
  assert.deepEqual([s.capacityRps, s.recoveryMs, s.cpuMsPerRequest, s.rssGrowthMb], [700, 1200, 0.4, undefined]);
  const doc = JSON.parse(JSON.stringify(withTrend(appendRun(undefined, profile, run(1, [1])), [s], 10)));
  assert.equal(checkBaseline(doc).ok, true);
  doc.trend[0].capacityRps = -5;
  assert.deepEqual(checkBaseline(doc), { ok: false, reason: 'trend[0].capacityRps is -5, below 0' });
});
