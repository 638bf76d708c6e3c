import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideVerdict } from '../../src/verdict/decide.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { appendRun, baselineRunFromResult } from '../../src/baseline/history.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';
import type { BaselineUse, FailOn } from '../../src/verdict/types.js';
import type { VerdictNote } from '../../src/verdict/notes.js';

/** The first note of `code`, typed by its code (notes are data: a code and its figures). */
function noteOf<C extends VerdictNote['code']>(notes: readonly VerdictNote[], code: C): Extract<VerdictNote, { code: C }> | undefined {
  return notes.find((n): n is Extract<VerdictNote, { code: C }> => n.code === code);
}

// One metric, so Holm's family is one test and the cases below are hand-checkable.
const profile = profileWith(['a'], { regression: { metrics: ['p50'], alpha: 0.05, severity: { minor: 0.1, major: 0.25, critical: 0.5 } } });
const runner = { cpuModel: 'test cpu', cores: 2, os: 'linux', node: 'v20' };
const ms = [10, 11, 12, 13, 14, 15, 16, 17];
function resultOf(factor: number) {
  return buildRunResult(profile, 'fp1', 'http://127.0.0.1:1', {
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:09Z'),
    trialDurationMs: 1000,
    endpoints: [endpointResult('a', ms.map((v) => trial(v * factor)))],
    warnings: [],
  }, runner);
}
const found: BaselineUse = { status: 'found', source: 'dir', runs: 5 };
// Five cached runs of the same code, within ±3% of each other: the history the verdict judges against.
const HISTORY_FACTORS = [0.97, 1, 1.03, 0.99, 1.01];
const baseline = HISTORY_FACTORS.reduce<ReturnType<typeof appendRun> | undefined>(
  (b, f) => appendRun(b, { name: 'test', fingerprint: 'fp1' }, baselineRunFromResult(resultOf(f))),
  undefined,
)!;
const singleRun = appendRun(undefined, { name: 'test', fingerprint: 'fp1' }, baselineRunFromResult(resultOf(1)));

const cases: { name: string; factor: number; failOn: FailOn; status: string; max: string; failed: boolean }[] = [
  { name: 'unchanged passes', factor: 1, failOn: 'critical', status: 'pass', max: 'none', failed: false },
  { name: '+5% is inside the history’s spread: passes even fail-on minor', factor: 1.05, failOn: 'minor', status: 'pass', max: 'none', failed: false },
  { name: '+30% is major: passes fail-on critical', factor: 1.3, failOn: 'critical', status: 'regressed', max: 'major', failed: false },
  { name: '+30% fails fail-on major', factor: 1.3, failOn: 'major', status: 'regressed', max: 'major', failed: true },
  { name: '+30% fails fail-on minor', factor: 1.3, failOn: 'minor', status: 'regressed', max: 'major', failed: true },
  { name: '+100% never fails fail-on never', factor: 2, failOn: 'never', status: 'regressed', max: 'critical', failed: false },
  { name: '+100% fails fail-on critical', factor: 2, failOn: 'critical', status: 'regressed', max: 'critical', failed: true },
];
for (const c of cases) {
  test(`history of 5 runs: ${c.name}`, () => {
    const v = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(c.factor), baseline, baselineUse: found, failOn: c.failOn });
    assert.equal(v.status, c.status);
    assert.equal(v.maxSeverity, c.max);
    assert.equal(v.failed, c.failed);
    assert.equal(v.comparisons[0].method, 'history');
  });
}

