import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { withRunHealth } from '../../src/verdict/run-health.js';
import type { Verdict } from '../../src/verdict/types.js';

const passing: Verdict = {
  status: 'pass',
  maxSeverity: 'none',
  advisorySeverity: 'none',
  failOn: 'never',
  failed: false,
  comparisons: [],
  breaches: [],
  baseline: { status: 'missing', source: 'cache' },
  notes: [],
};

describe('withRunHealth', () => {
  it('leaves the verdict alone when the run measured something', () => {
    assert.equal(withRunHealth(passing, { warnings: [{ code: 'endpoint-failing', message: 'x' }] }), passing);
  });

  for (const code of ['no-answers', 'target-stopped']) {
    it(`${code}: a failed error, whatever fail-on says, with a note`, () => {
      const v = withRunHealth(passing, { warnings: [{ code, message: 'm' }] });
      assert.equal(v.status, 'error');
      assert.equal(v.failed, true);
      assert.deepEqual(v.notes.at(-1), { code: 'run-unmeasured', params: { causes: [code] } });
    });
  }
});
