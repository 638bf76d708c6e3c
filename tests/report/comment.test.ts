/**
 * The PR comment: golden files for the three verdicts, the size limit on a very large profile,
 * escaping of hostile text, advisory changes, paired mode and the runner-noise line.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { COMMENT_MAX_CHARS, commentMarker, renderComment } from '../../src/report/comment.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { now, reportFor } from '../support/reports.js';
import { assertGolden } from '../support/golden.js';

describe('PR comment', () => {
  it('renders a critical regression (golden)', async () => {
    const { report } = reportFor(['home', 'search', 'checkout'], (n) => (n === 'search' ? 0.8 : 0));
    const body = renderComment(report, { now });
    assert.ok(body.startsWith(commentMarker('shop') + '\n'));
    assert.match(body, /xychart-beta/);
    assert.match(body, /\| search \| p95 \| [^|]+ → [^|]+ \| \+80\.0% \|/);
    await assertGolden('comment-regressed.md', body);
  });

  it('renders a pass, green, with the endpoints open (golden)', async () => {
    const { report } = reportFor(['home', 'search'], () => 0);
    const body = renderComment(report, { now, level: 'pr' });
    assert.match(body, /— ✅ pass/);
    assert.ok(body.startsWith('<!-- loadgate:comment profile=shop level=pr -->'));
    await assertGolden('comment-pass.md', body);
  });

  it('renders a first run without a baseline (golden)', async () => {
    const { report } = reportFor(['home'], () => 0, { baseline: false });
    assert.doesNotMatch(renderComment(report, { now }), /Mann–Whitney|Student t/, 'nothing was compared: the footer names no test');
    await assertGolden('comment-no-baseline.md', renderComment(report, { now }));
  });

  it('shows advisory changes apart from what gates, with their BH p; none of them counted by the gate line', () => {
    const { report } = reportFor(['home', 'search'], (n) => (n === 'search' ? 0.3 : 0), { severity: () => 'none' });
    report.comparisons = report.comparisons.map((c) =>
      c.endpoint === 'search' && c.metric === 'p50' ? { ...c, advisorySeverity: 'major', pBH: 0.0123 } : c,
    );
    const body = renderComment(report, { now });
    assert.match(body, /\*\*Advisory\*\* \(seen, but not firm enough to gate; does not fail the step\)/);
    assert.match(body, /\| search \| p50 \| 1\.45 ms → 1\.89 ms \| \+30\.0% \| \+10\.0% … \+55\.0% \| 0\.012 \| 🟠 major \|/);
    // search p95 carries no advisory severity: it is in no advisory row.
    assert.doesNotMatch(body, /\| search \| p95 \| 1\.45 ms → 1\.89 ms \| \+30\.0% \| \+10\.0% … \+55\.0% \| [^|]+ \| 🟠 major \|/);
    assert.match(body, /the gate passes · no regressions/);
  });

  it('names the baseline target and the paired method in paired mode', () => {
    const { report } = reportFor(['home'], () => 0);
    report.baseline = { status: 'found', mode: 'paired', source: 'http://127.0.0.1:8081', runs: 1 };
    const body = renderComment(report, { now });
    assert.match(body, /\nPaired mode: compared with the baseline target http:\u2060\/\/127\.0\.0\.1:8081, measured on this runner with trials interleaved A B B A\.\n/);
    assert.match(body, /paired trials interleaved A B B A, Mann–Whitney U, Holm-corrected/);
  });

  it('stays under 65,536 characters with 1,500 regressed endpoints', () => {
    const names = Array.from({ length: 1500 }, (_, i) => `endpoint-with-a-long-name-${String(i).padStart(4, '0')}-${'x'.repeat(20)}`);
    const { report } = reportFor(names, () => 1);
    const body = renderComment(report, { now });
    assert.ok([...body].length < COMMENT_MAX_CHARS, `${body.length}`);
    assert.match(body, /…and \d+ more regressions in the job summary/);
    assert.match(body, /…and 1460 more endpoints in the job summary/);
  });

  it('neutralises markup, mentions and table breaks in untrusted text', () => {
    const hostile = 'x|y <img src=x onerror=alert(1)> @octocat [link](https://evil.example) ```\n# heading';
    const { report } = reportFor(['home', 'search'], (n) => (n === 'search' ? 0.8 : 0));
    report.comparisons = report.comparisons.map((c) => (c.endpoint === 'search' ? { ...c, endpoint: hostile } : c));
    report.notes = [{ code: 'x', message: hostile }];
    report.baseline = { ...report.baseline, ref: hostile, commit: '<b>not hex</b>' };
    const body = renderComment(report, { now });
    for (const bad of ['<img', '@octocat', '](https', '```\n#', '\n# heading', '<b>', 'x|y']) assert.ok(!body.includes(bad), `${bad} must not survive`);
    assert.equal(escapeMarkdown('a|b'), 'a\\|b');
    assert.match(body, /x\\\|y &lt;img src=x onerror=alert\\\(1\\\)&gt; @\u2060octocat/);
  });

  it("uses the verdict's own run-to-run spread and detectable change when it measured them", () => {
    const { report } = reportFor(['home', 'search'], () => 0);
    report.comparisons = report.comparisons.map((c, i) => ({ ...c, method: 'history', spread: [0.04, 0.05, 0.06, 0.05][i], detectable: [0.1, 0.12, 0.14, 0.12][i] }));
    assert.match(renderComment(report, { now }), /\*\*Runner noise:\*\* latency varies by ±5\.0% from run to run \(median over comparisons\); latency changes smaller than about ±12\.0% cannot be told from noise\./);
  });
});
