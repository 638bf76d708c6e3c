import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { formatProblems, parseProfile } from '../../src/profile/parse.js';
import type { Profile, ProfileProblem } from '../../src/profile/types.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/profiles/${name}`, import.meta.url), 'utf8');

function profileOf(text: string): Profile {
  const outcome = parseProfile(text, 'profile.yml');
  if (!outcome.ok) assert.fail(formatProblems(outcome.problems, 'profile.yml'));
  return outcome.profile;
}

function problemsOf(text: string): ProfileProblem[] {
  const outcome = parseProfile(text, 'profile.yml');
  assert.equal(outcome.ok, false, 'expected the profile to be rejected');
  return outcome.ok ? [] : outcome.problems;
}

test('the minimal profile parses to its normalised form, defaults filled in', () => {
  const expected: Profile = {
    name: 'smoke',
    target: 'http://127.0.0.1:8080',
    load: { model: 'closed', connections: 50, warmupMs: 2000, durationMs: 10000, trials: 10, requestTimeoutMs: 10000 },
    endpoints: [
      { name: 'hello', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [], line: 9 },
    ],
    thresholds: [],
    regression: {
      metrics: ['p50', 'p95', 'throughput', 'error_rate'],
      alpha: 0.05,
      severity: { minor: 0.1, major: 0.25, critical: 0.5 },
    },
    readiness: { path: '/', timeoutMs: 60000 },
  };
  assert.deepEqual(profileOf(fixture('minimal.yml')), expected);
});

test('a profile naming only name and endpoints gets every default', () => {
  const profile = profileOf('name: tiny\nendpoints:\n  - name: root\n    path: /\n');
  assert.equal(profile.target, undefined);
  assert.equal('target' in profile, false);
  assert.deepEqual(profile.load, {
    model: 'closed', connections: 50, warmupMs: 2000, durationMs: 30000, trials: 10, requestTimeoutMs: 10000,
  });
});

test('the full profile parses every key to its normalised form', () => {
  const expected: Profile = {
    name: 'checkout-api.v2',
    target: 'https://staging.example.com:8443/base',
    load: { model: 'closed', connections: 16, warmupMs: 0, durationMs: 90000, trials: 30, requestTimeoutMs: 2500 },
    endpoints: [
      {
        name: 'list-items',
        method: 'GET',
        path: '/api/items?limit=10',
        headers: { authorization: 'Bearer token', 'x-trace': '1' },
        weight: 3,
        expectStatus: [200, 304],
        thresholds: [{ metric: 'p99', severity: 'critical', limit: 1500 }],
        line: 12,
      },
      {
        name: 'create-order',
        method: 'POST',
        path: '/api/orders',
        headers: { 'content-type': 'application/json' },
        body: '{"sku":"A-1","quantity":2,"gift":false,"tags":["fast","cheap"]}',
        bodyFormat: 'json',
        weight: 1,
        expectStatus: [201],
        thresholds: [],
        severity: { minor: 0.02, major: 0.2, critical: 1.5 },
        line: 22,
      },
      {
        name: 'upload',
        method: 'PUT',
        path: '/api/blob',
        headers: { 'content-type': 'text/plain' },
        body: 'hello\n',
        weight: 1,
        expectStatus: [],
        thresholds: [],
        line: 33,
      },
    ],
    thresholds: [
      { metric: 'p95', severity: 'minor', limit: 200 },
      { metric: 'p95', severity: 'major', limit: 400 },
      { metric: 'p95', severity: 'critical', limit: 1000 },
      { metric: 'error_rate', severity: 'major', limit: 0.005 },
      { metric: 'error_rate', severity: 'critical', limit: 0.05 },
      { metric: 'throughput', severity: 'minor', limit: 800 },
      { metric: 'throughput', severity: 'critical', limit: 100 },
    ],
    regression: {
      metrics: ['p50', 'p90', 'p99', 'mean', 'throughput', 'error_rate'],
      alpha: 0.01,
      severity: { minor: 0.05, major: 0.2, critical: 1.5 },
      historyRuns: 30,
    },
    readiness: { path: '/healthz', timeoutMs: 120000 },
  };
  assert.deepEqual(profileOf(fixture('full.yml')), expected);
});

