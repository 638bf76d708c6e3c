import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TIMELINE_POINTS, TimelineRecorder, timelineBucketMs } from '../../src/metrics/timeline.js';
import { targetTimeline } from '../../src/metrics/target-timeline.js';

/**
 * The recorder reads performance.now() against `origin.loadStartMs`: moving the origin back moves
 * "now" forward, so these tests place events in chosen buckets without waiting.
 */
function at(origin: { loadStartMs: number }, warmupMs: number, elapsedMs: number): void {
  origin.loadStartMs = performance.now() - warmupMs - elapsedMs;
}

describe('timelineBucketMs: the downsampling rule', () => {
  const cases: [number, number][] = [
    [1_000, 1000],
    [30_000, 1000],
    [600_000, 1000],
    [601_000, 2000],
    [1_200_000, 2000],
    [3_600_000, 6000],
    [86_400_000, 144_000],
  ];
  for (const [measuredMs, bucketMs] of cases) {
    it(`${measuredMs / 1000} s measured → ${bucketMs / 1000} s buckets, at most ${MAX_TIMELINE_POINTS} points`, () => {
      assert.equal(timelineBucketMs(measuredMs), bucketMs);
      assert.ok(Math.ceil(measuredMs / bucketMs) <= MAX_TIMELINE_POINTS);
    });
  }
});

describe('TimelineRecorder', () => {
  it('counts answers and failures in the bucket they end in, with per-bucket percentiles', () => {
    const origin = { loadStartMs: 0 };
    const recorder = new TimelineRecorder(['a', 'b'], origin, 500, 5_000);
    at(origin, 500, 1_500); // bucket 1
    for (let i = 1; i <= 100; i++) recorder.answer(0, i * 1000, false); // 1..100 ms
    recorder.failure(0, 'timeout');
    at(origin, 500, 3_200); // bucket 3
    recorder.answer(0, 40_000, true);
    recorder.answer(1, 7_000, false);
    recorder.failure(1, 'refused');
    recorder.failure(1, 'refused');
    at(origin, 500, 99_000); // long after the end: the last bucket
    recorder.answer(1, 9_000, false);

    const t = recorder.finish();
    assert.equal(t.bucketMs, 1000);
    assert.equal(t.points, 5);
    const [a, b] = t.endpoints;
    assert.deepEqual(a.requests, [0, 101, 0, 1, 0]);
    assert.deepEqual(a.errors, { timeout: [0, 1, 0, 0, 0], status: [0, 0, 0, 1, 0] });
    // Nearest rank over 1..100 ms: p50 = 50, p95 = 95, p99 = 99 (to within the 1/64 bucket width).
    assert.ok(a.p50Ms[1] >= 50 && a.p50Ms[1] <= 50 * (1 + 1 / 64), `p50 ${a.p50Ms[1]}`);
    assert.ok(a.p95Ms[1] >= 95 && a.p95Ms[1] <= 95 * (1 + 1 / 64), `p95 ${a.p95Ms[1]}`);
    assert.ok(a.p99Ms[1] >= 99 && a.p99Ms[1] <= 99 * (1 + 1 / 64), `p99 ${a.p99Ms[1]}`);
    assert.equal(a.maxMs[1], 100);
    assert.deepEqual([a.p50Ms[3], a.maxMs[3]], [40, 40]);
    assert.deepEqual([a.p50Ms[0], a.maxMs[0]], [0, 0], 'an empty bucket reads 0');
    assert.deepEqual(b.requests, [0, 0, 0, 3, 1]);
    assert.deepEqual(b.errors, { refused: [0, 0, 0, 2, 0] });
    assert.equal(b.maxMs[4], 9);
    assert.equal(t.open, undefined);
  });

  it('open model: asked and achieved rate, dropped, peak in flight and send lag per bucket', () => {
    const origin = { loadStartMs: 0 };
    const recorder = new TimelineRecorder(['a'], origin, 1_000, 2_000);
    for (let i = 0; i < 100; i++) recorder.arrival(1_000 + i * 10, true, i === 99 ? 30 : 0.5, 1 + (i % 7));
    for (let i = 0; i < 40; i++) recorder.arrival(2_000 + i * 25, i % 2 === 0, 2, 12);
    const t = recorder.finish((elapsedMs) => elapsedMs * 0.1); // 100/s all along
    assert.deepEqual(t.open?.plannedRps, [100, 100]);
    assert.deepEqual(t.open?.achievedRps, [100, 20]);
    assert.deepEqual(t.open?.dropped, [0, 20]);
    assert.deepEqual(t.open?.peakInFlight, [7, 12]);
    // 99 of 100 lags are 0.5 ms: p99 reads 0.5 (bucket precision); the second bucket's all 2 ms.
    assert.ok(t.open!.sendLagP99Ms[0] >= 0.5 && t.open!.sendLagP99Ms[0] < 0.52, `lag ${t.open!.sendLagP99Ms[0]}`);
    assert.ok(t.open!.sendLagP99Ms[1] >= 2 && t.open!.sendLagP99Ms[1] < 2.04);
  });

  it('a one-hour measured phase keeps 600 points of 6 s', () => {
    const origin = { loadStartMs: 0 };
    const recorder = new TimelineRecorder(['a'], origin, 0, 3_600_000);
    at(origin, 0, 3_599_999);
    recorder.answer(0, 1_000, false);
    const t = recorder.finish();
    assert.equal(t.points, 600);
    assert.equal(t.bucketMs, 6000);
    assert.equal(t.endpoints[0].requests.length, 600);
    assert.equal(t.endpoints[0].requests[599], 1);
  });
});

describe('targetTimeline', () => {
  it('CPU share between consecutive samples and RSS, in the bucket of the later sample', () => {
    const samples = [
      { atMs: 900, cpuSeconds: 1, rssMb: 50 }, // before the measured phase
      { atMs: 1_900, cpuSeconds: 1.5, rssMb: 60 },
      { atMs: 2_900, cpuSeconds: 2.5, rssMb: 70.1234 },
      { atMs: 5_400, cpuSeconds: 3, rssMb: 80 }, // past the end
    ];
    const t = targetTimeline(samples, 1_000, 1000, 3);
    assert.deepEqual(t.cpuShare, [0.5, 1, null]);
    assert.deepEqual(t.rssMb, [60, 70.123, null]);
  });
});
