import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { capacitySentence, cpuPerRequestSentence, rssTrendSentence, runMetricSentences } from '../../src/report/run-metrics.js';
import type { RunCapacity, TargetResources } from '../../src/metrics/types.js';

const step = (rateRps: number, holds: boolean) => ({ rateRps, trials: 5, held: holds ? 5 : 0, holds, broke: holds ? [] : ['latency' as const] });

describe('run-level sentences', () => {
  const cases: { name: string; capacity: RunCapacity; text: string }[] = [
    {
      name: 'a clean break',
      capacity: { capacityRps: 1200, lowerRps: 1000, upperRps: 1400, brokeAt: { rateRps: 1400, causes: ['latency'] }, heldToCeiling: false, stepsRun: 8, stepsPlanned: 8, steps: [step(1200, true), step(1400, false)] },
      text: 'capacity 1,200/s (1,000…1,400/s), broke at 1,400/s on latency',
    },
    {
      name: 'stopped early on errors and latency',
      capacity: { capacityRps: 300, lowerRps: 300, upperRps: 500, brokeAt: { rateRps: 500, causes: ['errors', 'latency'] }, heldToCeiling: false, stepsRun: 3, stepsPlanned: 8, steps: [] },
      text: 'capacity 300/s (300…500/s), broke at 500/s on errors and latency; stopped after 3 of 8 steps',
    },
    {
      name: 'the target died',
      capacity: { capacityRps: 100, lowerRps: 100, upperRps: 200, brokeAt: { rateRps: 200, causes: ['errors'] }, heldToCeiling: false, targetStopped: true, stepsRun: 2, stepsPlanned: 10, steps: [] },
      text: 'capacity 100/s (100…200/s), broke at 200/s (target stopped answering); stopped after 2 of 10 steps',
    },
    {
      name: 'held to the ceiling',
      capacity: { capacityRps: 2000, lowerRps: 2000, upperRps: 2000, heldToCeiling: true, stepsRun: 10, stepsPlanned: 10, steps: [] },
      text: 'capacity at least 2,000/s (every step held, up to the ceiling)',
    },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(capacitySentence({ capacity: c.capacity }), c.text));
  }

  it('the RSS trend with its interval, and the leak said when the interval is above zero', () => {
    const resources: TargetResources = {
      pid: 1, samples: 120, cpuShare: 0.2, cpuSharePeak: 0.4, rssMb: { start: 50, end: 56, max: 57 }, rssGrowthMb: 6,
      rssTrend: { perMinute: 3.1, lower: 2.6, upper: 3.7 }, rssLeak: true,
    };
    assert.equal(rssTrendSentence({ targetResources: resources }), 'RSS grows 3.1 MB/min (2.6…3.7) — a leak: the floor rises through the whole interval');
    const flat = { ...resources, rssTrend: { perMinute: -0.2, lower: -0.9, upper: 0.4 }, rssLeak: false };
    assert.equal(rssTrendSentence({ targetResources: flat }), 'RSS shrinks 0.2 MB/min (−0.9…0.4)');
    assert.deepEqual(runMetricSentences({}), []);
  });
});

describe('the target’s CPU per request in words', () => {
  const target = (trialsMs: number[], medianMs: number): { targetResources: TargetResources } => ({
    targetResources: { pid: 1, samples: 10, cpuShare: 0.5, cpuSharePeak: 0.6, rssMb: { start: 50, end: 50, max: 50 }, rssGrowthMb: 0, cpuPerRequest: { medianMs, trialsMs } },
  });
  it('the median with the range of the trials; one trial alone; nothing without the figure', () => {
    assert.equal(cpuPerRequestSentence(target([0.39, 0.42, 0.47], 0.42)), 'target CPU 0.42 ms per request (median of 3 trials; 0.39…0.47 ms)');
    assert.equal(cpuPerRequestSentence(target([1.5], 1.5)), 'target CPU 1.5 ms per request (one trial)');
    assert.equal(cpuPerRequestSentence({}), undefined);
    assert.deepEqual(runMetricSentences(target([2, 2], 2)), ['target CPU 2 ms per request (median of 2 trials; 2…2 ms)']);
  });
});
