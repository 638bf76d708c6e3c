import { test } from 'node:test';
import assert from 'node:assert/strict';
import { planBaselineSave, type BaselineSavePlan } from '../../src/baseline/save-rule.js';
import { BASELINE_SCHEMA_VERSION, type Baseline, type RestoreOutcome } from '../../src/baseline/types.js';

const stored: Baseline = { schemaVersion: BASELINE_SCHEMA_VERSION, profile: { name: 'shop', fingerprint: 'f' }, runs: [] };
const source = 'the actions cache entry loadgate-baseline/v1/shop/main';
const found: RestoreOutcome = { status: 'found', baseline: stored, source };
const missing: RestoreOutcome = { status: 'missing', source };
const corrupt: RestoreOutcome = { status: 'unusable', source, reason: 'not valid JSON' };
const unread: RestoreOutcome = { status: 'unusable', source, reason: 'the cache service answered 503', unread: true };
const sick = 'this run is not a baseline to judge later runs by (no-answers: see its warnings)';

type Expected = BaselineSavePlan['action'] | RegExp;
const table: [string, boolean, string | undefined, RestoreOutcome, Expected][] = [
  ['not asked, history found', false, undefined, found, 'skip'],
  ['not asked, history unread', false, undefined, unread, 'skip'],
  ['not asked, a sick run', false, sick, missing, 'skip'],
  ['asked, history found: appended to it', true, undefined, found, 'save'],
  ['asked, nothing stored: a new history', true, undefined, missing, 'save'],
  ['asked, a corrupt history (read and refused): replaced', true, undefined, corrupt, 'save'],
  ['asked, a history that exists but could not be read: never overwritten', true, undefined, unread, /exists but could not be read, and saving now would replace its history with this one run/],
  ['asked, a sick run over a found history: refused', true, sick, found, /^this run is not a baseline/],
  ['asked, a sick run over an unread history: the run’s own reason first', true, sick, unread, /^this run is not a baseline/],
];

for (const [name, requested, runRefusal, restored, expected] of table) {
  test(name, () => {
    const plan = planBaselineSave({ requested, runRefusal, restored });
    if (expected instanceof RegExp) {
      assert.equal(plan.action, 'refuse');
      assert.match((plan as { reason: string }).reason, expected);
    } else {
      assert.equal(plan.action, expected);
    }
  });
}

test('a save appends to the history found, and to nothing otherwise', () => {
  assert.equal((planBaselineSave({ requested: true, restored: found }) as { previous?: Baseline }).previous, stored);
  for (const restored of [missing, corrupt]) assert.equal((planBaselineSave({ requested: true, restored }) as { previous?: Baseline }).previous, undefined);
});

test('the refusal names the entry that could not be read', () => {
  const plan = planBaselineSave({ requested: true, restored: unread });
  assert.ok(plan.action === 'refuse' && plan.reason.startsWith(source));
});
