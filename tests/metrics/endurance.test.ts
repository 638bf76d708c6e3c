import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuMsPerRequestByTrial, cpuPerRequest, cpuSecondsAt, isLeak, latencyDrift, rssFloorTrend, type ResourceSample } from '../../src/metrics/endurance.js';

/** One sample a second for `seconds`, RSS from `rss(t)` (t in seconds), CPU half a core. */
function series(seconds: number, rss: (t: number) => number): ResourceSample[] {
  return Array.from({ length: seconds + 1 }, (_, t) => ({ atMs: 1000 * t, cpuSeconds: t / 2, rssMb: rss(t) }));
}

test('a saw-tooth with a flat floor is not growth', () => {
  // Garbage piles up 4 MB/s for 8 s, then a collection drops RSS back to 100 MB; no leak.
  const trend = rssFloorTrend(series(120, (t) => 100 + 4 * (t % 8)));
  assert.ok(trend);
  assert.equal(trend.perMinute, 0);
  assert.equal(isLeak(trend, 2), false);
});

test('the floor rising under the saw-tooth is growth, at the rate it rises', () => {
  // The same saw-tooth on a floor that leaks 3 MB/min (0.05 MB/s).
  const trend = rssFloorTrend(series(120, (t) => 100 + 0.05 * t + 4 * (t % 8)));
  assert.ok(trend);
  assert.ok(Math.abs(trend.perMinute - 3) < 1e-9, `slope ${trend.perMinute}`);
  assert.ok(trend.lower > 2.9 && trend.upper < 3.1, `interval ${trend.lower}…${trend.upper}`);
  assert.equal(isLeak(trend, 2), true);
});

test('a slow saw-tooth that ends high on an unfinished tooth is not a leak', () => {
  // A slow saw-tooth (period 40 s) whose last tooth is unfinished: the raw samples end high.
  const samples = series(100, (t) => 200 + 1.5 * (t % 40));
  const trend = rssFloorTrend(samples);
  assert.ok(trend);
  assert.equal(isLeak(trend, 100 / 60), false, `floor slope ${trend.perMinute} (${trend.lower}…${trend.upper})`);
});

test('tiny growth is not a leak even when certain', () => {
  const trend = rssFloorTrend(series(60, (t) => 100 + 0.001 * t));
  assert.ok(trend && trend.lower > 0);
  assert.equal(isLeak(trend, 1), false);
});

test('too few samples give no trend', () => {
  assert.equal(rssFloorTrend(series(5, () => 100)), undefined);
  assert.equal(latencyDrift([{ startMs: 0, p95Ms: 1 }, { startMs: 1000, p95Ms: 2 }]), undefined);
});

test('latency drift in ms per minute, robust to one slow window', () => {
  // p95 rises 0.4 ms/min: 10 s windows, +0.0667 ms each, one GC pause window at 50 ms.
  const windows = Array.from({ length: 30 }, (_, i) => ({ startMs: 10_000 * i, p95Ms: i === 12 ? 50 : 5 + (0.4 / 6) * i }));
  const drift = latencyDrift(windows);
  assert.ok(drift);
  assert.ok(Math.abs(drift.perMinute - 0.4) < 1e-9, `drift ${drift.perMinute}`);
});

test('CPU per request by trial, from readings interpolated at the trial boundaries', () => {
  const samples = series(30, () => 100); // 0.5 CPU-second per second
  // Trials [0.5 s, 10.5 s) and [10.5 s, 20.5 s): 5 CPU-seconds each; 1,000 and 2,500 requests.
  const perTrial = cpuMsPerRequestByTrial(samples, [500, 10_500, 20_500], [1000, 2500]);
  assert.deepEqual(perTrial.map((v) => Math.round(v * 1e9) / 1e9), [5, 2]);
  assert.ok(Number.isNaN(cpuMsPerRequestByTrial(samples, [0, 10_000], [0])[0]));
  assert.ok(Number.isNaN(cpuMsPerRequestByTrial(samples, [20_000, 40_000], [10])[0]), 'past the last sample');
  assert.equal(cpuSecondsAt(samples, 2500), 1.25);
});

test('the run’s CPU per request: trials from the measured phase’s start, uncovered trials left out, the median', () => {
  // CPU half a core (500 ms of CPU per second); trials of 2 s from t = 1 s: 1000 ms of CPU each.
  const samples = series(7, () => 100);
  const cpu = cpuPerRequest(samples, 1000, 2000, [100, 200, 400, 50]);
  // The fourth trial (7 s … 9 s) ends past the last sample: left out.
  assert.deepEqual(cpu, { medianMs: 5, trialsMs: [10, 5, 2.5] });
  assert.equal(cpuPerRequest(samples, 8000, 2000, [100]), undefined);
});
