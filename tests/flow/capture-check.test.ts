import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyCaptures, captureValue } from '../../src/flow/capture.js';
import { checkFailure, runChecks } from '../../src/flow/check.js';
import { viewResponse, type StepAnswer } from '../../src/flow/response.js';
import { parseJsonPath, type JsonPathSegment } from '../../src/flow/json-path.js';
import type { Capture, Check } from '../../src/profile/types.js';

function answer(body: string, headers: string[] = [], status = 200): StepAnswer {
  return {
    status,
    head: Buffer.from(`HTTP/1.1 ${status} OK\r\n${headers.map((h) => `${h}\r\n`).join('')}\r\n`, 'latin1'),
    body: Buffer.from(body),
  };
}

function segments(text: string): JsonPathSegment[] {
  return parseJsonPath(text) as JsonPathSegment[];
}

const json = (path: string, as: string): Capture => ({ as, from: { kind: 'json', path, segments: segments(path) } });

describe('response headers', () => {
  it('finds names case-insensitively, keeps repeats in order and trims values', () => {
    const view = viewResponse(answer('', ['Set-Cookie: a=1', 'X-Id:  42 ', 'set-cookie: b=2', 'Set-Cookie2: c=3', 'bad line', ' folded: no', 'x-empty:']));
    assert.deepEqual(view.header('set-cookie'), ['a=1', 'b=2']);
    assert.deepEqual(view.header('x-id'), ['42']);
    assert.deepEqual(view.header('x-empty'), ['']);
    assert.deepEqual(view.header('folded'), []);
    assert.deepEqual(view.header('http/1.1 200 ok'), [], 'the status line is not a header');
    assert.deepEqual(view.header('content-type'), []);
  });
});

describe('captures', () => {
  const body = JSON.stringify({ token: 'tok-123', user: { id: 42, admin: false }, tags: ['a'], nothing: null });
  const cases: [string, Capture, string, string | RegExp][] = [
    ['a JSON string as it is', json('$.token', 't'), body, 'tok-123'],
    ['a JSON number as text', json('$.user.id', 'id'), body, '42'],
    ['a JSON boolean as text', json('$.user.admin', 'a'), body, 'false'],
    ['a JSON list as JSON', json('$.tags', 'tags'), body, '["a"]'],
    ['a missing JSON value', json('$.user.name', 'n'), body, /no value at \$\.user\.name/],
    ['a JSON null', json('$.nothing', 'n'), body, /no value at \$\.nothing/],
    ['a body that is not JSON', json('$.token', 't'), '<html>', /the body is not JSON/],
    ['an empty body', json('$.token', 't'), '', /the body is empty/],
    ['a header', { as: 'rid', from: { kind: 'header', name: 'x-request-id' } }, body, 'r-9'],
    ['a missing header', { as: 'x', from: { kind: 'header', name: 'x-missing' } }, body, /no x-missing header/],
    ['a regex group', { as: 'id', from: { kind: 'regex', pattern: 'id="(\\d+)"', group: 1 } }, '<a id="77">', '77'],
    ['a whole regex match', { as: 'id', from: { kind: 'regex', pattern: '\\d+', group: 0 } }, 'order 991 ok', '991'],
    ['a regex that does not match', { as: 'id', from: { kind: 'regex', pattern: 'id="(\\d+)"', group: 1 } }, 'none', /does not match/],
    ['a group that took no part', { as: 'id', from: { kind: 'regex', pattern: 'a(x)?b', group: 1 } }, 'ab', /group 1 took no part/],
  ];
  for (const [what, capture, text, expected] of cases) {
    it(`captures ${what}`, () => {
      const result = captureValue(capture, viewResponse(answer(text, ['X-Request-Id: r-9'])));
      if (typeof expected === 'string') assert.deepEqual(result, { value: expected });
      else assert.match((result as { missing: string }).missing, expected);
    });
  }

  it('fills variables in order and stops at the first capture that finds nothing', () => {
    const vars = Object.create(null) as Record<string, string>;
    const error = applyCaptures([json('$.token', 'token'), json('$.user.name', 'name'), json('$.user.id', 'id')], viewResponse(answer(body)), vars);
    assert.deepEqual({ ...vars }, { token: 'tok-123' });
    assert.match(error!, /^capture json \$\.user\.name → name found nothing/);
    assert.doesNotMatch(error!, /tok-123/);
  });
});

