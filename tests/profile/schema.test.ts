/**
 * Keeps schemas/profile.schema.json and the parser from drifting apart: what the parser accepts the
 * schema must accept, and the mistakes a schema can express must be refused by both.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse } from 'yaml';
import { parseProfile } from '../../src/profile/parse.js';

const root = new URL('../../', import.meta.url);
const schema = JSON.parse(readFileSync(new URL('schemas/profile.schema.json', root), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, strictRequired: false }).compile(schema);
const fixtures = readdirSync(new URL('fixtures/profiles/', root)).filter((f) => f.endsWith('.yml'));
const readFixture = (name: string) => readFileSync(new URL(`fixtures/profiles/${name}`, root), 'utf8');

function schemaAccepts(text: string): boolean {
  return validate(parse(text)) === true;
}

function parserAccepts(text: string): boolean {
  return parseProfile(text, 'profile.yml').ok;
}

test('there are valid and invalid fixtures to check', () => {
  assert.ok(fixtures.some((f) => !f.startsWith('invalid-')));
  assert.ok(fixtures.some((f) => f.startsWith('invalid-')));
});

for (const name of fixtures.filter((f) => !f.startsWith('invalid-'))) {
  test(`valid fixture ${name} passes the parser and the schema`, () => {
    const text = readFixture(name);
    assert.ok(parserAccepts(text), `parser rejects ${name}`);
    assert.ok(schemaAccepts(text), `schema rejects ${name}: ${JSON.stringify(validate.errors)}`);
  });
}

test('the unknown-key fixture is refused by both, at the same key', () => {
  const text = readFixture('invalid-unknown-key.yml');
  assert.equal(schemaAccepts(text), false);
  assert.ok(validate.errors?.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'metod'));
  const outcome = parseProfile(text, 'invalid-unknown-key.yml');
  assert.equal(outcome.ok, false);
  assert.deepEqual(outcome.ok ? [] : outcome.problems.map((p) => p.path), ['endpoints[0].metod']);
});

test('every property in the schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, at: string) => {
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as { properties?: Record<string, unknown> }).properties;
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (typeof (value as { description?: unknown }).description !== 'string') missing.push(`${at}.${key}`);
    }
    for (const [key, value] of Object.entries(node)) visit(value, `${at}.${key}`);
  };
  visit(schema, '#');
  assert.deepEqual(missing, []);
});

const HEAD = 'name: p\nendpoints:\n  - name: e\n    path: /\n';

const refusedByBoth: [what: string, text: string][] = [
  ['unknown top-level key', `${HEAD}colour: red\n`],
  ['unknown load key', `${HEAD}load:\n  rat: 10\n`],
  ['unknown endpoint key', `${HEAD}    metod: GET\n`],
  ['unknown threshold metric', `${HEAD}thresholds:\n  p100: 1s\n`],
  ['unknown tier', `${HEAD}thresholds:\n  p95: {crit: 1s}\n`],
  ['unknown regression key', `${HEAD}regression:\n  beta: 0.1\n`],
  ['unknown severity key', `${HEAD}regression:\n  severity: {huge: 90%}\n`],
  ['unknown readiness key', `${HEAD}readiness:\n  url: /\n`],
  ['name missing', 'endpoints: [{name: e, path: /}]\n'],
  ['name charset', 'name: a b\nendpoints: [{name: e, path: /}]\n'],
  ['name too long', `name: ${'n'.repeat(65)}\nendpoints: [{name: e, path: /}]\n`],
  ['target scheme', `${HEAD}target: ftp://host\n`],
  ['target query', `${HEAD}target: http://host/?q=1\n`],
  ['endpoints missing', 'name: p\n'],
  ['endpoints empty', 'name: p\nendpoints: []\n'],
  ['connections zero', `${HEAD}load:\n  connections: 0\n`],
  ['connections fractional', `${HEAD}load:\n  connections: 1.5\n`],
  ['duration bare number', `${HEAD}load:\n  duration: 30\n`],
  ['duration in words', `${HEAD}load:\n  duration: 5 minutes\n`],
  ['duration units out of order', `${HEAD}load:\n  duration: 30s1m\n`],
  ['trials one', `${HEAD}load:\n  trials: 1\n`],
  ['method unknown', `${HEAD}    method: FETCH\n`],
  ['path without slash', 'name: p\nendpoints:\n  - name: e\n    path: api\n'],
  ['path missing', 'name: p\nendpoints:\n  - name: e\n'],
  ['header value a number', `${HEAD}    headers: {x-a: 5}\n`],
  ['header name invalid', `${HEAD}    headers: {"x y": v}\n`],
  ['body and json', `${HEAD}    body: x\n    json: 1\n`],
  ['weight zero', `${HEAD}    weight: 0\n`],
  ['expect_status 600', `${HEAD}    expect_status: [600]\n`],
  ['error rate 5', `${HEAD}thresholds:\n  error_rate: 5\n`],
  ['throughput zero', `${HEAD}thresholds:\n  throughput: 0\n`],
  ['empty tiers', `${HEAD}thresholds:\n  p95: {}\n`],
  ['metric unknown', `${HEAD}regression:\n  metrics: [p75]\n`],
  ['metric twice', `${HEAD}regression:\n  metrics: [p50, p50]\n`],
  ['alpha 0.5', `${HEAD}regression:\n  alpha: 0.5\n`],
  ['severity bare 25', `${HEAD}regression:\n  severity: {major: 25}\n`],
  ['unknown recovery key', `${HEAD}load:\n  rate: 10\n  shape: spike\n  spike_rate: 50\n  recovery: {window: 1s}\n`],
  ['recovery settle bare number', `${HEAD}load:\n  rate: 10\n  shape: spike\n  spike_rate: 50\n  recovery: {settle: 3}\n`],
];

for (const [what, text] of refusedByBoth) {
  test(`refused by schema and parser: ${what}`, () => {
    assert.equal(parserAccepts(text), false, 'parser accepts it');
    assert.equal(schemaAccepts(text), false, 'schema accepts it');
  });
}
