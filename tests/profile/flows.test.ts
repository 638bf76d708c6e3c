/**
 * The `flows:` grammar: a full flow read into its validated form, and one case per class of
 * mistake with the YAML path and line it must carry; feeder files read with the profile.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseProfile } from '../../src/profile/parse.js';
import { readProfileFile } from '../../src/profile/read-file.js';
import { profileFingerprint } from '../../src/profile/fingerprint.js';
import { resolveTemplateEnvironment } from '../../src/profile/env.js';

const FULL = `name: shop
endpoints:
  - { name: home, path: / }
flows:
  - name: checkout
    weight: 3
    think_time: { min: 100ms, max: 300ms }
    iteration_think_time: 1s
    cookies: true
    on_failure: continue
    thresholds: { p95: { major: 2s } }
    feeder: { file: data/users.csv, order: unique }
    steps:
      - name: login
        method: POST
        path: /login
        json: { user: "{{ username }}", password: "{{ password }}" }
        expect_status: 200
        capture:
          - { json: $.token, as: token }
          - { header: x-session, as: session }
          - { regex: 'cart-(\\d+)', as: cart }
      - name: cart
        path: /cart/{{ cart }}
        headers: { authorization: "Bearer {{ token }}" }
        check:
          - { body_contains: ok }
          - { json: $.items, not_empty: true }
          - { json: $.state, equals: open }
          - { graphql: no_errors }
`;

describe('flows in a profile', () => {
  it('reads a full flow', () => {
    const outcome = parseProfile(FULL, 'p.yml');
    assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
    const [flow] = outcome.profile.flows!;
    assert.equal(flow.name, 'checkout');
    assert.equal(flow.weight, 3);
    assert.deepEqual(flow.thinkTime, { minMs: 100, maxMs: 300 });
    assert.deepEqual(flow.iterationThinkTime, { minMs: 1000, maxMs: 1000 });
    assert.equal(flow.cookies, true);
    assert.equal(flow.onFailure, 'continue');
    assert.equal(flow.line, 5);
    assert.deepEqual(flow.thresholds, [{ metric: 'p95', severity: 'major', limit: 2000 }]);
    assert.deepEqual(
      { ...flow.feeder, columnsUsed: flow.feeder!.columnsUsed.map((u) => `${u.column}@${u.where}:${u.line}`) },
      { file: 'data/users.csv', format: 'csv', order: 'unique', where: 'flows[0].feeder.file', line: 12, columnsUsed: ['username@flows[0].steps[0].json:17', 'password@flows[0].steps[0].json:17'] },
    );
    const [login, cart] = flow.steps;
    assert.equal(login.method, 'POST');
    assert.equal(login.headers['content-type'], 'application/json');
    assert.deepEqual(login.expectStatus, [200]);
    assert.equal(login.line, 14);
    assert.deepEqual(login.captures.map((c) => [c.as, c.from.kind]), [['token', 'json'], ['session', 'header'], ['cart', 'regex']]);
    assert.deepEqual(login.captures[2].from, { kind: 'regex', pattern: 'cart-(\\d+)', group: 1 });
    assert.deepEqual(cart.checks.map((c) => c.kind), ['body_contains', 'json_not_empty', 'json_equals', 'graphql_no_errors']);
    assert.equal(cart.path, '/cart/{{ cart }}');
  });

  it('needs no endpoints when flows are given', () => {
    const outcome = parseProfile('name: p\nflows:\n  - { name: f, steps: [ { name: s, path: / } ] }\n', 'p.yml');
    assert.ok(outcome.ok);
    assert.deepEqual(outcome.profile.endpoints, []);
  });

  it('keeps the fingerprint of a profile without flows, and changes it with a flow step', () => {
    const plain = parseProfile('name: p\nendpoints: [ { name: e, path: / } ]\n', 'p.yml');
    assert.ok(plain.ok);
    assert.equal(profileFingerprint(plain.profile), profileFingerprint({ ...plain.profile, flows: undefined }));
    const a = parseProfile(FULL, 'p.yml');
    const b = parseProfile(FULL.replace('path: /cart/{{ cart }}', 'path: /basket/{{ cart }}'), 'p.yml');
    assert.ok(a.ok && b.ok);
    assert.notEqual(profileFingerprint(a.profile), profileFingerprint(b.profile));
  });

  it('finds environment variables read in flow steps, next to captured variables', () => {
    const outcome = parseProfile('name: p\nflows:\n  - name: f\n    steps:\n      - { name: a, path: /a, capture: { json: $.t, as: t } }\n      - { name: b, path: "/b/{{ t }}", headers: { x-key: "{{ env API_KEY }}" } }\n', 'p.yml');
    assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
    assert.throws(() => resolveTemplateEnvironment(outcome.profile.endpoints, {}, outcome.profile.flows), /API_KEY \(used in flows\[0\]\.steps\[1\]\.headers\.x-key\)/);
    assert.deepEqual(resolveTemplateEnvironment(outcome.profile.endpoints, { API_KEY: 'k' }, outcome.profile.flows), { API_KEY: 'k' });
  });
});

/** Lines 1-5; a case's lines follow from line 6 inside the flow (indented by four spaces). */
const HEAD = 'name: p\nendpoints: [ { name: home, path: / } ]\nflows:\n  - name: f\n    steps:\n';
const STEP = '      - { name: a, path: /a, capture: { json: $.token, as: token } }\n';

