import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseTemplate, renderTemplate, type TemplateContext, type TemplatePart } from '../../src/profile/template.js';
import { resolveTemplateEnvironment } from '../../src/profile/env.js';
import { createRandomSource } from '../../src/plan/random.js';
import { parseProfile } from '../../src/profile/parse.js';

function parts(text: string, context: TemplateContext = 'raw'): TemplatePart[] {
  const parsed = parseTemplate(text, context);
  assert.ok(typeof parsed !== 'string', String(parsed));
  return parsed;
}

function renderMany(text: string, seed: number, count: number, context: TemplateContext = 'raw', env: Record<string, string> = { TOKEN: 'sekret' }): string[] {
  const p = parts(text, context);
  const ctx = { random: createRandomSource(seed), requestNumber: 0, env };
  const out: string[] = [];
  for (let i = 0; i < count; i++, ctx.requestNumber++) out.push(renderTemplate(p, ctx, context));
  return out;
}

describe('templates', () => {
  it('parses every form', () => {
    assert.deepEqual(parts('/items/{{ int 1 100 }}?c={{choice red green}}&n={{ seq 10 }}&id={{ uuid }}&t={{ env TOKEN }}'), [
      { kind: 'text', text: '/items/' },
      { kind: 'int', min: 1, max: 100 },
      { kind: 'text', text: '?c=' },
      { kind: 'choice', items: ['red', 'green'] },
      { kind: 'text', text: '&n=' },
      { kind: 'seq', start: 10 },
      { kind: 'text', text: '&id=' },
      { kind: 'uuid' },
      { kind: 'text', text: '&t=' },
      { kind: 'env', name: 'TOKEN' },
    ]);
  });

  const bad: [string, RegExp][] = [
    ['{{ int 5 }}', /int needs two whole numbers/],
    ['{{ int 9 1 }}', /the first bound must not exceed the second/],
    ['{{ choice }}', /choice needs at least one item/],
    ['{{ seq x }}', /seq takes at most one whole number/],
    ['{{ env 1A }}', /env needs one variable name/],
    ['{{ random }}', /"random" is not a template expression \(use int A B, choice/],
    ['/a/{{ int 1 2', /^a "\{\{" is never closed by "\}\}" \(expressions are .*; write \{\{ "\{\{" \}\} for a literal "\{\{"\)$/],
    ['{{ uuid }} and {{ open', /is never closed/],
  ];
  for (const [text, message] of bad) it(`refuses ${text}`, () => assert.match(String(parseTemplate(text)), message));

  it('takes a "}}" outside an expression as text, and {{ "{{" }} as a literal "{{"', () => {
    // A templated JSON body with a nested object: JSON.stringify ends it in "}}".
    assert.deepEqual(parseTemplate('{"id":"{{ uuid }}","meta":{"a":1}}'), [
      { kind: 'text', text: '{"id":"' },
      { kind: 'uuid' },
      { kind: 'text', text: '","meta":{"a":1}}' },
    ]);
    assert.deepEqual(renderMany('{{ "{{" }} name }}-{{ seq }}', 1, 2), ['{{ name }}-1', '{{ name }}-2']);
    // In a json: body the quotes arrive escaped: {"note":"{{ \"{{\" }} x"} renders as {"note":"{{ x"}.
    const body = JSON.stringify({ note: '{{ "{{" }} x' });
    assert.deepEqual(renderMany(body, 1, 1, 'json'), ['{"note":"{{ x"}']);
  });

  it('encodes each value for where it lands: JSON string, path, header, raw body', () => {
    const secret = 'a"b\\c\nd/e?f&g=h i';
    const env = { SECRET: secret };
    const body = JSON.stringify({ token: 'x-{{ env SECRET }}', role: 'user' });
    const [json] = renderMany(body, 1, 1, 'json', env);
    assert.deepEqual(JSON.parse(json), { token: `x-${secret}`, role: 'user' });
    assert.deepEqual(renderMany('/t/{{ env SECRET }}?q={{ env SECRET }}', 1, 1, 'path', env), [
      '/t/a%22b%5Cc%0Ad%2Fe%3Ff%26g%3Dh%20i?q=a%22b%5Cc%0Ad%2Fe%3Ff%26g%3Dh%20i',
    ]);
    assert.deepEqual(renderMany('{{ env SECRET }}', 1, 1, 'raw', env), [secret]);
  });

  it('takes quoted choice items whole, spaces included, and refuses a quote left open', () => {
    assert.deepEqual(parts('{{ choice "red shoes" blue }}'), [{ kind: 'choice', items: ['red shoes', 'blue'] }]);
    assert.deepEqual(new Set(renderMany('{{ choice "red shoes" blue }}', 3, 50)), new Set(['red shoes', 'blue']));
    // In a json: body the item's quotes arrive escaped, and come out as plain JSON text.
    const body = JSON.stringify({ q: '{{ choice "red \\ shoes" }}' });
    assert.deepEqual(JSON.parse(renderMany(body, 1, 1, 'json')[0]), { q: 'red \\ shoes' });
    assert.match(String(parseTemplate('{{ choice "red shoes }}')), /a quote must open and close a whole item/);
    assert.match(String(parseTemplate('{{ choice a"b }}')), /a quote must open and close a whole item/);
  });

  it('renders the same values for the same seed, other values for another seed', () => {
    const text = '/u/{{ int 1 1000000 }}/{{ choice a b c d }}/{{ uuid }}';
    const first = renderMany(text, 5, 200);
    assert.deepEqual(renderMany(text, 5, 200), first);
    assert.notDeepEqual(renderMany(text, 6, 200), first);
    assert.ok(new Set(first).size > 190, 'values vary from request to request');
  });

  it('seq counts requests from its start; int stays in range; env reads the value', () => {
    assert.deepEqual(renderMany('{{ seq }},{{ seq 100 }}', 1, 3), ['1,100', '2,101', '3,102']);
    for (const v of renderMany('{{ int -3 3 }}', 2, 500)) assert.ok(Number(v) >= -3 && Number(v) <= 3);
    assert.deepEqual(renderMany('Bearer {{ env TOKEN }}', 1, 1), ['Bearer sekret']);
  });
});

describe('templates in profiles', () => {
  const profile = (endpoint: string) => parseProfile(`name: p\nendpoints:\n  - name: e\n${endpoint}`, 'p.yml');

  it('accepts templates in path, headers and body (spaces inside braces are fine in a path)', () => {
    const outcome = profile('    path: /items/{{ int 1 10 }}\n    headers: { authorization: "Bearer {{ env API_TOKEN }}" }\n    json: { id: "{{ uuid }}" }\n    timeout: 2s\n');
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
    assert.equal(outcome.profile.endpoints[0].timeoutMs, 2000);
  });

  it('reports a bad template with its field', () => {
    const outcome = profile('    path: /items/{{ intt 1 10 }}\n    headers: { x-a: "{{ env }}" }\n');
    assert.ok(!outcome.ok);
    assert.deepEqual(outcome.problems.map((p) => p.path), ['endpoints[0].path', 'endpoints[0].headers.x-a']);
    assert.match(outcome.problems[0].message, /"intt" is not a template expression/);
  });

  it('still refuses a space outside the braces', () => {
    const outcome = profile('    path: /a b/{{ seq }}\n');
    assert.ok(!outcome.ok);
    assert.match(outcome.problems[0].message, /contains a space/);
  });

  it('names every missing environment variable and where it is used, never a value', () => {
    const outcome = profile('    path: /x?k={{ env KEY_A }}\n    headers: { authorization: "{{ env KEY_B }}", x-c: "{{ env KEY_C }}" }\n');
    assert.ok(outcome.ok);
    assert.throws(
      () => resolveTemplateEnvironment(outcome.profile.endpoints, { KEY_C: 'value-c' }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'LOADGATE_ENV_MISSING');
        assert.match(err.message, /KEY_A \(used in endpoints\[0\]\.path\), KEY_B \(used in endpoints\[0\]\.headers\.authorization\)/);
        assert.doesNotMatch(err.message, /value-c/);
        return true;
      },
    );
    assert.deepEqual(resolveTemplateEnvironment(outcome.profile.endpoints, { KEY_A: 'a', KEY_B: 'b', KEY_C: 'c' }), { KEY_A: 'a', KEY_B: 'b', KEY_C: 'c' });
  });
});

