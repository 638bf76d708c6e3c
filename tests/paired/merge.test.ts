import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mergeSlotMeasurements } from '../../src/paired/merge.js';
import { endpointResult, trial } from '../support/builders.js';
import { createLatencyHistogram, decodeLatencyHistogram } from '../../src/metrics/histogram.js';

const slot = (ms: number, errors = 0) => ({
  startedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, ms)),
  finishedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, ms + 1)),
  trialDurationMs: 500,
  endpoints: [endpointResult('a', [trial(ms, 100, errors, 50)])],
  warnings: [{ code: 'generator-saturated', message: `busy ${ms}` }],
});

test('trials in order; counts summed; percentiles the median of trials; max the max; mean request-weighted', () => {
  const m = mergeSlotMeasurements([slot(4), slot(2, 5), slot(9)]);
  const [e] = m.endpoints;
  assert.deepEqual(e.trials.map((t) => t.latencyMs.p50), [4, 2, 9]);
  assert.equal(e.requests, 150);
  assert.equal(e.errors, 5);
  assert.equal(e.errorRate, 5 / 150);
  assert.equal(e.errorsByClass.status, 5);
  assert.equal(e.statusCounts['200'], 145);
  assert.equal(e.statusCounts['500'], 5);
  // 150 requests over 3 trials of 0.5 s.
  assert.equal(e.rps, 100);
  assert.equal(e.latencyMs.p95, 4);
  assert.equal(e.latencyMs.max, 9);
  assert.equal(e.latencyMs.mean, 5);
  assert.deepEqual(m.warnings, [{ code: 'generator-saturated', message: 'busy 4' }], 'one warning per code');
  assert.equal(m.startedAt.toISOString(), '2026-01-01T00:00:04.000Z');
  assert.equal(m.finishedAt.toISOString(), '2026-01-01T00:00:10.000Z');
});

test('nothing to merge is an error', () => {
  assert.throws(() => mergeSlotMeasurements([]), /no measurements/);
});

test('with histograms, the whole-run percentiles are those of all requests, not the median of trials', () => {
  // Three one-trial slots: two fast (1 ms), one slow (10 ms) with 100 requests each.
  const slots = [1_000, 10_000, 1_000].map((us, i) => {
    const h = createLatencyHistogram();
    for (let k = 0; k < 100; k++) h.recordMicros(us + k);
    const m = slot(i * 2);
    m.endpoints[0] = { ...m.endpoints[0], histogram: h.encode(), latencyMs: { ...m.endpoints[0].latencyMs, max: (us + 99) / 1000 } };
    m.endpoints[0].trials[0].latencyMs.max = (us + 99) / 1000;
    return m;
  });
  const [e] = mergeSlotMeasurements(slots).endpoints;
  // 300 requests, the slowest 100 at 10.000..10.099 ms: p90 is among them (the median of the
  // trials' p90s would be a fast trial's, about 1.09 ms).
  assert.ok(e.latencyMs.p90 >= 10 && e.latencyMs.p90 <= 10.1, `p90 ${e.latencyMs.p90}`);
  assert.ok(e.latencyMs.p50 >= 1 && e.latencyMs.p50 < 1.1, `p50 ${e.latencyMs.p50}`);
  assert.equal(e.latencyMs.max, 10.099);
  assert.equal(decodeLatencyHistogram(e.histogram!).count, 300);
});

test('the target sampled in every slot: CPU per request of each trial in order, CPU summed, RSS from first to last slot', () => {
  const sampled = (ms: number, cpuMs: number, rss: [number, number]) => ({
    ...slot(ms),
    targetResources: {
      pid: 7, samples: 4, cpuSeconds: 0.1, cpuShare: 0.2, cpuSharePeak: 0.3 + ms / 100, rssMb: { start: rss[0], end: rss[1], max: rss[1] + 1 }, rssGrowthMb: rss[1] - rss[0],
      cpuPerRequest: { medianMs: cpuMs, trialsMs: [cpuMs] },
      rssTrend: { perMinute: 1, lower: 0.5, upper: 2 },
    },
  });
  const m = mergeSlotMeasurements([sampled(4, 1.2, [50, 52]), sampled(2, 1.0, [52, 53]), sampled(9, 1.1, [53, 55])]);
  assert.deepEqual(m.targetResources, {
    pid: 7, cpuSeconds: 0.3, cpuPerRequest: { medianMs: 1.1, trialsMs: [1.2, 1.0, 1.1] }, samples: 12, cpuShare: 0.2, cpuSharePeak: 0.39,
    rssMb: { start: 50, end: 55, max: 56 }, rssGrowthMb: 5,
  });
  // A slot that could not sample the target: no figures for the run rather than a partial series.
  assert.equal(mergeSlotMeasurements([sampled(4, 1.2, [50, 52]), slot(2)]).targetResources, undefined);
});
