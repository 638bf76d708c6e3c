/**
 * The verdict's notes in words: one case per code, the expected sentence written out by hand, and
 * the report document carrying the worded notes with their codes (the JSON report's shape).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { noteText, reportNotes } from '../../src/report/notes.js';
import type { VerdictNote } from '../../src/verdict/notes.js';

const cases: { note: VerdictNote; text: string }[] = [
  { note: { code: 'new-endpoint', params: { endpoint: 'search' } }, text: 'search: not in the baseline, not compared' },
  { note: { code: 'no-data', params: { endpoint: 'health', missingIn: 'current' } }, text: 'health: no requests in this run, not compared' },
  { note: { code: 'no-data', params: { endpoint: 'health', missingIn: 'baseline' } }, text: 'health: no requests in the baseline, not compared' },
  {
    note: { code: 'no-data', params: { endpoint: 'health', missingIn: 'some-metrics' } },
    text: 'health: no completed requests in this run or in the baseline for some metrics, those are not compared',
  },
  {
    note: { code: 'too-few-trials', params: { currentTrials: 3, baselineTrials: 3, smallestP: 0.05, tests: 2, alpha: 0.05, neededP: 0.025 } },
    text: 'with 3 current and 3 baseline trials the smallest possible p is 0.050, but 2 tests at alpha 0.05 need p < 0.025: no latency or throughput regression can be detected — use more trials',
  },
  {
    note: { code: 'percentile-skipped', params: { metric: 'p99', endpoints: ['a', 'b'], fewestRequests: 150, neededRequests: 1000 } },
    text: 'p99 not compared on a, b: a trial held as few as 150 requests, and a p99 needs 1,000 (10 beyond it) to be more than sampling noise — lengthen the trials or add connections',
  },
  {
    note: { code: 'other-runner', params: { otherRuns: 1, runs: 5, runners: ['other cpu, 4 cores, linux'], moreRunners: false, thisRunner: 'test cpu, 2 cores, linux' } },
    text: '1 of 5 baseline runs measured on a different runner (other cpu, 4 cores, linux) than this one (test cpu, 2 cores, linux): machine differences are part of what the comparison sees',
  },
  {
    note: { code: 'other-runner', params: { otherRuns: 1, runs: 1, runners: ['a', 'b', 'c'], moreRunners: true, thisRunner: 'd' } },
    text: 'every baseline run measured on a different runner (a; b; c; …) than this one (d): machine differences are part of what the comparison sees',
  },
  {
    note: { code: 'stale-baseline', params: { savedAt: '2025-11-01T00:00:00.000Z', ageDays: 61 } },
    text: 'the newest baseline run was recorded 2025-11-01T00:00:00.000Z, 61 days before this run: the protected branch has likely changed since — refresh the baseline (save-baseline on pushes to it)',
  },
  {
    note: { code: 'closed-model-throughput', params: { knockOn: ['home', 'cart'], slower: ['search'] } },
    text: 'throughput fell on home, cart although their latency did not rise: with a fixed number of connections, time spent waiting on search is time not spent on the others',
  },
  {
    note: {
      code: 'history-sensitivity',
      params: { runs: 4, endpoints: 3, relative: [{ metric: 'p50', detectable: 0.39 }, { metric: 'throughput', detectable: 0.19 }], history: [{ metric: 'p50', detectable: 0.4 }] },
    },
    text: 'with 4 stored runs, a change on some endpoints against the rest of the run can be detected from p50 +39%, throughput −19% (median over endpoints); a change on every endpoint at once from p50 +40%, since it cannot be told from a slower runner. For a stricter gate use paired mode (baseline-target)',
  },
  {
    note: { code: 'history-sensitivity', params: { runs: 1, endpoints: 1, relative: [], history: [{ metric: 'p95', detectable: 0.25 }] } },
    text: 'with 1 stored run and one endpoint, a change can only be judged against the run-to-run spread: the smallest detectable is p95 +25%. A second endpoint (even a health check) lets the gate tell a slower endpoint from a slower runner',
  },
  {
    note: { code: 'history-too-noisy', params: { metrics: ['p50', 'throughput'], critical: 0.5, runs: 1 } },
    text: 'p50, throughput: a critical change (+50%) on every endpoint at once would be inside the spread of 1 stored run; such a change is reported as advisory until the history holds more runs',
  },
  {
    note: { code: 'cpu-not-compared', params: { mode: 'cache', missing: 'current' } },
    text: 'target CPU per request not compared: this run’s target CPU time was not sampled (give target-pid or target-container)',
  },
  {
    note: { code: 'cpu-not-compared', params: { mode: 'paired', missing: 'baseline' } },
    text: 'target CPU per request not compared: the baseline target’s CPU time was not sampled (give baseline-target-pid)',
  },
  {
    note: { code: 'cpu-not-compared', params: { mode: 'paired', missing: 'both' } },
    text: 'target CPU per request not compared: neither target’s CPU time was sampled (give target-pid or target-container, and baseline-target-pid)',
  },
  {
    note: { code: 'run-unmeasured', params: { causes: ['no-answers', 'target-stopped'] } },
    text: 'the run fails: no request of the measured phase was answered, and the target stopped answering during the run (see the warnings)',
  },
];

describe('verdict notes in words', () => {
  for (const { note, text } of cases) {
    it(`${note.code}: ${JSON.stringify(note.params).slice(0, 60)}`, () => assert.equal(noteText(note), text));
  }

  it('every code has a case here', () => {
    const codes = new Set(cases.map((c) => c.note.code));
    const all: Record<VerdictNote['code'], true> = {
      'new-endpoint': true, 'no-data': true, 'too-few-trials': true, 'percentile-skipped': true, 'other-runner': true,
      'stale-baseline': true, 'closed-model-throughput': true, 'history-sensitivity': true, 'history-too-noisy': true, 'run-unmeasured': true,
      'cpu-not-compared': true,
    };
    assert.deepEqual([...codes].sort(), Object.keys(all).sort());
  });

  it('the report keeps each code beside its sentence, in order', () => {
    assert.deepEqual(reportNotes([cases[0].note, cases[1].note]), [
      { code: 'new-endpoint', message: 'search: not in the baseline, not compared' },
      { code: 'no-data', message: 'health: no requests in this run, not compared' },
    ]);
  });
});
