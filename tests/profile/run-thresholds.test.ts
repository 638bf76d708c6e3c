import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';

const LADDER = 'load:\n  capacity: { start_rate: 100, step: 100, ceiling: 1000, step_duration: 5s, hold: { p95: 50ms } }\n';
const ENDPOINTS = 'endpoints:\n  - name: hello\n    path: /\n';

function parse(body: string) {
  return parseProfile(`name: cap\ntarget: http://127.0.0.1:8080\n${body}`, 'p.yml');
}
function problems(body: string): string[] {
  const outcome = parse(body);
  assert.ok(!outcome.ok, 'expected problems');
  return outcome.problems.map((p) => `${p.path}${p.line ? `@${p.line}` : ''}: ${p.message}`);
}

describe('run-level thresholds: capacity and target_rss_growth', () => {
  it('reads 800/s and 5MB/min, bare numbers, and tiers ordered as a floor and a ceiling', () => {
    const outcome = parse(`${LADDER}thresholds:\n  capacity: { major: 900/s, critical: 800 }\n  target_rss_growth: { major: 5MB/min, critical: 20 }\n${ENDPOINTS}`);
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
    assert.deepEqual(outcome.profile.thresholds, [
      { metric: 'capacity', severity: 'major', limit: 900 },
      { metric: 'capacity', severity: 'critical', limit: 800 },
      { metric: 'target_rss_growth', severity: 'major', limit: 5 },
      { metric: 'target_rss_growth', severity: 'critical', limit: 20 },
    ]);
  });

  it('bad values name the path, the line, the value and what is valid', () => {
    assert.deepEqual(problems(`${LADDER}thresholds:\n  capacity: fast\n  target_rss_growth: 5MB/hour\n${ENDPOINTS}`), [
      'thresholds.capacity@6: "fast" is not a capacity in requests per second > 0 (e.g. 800 or 800/s)',
      'thresholds.target_rss_growth@7: "5MB/hour" is not a growth in MB per minute > 0 (e.g. 5MB/min or 5)',
    ]);
  });

  it('a capacity floor whose tiers grow the wrong way', () => {
    const found = problems(`${LADDER}thresholds:\n  capacity: { major: 700, critical: 800 }\n${ENDPOINTS}`);
    assert.equal(found.length, 1);
    assert.match(found[0], /^thresholds\.capacity@6: the critical limit must be at most the major limit \(capacity is a floor/);
  });

  it('a capacity threshold without a ladder, and run-level thresholds under an endpoint, are refused', () => {
    assert.deepEqual(problems(`load:\n  connections: 2\nthresholds:\n  capacity: 800\n${ENDPOINTS}`), [
      'thresholds.capacity@6: needs a capacity ladder to measure the capacity: add load.capacity, or remove this threshold',
    ]);
    const found = problems(`${LADDER}endpoints:\n  - name: hello\n    path: /\n    thresholds:\n      target_rss_growth: 5MB/min\n`);
    assert.deepEqual(found, ["endpoints[0].thresholds.target_rss_growth@9: is a figure of the whole run, not of one endpoint; put it under the profile's thresholds"]);
  });
});

describe('run-level threshold: target_cpu_per_request', () => {
  it('reads a duration per request, as a ceiling with ordered tiers', () => {
    const outcome = parse(`thresholds:\n  target_cpu_per_request: { minor: 0.5ms, major: 2ms }\n${ENDPOINTS}`);
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
    assert.deepEqual(outcome.profile.thresholds, [
      { metric: 'target_cpu_per_request', severity: 'minor', limit: 0.5 },
      { metric: 'target_cpu_per_request', severity: 'major', limit: 2 },
    ]);
  });

  it('a value that is not a duration, tiers the wrong way, and the limit under an endpoint: path, line and what is valid', () => {
    const found = problems(`thresholds:\n  target_cpu_per_request: 2 cores\n${ENDPOINTS}`);
    assert.equal(found.length, 1);
    assert.match(found[0], /^thresholds\.target_cpu_per_request@4: "2 cores" is not a duration/);
    const order = problems(`thresholds:\n  target_cpu_per_request: { major: 1ms, critical: 0.5ms }\n${ENDPOINTS}`);
    assert.deepEqual(order, ['thresholds.target_cpu_per_request@4: the critical limit must be at least the major limit (minor <= major <= critical)']);
    const under = problems(`endpoints:\n  - name: hello\n    path: /\n    thresholds:\n      target_cpu_per_request: 2ms\n`);
    assert.deepEqual(under, ["endpoints[0].thresholds.target_cpu_per_request@7: is a figure of the whole run, not of one endpoint; put it under the profile's thresholds"]);
  });
});