describe('template environment', () => {
  function profileReading(lines: string[]) {
    const outcome = parseProfile(['name: t', 'endpoints:', ...lines, ''].join('\n'), 't.yml');
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
    return outcome.profile.endpoints;
  }

  it('refuses runner internals (ACTIONS_*, INPUT_*) even when they are set, without their values', () => {
    const endpoints = profileReading([
      '  - { name: a, path: "/{{ env ACTIONS_RUNTIME_TOKEN }}", headers: { x: "{{ env INPUT_GITHUB_TOKEN }}" } }',
    ]);
    assert.throws(
      () => resolveTemplateEnvironment(endpoints, { ACTIONS_RUNTIME_TOKEN: 'rt-value', INPUT_GITHUB_TOKEN: 'gh-value' }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'LOADGATE_ENV_INVALID');
        assert.match(err.message, /runner internals[^\n]*ACTIONS_RUNTIME_TOKEN \(used in endpoints\[0\]\.path\), INPUT_GITHUB_TOKEN \(used in endpoints\[0\]\.headers\.x\)/);
        assert.doesNotMatch(err.message, /rt-value|gh-value/);
        return true;
      },
    );
  });

  it('refuses a line break only where the value lands in a header', () => {
    const inBody = profileReading(['  - { name: a, path: "/{{ env S }}", json: { s: "{{ env S }}" } }']);
    assert.deepEqual(resolveTemplateEnvironment(inBody, { S: 'a\nb' }), { S: 'a\nb' });
    const inHeader = profileReading(['  - { name: a, path: "/{{ env S }}", headers: { x-s: "{{ env S }}" } }']);
    assert.throws(() => resolveTemplateEnvironment(inHeader, { S: 'a\r\nb' }), /used in a header value[^\n]*S \(used in endpoints\[0\]\.headers\.x-s\)/);
  });
});