test('history: the change is against the history’s geometric mean, the test against its pooled spread', () => {
  const v = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(1.3), baseline, baselineUse: found, failOn: 'critical' });
  const [c] = v.comparisons;
  // Each run's p50 is the median of its trials: 13.5 × factor.
  const logs = HISTORY_FACTORS.map((f) => Math.log(13.5 * f));
  const mean = logs.reduce((a, b) => a + b, 0) / 5;
  const ss = logs.reduce((a, b) => a + (b - mean) ** 2, 0);
  // Prior 10% worth 2 runs, pooled with the history's 4 degrees of freedom.
  const spread = Math.sqrt((2 * 0.01 + ss) / 6);
  assert.ok(Math.abs(c.baseline - Math.exp(mean)) < 1e-9);
  assert.ok(Math.abs(c.change - (13.5 * 1.3) / Math.exp(mean) + 1) < 1e-12);
  assert.ok(Math.abs((c.spread ?? NaN) - spread) < 1e-12);
  // t = 0.2624 / (spread·√1.2) ≈ 3.8 on 6 df: one-sided p between 0.001 and 0.01 (t table: 3.143 → 0.01, 5.208 → 0.001).
  assert.ok(c.p < 0.01 && c.p > 0.001, `p ${c.p}`);
  // Smallest detectable at one test, alpha 0.05: exp(t(0.95; 6) · se) − 1, t(0.95; 6) = 1.943 (table).
  assert.ok(Math.abs((c.detectable ?? NaN) - Math.expm1(1.94318 * spread * Math.sqrt(1.2))) < 1e-4, `${c.detectable}`);
  const sensitivity = noteOf(v.notes, 'history-sensitivity');
  assert.ok(sensitivity, JSON.stringify(v.notes));
  // One endpoint: no relative test, only the history test's detectable change (the one computed above).
  assert.deepEqual({ ...sensitivity.params, history: [] }, { runs: 5, endpoints: 1, relative: [], history: [] });
  assert.equal(sensitivity.params.history.length, 1);
  assert.equal(sensitivity.params.history[0].metric, 'p50');
  assert.ok(Math.abs(sensitivity.params.history[0].detectable - Math.expm1(1.94318 * spread * Math.sqrt(1.2))) < 1e-4);
});

// Two endpoints, as the issue that introduced the relative test tried it: one stored run, then a pull request.
const two = profileWith(['items', 'health'], { regression: { metrics: ['p50', 'p95', 'throughput', 'error_rate'], alpha: 0.05, severity: { minor: 0.1, major: 0.25, critical: 0.5 } } });
function twoEndpoints(items: number, health: number, machine = 1) {
  return buildRunResult(two, 'fp2', 'http://127.0.0.1:1', {
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:09Z'),
    trialDurationMs: 1000,
    endpoints: [
      endpointResult('items', ms.map((v) => trial(v * items * machine, 100 / (items * machine), 0, 300))),
      endpointResult('health', ms.map((v) => trial((v / 10) * health * machine, 100 / (health * machine), 0, 300))),
    ],
    warnings: [],
  }, runner);
}
const oneStored = appendRun(undefined, { name: 'test', fingerprint: 'fp2' }, baselineRunFromResult(twoEndpoints(1, 1)));
const oneRun: BaselineUse = { status: 'found', source: 'dir', runs: 1 };

test('one stored run: one endpoint 3× slower while the other is unchanged is blocked', () => {
  const v = decideVerdict({ profile: two, fingerprint: 'fp2', result: twoEndpoints(3, 1), baseline: oneStored, baselineUse: oneRun, failOn: 'critical' });
  assert.equal(v.status, 'regressed');
  assert.equal(v.failed, true);
  const p50 = v.comparisons.find((c) => c.endpoint === 'items' && c.metric === 'p50');
  assert.equal(p50?.severity, 'critical');
  assert.equal(p50?.method, 'relative');
  assert.ok(Math.abs((p50?.change ?? 0) - 2) < 1e-9, `items is 3× the other endpoint's change: ${p50?.change}`);
  assert.equal(v.comparisons.find((c) => c.endpoint === 'health' && c.metric === 'p50')?.severity, 'none');
});

