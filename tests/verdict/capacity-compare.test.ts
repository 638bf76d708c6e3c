import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compareCapacity } from '../../src/verdict/capacity-compare.js';
import type { BaselineRun } from '../../src/baseline/types.js';
import type { RunCapacity } from '../../src/metrics/types.js';

const settings = { metrics: ['p95' as const], alpha: 0.05, severity: { minor: 0.05, major: 0.15, critical: 0.3 } };
const run = (capacityRps?: number): BaselineRun => ({
  savedAt: '2026-11-01T00:00:00Z', runner: { cpuModel: 'x', cores: 2, os: 'linux', node: 'v20' }, trialDurationMs: 1000, endpoints: [],
  ...(capacityRps === undefined ? {} : { capacityRps }),
});
const capacity = (capacityRps: number, heldToCeiling = false): RunCapacity => ({ capacityRps, lowerRps: capacityRps, upperRps: capacityRps + 50, heldToCeiling, stepsRun: 5, stepsPlanned: 10, steps: [] });
const history = [400, 400, 350, 400, 400].map(run);

describe('compareCapacity (cache mode)', () => {
  it('a 30% drop is a significant regression of major size or more; an unchanged capacity is none', () => {
    const drop = compareCapacity(capacity(250), history, settings);
    assert.ok(drop);
    assert.equal(drop.metric, 'capacity');
    assert.equal(drop.direction, 'worse');
    assert.ok(drop.significant);
    assert.ok(drop.change < -0.3 && drop.change > -0.4, `change ${drop.change}`);
    assert.equal(drop.severity, 'critical');
    const same = compareCapacity(capacity(400), history, settings);
    assert.equal(same?.severity, 'none');
    assert.notEqual(same?.direction, 'worse');
  });

  it('a rise is never a regression; no capacity in the history or a ladder held to its ceiling compare nothing', () => {
    assert.equal(compareCapacity(capacity(600), history, settings)?.severity, 'none');
    assert.equal(compareCapacity(capacity(250), [run(), run()], settings), undefined);
    assert.equal(compareCapacity(capacity(250, true), history, settings), undefined);
  });

  it('a capacity of 0 (the first step broke) against a history above it is critical', () => {
    const none = compareCapacity(capacity(0), history, settings);
    assert.equal(none?.severity, 'critical');
    assert.equal(none?.change, -1);
  });
});
