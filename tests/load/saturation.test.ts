import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { saturationWarnings, startSaturationMonitor } from '../../src/load/saturation.js';

describe('saturationWarnings', () => {
  it('is silent below both limits', () => {
    assert.deepEqual(saturationWarnings({ eventLoopDelayP99Ms: 12, cpuShare: 0.5, wallMs: 5000 }), []);
  });
  it('warns on event-loop delay', () => {
    const [w, ...rest] = saturationWarnings({ eventLoopDelayP99Ms: 80.04, cpuShare: 0.2, wallMs: 5000 });
    assert.equal(rest.length, 0);
    assert.equal(w.code, 'generator-saturated');
    assert.match(w.message, /event-loop delay p99 was 80\.0 ms \(limit 50 ms\)/);
    assert.doesNotMatch(w.message, /CPU/);
  });
  it('warns on CPU share, and gives both reasons in one warning', () => {
    const warnings = saturationWarnings({ eventLoopDelayP99Ms: 60, cpuShare: 0.97, wallMs: 5000 });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /97% of a CPU core \(limit 80%\)/);
    assert.match(warnings[0].message, /event-loop delay/);
  });
  it('does not judge a sample shorter than 2 s (start-up alone looks saturated), however high its figures', () => {
    assert.deepEqual(saturationWarnings({ eventLoopDelayP99Ms: 200, cpuShare: 2.38, wallMs: 200 }), []);
    assert.deepEqual(saturationWarnings({ eventLoopDelayP99Ms: 200, cpuShare: 2.38, wallMs: 1999 }), []);
    assert.equal(saturationWarnings({ eventLoopDelayP99Ms: 200, cpuShare: 2.38, wallMs: 2000 }).length, 1);
  });
  it('honours custom limits', () => {
    assert.equal(saturationWarnings({ eventLoopDelayP99Ms: 20, cpuShare: 0.5, wallMs: 5000 }, { eventLoopDelayP99Ms: 10, cpuShare: 1 }).length, 1);
  });
});

describe('startSaturationMonitor', () => {
  it('sees a blocked event loop', async () => {
    const monitor = startSaturationMonitor();
    // Block the loop for 120 ms a few times, then let the monitor sample.
    for (let i = 0; i < 3; i++) {
      const until = performance.now() + 120;
      while (performance.now() < until);
      await new Promise((r) => setTimeout(r, 15));
    }
    const sample = monitor.stop();
    assert.ok(sample.eventLoopDelayP99Ms >= 100, `p99 ${sample.eventLoopDelayP99Ms}`);
    assert.ok(sample.cpuShare > 0);
    assert.ok(sample.wallMs >= 360, `wall ${sample.wallMs}`);
  });
});
