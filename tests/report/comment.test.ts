/**
 * The PR comment and check-run content: golden files for the three verdicts, the size limit on a
 * very large profile, escaping of hostile text, and the annotations' batching and levels.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildRunResult } from '../../src/metrics/result.js';
import type { ReportDocument } from '../../src/report/document.js';
import type { BaselineUse, Level, MetricComparison } from '../../src/verdict/types.js';
import { COMMENT_MAX_CHARS, commentMarker, hasFindings, renderComment } from '../../src/report/comment.js';
import { buildCheckRun, checkConclusion } from '../../src/report/check-run.js';
import { age } from '../../src/report/run-context.js';
import { annotationBatches } from '../../src/publish/github-client.js';
import { escapeMarkdown } from '../../src/report/escape.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';
import { assertGolden } from '../support/golden.js';

const runner = { cpuModel: 'test cpu', cores: 2, os: 'linux 6.1', node: 'v20.20.2' };
const ms = [10, 11, 12, 13, 14, 15, 16, 17];
const now = new Date('2026-11-23T10:00:10Z');

/**
 * A report with fixed comparisons (the renderer's input, independent of the verdict engine): each
 * endpoint's p50 and p95 changed by `change(name)`, with the given severity.
 */
function reportFor(
  names: string[],
  change: (name: string) => number,
  options: { baseline?: boolean; failOn?: 'critical' | 'minor'; severity?: (name: string) => Level } = {},
): { report: ReportDocument } {
  const profile = profileWith(names, { name: 'shop' });
  const result = buildRunResult(profile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-20T10:00:00Z'),
    finishedAt: new Date('2026-11-20T10:00:10Z'),
    trialDurationMs: 1000,
    endpoints: names.map((n) => endpointResult(n, ms.map((v, i) => trial(((v + (i % 3)) * (1 + change(n))) / 10, 100)))),
    warnings: [],
  }, runner);
  const baseline: BaselineUse =
    options.baseline === false
      ? { status: 'missing', source: 'the actions cache (loadgate-baseline/v1/shop/…)' }
      : { status: 'found', source: 'the actions cache entry loadgate-baseline/v1/shop/main/41-1', runs: 3, savedAt: '2026-11-20T10:00:10.000Z', commit: '0123456789abcdef', ref: 'refs/heads/main' };
  const severity = options.severity ?? ((n: string) => (change(n) >= 0.5 ? 'critical' : change(n) >= 0.25 ? 'major' : change(n) >= 0.1 ? 'minor' : 'none'));
  const comparisons: MetricComparison[] =
    options.baseline === false
      ? []
      : names.flatMap((n) =>
          (['p50', 'p95'] as const).map((metric) => ({
            endpoint: n, metric, baseline: 1.45, current: Number((1.45 * (1 + change(n))).toFixed(3)), change: change(n), changeKind: 'relative' as const,
            interval: { lower: change(n) - 0.2, upper: change(n) + 0.25, confidence: 0.95 },
            p: change(n) > 0.1 ? 0.0004 : 0.4, pAdjusted: change(n) > 0.1 ? 0.007 : 1, n1: 8, n2: 8,
            significant: change(n) > 0.1, direction: change(n) > 0.005 ? ('worse' as const) : ('same' as const), severity: severity(n),
          })),
        );
  const rank = ['none', 'minor', 'major', 'critical'];
  const maxSeverity = comparisons.reduce<Level>((w, c) => (rank.indexOf(c.severity) > rank.indexOf(w) ? c.severity : w), 'none');
  const failOn = options.failOn ?? 'critical';
  const failed = maxSeverity !== 'none' && rank.indexOf(maxSeverity) >= rank.indexOf(failOn);
  const status = options.baseline === false ? 'no-baseline' : maxSeverity === 'none' ? 'pass' : 'regressed';
  return { report: { ...result, verdict: { status, maxSeverity, failOn, failed }, comparisons, breaches: [], baseline, notes: [] } };
}

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
    const check = buildCheckRun(report, { now, profilePath: 'p.yml', endpointLines: Object.fromEntries(names.map((n, i) => [n, i + 1])) });
    assert.ok(check.summary.length <= 65_535);
    assert.equal(check.annotations.length, 200);
    assert.deepEqual(annotationBatches(check.annotations).map((b) => b.length), [50, 50, 50, 50]);
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

  it('says how old the baseline is', () => {
    assert.equal(age('2026-11-20T10:00:10Z', now), '3 days old');
    assert.equal(age('2026-11-23T04:00:10Z', now), '6 hours old');
    assert.equal(age('garbage', now), 'of unknown age');
  });
});

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
});