describe('checks', () => {
  const body = JSON.stringify({ status: 'ok', count: 3, items: [1], none: [], obj: { a: 1, b: [2] }, errors: [] });
  const cases: [string, Check, string, RegExp | undefined][] = [
    ['body contains: present', { kind: 'body_contains', text: '"ok"' }, body, undefined],
    ['body contains: absent', { kind: 'body_contains', text: 'paid' }, body, /body_contains "paid": not in the body/],
    ['equals a string', { kind: 'json_equals', path: '$.status', segments: segments('$.status'), expected: 'ok' }, body, undefined],
    ['equals: another string', { kind: 'json_equals', path: '$.status', segments: segments('$.status'), expected: 'done' }, body, /equals "done": found "ok"/],
    ['equals: a number is not its text', { kind: 'json_equals', path: '$.count', segments: segments('$.count'), expected: '3' }, body, /found 3/],
    ['equals an object, key order aside', { kind: 'json_equals', path: '$.obj', segments: segments('$.obj'), expected: { b: [2], a: 1 } }, body, undefined],
    ['equals: missing', { kind: 'json_equals', path: '$.gone', segments: segments('$.gone'), expected: 1 }, body, /found nothing/],
    ['not empty: an array with items', { kind: 'json_not_empty', path: '$.items', segments: segments('$.items') }, body, undefined],
    ['not empty: an empty array', { kind: 'json_not_empty', path: '$.none', segments: segments('$.none') }, body, /found an empty array/],
    ['not empty: not an array', { kind: 'json_not_empty', path: '$.status', segments: segments('$.status') }, body, /"ok", not an array/],
    ['not empty: missing', { kind: 'json_not_empty', path: '$.gone', segments: segments('$.gone') }, body, /found nothing/],
    ['json check on a non-JSON body', { kind: 'json_not_empty', path: '$.items', segments: segments('$.items') }, 'oops', /the body is not JSON/],
    ['GraphQL: an empty errors list passes', { kind: 'graphql_no_errors' }, body, undefined],
    ['GraphQL: no errors key passes', { kind: 'graphql_no_errors' }, '{"data":{"me":{"id":1}}}', undefined],
    ['GraphQL: a 200 with errors fails', { kind: 'graphql_no_errors' }, '{"data":null,"errors":[{"message":"Cannot query field \\"x\\""},{"message":"y"}]}', /has 2 errors: "Cannot query field/],
  ];
  for (const [what, check, text, expected] of cases) {
    it(what, () => {
      const failure = checkFailure(check, viewResponse(answer(text)));
      if (expected === undefined) assert.equal(failure, undefined);
      else assert.match(failure ?? '(passed)', expected);
    });
  }

  it('masks captured values quoted from the response, before shortening', () => {
    const secret = `eyJ${'x'.repeat(80)}`;
    const check: Check = { kind: 'json_equals', path: '$.t', segments: segments('$.t'), expected: 'other' };
    const failure = runChecks([check], viewResponse(answer(JSON.stringify({ t: secret }))), [secret]);
    assert.match(failure!, /found "\*\*\*"/);
    assert.doesNotMatch(failure!, /eyJ/);
  });

  it('reports the first failing check only', () => {
    const checks: Check[] = [{ kind: 'body_contains', text: 'ok' }, { kind: 'body_contains', text: 'first' }, { kind: 'body_contains', text: 'second' }];
    assert.match(runChecks(checks, viewResponse(answer(body)))!, /"first"/);
  });
});