test('one stored run: every endpoint 1.05× slower is not blocked, and nothing is even advisory', () => {
  const v = decideVerdict({ profile: two, fingerprint: 'fp2', result: twoEndpoints(1, 1, 1.05), baseline: oneStored, baselineUse: oneRun, failOn: 'minor' });
  assert.equal(v.failed, false);
  assert.equal(v.maxSeverity, 'none');
  assert.equal(v.advisorySeverity, 'none');
});

test('one stored run: every endpoint 3× slower cannot be told from a slower runner — seen, advisory, not blocked', () => {
  const v = decideVerdict({ profile: two, fingerprint: 'fp2', result: twoEndpoints(1, 1, 3), baseline: oneStored, baselineUse: oneRun, failOn: 'minor' });
  assert.equal(v.failed, false);
  assert.equal(v.maxSeverity, 'none');
  assert.equal(v.advisorySeverity, 'critical');
  const p50 = v.comparisons.find((c) => c.endpoint === 'items' && c.metric === 'p50');
  assert.equal(p50?.method, 'history');
  assert.equal(p50?.advisorySeverity, 'critical');
});

test('a machine 20% slower does not make an unchanged endpoint look regressed, nor hide a 3× one', () => {
  const v = decideVerdict({ profile: two, fingerprint: 'fp2', result: twoEndpoints(3, 1, 1.2), baseline: oneStored, baselineUse: oneRun, failOn: 'critical' });
  assert.equal(v.failed, true);
  const p50 = v.comparisons.find((c) => c.endpoint === 'items' && c.metric === 'p50');
  assert.ok(Math.abs((p50?.change ?? 0) - 2) < 1e-9, `${p50?.change}`);
  assert.ok(Math.abs((p50?.runFactor ?? 0) - 0.2) < 1e-9, `${p50?.runFactor}`);
});

test('baseline runs from another runner, or a month old, are footnoted', () => {
  const other = structuredClone(baseline);
  other.runs[1].runner = { ...other.runs[1].runner, cpuModel: 'other cpu', cores: 4 };
  other.runs[4].savedAt = '2025-11-01T00:00:00.000Z';
  const v = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(1), baseline: other, baselineUse: found, failOn: 'critical' });
  assert.deepEqual(noteOf(v.notes, 'other-runner')?.params, {
    otherRuns: 1,
    runs: 5,
    runners: ['other cpu, 4 cores, linux'],
    moreRunners: false,
    thisRunner: 'test cpu, 2 cores, linux',
  });
  assert.deepEqual(noteOf(v.notes, 'stale-baseline')?.params, { savedAt: '2025-11-01T00:00:00.000Z', ageDays: 61 });
  const same = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(1), baseline, baselineUse: found, failOn: 'critical' });
  assert.deepEqual(same.notes.filter((n) => n.code === 'other-runner' || n.code === 'stale-baseline'), []);
});

test('paired mode judges the trials of the second target, with Holm, and can block', () => {
  const paired: BaselineUse = { status: 'found', source: 'http://127.0.0.1:2', runs: 1 };
  const v = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(2), baseline: singleRun, baselineUse: paired, failOn: 'critical', mode: 'paired' });
  assert.equal(v.baseline.mode, 'paired');
  assert.equal(v.comparisons[0].method, 'trials');
  assert.equal(v.status, 'regressed');
  assert.equal(v.failed, true);
});

test('no baseline: no-baseline, but thresholds still gate', () => {
  const missing: BaselineUse = { status: 'missing', source: 'dir' };
  const quiet = decideVerdict({ profile, fingerprint: 'fp1', result: resultOf(1), baselineUse: missing, failOn: 'critical' });
  assert.equal(quiet.status, 'no-baseline');
  assert.equal(quiet.failed, false);
  const strict = profileWith(['a'], { thresholds: [{ metric: 'p50', severity: 'critical', limit: 5 }] });
  const breached = decideVerdict({ profile: strict, fingerprint: 'fp1', result: resultOf(1), baselineUse: missing, failOn: 'critical' });
  assert.equal(breached.status, 'regressed');
  assert.equal(breached.maxSeverity, 'critical');
  assert.equal(breached.failed, true);
});

