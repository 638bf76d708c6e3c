/**
 * The baseline sentence and the footer the job summary and the comment share, and the baseline's
 * age: expected text written out by hand.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { age, baselineSentence, footerLine } from '../../src/report/run-context.js';
import { now, reportFor } from '../support/reports.js';

describe('baseline sentence', () => {
  const cache = { status: 'found', source: 'directory .loadgate/baselines', runs: 4, savedAt: '2026-11-20T10:00:10.000Z', commit: '0123456789abcdef', ref: 'refs/heads/main' } as const;
  it('names the branch, the commit, when it was recorded and the runs; the age only with a clock', () => {
    assert.equal(
      baselineSentence({ baseline: cache }),
      'Compared with the baseline (main, commit `0123456`, recorded 2026-11-20T10:00:10.000Z, 4 runs) from directory .loadgate/baselines.',
    );
    assert.equal(
      baselineSentence({ baseline: { ...cache, runs: 1 } }, now),
      'Compared with the baseline (main, commit `0123456`, recorded 2026-11-20T10:00:10.000Z, 3 days old, 1 run) from directory .loadgate/baselines.',
    );
  });
  it('says why no baseline was compared, and names a paired target', () => {
    assert.equal(baselineSentence({ baseline: { status: 'missing', source: 'dir' } }), 'No baseline yet in dir; thresholds only.');
    assert.equal(baselineSentence({ baseline: { status: 'unusable', source: 'dir', reason: 'not valid JSON' } }), 'The baseline in dir was ignored: not valid JSON.');
    assert.equal(baselineSentence({ baseline: { status: 'incompatible', source: 'dir', reason: 'the load changed' } }), 'The baseline in dir was not compared: the load changed.');
    assert.equal(
      baselineSentence({ baseline: { status: 'found', mode: 'paired', source: 'base', runs: 1 } }),
      'Paired mode: compared with the baseline target base, measured on this runner with trials interleaved A B B A.',
    );
  });
  it('keeps a hostile ref or commit inert', () => {
    const text = baselineSentence({ baseline: { ...cache, ref: '<img src=x> @octocat', commit: '<b>not hex</b>' } });
    assert.equal(text, 'Compared with the baseline (&lt;img src=x&gt; @\u2060octocat, recorded 2026-11-20T10:00:10.000Z, 4 runs) from directory .loadgate/baselines.');
  });
});

describe('footer', () => {
  it('says requests, target, load, trials, tests and version, after an optional lead', () => {
    const { report } = reportFor(['home', 'search'], () => 0);
    assert.equal(
      footerLine(report, 'lead'),
      '<sub>lead · 1,600 requests to http:\u2060//127.0.0.1:8080 · 10 connections · 8 trials of 1 s after 1 s warm-up · Mann–Whitney U per trial, Holm-corrected · loadgate 0.1.0</sub>',
    );
  });
});

describe('age', () => {
  it('says how old the baseline is', () => {
    assert.equal(age('2026-11-20T10:00:10Z', now), '3 days old');
    assert.equal(age('2026-11-23T04:00:10Z', now), '6 hours old');
    assert.equal(age('2026-11-23T09:30:10Z', now), 'under an hour old');
    assert.equal(age('garbage', now), 'of unknown age');
  });
});
