/** Number formatting shared by the renderers. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { formatChange, formatMs, formatPercent } from '../../src/report/format.js';

describe('numbers', () => {
  it('formats milliseconds, percentages and changes', () => {
    assert.equal(formatMs(1204.4), '1,204 ms');
    assert.equal(formatMs(0.5123), '0.512 ms');
    assert.equal(formatPercent(-0.031), '−3.1%');
    assert.equal(formatChange(0.012, 'points'), '+1.20 pts');
  });
});
