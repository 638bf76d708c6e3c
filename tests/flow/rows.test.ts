import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { judgedProfile, resultRows } from '../../src/flow/rows.js';
import { parseProfile } from '../../src/profile/parse.js';

const TEXT = `name: p
endpoints: [ { name: home, path: / } ]
flows:
  - name: shop
    weight: 2
    thresholds: { error_rate: 5% }
    steps:
      - { name: login, method: POST, path: /login, capture: { json: $.t, as: t }, thresholds: { p95: 100ms } }
      - { name: cart, path: "/cart/{{ t }}" }
`;

describe('result rows', () => {
  const outcome = parseProfile(TEXT, 'p.yml');
  assert.ok(outcome.ok);
  const profile = outcome.profile;

  it('lists endpoints, then each flow and its steps as flow/step', () => {
    const rows = resultRows(profile);
    assert.deepEqual(rows.map((r) => `${r.method} ${r.name} ${r.path}`), ['GET home /', 'FLOW shop /login → /cart/{{ t }}', 'POST shop/login /login', 'GET shop/cart /cart/{{ t }}']);
    assert.deepEqual(rows.map((r) => r.line), [2, 4, 8, 9]);
    assert.deepEqual(rows[1].thresholds, [{ metric: 'error_rate', severity: 'critical', limit: 0.05 }]);
    assert.deepEqual(rows[2].thresholds, [{ metric: 'p95', severity: 'critical', limit: 100 }]);
    assert.equal('captures' in rows[2], false);
  });

  it('gives the verdict every row, and leaves a profile without flows as it is', () => {
    assert.equal(judgedProfile(profile).endpoints.length, 4);
    assert.equal(profile.endpoints.length, 1);
    const plain = { ...profile, flows: undefined };
    assert.equal(judgedProfile(plain), plain);
  });
});
