import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recoverySentence, runMetricSentences } from '../../src/report/run-metrics.js';
import { formatMetric } from '../../src/report/format.js';
import type { RunRecovery } from '../../src/metrics/types.js';

const base = { watchedMs: 15_000, preSpikeP95Ms: 12.5, band: 0.2, settleMs: 3000, spikeStartMs: 10_000, spikeEndMs: 15_000 };

describe('the recovery sentence (summary, comment, terminal, HTML)', () => {
  it('recovered: the time after the spike, the rule it met and where the spike was', () => {
    const r: RunRecovery = { recovered: true, recoveryMs: 4000, ...base };
    assert.equal(recoverySentence({ recovery: r }), 'recovered 4.0 s after the spike (p95 back within 20% of 12.5 ms, without errors, for 3.0 s; spike at 10.0–15.0 s of the measured phase)');
  });

  it('not recovered: the time watched and the rule it did not meet', () => {
    const r: RunRecovery = { recovered: false, ...base, reason: 'x' };
    assert.equal(recoverySentence({ recovery: r }), 'not recovered in the 15.0 s watched after the spike (needs p95 back within 20% of 12.5 ms, without errors, for 3.0 s; spike at 10.0–15.0 s of the measured phase)');
  });

  it('comes among the run-level sentences only for a spike run; a recovery time prints in seconds', () => {
    assert.deepEqual(runMetricSentences({}), []);
    assert.equal(runMetricSentences({ recovery: { recovered: true, recoveryMs: 0, ...base } }).length, 1);
    assert.equal(formatMetric('recovery_time', 125_000), '125.0 s');
  });
});
