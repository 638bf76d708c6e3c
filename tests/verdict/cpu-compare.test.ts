/**
 * The target's CPU per request in the verdict (verdict/cpu-compare.ts through decide.ts): paired
 * trials by the rank test, cached runs by the history test, both in the Holm family beside the
 * endpoint tests; a side without the figure gives one note, never an error; the threshold.
 * Values are written out by hand: the candidate's trials 40% above the baseline's.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { decideVerdict } from '../../src/verdict/decide.js';
import { checkRunThresholds } from '../../src/verdict/thresholds.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { appendRun, baselineRunFromResult } from '../../src/baseline/history.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';
import type { TargetResources } from '../../src/metrics/types.js';
import type { Profile } from '../../src/profile/types.js';

const profile = profileWith(['a'], { regression: { metrics: ['p50'], alpha: 0.05, severity: { minor: 0.1, major: 0.25, critical: 0.5 } } });
const runner = { cpuModel: 'test cpu', cores: 2, os: 'linux', node: 'v20' };
const latencies = [10, 11, 12, 13, 14];

function resources(trialsMs: number[]): TargetResources {
  const sorted = [...trialsMs].sort((a, b) => a - b);
  return {
    pid: 42, samples: 20, cpuShare: 0.5, cpuSharePeak: 0.7, rssMb: { start: 50, end: 50, max: 51 }, rssGrowthMb: 0,
    cpuPerRequest: { medianMs: sorted[sorted.length >> 1], trialsMs },
  };
}

function resultWith(cpuTrialsMs?: number[], p: Profile = profile) {
  return buildRunResult(p, 'fp1', 'http://127.0.0.1:1', {
    startedAt: new Date('2026-01-01T00:00:00Z'),
    finishedAt: new Date('2026-01-01T00:00:05Z'),
    trialDurationMs: 1000,
    endpoints: [endpointResult('a', latencies.map((v) => trial(v)))],
    warnings: [],
    ...(cpuTrialsMs ? { targetResources: resources(cpuTrialsMs) } : {}),
  }, runner);
}

const BASE = [1.0, 1.02, 0.99, 1.01, 1.03];
const PLUS_40 = [1.4, 1.42, 1.38, 1.45, 1.41];
const pairedBaseline = (cpu?: number[]) => appendRun(undefined, { name: 'test', fingerprint: 'fp1' }, baselineRunFromResult(resultWith(cpu)));
const paired = (current?: number[], base?: number[], p: Profile = profile) =>
  decideVerdict({ profile: p, fingerprint: 'fp1', result: resultWith(current, p), baseline: pairedBaseline(base), baselineUse: { status: 'found', source: 'b', runs: 1 }, failOn: 'critical', mode: 'paired' });

describe('CPU per request, paired mode', () => {
  it('40% more CPU per request in every trial, latency unchanged: a major regression of the target', () => {
    const v = paired(PLUS_40, BASE);
    const cpu = v.comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.ok(cpu);
    assert.equal(cpu.endpoint, 'target');
    assert.equal(cpu.method, 'trials');
    assert.equal(cpu.direction, 'worse');
    assert.ok(cpu.significant);
    assert.ok(cpu.change > 0.35 && cpu.change < 0.45, `change ${cpu.change}`);
    assert.equal(cpu.severity, 'major');
    assert.equal(v.status, 'regressed');
    // The endpoint's latency did not move: the CPU test is the only finding.
    assert.ok(v.comparisons.filter((c) => c.metric !== 'target_cpu_per_request').every((c) => c.severity === 'none'));
  });

  it('the same CPU per request (trials interleaved) and less CPU are no regression', () => {
    const same = paired([1.01, 0.995, 1.025, 1.0, 1.015], BASE).comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.equal(same?.severity, 'none');
    const less = paired([0.7, 0.71, 0.69, 0.72, 0.7], BASE).comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.equal(less?.severity, 'none');
    assert.equal(less?.direction, 'better');
  });

  it('a side not sampled: no CPU comparison, one note naming it; neither side and no limit: silence', () => {
    const noBase = paired(PLUS_40, undefined);
    assert.ok(!noBase.comparisons.some((c) => c.metric === 'target_cpu_per_request'));
    assert.deepEqual(noBase.notes.filter((n) => n.code === 'cpu-not-compared'), [{ code: 'cpu-not-compared', params: { mode: 'paired', missing: 'baseline' } }]);
    const noCurrent = paired(undefined, BASE);
    assert.deepEqual(noCurrent.notes.filter((n) => n.code === 'cpu-not-compared'), [{ code: 'cpu-not-compared', params: { mode: 'paired', missing: 'current' } }]);
    assert.equal(paired(undefined, undefined).notes.filter((n) => n.code === 'cpu-not-compared').length, 0);
  });

  it('a CPU limit that cannot be checked is said once, even without a baseline', () => {
    const limited = { ...profile, thresholds: [{ metric: 'target_cpu_per_request' as const, severity: 'major' as const, limit: 2 }] };
    const both = paired(undefined, undefined, limited);
    assert.deepEqual(both.notes.filter((n) => n.code === 'cpu-not-compared'), [{ code: 'cpu-not-compared', params: { mode: 'paired', missing: 'both' } }]);
    const alone = decideVerdict({ profile: limited, fingerprint: 'fp1', result: resultWith(undefined, limited), baselineUse: { status: 'missing', source: 'dir' }, failOn: 'critical' });
    assert.deepEqual(alone.notes.filter((n) => n.code === 'cpu-not-compared'), [{ code: 'cpu-not-compared', params: { mode: 'cache', missing: 'current' } }]);
    assert.equal(alone.failed, false);
  });
});

describe('CPU per request, cache mode', () => {
  // Five stored runs whose medians are within ±3% of 1 ms.
  const history = [0.97, 1, 1.03, 0.99, 1.01].reduce<ReturnType<typeof appendRun> | undefined>(
    (b, f) => appendRun(b, { name: 'test', fingerprint: 'fp1' }, baselineRunFromResult(resultWith(BASE.map((v) => v * f)))),
    undefined,
  )!;
  const cached = (current?: number[]) =>
    decideVerdict({ profile, fingerprint: 'fp1', result: resultWith(current), baseline: history, baselineUse: { status: 'found', source: 'dir', runs: 5 }, failOn: 'major' });

  it('stores each trial’s figure with the run', () => {
    assert.deepEqual(history.runs[1].cpuMsPerRequest, BASE);
  });

  it('a run 40% above the stored runs’ median is a major regression; one like them is not', () => {
    const worse = cached(PLUS_40).comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.ok(worse);
    assert.equal(worse.method, 'history');
    assert.equal(worse.severity, 'major');
    assert.ok(worse.change > 0.35 && worse.change < 0.45, `change ${worse.change}`);
    const same = cached(BASE).comparisons.find((c) => c.metric === 'target_cpu_per_request');
    assert.equal(same?.severity, 'none');
  });

  it('a run without the figure against a history with it: one note, the rest judged as usual', () => {
    const v = cached(undefined);
    assert.ok(!v.comparisons.some((c) => c.metric === 'target_cpu_per_request'));
    assert.deepEqual(v.notes.filter((n) => n.code === 'cpu-not-compared'), [{ code: 'cpu-not-compared', params: { mode: 'cache', missing: 'current' } }]);
    assert.equal(v.status, 'pass');
  });
});

describe('run-level thresholds on the target', () => {
  const tiers = [
    { metric: 'target_cpu_per_request' as const, severity: 'minor' as const, limit: 1 },
    { metric: 'target_cpu_per_request' as const, severity: 'major' as const, limit: 2 },
  ];
  it('CPU per request: the median against the limits, the most severe tier crossed', () => {
    const breaches = checkRunThresholds({ thresholds: tiers }, { targetResources: resources([2.4, 2.5, 2.6]) });
    assert.deepEqual(breaches, [{ endpoint: 'whole run', metric: 'target_cpu_per_request', severity: 'major', limit: 2, actual: 2.5 }]);
    assert.deepEqual(checkRunThresholds({ thresholds: tiers }, { targetResources: resources([0.5, 0.6, 0.7]) }), []);
    assert.deepEqual(checkRunThresholds({ thresholds: tiers }, {}), []);
  });

  it('RSS growth: a trend whose interval reaches zero counts as none (a saw-tooth), one above zero is checked', () => {
    const rss = [{ metric: 'target_rss_growth' as const, severity: 'major' as const, limit: 2 }];
    const trend = (perMinute: number, lower: number, upper: number) => ({ targetResources: { ...resources([1]), rssTrend: { perMinute, lower, upper } } });
    assert.deepEqual(checkRunThresholds({ thresholds: rss }, trend(24, -1.5, 63)), []);
    assert.deepEqual(checkRunThresholds({ thresholds: rss }, trend(9, 8.5, 9.5)), [{ endpoint: 'whole run', metric: 'target_rss_growth', severity: 'major', limit: 2, actual: 9 }]);
  });
});
