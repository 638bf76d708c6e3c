/**
 * The trend over stored run summaries: histories built by hand with a known step, so where the
 * change point must be and which way it goes is known before the code runs.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseTrend, type TrendSettings } from '../../src/verdict/trend.js';
import { ALL_ENDPOINTS, trendSeries } from '../../src/verdict/trend-series.js';
import type { RunSummary } from '../../src/baseline/run-summary.js';

const SETTINGS: TrendSettings = { alpha: 0.01, minChange: 0.05, metrics: ['p50', 'throughput', 'error_rate'] };
const RUNNER = { cpuModel: 'cpu', cores: 2, os: 'linux', node: 'v20' };
/** ±1.5 % wiggles, fixed, different per run and endpoint. */
const wiggle = (run: number, e: number) => 1 + 0.015 * Math.sin(run * 2.7 + e * 1.3);
/** A machine factor per run: ±8 %, shared by every endpoint. */
const machine = (run: number) => 1 + 0.08 * Math.sin(run * 5.1);

function history(runs: number, p50Factor: (run: number, endpoint: number) => number, extra: Partial<RunSummary> = {}): RunSummary[] {
  return Array.from({ length: runs }, (_, r) => ({
    savedAt: new Date(Date.UTC(2026, 0, 1 + r)).toISOString(),
    commit: `${(r + 1).toString(16).padStart(7, '0')}abc`,
    fingerprint: 'fp',
    runner: RUNNER,
    endpoints: ['a', 'b', 'c', 'd'].map((name, e) => ({
      name,
      requests: 1000,
      values: {
        p50: (5 + e) * machine(r) * wiggle(r, e) * p50Factor(r, e),
        p90: 9, p95: 10, p99: 12, mean: 6,
        throughput: 100 / machine(r) / wiggle(r, e + 4),
        error_rate: 0,
      },
    })),
    ...extra,
  }));
}

test('one endpoint +20 % from run 7 of 12: a regression between runs 6 and 7, on that endpoint only', () => {
  const t = analyseTrend(history(12, (r, e) => (e === 2 && r >= 6 ? 1.2 : 1)), SETTINGS);
  const found = t.series.filter((s) => s.changePoints.length > 0);
  assert.deepEqual(found.map((s) => [s.endpoint, s.metric]), [['c', 'p50']]);
  const [c] = found[0].changePoints;
  assert.equal(c.before.savedAt, '2026-01-06T00:00:00.000Z');
  assert.equal(c.after.commit, '0000007abc');
  assert.equal(c.kind, 'regression');
  assert.ok(c.change > 0.15 && c.change < 0.25, String(c.change));
  assert.ok(c.lower <= c.change && c.change <= c.upper);
  assert.equal(found[0].adjusted, true);
});

test('every endpoint 25 % faster from run 8: an improvement on the every-endpoint series', () => {
  const t = analyseTrend(history(14, (r) => (r >= 7 ? 0.75 : 1)), SETTINGS);
  const all = t.series.find((s) => s.endpoint === ALL_ENDPOINTS && s.metric === 'p50')!;
  assert.deepEqual(all.changePoints.map((c) => [c.index, c.kind]), [[7, 'improvement']]);
  assert.deepEqual(t.series.filter((s) => s.endpoint !== ALL_ENDPOINTS && s.changePoints.length > 0), []);
});

test('no change: no change point, and the newest run against the whole history', () => {
  const t = analyseTrend(history(15, () => 1), SETTINGS);
  assert.deepEqual(t.series.flatMap((s) => s.changePoints), []);
  const a = t.series.find((s) => s.endpoint === 'a' && s.metric === 'p50')!;
  assert.equal(a.sinceLast?.runs, 14);
});

test('fewer runs than the method needs: "not enough runs yet (N of M)"', () => {
  const t = analyseTrend(history(6, () => 1), SETTINGS);
  assert.deepEqual(t.series, []);
  assert.deepEqual(t.notes, [{ code: 'trend-too-short', params: { runs: 6, need: 10 } }]);
});

test('runs on another runner kind or profile version are left out, with a note each, never mixed', () => {
  const other = history(4, () => 3, { runner: { ...RUNNER, cpuModel: 'bigger' } });
  const oldProfile = history(3, () => 5, { fingerprint: 'old' });
  const set = trendSeries([...oldProfile, ...other, ...history(12, () => 1)], ['p50']);
  assert.equal(set.runs.length, 12);
  const codes = set.notes.map((n) => n.code);
  assert.deepEqual(codes, ['trend-other-profile', 'trend-other-runner']);
  assert.deepEqual(set.notes[0], { code: 'trend-other-profile', params: { runs: 3 } });
  assert.deepEqual(set.notes[1], { code: 'trend-other-runner', params: { newest: 'cpu, 2 cores, linux', others: [{ kind: 'bigger, 2 cores, linux', runs: 4 }] } });
  const t = analyseTrend([...oldProfile, ...other, ...history(12, () => 1)], SETTINGS);
  assert.deepEqual(t.series.flatMap((s) => s.changePoints), []);
});

test('error rate: a rise of 5 points from run 9 is a regression, in points', () => {
  const h = history(16, () => 1).map((r, i) => ({
    ...r,
    endpoints: r.endpoints.map((e) => (e.name === 'a' ? { ...e, values: { ...e.values, error_rate: i >= 8 ? 0.05 + 0.002 * (i % 3) : 0.001 * (i % 2) } } : e)),
  }));
  const s = analyseTrend(h, SETTINGS).series.find((x) => x.endpoint === 'a' && x.metric === 'error_rate')!;
  assert.deepEqual(s.changePoints.map((c) => [c.index, c.kind, c.unit]), [[8, 'regression', 'difference']]);
});

test('run-level series: capacity 20 % lower from run 9 is a regression; CPU per request and recovery time follow their runs', () => {
  const runs = history(16, () => 1).map((r, i) => ({
    ...r,
    capacityRps: (i >= 8 ? 800 : 1000) * wiggle(i, 9),
    cpuMsPerRequest: 0.5 * wiggle(i, 10),
    ...(i % 4 === 3 ? {} : { recoveryMs: 3000 + 100 * Math.sin(i) }),
  }));
  const t = analyseTrend(runs, { ...SETTINGS, metrics: ['p50', 'capacity', 'cpu_per_request', 'recovery_time'] });
  const capacity = t.series.find((s) => s.metric === 'capacity')!;
  assert.equal(capacity.endpoint, 'whole run');
  assert.deepEqual(capacity.changePoints.map((c) => [c.index, c.kind, c.unit]), [[8, 'regression', 'relative']]);
  assert.ok(capacity.changePoints[0].change < -0.15 && capacity.changePoints[0].change > -0.25);
  const cpu = t.series.find((s) => s.metric === 'cpu_per_request')!;
  assert.deepEqual([cpu.endpoint, cpu.changePoints.length, cpu.points.length], ['target process', 0, 16]);
  const recovery = t.series.find((s) => s.metric === 'recovery_time')!;
  assert.deepEqual(recovery.points.map((p) => p.run), [0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14]);
});

test('runs without run-level readings give no run-level series at all', () => {
  const t = analyseTrend(history(12, () => 1), { ...SETTINGS, metrics: ['p50', 'capacity', 'recovery_time', 'cpu_per_request', 'rss_growth'] });
  assert.deepEqual(t.series.filter((s) => s.endpoint === 'whole run' || s.endpoint === 'target process'), []);
});