test('a json body keeps a content type the headers already give', () => {
  const profile = profileOf(`name: p
endpoints:
  - name: e
    path: /
    method: post
    headers: { Content-Type: application/vnd.api+json }
    json: [1, "two", null]
`);
  assert.deepEqual(profile.endpoints[0].headers, { 'content-type': 'application/vnd.api+json' });
  assert.equal(profile.endpoints[0].body, '[1,"two",null]');
  assert.equal(profile.endpoints[0].method, 'POST');
});

test('every problem in a profile is reported at once, in file order, with path and line', () => {
  const problems = problemsOf(fixture('invalid-many.yml'));
  assert.deepEqual(
    problems.map(({ path, line }) => ({ path, line })),
    [
      { path: 'load.connections', line: 3 },
      { path: 'load.warmup', line: 4 },
      { path: 'load.duration', line: 5 },
      { path: 'endpoints[1].method', line: 10 },
      { path: 'endpoints[1].path', line: 11 },
      { path: 'thresholds.p95', line: 13 },
    ],
  );
  const messages = problems.map((p) => p.message);
  assert.match(messages[0], /^"fifty" is not a whole number between 1 and 10000$/);
  assert.equal(messages[1], '"5 minutes" is not a duration (use 500ms, 30s, 5m, 1h)');
  assert.match(messages[2], /^30 has no unit; write "30s"/);
  assert.match(messages[3], /^"FETCH" is not an HTTP method \(use GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS\)$/);
  assert.match(messages[4], /^"second" is not a path starting with "\/"/);
  assert.match(messages[5], /major limit must be at least the minor limit/);
});

test('formatProblems writes one line per problem: path, message, file and line', () => {
  const text = formatProblems(
    [
      { path: 'load.connections', line: 5, message: '"fifty" is not a whole number >= 1' },
      { path: '', line: 1, message: 'the profile is empty' },
      { path: 'name', message: 'is required' },
    ],
    'profile.yml',
  );
  assert.equal(
    text,
    'load.connections: "fifty" is not a whole number >= 1 — profile.yml:5\n' +
      'the profile is empty — profile.yml:1\n' +
      'name: is required — profile.yml',
  );
});

test('documents that are not a profile say so', () => {
  const cases: [string, string, number | undefined, RegExp][] = [
    ['empty file', '', 1, /the profile is empty/],
    ['only comments', '# nothing yet\n\n', 1, /the profile is empty/],
    ['a list', '- name: x\n', 1, /the profile is a list, not a mapping/],
    ['a scalar', 'hello\n', 1, /the profile is "hello", not a mapping/],
    ['broken flow list', 'name: x\nendpoints: [\n  {name: a, path: /}\nload: {}\n', 4, /^YAML syntax: /],
    ['bad indentation', 'name: x\nload:\n  trials: 3\n    duration: 1s\n', 3, /^YAML syntax: .*\(column \d+\)$/],
    ['duplicate key', 'name: x\nload:\n  trials: 3\n  trials: 4\n', 4, /^YAML syntax: Map keys must be unique/],
    ['two documents', 'name: x\n---\nname: y\n', 2, /more than one YAML document/],
  ];
  for (const [what, text, line, message] of cases) {
    const problems = problemsOf(text);
    assert.ok(problems.length >= 1, what);
    assert.equal(problems[0].path, '', what);
    assert.equal(problems[0].line, line, what);
    assert.match(problems[0].message, message, what);
  }
});

test('a templated json body may hold nested objects (it ends in "}}") and a literal "{{"', () => {
  const profile = profileOf(`name: p
endpoints:
  - name: e
    method: POST
    path: /orders
    json: { id: "{{ seq 7 }}", note: '{{ "{{" }} x', meta: { a: { b: 1 } } }
`);
  assert.equal(profile.endpoints[0].body, '{"id":"{{ seq 7 }}","note":"{{ \\"{{\\" }} x","meta":{"a":{"b":1}}}');
});
