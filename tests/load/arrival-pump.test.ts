import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { ArrivalPump, type ArrivalSink } from '../../src/load/arrival-pump.js';

/** A clock over fixed instants (ms after the start), then Infinity. */
function clockOf(instants: number[]): { next(): number } {
  let i = 0;
  return { next: () => (i < instants.length ? instants[i++] : Infinity) };
}

/** A sink that records every arrival and resolves `exhausted` the first time it is told. */
function recordingSink(): ArrivalSink & { arrivals: { intendedMs: number; nowMs: number }[]; exhausted(): void; whenExhausted: Promise<void>; exhaustedCalls: number } {
  let resolve: () => void = () => {};
  const whenExhausted = new Promise<void>((r) => (resolve = r));
  const sink = {
    arrivals: [] as { intendedMs: number; nowMs: number }[],
    exhaustedCalls: 0,
    whenExhausted,
    arrive(intendedMs: number, nowMs: number): void {
      sink.arrivals.push({ intendedMs, nowMs });
    },
    exhausted(): void {
      sink.exhaustedCalls++;
      resolve();
    },
  };
  return sink;
}

describe('ArrivalPump', () => {
  it('sends every arrival before the end, in order and never before its instant, then says it is exhausted', async () => {
    const sink = recordingSink();
    const pump = new ArrivalPump(clockOf([0, 0, 1, 5, 12, 19.5, 20, 30]), 20, sink);
    const startMs = performance.now();
    pump.start(startMs);
    await sink.whenExhausted;
    pump.stop();
    assert.deepEqual(sink.arrivals.map((a) => a.intendedMs), [0, 0, 1, 5, 12, 19.5], 'nothing at or after the end (20 ms)');
    for (const a of sink.arrivals) {
      assert.ok(a.nowMs - startMs >= a.intendedMs, `arrival due at ${a.intendedMs} ms went out at ${a.nowMs - startMs} ms`);
    }
  });

  it('an empty schedule is exhausted at once', () => {
    const sink = recordingSink();
    new ArrivalPump(clockOf([]), 1000, sink).start(performance.now());
    assert.equal(sink.exhaustedCalls, 1);
    assert.equal(sink.arrivals.length, 0);
  });

  it('poke sends what is due and, once exhausted, says so again (the model decides when it is done)', () => {
    const sink = recordingSink();
    const pump = new ArrivalPump(clockOf([0]), 1000, sink);
    pump.start(performance.now());
    assert.equal(sink.arrivals.length, 1);
    assert.equal(sink.exhaustedCalls, 1);
    pump.poke();
    assert.equal(sink.exhaustedCalls, 2);
    assert.equal(sink.arrivals.length, 1);
  });

  it('after stop, nothing more is sent and nothing keeps waiting', async () => {
    const sink = recordingSink();
    const pump = new ArrivalPump(clockOf([0, 40, 80, 120]), 1000, sink);
    pump.start(performance.now());
    assert.equal(sink.arrivals.length, 1);
    pump.stop();
    pump.poke();
    await sleep(160);
    assert.equal(sink.arrivals.length, 1, 'the arrivals at 40, 80 and 120 ms were never sent');
    assert.equal(sink.exhaustedCalls, 0);
  });
});
