import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runRecovery, timelineWindows } from '../../src/verdict/recovery-reading.js';
import { compareRecovery } from '../../src/verdict/recovery-compare.js';
import { checkRunThresholds } from '../../src/verdict/thresholds.js';
import type { OpenModelLoad } from '../../src/profile/types.js';
import type { BaselineRun } from '../../src/baseline/types.js';
import type { RunRecovery, RunTimeline } from '../../src/metrics/types.js';

/** A one-endpoint timeline of 1 s buckets from p95 values (ms); '!' marks a second with errors. */
function timeline(p95: (number | `${number}!`)[], bucketMs = 1000): RunTimeline {
  const errors = p95.map((v) => (String(v).endsWith('!') ? 2 : 0));
  const values = p95.map((v) => Number(String(v).replace('!', '')));
  return {
    bucketMs, points: p95.length,
    endpoints: [{ name: 'a', requests: p95.map(() => 50), errors: { status: errors }, p50Ms: values, p95Ms: values, p99Ms: values, maxMs: values }],
  };
}

// Measured 12 s, spike 2 s in the middle: 5 s before (0–5 s), spike 5–7 s, 5 s watched (7–12 s).
const load: OpenModelLoad = {
  model: 'open', rateRps: 50, shape: { kind: 'spike', spikeRps: 300, spikeMs: 2000 }, maxInFlight: 100, connections: 100,
  warmupMs: 1000, durationMs: 12_000, trials: 4, requestTimeoutMs: 5000, recovery: { band: 0.2, settleMs: 2000 },
};

describe('runRecovery: the spike placed by the load plan, the timeline read as windows', () => {
  it('counts from the spike end (7 s) to the first of two good seconds (9 s)', () => {
    const r = runRecovery(load, timeline([10, 10, 11, 10, 10, 90, 95, 80, 30, 11, 12, 10]));
    assert.deepEqual(r, { recovered: true, recoveryMs: 2000, watchedMs: 5000, preSpikeP95Ms: 10, band: 0.2, settleMs: 2000, spikeStartMs: 5000, spikeEndMs: 7000 });
  });

  it('an erroring second is not back, even at a good p95; never settled reads as not recovered, with the time watched', () => {
    const r = runRecovery(load, timeline([10, 10, 10, 10, 10, 90, 95, 11, '11!', 12, '10!', 12]));
    assert.equal(r?.recovered, false);
    assert.equal(r?.watchedMs, 5000);
    assert.match(r?.reason ?? '', /not back within 20% of 10 ms without errors for 2 windows/);
  });

  it('merges endpoints: a window\'s p95 is the worst endpoint\'s, its requests and errors the sums', () => {
    const t = timeline([10, 20]);
    t.endpoints.push({ name: 'b', requests: [0, 5], errors: { timeout: [0, 1] }, p50Ms: [0, 40], p95Ms: [0, 40], p99Ms: [0, 40], maxMs: [0, 40] });
    assert.deepEqual(timelineWindows(t), [
      { startMs: 0, p95Ms: 10, requests: 50, errors: 0 },
      { startMs: 1000, p95Ms: 40, requests: 55, errors: 1 },
    ]);
  });

  it('no reading for a load without a spike or a result without a timeline', () => {
    assert.equal(runRecovery({ ...load, shape: { kind: 'constant' }, recovery: undefined }, timeline([10])), undefined);
    assert.equal(runRecovery(load, undefined), undefined);
  });

  it('downsampled timelines: settle counts whole buckets (2 s settle in 6 s buckets is one bucket)', () => {
    const long: OpenModelLoad = { ...load, shape: { kind: 'spike', spikeRps: 300, spikeMs: 12_000 }, durationMs: 60_000 };
    // Spike 24–36 s; buckets of 6 s: 0–18 s before it wholly, 36 s on after it.
    const r = runRecovery(long, timeline([10, 10, 10, 10, 90, 90, 50, 11, 10, 10], 6000));
    assert.deepEqual([r?.recovered, r?.recoveryMs], [true, 6000]);
  });
});

const settings = { metrics: ['p95' as const], alpha: 0.05, severity: { minor: 0.05, major: 0.15, critical: 0.3 } };
const stored = (recoveryMs?: number): BaselineRun => ({
  savedAt: '2026-11-01T00:00:00Z', runner: { cpuModel: 'x', cores: 2, os: 'linux', node: 'v20' }, trialDurationMs: 1000, endpoints: [],
  ...(recoveryMs === undefined ? {} : { recoveryMs }),
});
const recovered = (recoveryMs: number): RunRecovery => ({ recovered: true, recoveryMs, watchedMs: 30_000, preSpikeP95Ms: 10, band: 0.2, settleMs: 3000, spikeStartMs: 30_000, spikeEndMs: 40_000 });
const unrecovered: RunRecovery = { recovered: false, watchedMs: 30_000, preSpikeP95Ms: 10, band: 0.2, settleMs: 3000, spikeStartMs: 30_000, spikeEndMs: 40_000, reason: 'x' };
const history = [4000, 5000, 4000, 5000, 4000].map(stored);

describe('compareRecovery (cache mode)', () => {
  it('twice as long is a significant regression, critical at the default cut-offs; the same time is none', () => {
    const longer = compareRecovery(recovered(10_000), history, settings);
    assert.equal(longer?.metric, 'recovery_time');
    assert.equal(longer?.direction, 'worse');
    assert.ok(longer?.significant);
    assert.equal(longer?.severity, 'critical');
    assert.equal(compareRecovery(recovered(4000), history, settings)?.severity, 'none');
  });

  it('shorter is never a regression; a history without recovery times compares nothing', () => {
    assert.equal(compareRecovery(recovered(1000), history, settings)?.severity, 'none');
    assert.equal(compareRecovery(recovered(10_000), [stored(), stored()], settings), undefined);
  });

  it('a 0 s recovery (back at once) is comparable: one window is added before the log scale', () => {
    const zero = compareRecovery(recovered(0), [0, 0, 0, 1000].map(stored), settings);
    assert.ok(zero && Number.isFinite(zero.change));
    assert.notEqual(zero.severity, 'critical');
  });

  it('not recovered while watched, against a history of recoveries, is critical with the time watched', () => {
    const never = compareRecovery(unrecovered, history, settings);
    assert.deepEqual([never?.severity, never?.current, never?.direction], ['critical', 30_000, 'worse']);
  });
});

describe('the recovery_time threshold', () => {
  const profile = { thresholds: [{ metric: 'recovery_time' as const, severity: 'major' as const, limit: 5000 }, { metric: 'recovery_time' as const, severity: 'critical' as const, limit: 20_000 }] };
  it('a recovery past a limit breaches its tier, the worst one reported; within every limit, none', () => {
    assert.deepEqual(checkRunThresholds(profile, { recovery: recovered(8000) }), [{ endpoint: 'whole run', metric: 'recovery_time', severity: 'major', limit: 5000, actual: 8000 }]);
    assert.deepEqual(checkRunThresholds(profile, { recovery: recovered(3000) }), []);
  });
  it('not recovered crosses every limit (reported with the time watched); no spike, no breach', () => {
    assert.deepEqual(checkRunThresholds(profile, { recovery: unrecovered }), [{ endpoint: 'whole run', metric: 'recovery_time', severity: 'critical', limit: 20_000, actual: 30_000 }]);
    assert.deepEqual(checkRunThresholds(profile, {}), []);
  });
});
