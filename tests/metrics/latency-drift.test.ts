/**
 * The p95 drift over a soak, from the run's timeline: a steady climb is read with its slope and an
 * interval above zero, a flat but noisy series (with a few slow seconds) is not a drift, empty
 * buckets are left out, and a run under a minute has no reading. The threshold and the sentence read
 * the endpoint that drifts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latencyDrifts, worstDrift } from '../../src/metrics/latency-drift.js';
import { checkRunThresholds } from '../../src/verdict/thresholds.js';
import { driftSentence } from '../../src/report/run-metrics.js';
import type { EndpointTimeline, RunTimeline } from '../../src/metrics/types.js';

/** A deterministic ±0.5 ms wobble, so the tests do not depend on a random source. */
const wobble = (b: number) => ((b * 7919) % 11) / 10 - 0.5;

function series(name: string, p95: (b: number) => number, points: number, requests: (b: number) => number = () => 100): EndpointTimeline {
  const idx = Array.from({ length: points }, (_, b) => b);
  return {
    name,
    requests: idx.map(requests),
    errors: {},
    p50Ms: idx.map((b) => p95(b) / 2),
    p95Ms: idx.map(p95),
    p99Ms: idx.map((b) => p95(b) * 1.5),
    maxMs: idx.map((b) => p95(b) * 2),
  };
}

function timeline(points: number, ...endpoints: EndpointTimeline[]): RunTimeline {
  return { bucketMs: 1000, points, endpoints };
}

// 120 one-second buckets: `climb` gains 0.01 ms a second (0.6 ms/min); `flat` wobbles around 10 ms
// with three 80 ms seconds in its second half, which a least-squares line would read as a drift.
const climb = series('search', (b) => 10 + 0.01 * b + wobble(b), 120);
const flat = series('home', (b) => (b === 70 || b === 90 || b === 110 ? 80 : 10 + wobble(b)), 120);

test('a steady climb reads as its slope per minute, with an interval above zero; a flat series with a few slow seconds does not', () => {
  const drifts = latencyDrifts(timeline(120, climb, flat))!;
  const search = drifts.find((d) => d.endpoint === 'search')!;
  const home = drifts.find((d) => d.endpoint === 'home')!;
  assert.ok(Math.abs(search.perMinute - 0.6) < 0.1, `search drifts ${search.perMinute} ms/min, built as 0.6`);
  assert.ok(search.lower > 0 && search.lower <= 0.6 && search.upper >= 0.6, `interval ${search.lower}…${search.upper}`);
  assert.equal(search.points, 120);
  assert.ok(home.lower <= 0 && home.upper >= 0, `home's interval ${home.lower}…${home.upper} should reach zero`);
  assert.deepEqual(worstDrift(drifts), { value: search.perMinute, endpoint: 'search' });
});

test('buckets without answers are left out of the fit; a run under a minute has no reading', () => {
  // Every third second has no answer and a p95 of 0: counted, they would pull the slope around.
  const gappy = series('search', (b) => (b % 3 === 0 ? 0 : 10 + 0.01 * b + wobble(b)), 120, (b) => (b % 3 === 0 ? 0 : 100));
  const [drift] = latencyDrifts(timeline(120, gappy))!;
  assert.equal(drift.points, 80);
  assert.ok(Math.abs(drift.perMinute - 0.6) < 0.1, `${drift.perMinute} ms/min`);
  assert.equal(latencyDrifts(timeline(59, series('search', (b) => 10 + b, 59))), undefined);
  assert.equal(latencyDrifts(undefined), undefined);
});

test('p95_drift breaches name the drifting endpoint; a drift within its noise crosses no limit', () => {
  const drifts = latencyDrifts(timeline(120, climb, flat));
  const thresholds = [
    { metric: 'p95_drift' as const, severity: 'minor' as const, limit: 0.2 },
    { metric: 'p95_drift' as const, severity: 'major' as const, limit: 0.5 },
    { metric: 'p95_drift' as const, severity: 'critical' as const, limit: 2 },
  ];
  const [breach, ...rest] = checkRunThresholds({ thresholds }, { latencyDrift: drifts });
  assert.deepEqual(rest, []);
  assert.equal(breach.endpoint, 'search');
  assert.equal(breach.severity, 'major');
  assert.equal(breach.limit, 0.5);
  assert.deepEqual(checkRunThresholds({ thresholds }, { latencyDrift: latencyDrifts(timeline(120, flat)) }), []);
  assert.deepEqual(checkRunThresholds({ thresholds }, {}), []);
});

test('the sentence names the endpoint that drifts most surely, or says p95 holds steady', () => {
  assert.match(driftSentence({ latencyDrift: latencyDrifts(timeline(120, flat, climb)) })!, /^p95 drifts \+0\.\d\d ms\/min on search \(0\.\d\d…0\.\d\d\)$/);
  assert.equal(driftSentence({ latencyDrift: latencyDrifts(timeline(120, flat)) }), 'p95 holds steady (no endpoint drifts beyond its noise)');
  assert.equal(driftSentence({}), undefined);
});
