import { test } from 'node:test';
import assert from 'node:assert/strict';
import { iterationFacts } from '../../src/report/iteration-facts.js';
import type { FlowArrivals } from '../../src/metrics/types.js';

const lag = { p50: 0.214, p90: 1, p95: 2, p99: 12.5, max: 40, mean: 1 };

test('one fact per flow: started of planned, dropped with its share, late, start lag', () => {
  const iterations: FlowArrivals[] = [
    { flow: 'checkout', planned: 1250, started: 1200, dropped: 50, late: 3, startLagMs: lag },
    { flow: 'browse', planned: 40, started: 40, dropped: 0, late: 0, startLagMs: { ...lag, p50: 0.1, p99: 0.9 } },
  ];
  assert.deepEqual(iterationFacts(iterations, 10), [
    { label: 'iterations of checkout', text: '1,200 of 1,250 started, 50 dropped (4.0%), 3 late (≥ 10 ms); start lag p50 0.214 ms, p99 12.5 ms' },
    { label: 'iterations of browse', text: '40 of 40 started, 0 dropped, 0 late (≥ 10 ms); start lag p50 0.1 ms, p99 0.9 ms' },
  ]);
});
