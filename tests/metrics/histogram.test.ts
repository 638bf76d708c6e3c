import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLatencyHistogram, decodeLatencyHistogram, HIGHEST_LATENCY_US, summarizeLatency } from '../../src/metrics/histogram.js';

describe('LatencyHistogram', () => {
  it('summarises 1..1000 µs exactly (HDR is exact below 2048 at 3 digits)', () => {
    const h = createLatencyHistogram();
    for (let us = 1; us <= 1000; us++) h.recordMicros(us);
    assert.equal(h.count, 1000);
    // Nearest-rank percentiles of 1..1000 µs, mean 500.5 µs rounded to the microsecond.
    assert.deepEqual(summarizeLatency(h), { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99, max: 1, mean: 0.501 });
    h.release();
  });

  it('reports zeros when empty', () => {
    const h = createLatencyHistogram();
    assert.deepEqual(summarizeLatency(h), { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 });
  });

  it('keeps large values within 0.1% and never below the true value', () => {
    const h = createLatencyHistogram();
    const values = [20_345, 20_400, 21_000, 150_123, 2_500_321];
    for (const v of values) h.recordMicros(v);
    const s = summarizeLatency(h);
    assert.ok(s.p50 * 1000 >= 21_000 && s.p50 * 1000 <= 21_000 * 1.001, `p50 ${s.p50}`);
    assert.equal(s.max, 2500.321, 'max is exact');
    assert.ok(s.p99 <= s.max, 'percentiles are capped at the exact maximum');
    assert.equal(s.mean, Math.round(values.reduce((a, b) => a + b, 0) / values.length) / 1000);
  });

  it('rounds to whole microseconds and clamps into 1 µs .. 120 s', () => {
    const h = createLatencyHistogram();
    h.recordMicros(0.2);
    h.recordMicros(1.6);
    h.recordMicros(500e6);
    assert.equal(h.count, 3);
    assert.equal(h.percentileMicros(0), 1);
    assert.equal(h.percentileMicros(50), 2);
    assert.equal(h.maxMicros, HIGHEST_LATENCY_US);
  });

  it('merges with add and empties with reset', () => {
    const a = createLatencyHistogram();
    const b = createLatencyHistogram();
    for (let i = 0; i < 10; i++) a.recordMicros(100);
    for (let i = 0; i < 30; i++) b.recordMicros(300);
    a.add(b);
    assert.equal(a.count, 40);
    assert.equal(a.meanMicros, 250);
    assert.equal(a.percentileMicros(25), 100);
    assert.equal(a.percentileMicros(26), 300);
    assert.equal(a.maxMicros, 300);
    a.reset();
    assert.equal(a.count, 0);
    assert.equal(a.maxMicros, 0);
    assert.equal(a.meanMicros, 0);
    a.recordMicros(7);
    assert.equal(a.maxMicros, 7);
  });

  it('encodes into a compact text that decodes to the same counts and percentiles, and merges', () => {
    const a = createLatencyHistogram();
    const b = createLatencyHistogram();
    const all = createLatencyHistogram();
    // Two runs of 20,000 requests: one around 5 ms, one around 9 ms with a 1% tail at 40 ms.
    for (let i = 0; i < 20_000; i++) {
      const x = 5_000 + ((i * 7919) % 1_000);
      const y = i % 100 === 0 ? 40_000 + (i % 13) : 9_000 + ((i * 104_729) % 2_000);
      a.recordMicros(x);
      b.recordMicros(y);
      all.recordMicros(x);
      all.recordMicros(y);
    }
    const encodedA = a.encode();
    assert.match(encodedA, /^[A-Za-z0-9+/]+={0,2}$/);
    assert.ok(encodedA.length < 8_000, `encoded length ${encodedA.length}`);
    const merged = decodeLatencyHistogram(encodedA);
    merged.add(decodeLatencyHistogram(b.encode()));
    assert.equal(merged.count, 40_000);
    for (const p of [50, 90, 95, 99]) assert.equal(merged.percentileMicros(p), all.percentileMicros(p), `p${p}`);
    // At the very top the original caps at its exact maximum (40,012 µs); the decoded one knows only
    // the top of that value's bucket, within 0.1%.
    assert.equal(all.percentileMicros(99.9), 40_012);
    assert.ok(merged.percentileMicros(99.9) >= 40_012 && merged.percentileMicros(99.9) <= 40_012 * 1.001, `${merged.percentileMicros(99.9)}`);
    // The 1% tail of run b is 0.5% of the merged runs: p99 sits in b's body, p99.9 in its tail.
    assert.ok(merged.percentileMicros(99.9) >= 40_000 && merged.percentileMicros(99) < 11_000);
    // Mean from bucket midpoints: within 0.1% of the exact one.
    assert.ok(Math.abs(merged.meanMicros - all.meanMicros) / all.meanMicros < 0.001, `${merged.meanMicros} vs ${all.meanMicros}`);
  });

  it('refuses text that is not an encoded histogram, saying so', () => {
    assert.throws(() => decodeLatencyHistogram(''), /not an encoded histogram: base64 text/);
    assert.throws(() => decodeLatencyHistogram('not base64!'), /not an encoded histogram: base64 text/);
    assert.throws(() => decodeLatencyHistogram(Buffer.from('hello, histogram').toString('base64')), /not an encoded histogram/);
  });
});

describe('restoreExact', () => {
  it('gives a decoded histogram back the exact max and mean it lost, and ignores values that cannot be its own', () => {
    const h = createLatencyHistogram();
    for (const us of [1000, 2000, 123_457]) h.recordMicros(us);
    const decoded = decodeLatencyHistogram(h.encode());
    // The encoding keeps buckets: 123 457 µs comes back as its bucket's top.
    assert.notEqual(decoded.maxMicros, 123_457);
    decoded.restoreExact(123_457 + 3000 + 1e9, 123_457); // a sum above max × count: ignored
    assert.notEqual(decoded.maxMicros, 123_457);
    decoded.restoreExact(126_457, 123_457);
    assert.deepEqual(summarizeLatency(decoded), summarizeLatency(h));
    assert.equal(summarizeLatency(decoded).max, 123.457);
    assert.equal(summarizeLatency(decoded).mean, 42.152);
    decoded.release();
    h.release();
  });
});
