import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recoveryTime, type TimelineWindow } from '../../src/verdict/recovery.js';

/** One window a second from a list of p95 values (ms) and error counts ('!' marks an erroring second). */
function timeline(values: (number | `${number}!`)[]): TimelineWindow[] {
  return values.map((v, i) => ({ startMs: 1000 * i, p95Ms: Number(String(v).replace('!', '')), requests: 100, errors: String(v).endsWith('!') ? 3 : 0 }));
}

const SPIKE = { spikeStartMs: 5000, spikeEndMs: 8000, band: 0.2, settle: 3 };

test('recovery counts from the spike end to the first of three good seconds', () => {
  //                 pre-spike (median 10)   spike          draining            back
  const w = timeline([30, 10, 10, 11, 10, 80, 90, 95, 70, 40, 20, 11, 12, 10, 10]);
  assert.deepEqual(recoveryTime(w, SPIKE), { recovered: true, recoveryMs: 3000, preSpikeP95Ms: 10 });
});

test('one good second inside the drain is not recovery, and errors keep it unrecovered', () => {
  const w = timeline([10, 10, 10, 10, 10, 80, 90, 95, 11, 40, '11!', 12, 11, 12, 10]);
  assert.deepEqual(recoveryTime(w, SPIKE), { recovered: true, recoveryMs: 11_000 - 8000, preSpikeP95Ms: 10 });
});

test('a service still slow when the run ends has not recovered, and says for how long it was watched', () => {
  const w = timeline([10, 10, 10, 10, 10, 80, 90, 95, 70, 60, 50, 40, 30, 12, 12]);
  const r = recoveryTime(w, SPIKE);
  assert.equal(r.recovered, false);
  assert.equal(r.recovered === false && r.watchedMs, 7000);
});

test('back in band at once is a recovery of zero', () => {
  const w = timeline([10, 10, 10, 10, 10, 50, 50, 50, 10, 11, 12]);
  assert.deepEqual(recoveryTime(w, SPIKE), { recovered: true, recoveryMs: 0, preSpikeP95Ms: 10 });
});