test('a baseline of another profile fingerprint is not compared, and says why', () => {
  const v = decideVerdict({ profile, fingerprint: 'fp2', result: resultOf(2), baseline, baselineUse: found, failOn: 'critical' });
  assert.equal(v.status, 'no-baseline');
  assert.equal(v.comparisons.length, 0);
  assert.equal(v.baseline.status, 'incompatible');
  assert.match(v.baseline.reason ?? '', /load or endpoints changed/);
});

test('closed model: throughput lost on endpoints that did not slow down is explained', async () => {
  const { closedModelNotes } = await import('../../src/verdict/decide.js');
  const base = { baseline: 1, current: 1, change: 0, changeKind: 'relative' as const, p: 0, pAdjusted: 0, n1: 8, n2: 8, significant: true, direction: 'worse' as const };
  const notes = closedModelNotes([
    { ...base, endpoint: 'search', metric: 'p50', severity: 'critical' },
    { ...base, endpoint: 'search', metric: 'throughput', severity: 'minor' },
    { ...base, endpoint: 'home', metric: 'throughput', severity: 'minor' },
    { ...base, endpoint: 'home', metric: 'p50', severity: 'none' },
  ]);
  assert.equal(notes.length, 1);
  assert.deepEqual(notes[0], { code: 'closed-model-throughput', params: { knockOn: ['home'], slower: ['search'] } });
  assert.deepEqual(closedModelNotes([{ ...base, endpoint: 'home', metric: 'throughput', severity: 'minor' }]), []);
  // Advisory findings (a one-run history, or BH only) are explained the same way.
  const advisory = closedModelNotes([
    { ...base, endpoint: 'search', metric: 'p50', severity: 'none', advisorySeverity: 'critical' },
    { ...base, endpoint: 'checkout', metric: 'throughput', severity: 'none', advisorySeverity: 'minor' },
    { ...base, endpoint: 'home', metric: 'throughput', severity: 'none' },
  ]);
  assert.equal(advisory.length, 1);
  assert.deepEqual(advisory[0], { code: 'closed-model-throughput', params: { knockOn: ['checkout'], slower: ['search'] } });
});

test('an endpoint with no requests in the stored run or in this run is skipped with a note, never a crash', () => {
  const empty = (r: ReturnType<typeof twoEndpoints>) => ({
    ...r,
    endpoints: r.endpoints.map((e) => (e.name === 'health' ? { ...e, requests: 0, errors: 0, errorRate: 0, trials: e.trials.map((t) => ({ ...t, requests: 0, errors: 0, rps: 0, errorRate: 0, latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 } })) } : e)),
  });
  const stored = appendRun(undefined, { name: 'test', fingerprint: 'fp2' }, baselineRunFromResult(empty(twoEndpoints(1, 1))));
  const v = decideVerdict({ profile: two, fingerprint: 'fp2', result: twoEndpoints(1, 1), baseline: stored, baselineUse: oneRun, failOn: 'critical' });
  assert.equal(v.failed, false);
  // A stored run leaves a 0-request endpoint out, so it reads as not in the baseline.
  assert.ok(v.notes.some((n) => (n.code === 'no-data' || n.code === 'new-endpoint') && n.params.endpoint === 'health'), JSON.stringify(v.notes));
  assert.ok(v.comparisons.some((c) => c.endpoint === 'items'));
  assert.ok(!v.comparisons.some((c) => c.endpoint === 'health'));
  const paired = decideVerdict({ profile: two, fingerprint: 'fp2', result: empty(twoEndpoints(1, 1)), baseline: oneStored, baselineUse: oneRun, failOn: 'critical', mode: 'paired' });
  assert.deepEqual(noteOf(paired.notes, 'no-data')?.params, { endpoint: 'health', missingIn: 'current' });
});
