/**
 * The check run's content: its conclusion for each kind of verdict, the title, the comment's text
 * as its summary (golden), and the annotations at the endpoints' profile lines, capped and batched.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hasFindings, renderComment } from '../../src/report/comment.js';
import { buildCheckRun, checkConclusion } from '../../src/report/check-run.js';
import { annotationBatches } from '../../src/publish/github-client.js';
import { now, reportFor } from '../support/reports.js';
import { assertGolden } from '../support/golden.js';

describe('check run', () => {
  it('fails on a critical regression with annotations at the endpoint lines (golden)', async () => {
    const { report } = reportFor(['home', 'search', 'checkout'], (n) => (n === 'search' ? 0.8 : 0));
    const check = buildCheckRun(report, { now, profilePath: '.github/loadgate.yml', endpointLines: { home: 9, search: 12, checkout: 15 } });
    assert.equal(check.name, 'loadgate: shop');
    assert.equal(check.conclusion, 'failure');
    assert.ok(check.annotations.length > 0);
    for (const a of check.annotations) {
      assert.equal(a.path, '.github/loadgate.yml');
      assert.equal(a.start_line, 12, a.title);
    }
    assert.ok(check.annotations.some((a) => a.annotation_level === 'failure'));
    await assertGolden('check-regressed.md', `# ${check.title}\n\n${check.summary}`);
  });

  it('is neutral for findings below fail-on and without a baseline, success on a pass', () => {
    const below = reportFor(['home', 'search'], (n) => (n === 'search' ? 0.15 : 0), { failOn: 'critical' }).report;
    assert.equal(below.verdict.maxSeverity, 'minor');
    assert.equal(checkConclusion(below), 'neutral');
    assert.equal(checkConclusion(reportFor(['home'], () => 0, { baseline: false }).report), 'neutral');
    assert.equal(checkConclusion(reportFor(['home', 'search'], () => 0).report), 'success');
  });

  it('never shows a plain pass when a major or critical change was seen but not confirmed: ⚠️, comment posted, neutral check', () => {
    const { report } = reportFor(['home', 'search'], (n) => (n === 'search' ? 2.23 : 0), { severity: () => 'none' });
    report.comparisons = report.comparisons.map((c) => (c.endpoint === 'search' && c.metric === 'p50' ? { ...c, advisorySeverity: 'critical', pBH: 0.01 } : c));
    report.baseline = { ...report.baseline, runs: 1 };
    assert.equal(report.verdict.status, 'pass');
    assert.equal(hasFindings(report), true, 'comment: auto posts');
    assert.equal(checkConclusion(report), 'neutral');
    const body = renderComment(report, { now });
    assert.match(body, /### loadgate: shop — ⚠️ passes\n/);
    assert.doesNotMatch(body, /✅/);
    assert.match(body, /⚠️ search p50 \+223\.0% could not be told apart from runner noise with 1 stored run; it does not fail the step\./);
    const check = buildCheckRun(report, { now });
    assert.equal(check.title, 'No confirmed regressions · an unconfirmed critical change');
    // A minor unconfirmed change is shown in the advisory table only: the headline stays a pass.
    report.comparisons = report.comparisons.map((c) => ({ ...c, advisorySeverity: c.advisorySeverity ? 'minor' : undefined }));
    assert.equal(checkConclusion(report), 'success');
    assert.match(renderComment(report, { now }), /— ✅ pass\n/);
  });

  it('stays within GitHub\'s limits with 1,500 regressed endpoints: 65,535 characters, 200 annotations in batches of 50', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `endpoint-with-a-long-name-${String(i).padStart(4, '0')}-${'x'.repeat(20)}`);
    const { report } = reportFor(names, () => 1);
    const check = buildCheckRun(report, { now, profilePath: 'p.yml', endpointLines: Object.fromEntries(names.map((n, i) => [n, i + 1])) });
    assert.ok(check.summary.length <= 65_535);
    assert.equal(check.annotations.length, 200);
    assert.deepEqual(annotationBatches(check.annotations).map((b) => b.length), [50, 50, 50, 50]);
  });
});
