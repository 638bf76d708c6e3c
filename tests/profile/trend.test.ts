/** The `trend:` section: defaults when absent, every key read when given. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';

const HEAD = 'name: p\nendpoints:\n  - name: e\n    path: /\n';

test('a profile without trend: has no trend settings (the defaults apply downstream)', () => {
  const r = parseProfile(HEAD, 'p.yml');
  assert.ok(r.ok);
  assert.equal(r.profile.trend, undefined);
});

test('trend: alpha, min_change as a percentage and history are read', () => {
  const r = parseProfile(`${HEAD}trend:\n  alpha: 0.02\n  min_change: 8%\n  history: 200\n`, 'p.yml');
  assert.ok(r.ok);
  assert.deepEqual(r.profile.trend, { alpha: 0.02, minChange: 0.08, historyRuns: 200 });
});

test('trend: keys left out keep their defaults (alpha 0.01, min_change 5%, history 100)', () => {
  const r = parseProfile(`${HEAD}trend:\n  history: 30\n`, 'p.yml');
  assert.ok(r.ok);
  assert.deepEqual(r.profile.trend, { alpha: 0.01, minChange: 0.05, historyRuns: 30 });
});
