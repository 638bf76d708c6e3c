import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BUCKET_SLOTS, BucketHistogram, slotOf, slotTopUs } from '../../src/metrics/bucket-histogram.js';

/** Nearest-rank percentile of a sorted list: the reference the histogram must agree with. */
function nearestRank(sorted: number[], percentile: number): number {
  return sorted[Math.max(1, Math.ceil((percentile / 100) * sorted.length)) - 1];
}

describe('bucket histogram', () => {
  it('puts every value in a slot whose top is at most 1/64 above it, slots in order', () => {
    let previous = -1;
    for (const us of [0, 1, 2, 127, 128, 129, 130, 255, 256, 1000, 4095, 4096, 65_537, 1_000_000, 60_000_000, 134_217_727]) {
      const slot = slotOf(us);
      assert.ok(slot >= previous, `slots grow with values (${us})`);
      previous = slot;
      const top = slotTopUs(slot);
      assert.ok(top >= us, `top ${top} >= ${us}`);
      assert.ok(top - us <= us / 64, `top ${top} within 1/64 of ${us}`);
    }
    assert.equal(slotOf(200_000_000), BUCKET_SLOTS - 1, 'beyond the range: the last slot');
    assert.equal(slotOf(-5), 0);
  });

  it('every slot top lies in its own slot', () => {
    for (let slot = 0; slot < BUCKET_SLOTS; slot++) assert.equal(slotOf(slotTopUs(slot)), slot);
  });

  const cases: { name: string; values: number[] }[] = [
    { name: '1..1000 µs', values: Array.from({ length: 1000 }, (_, i) => i + 1) },
    { name: 'a slow tail', values: [...Array.from({ length: 990 }, () => 2_000), ...Array.from({ length: 10 }, (_, i) => 250_000 + i * 1_000)] },
    { name: 'one value', values: [12_345] },
    { name: 'two modes', values: [...Array.from({ length: 500 }, (_, i) => 800 + i), ...Array.from({ length: 500 }, (_, i) => 40_000 + 7 * i)] },
  ];
  for (const { name, values } of cases) {
    it(`percentiles of ${name} agree with nearest rank within 1/64`, () => {
      const h = new BucketHistogram();
      for (const v of values) h.record(v);
      const sorted = [...values].sort((a, b) => a - b);
      const ps = [0, 50, 95, 99, 100];
      const got = h.percentilesUs(ps, []);
      ps.forEach((p, i) => {
        const want = nearestRank(sorted, p);
        assert.ok(got[i] >= want && got[i] - want <= want / 64, `p${p}: ${got[i]} vs ${want}`);
      });
      assert.equal(h.count, values.length);
    });
  }

  it('reset empties it for the next bucket', () => {
    const h = new BucketHistogram();
    for (let i = 0; i < 100; i++) h.record(50_000);
    h.reset();
    assert.deepEqual(h.percentilesUs([50], []), [0]);
    h.record(10);
    assert.deepEqual(h.percentilesUs([50, 99], []), [10, 10]);
  });
});