type Case = [what: string, text: string, path: string, line: number, message: RegExp];

const cases: Case[] = [
  ['an unknown variable', `${HEAD}${STEP}      - { name: b, path: "/b/{{ tokn }}" }\n`, 'flows[0].steps[1].path', 7,
    /^\{\{ tokn \}\} in step "b" is not a variable of flow "f" \(earlier steps capture token; add a capture or a feeder\); did you mean "token"\?$/],
  ['a variable in the first step with nothing captured', `${HEAD}      - { name: a, path: /a, headers: { x-id: "{{ id }}" } }\n`, 'flows[0].steps[0].headers.x-id', 6,
    /no earlier step captures anything/],
  ['a capture used before it is defined', `${HEAD}      - { name: a, path: "/a/{{ token }}" }\n      - { name: b, path: /b, capture: { json: $.token, as: token } }\n`, 'flows[0].steps[0].path', 6,
    /^\{\{ token \}\} is captured by step "b" \(flows\[0\]\.steps\[1\]\), which runs later/],
  ['a capture used by its own step', `${HEAD}      - { name: a, path: "/a/{{ token }}", capture: { json: $.token, as: token } }\n`, 'flows[0].steps[0].path', 6,
    /which is this step/],
  ['a variable in a json body', `${HEAD}${STEP}      - { name: b, path: /b, method: POST, json: { t: "{{ nope }}" } }\n`, 'flows[0].steps[1].json', 7, /\{\{ nope \}\} in step "b"/],
  ['a variable in a plain endpoint', 'name: p\nendpoints:\n  - { name: e, path: "/{{ token }}" }\n', 'endpoints[0].path', 3, /"token" is not a template expression/],
  ['a bad JSON path', `${HEAD}      - { name: a, path: /a, capture: { json: "$..x", as: x } }\n`, 'flows[0].steps[0].capture.json', 6, /after "\." comes a key name/],
  ['a filter expression', `${HEAD}      - { name: a, path: /a, capture: { json: "$.a[?(@.b)]", as: x } }\n`, 'flows[0].steps[0].capture.json', 6, /filters and wildcards are not supported/],
  ['a capture without as', `${HEAD}      - { name: a, path: /a, capture: { json: $.x } }\n`, 'flows[0].steps[0].capture.as', 6, /^is required \(the variable name/],
  ['a capture named like an expression', `${HEAD}      - { name: a, path: /a, capture: [ { json: $.x, as: uuid } ] }\n`, 'flows[0].steps[0].capture[0].as', 6, /"uuid" is not a variable name/],
  ['a capture of two kinds', `${HEAD}      - { name: a, path: /a, capture: { json: $.x, header: x-y, as: x } }\n`, 'flows[0].steps[0].capture', 6, /gives json and header; give exactly one of json, header, regex/],
  ['a bad regex', `${HEAD}      - { name: a, path: /a, capture: { regex: "a(b", as: x } }\n`, 'flows[0].steps[0].capture.regex', 6, /is not a valid regular expression/],
  ['a regex group it does not have', `${HEAD}      - { name: a, path: /a, capture: { regex: "a(b)", group: 2, as: x } }\n`, 'flows[0].steps[0].capture.group', 6, /2 is not a group of this regex \(it has 1/],
  ['a group on a json capture', `${HEAD}      - { name: a, path: /a, capture: { json: $.x, group: 1, as: x } }\n`, 'flows[0].steps[0].capture.group', 6, /belongs to a regex capture/],
  ['a json check without equals or not_empty', `${HEAD}      - { name: a, path: /a, check: { json: $.x } }\n`, 'flows[0].steps[0].check', 6, /needs exactly one of equals/],
  ['not_empty false', `${HEAD}      - { name: a, path: /a, check: { json: $.x, not_empty: false } }\n`, 'flows[0].steps[0].check.not_empty', 6, /false is not true/],
  ['equals on a body check', `${HEAD}      - { name: a, path: /a, check: { body_contains: ok, equals: 1 } }\n`, 'flows[0].steps[0].check.equals', 6, /belongs to a json check/],
  ['an unknown GraphQL check', `${HEAD}      - { name: a, path: /a, check: { graphql: ok } }\n`, 'flows[0].steps[0].check.graphql', 6, /"ok" is not a GraphQL check \(use no_errors/],
  ['an unknown check key', `${HEAD}      - { name: a, path: /a, check: { body_has: ok } }\n`, 'flows[0].steps[0].check.body_has', 6, /unknown key/],
  ['weight on a step', `${HEAD}      - { name: a, path: /a, weight: 2 }\n`, 'flows[0].steps[0].weight', 6, /unknown key .*capture, check\)$/],
  ['two steps with one name', `${HEAD}      - { name: a, path: /a }\n      - { name: a, path: /b }\n`, 'flows[0].steps[1].name', 7, /"a" is already the name of flows\[0\]\.steps\[0\]/],
  ['a flow named like an endpoint', 'name: p\nendpoints: [ { name: home, path: / } ]\nflows:\n  - name: home\n    steps: [ { name: a, path: / } ]\n', 'flows[0].name', 4, /"home" is already the name of endpoints\[0\]/],
  ['no steps', 'name: p\nflows:\n  - name: f\n    steps: []\n', 'flows[0].steps', 4, /an empty list is not a list of steps/],
  ['a bad feeder file name', `${HEAD}${STEP}    feeder: { file: users.txt }\n`, 'flows[0].feeder.file', 7, /"users.txt" is not a \.csv or \.json file name/],
  ['a bad feeder order', `${HEAD}${STEP}    feeder: { file: u.csv, order: shuffled }\n`, 'flows[0].feeder.order', 7, /"shuffled" is not a feeder order \(use sequential, random, unique\)/],
  ['bad on_failure', `${HEAD}${STEP}    on_failure: retry\n`, 'flows[0].on_failure', 7, /"retry" is not abort or continue/],
  ['bad think time', `${HEAD}${STEP}    think_time: 5\n`, 'flows[0].think_time', 7, /5 has no unit/],
  ['cookies not a boolean', `${HEAD}${STEP}    cookies: yes please\n`, 'flows[0].cookies', 7, /"yes please" is not true or false/],
];

describe('flow mistakes', () => {
  for (const [what, text, path, line, message] of cases) {
    it(what, () => {
      const outcome = parseProfile(text, 'p.yml');
      assert.equal(outcome.ok, false, `${what}: parsed`);
      const problems = outcome.ok ? [] : outcome.problems;
      const problem = problems.find((p) => p.path === path);
      assert.ok(problem, `${what}: no problem at ${path} in ${JSON.stringify(problems)}`);
      assert.equal(problem.line, line);
      assert.match(problem.message, message);
    });
  }
});

describe('feeder files', () => {
  const profile = (file: string, extra = '') => `name: p
flows:
  - name: f
    feeder: { file: ${file} }
    steps:
      - { name: login, method: POST, path: /login, json: { u: "{{ username }}", p: "{{ password }}" }${extra} }
`;

  async function inTemp(files: Record<string, string>, body: (dir: string) => Promise<void>): Promise<void> {
    const dir = await mkdtemp(join(tmpdir(), 'loadgate-feeder-'));
    try {
      for (const [name, text] of Object.entries(files)) {
        await mkdir(join(dir, name, '..'), { recursive: true });
        await writeFile(join(dir, name), text);
      }
      await body(dir);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  it('reads the rows, relative to the profile folder', async () => {
    await inTemp({ 'cfg/p.yml': profile('data/users.csv'), 'cfg/data/users.csv': 'username,password\nann,a1\nbob,b2\n' }, async (dir) => {
      const read = await readProfileFile('cfg/p.yml', dir);
      assert.deepEqual(read.flows![0].feeder!.rows!.map((r) => ({ ...r })), [{ username: 'ann', password: 'a1' }, { username: 'bob', password: 'b2' }]);
    });
  });

  it('names a missing file with the YAML path and line', async () => {
    await inTemp({ 'p.yml': profile('users.csv') }, async (dir) => {
      await assert.rejects(readProfileFile('p.yml', dir), (err: Error) => {
        assert.match(err.message, /flows\[0\]\.feeder\.file: feeder file users\.csv does not exist \(looked at .*users\.csv; the path is relative to the profile's folder\) — p\.yml:4/);
        return true;
      });
    });
  });

  it('names a missing column, the file, its columns and the field that reads it', async () => {
    await inTemp({ 'p.yml': profile('users.json'), 'users.json': '[{"username":"ann","pass":"x"}]' }, async (dir) => {
      await assert.rejects(readProfileFile('p.yml', dir), (err: Error) => {
        assert.match(err.message, /has 1 problem:/);
        assert.match(err.message, /flows\[0\]\.steps\[0\]\.json: \{\{ password \}\} is neither captured by an earlier step of flow "f" nor a column of feeder file users\.json \(its columns: username, pass\) — p\.yml:6/);
        return true;
      });
    });
  });

  it('reports a malformed file with its line', async () => {
    await inTemp({ 'p.yml': profile('u.csv'), 'u.csv': 'username,password\nann\n' }, async (dir) => {
      await assert.rejects(readProfileFile('p.yml', dir), /feeder file u\.csv: line 2: 1 fields, but the header names 2 columns — p\.yml:4/);
    });
  });
});

describe('flows and the load model', () => {
  it('takes flows in the open model, at the load and at a level', () => {
    const outcome = parseProfile('name: p\nload: { rate: 100 }\nlevels:\n  big: { load: { rate: 500, max_in_flight: 20 } }\nflows:\n  - { name: f, steps: [ { name: s, path: / } ] }\n', 'p.yml');
    assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
    assert.equal(outcome.profile.load.model, 'open');
    assert.equal(outcome.profile.levels?.big.model, 'open');
  });

  it('refuses a capacity ladder with flows, with path and line (here at a level)', () => {
    const ladder = 'capacity: { start_rate: 10, step: 10, ceiling: 30, step_duration: 2s, hold: { p95: 50ms } }';
    const text = `name: p\nload: { connections: 2 }\nlevels:\n  find:\n    load: { ${ladder} }\nflows:\n  - { name: f, steps: [ { name: s, path: / } ] }\n`;
    const outcome = parseProfile(text, 'p.yml');
    assert.equal(outcome.ok, false);
    const problems = outcome.ok ? [] : outcome.problems;
    assert.deepEqual(problems.map((p) => `${p.path}:${p.line}`), ['levels.find.load.capacity:5']);
    assert.match(problems[0].message, /a capacity ladder measures endpoints' requests\/s, and cannot be run with flows/);
  });
});
