import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { clampTimerMs, MAX_TIMER_MS, setLongTimeout } from '../../src/load/long-timer.js';

describe('setLongTimeout', () => {
  it('chains timers: with 20 ms steps, a 120 ms delay fires once, not before 120 ms', async () => {
    const startMs = performance.now();
    let calls = 0;
    await new Promise<void>((resolve) => setLongTimeout(() => (calls++, resolve()), 120, 20));
    // Node's timers may wake a millisecond early by this clock; setLongTimeout re-checks and waits.
    assert.ok(performance.now() - startMs >= 120, `fired after ${performance.now() - startMs} ms`);
    assert.equal(calls, 1);
  });

  it('clear stops it between steps', async () => {
    let fired = false;
    const t = setLongTimeout(() => (fired = true), 60, 10);
    await new Promise((r) => setTimeout(r, 25));
    t.clear();
    await new Promise((r) => setTimeout(r, 80));
    assert.equal(fired, false);
  });

  it('a delay beyond Node\'s maximum raises no TimeoutOverflowWarning and does not fire early', async () => {
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    let fired = false;
    const t = setLongTimeout(() => (fired = true), 600 * 3600 * 1000);
    await new Promise((r) => setTimeout(r, 50));
    t.clear();
    process.off('warning', onWarning);
    assert.equal(fired, false);
    assert.deepEqual(warnings, []);
  });
});

describe('clampTimerMs', () => {
  it('keeps delays Node can honour and caps the rest', () => {
    assert.equal(clampTimerMs(5), 5);
    assert.equal(clampTimerMs(MAX_TIMER_MS + 1), MAX_TIMER_MS);
  });
});
