import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { compileFlow, completeStep, currentStep, startIteration, type StepOutcome } from '../../src/flow/iteration.js';
import { parseProfile } from '../../src/profile/parse.js';
import { createRandomSource } from '../../src/plan/random.js';
import type { Flow } from '../../src/profile/types.js';

function flowOf(yaml: string): Flow {
  const outcome = parseProfile(`name: t\nflows:\n${yaml}`, 'p.yml');
  assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
  return outcome.profile.flows![0];
}

function reply(body: unknown, status = 200, headers: string[] = []): StepOutcome {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return {
    kind: 'answer',
    url: 'http://127.0.0.1:1/x',
    answer: { status, head: Buffer.from(`HTTP/1.1 ${status} X\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`), body: Buffer.from(text) },
  };
}

const SHOP = `  - name: shop
    think_time: { min: 10ms, max: 20ms }
    iteration_think_time: 1s
    cookies: true
    steps:
      - { name: login, method: POST, path: /login, capture: { json: $.token, as: token } }
      - name: cart
        path: /cart
        headers: { authorization: "Bearer {{ token }}" }
        check: [ { json: $.items, not_empty: true } ]
      - { name: pay, method: POST, path: /pay, expect_status: [201] }
`;

describe('flow iterations', () => {
  it('runs every step in order, carrying the capture, and ends completed', () => {
    const random = createRandomSource(1);
    const iteration = startIteration(compileFlow(flowOf(SHOP)));
    assert.equal(currentStep(iteration).name, 'login');
    const first = completeStep(iteration, reply({ token: 'T-1' }, 200, ['Set-Cookie: sid=9; Path=/']), random);
    assert.deepEqual(first.judgement, { ok: true });
    assert.equal(first.next.kind, 'step');
    assert.ok(first.next.kind === 'step' && first.next.pauseMs >= 10 && first.next.pauseMs <= 20);
    assert.equal(iteration.vars.token, 'T-1');
    assert.equal(iteration.cookies!.header('http://127.0.0.1:1/cart'), 'sid=9');
    assert.deepEqual(completeStep(iteration, reply({ items: [1] }), random).judgement, { ok: true });
    const last = completeStep(iteration, reply('', 201), random);
    assert.deepEqual(last, { judgement: { ok: true }, next: { kind: 'end', completed: true, pauseMs: 1000 } });
  });

  it('ends the iteration when a capture finds nothing, whatever on_failure says', () => {
    const iteration = startIteration(compileFlow(flowOf(SHOP.replace('cookies: true', 'on_failure: continue'))));
    const { judgement, next } = completeStep(iteration, reply({ nope: 1 }), createRandomSource(1));
    assert.equal(judgement.ok, false);
    assert.ok(!judgement.ok && judgement.errorClass === 'capture' && /json \$\.token → token found nothing/.test(judgement.message));
    assert.deepEqual(next, { kind: 'end', completed: false, pauseMs: 1000 });
  });

  it('a failed check aborts by default', () => {
    const random = createRandomSource(1);
    const iteration = startIteration(compileFlow(flowOf(SHOP)));
    completeStep(iteration, reply({ token: 'T' }), random);
    const { judgement, next } = completeStep(iteration, reply({ items: [] }), random);
    assert.ok(!judgement.ok && judgement.errorClass === 'check' && /not_empty: found an empty array/.test(judgement.message));
    assert.equal(next.kind, 'end');
    assert.equal(next.kind === 'end' && next.completed, false);
  });

  it('with on_failure: continue a failed check goes on, and the iteration is not completed', () => {
    const random = createRandomSource(1);
    const iteration = startIteration(compileFlow(flowOf(SHOP.replace('cookies: true', 'on_failure: continue'))));
    completeStep(iteration, reply({ token: 'T' }), random);
    const afterCheck = completeStep(iteration, reply({ items: [] }), random);
    assert.equal(afterCheck.next.kind, 'step');
    const last = completeStep(iteration, reply('', 201), random);
    assert.deepEqual(last.next, { kind: 'end', completed: false, pauseMs: 1000 });
  });

  it('an unexpected status is a status error that comes before captures and checks', () => {
    const iteration = startIteration(compileFlow(flowOf(SHOP)));
    const { judgement } = completeStep(iteration, reply({ token: 'T' }, 500), createRandomSource(1));
    assert.deepEqual(judgement, { ok: false, errorClass: 'status', message: 'unexpected status 500' });
  });

  it('a transport failure keeps its class and ends a step that captures', () => {
    const iteration = startIteration(compileFlow(flowOf(SHOP.replace('cookies: true', 'on_failure: continue'))));
    const { judgement, next } = completeStep(iteration, { kind: 'failure', errorClass: 'refused', message: 'ECONNREFUSED' }, createRandomSource(1));
    assert.deepEqual(judgement, { ok: false, errorClass: 'refused', message: 'ECONNREFUSED' });
    assert.equal(next.kind, 'end');
  });

  it('refuses a captured value with a line break when a later header sends it', () => {
    const iteration = startIteration(compileFlow(flowOf(SHOP)));
    const { judgement } = completeStep(iteration, reply({ token: 'a\r\nx-evil: 1' }), createRandomSource(1));
    assert.ok(!judgement.ok && judgement.errorClass === 'capture' && /control character/.test(judgement.message));
  });

  it('starts from the feeder row, captures adding to it', () => {
    const flow = flowOf(`  - name: f
    feeder: { file: users.csv }
    steps:
      - { name: a, path: "/u/{{ user }}", capture: { json: $.id, as: id } }
      - { name: b, path: "/v/{{ user }}/{{ id }}/{{ pin }}" }
`);
    assert.deepEqual(flow.feeder!.columnsUsed.map((u) => u.column), ['user', 'user', 'pin']);
    const iteration = startIteration(compileFlow(flow), { user: 'alice', pin: '1' });
    assert.equal(iteration.vars.user, 'alice');
    completeStep(iteration, reply({ id: 5 }), createRandomSource(1));
    assert.deepEqual({ ...iteration.vars }, { user: 'alice', pin: '1', id: '5' });
  });

  it('masks nothing it did not capture: captured values are listed for masking', async () => {
    const { capturedValues } = await import('../../src/flow/iteration.js');
    const iteration = startIteration(compileFlow(flowOf(SHOP)), { plain: 'row-value' });
    completeStep(iteration, reply({ token: 'T-secret' }), createRandomSource(1));
    assert.deepEqual(capturedValues(iteration), ['T-secret']);
  });
});
