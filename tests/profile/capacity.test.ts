import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';

const ENDPOINTS = 'endpoints:\n  - name: hello\n    path: /\n';

function problems(load: string): string[] {
  const outcome = parseProfile(`name: cap\ntarget: http://127.0.0.1:8080\nload:\n${load}${ENDPOINTS}`, 'p.yml');
  assert.ok(!outcome.ok, 'expected problems');
  return outcome.problems.map((p) => `${p.path}${p.line ? `@${p.line}` : ''}: ${p.message}`);
}

describe('load.capacity in profiles', () => {
  it('a ladder becomes an open run: stages, duration and trials from its steps', () => {
    const outcome = parseProfile(
      `name: cap\nload:\n  warmup: 4s\n  max_in_flight: 256\n  capacity:\n    start_rate: 100\n    step: 100\n    ceiling: 400\n    step_duration: 10s\n    hold: { p95: 50ms, error_rate: 1% }\n${ENDPOINTS}`,
      'p.yml',
    );
    assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
    const load = outcome.profile.load;
    assert.equal(load.model, 'open');
    if (load.model !== 'open') return;
    assert.equal(load.durationMs, 40_000, 'four steps of 10 s');
    assert.equal(load.trials, 20, 'five trials per step by default');
    assert.equal(load.rateRps, 400);
    assert.equal(load.maxInFlight, 256);
    assert.deepEqual(load.capacity, { startRps: 100, stepRps: 100, ceilingRps: 400, stepMs: 10_000, trialsPerStep: 5, hold: { p95Ms: 50, errorRate: 0.01, achievedShare: 0.98 } });
    assert.deepEqual(load.shape.kind === 'stages' && load.shape.stages.filter((s) => s.durationMs > 0).map((s) => s.rateRps), [100, 100, 200, 300, 400]);
  });

  it('a ceiling below the start, with path and line', () => {
    const found = problems('  capacity:\n    start_rate: 500\n    step: 100\n    ceiling: 200\n    step_duration: 10s\n    hold: { p95: 50ms }\n');
    assert.deepEqual(found, ['load.capacity.ceiling@7: 200 is below start_rate 500; the ladder climbs from start_rate up to the ceiling']);
  });

  it('a step shorter than its trials allow', () => {
    const found = problems('  capacity: { start_rate: 10, step: 10, ceiling: 50, step_duration: 200ms, trials_per_step: 5, hold: { p95: 50ms } }\n');
    assert.equal(found.length, 1);
    assert.match(found[0], /^load\.capacity\.step_duration@\d+: 200ms split into 5 trials gives 40ms per trial; each trial needs at least 100ms/);
  });

  it('an SLO naming an unknown metric, and one naming none', () => {
    const unknown = problems('  capacity: { start_rate: 10, step: 10, ceiling: 50, step_duration: 5s, hold: { p99: 50ms } }\n');
    assert.ok(unknown.some((p) => /^load\.capacity\.hold\.p99@\d+: .*p95, error_rate, achieved/.test(p)), unknown.join('\n'));
    const none = problems('  capacity: { start_rate: 10, step: 10, ceiling: 50, step_duration: 5s, hold: { achieved: 95% } }\n');
    assert.deepEqual(none.map((p) => p.replace(/@\d+/, '')), ['load.capacity.hold: names no limit: give p95, error_rate or both (achieved alone only says the generator kept up)']);
  });

  it('every missing key at once, and the keys the ladder derives refused', () => {
    const found = problems('  rate: 100\n  duration: 30s\n  capacity:\n    step: 0\n').map((p) => p.replace(/@\d+/, ''));
    assert.deepEqual(found.sort(), [
      'load.capacity.ceiling: is required (the highest rate to try, requests/s)',
      'load.capacity.hold: is required: the SLO a step must meet to hold, e.g. { p95: 50ms, error_rate: 1% }',
      'load.capacity.start_rate: is required (the first step\'s rate, requests/s)',
      'load.capacity.step: 0 is not a rate in requests per second (a number > 0 and at most 1000000)',
      'load.capacity.step_duration: is required (how long each step holds its rate, e.g. 10s)',
      'load.duration: is derived from the capacity ladder (its steps set the rates, the duration and the trials); remove it',
      'load.rate: is derived from the capacity ladder (its steps set the rates, the duration and the trials); remove it',
    ].sort());
  });

  it('a ladder of more than 100 steps', () => {
    const found = problems('  capacity: { start_rate: 1, step: 1, ceiling: 500, step_duration: 5s, hold: { p95: 50ms } }\n');
    assert.equal(found.length, 1);
    assert.match(found[0], /^load\.capacity\.step@\d+: 1 climbs from 1 to 500 in more than 100 steps/);
  });
});
