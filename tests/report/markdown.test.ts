import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderTerminal } from '../../src/report/terminal.js';
import { buildReport } from '../../src/report/document.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { decideVerdict } from '../../src/verdict/decide.js';
import { appendRun, baselineRunFromResult } from '../../src/baseline/history.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';
import { assertGolden } from '../support/golden.js';
import type { BaselineUse } from '../../src/verdict/types.js';

const profile = profileWith(['home', 'search', 'checkout'], {
  name: 'shop',
  thresholds: [{ metric: 'p95', severity: 'major', limit: 15 }],
});
const runner = { cpuModel: 'test cpu', cores: 2, os: 'linux 6.1', node: 'v20.20.2' };
const ms = [10, 11, 12, 13, 14, 15, 16, 17];

function result(searchFactor: number, checkoutErrors: number, machine = 1) {
  return buildRunResult(profile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-20T10:00:00Z'),
    finishedAt: new Date('2026-11-20T10:00:10Z'),
    trialDurationMs: 1000,
    endpoints: [
      endpointResult('home', ms.map((v) => trial((v / 10) * machine, 400))),
      endpointResult('search', ms.map((v) => trial(v * searchFactor * machine, 100))),
      endpointResult('checkout', ms.map(() => trial(12 * machine, 50, checkoutErrors, 50))),
    ],
    warnings: [],
  }, runner);
}

const origin = { commit: '0123456789abcdef', ref: 'refs/heads/main' };
// Four cached runs on machines up to 4% apart: the history a pull request is judged against.
const baseline = [1, 0.96, 1.04, 1.01].reduce<ReturnType<typeof appendRun> | undefined>(
  (b, machine) => appendRun(b, { name: 'shop', fingerprint: 'fp' }, baselineRunFromResult(result(1, 0, machine), origin)),
  undefined,
)!;
const found: BaselineUse = { status: 'found', source: 'directory .loadgate/baselines', runs: 4, savedAt: '2026-11-20T10:00:10.000Z', commit: '0123456789abcdef', ref: 'refs/heads/main' };

test('a critical regression with a crossed threshold and an error-rate increase', async () => {
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(1.8, 2), baseline, baselineUse: found, failOn: 'critical' });
  const report = buildReport(result(1.8, 2), verdict);
  await assertGolden('report-regressed.md', renderMarkdown(report));
  await assertGolden('terminal-regressed.txt', renderTerminal(report));
});

test('a pass', async () => {
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(1, 0), baseline, baselineUse: found, failOn: 'critical' });
  await assertGolden('report-pass.md', renderMarkdown(buildReport(result(1, 0), verdict)));
});

test('one stored run: search 3× slower than the rest of its run blocks', async () => {
  const one = appendRun(undefined, { name: 'shop', fingerprint: 'fp' }, baselineRunFromResult(result(1, 0), origin));
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(3, 0), baseline: one, baselineUse: { ...found, runs: 1 }, failOn: 'critical' });
  assert.equal(verdict.failed, true);
  const report = buildReport(result(3, 0), verdict);
  await assertGolden('report-single-run.md', renderMarkdown(report));
  await assertGolden('terminal-single-run.txt', renderTerminal(report));
});

test('one stored run: every endpoint 3× slower is seen, said, and not confirmed (a slower runner would look the same)', async () => {
  const one = appendRun(undefined, { name: 'shop', fingerprint: 'fp' }, baselineRunFromResult(result(1, 0), origin));
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(1, 0, 3), baseline: one, baselineUse: { ...found, runs: 1 }, failOn: 'critical' });
  assert.equal(verdict.failed, false);
  assert.equal(verdict.advisorySeverity, 'critical');
  const markdown = renderMarkdown(buildReport(result(1, 0, 3), verdict));
  // The p95 threshold (15 ms on search) is crossed: that is a regression of its own; the 3× is not confirmed.
  assert.match(markdown, /^## loadgate: shop — ❌ regressed \(major\)\n/);
  assert.doesNotMatch(markdown, /✅/);
  assert.match(markdown, /could not be told apart from a slower runner with 1 stored run: every endpoint moved together; they do not fail the step/);
  await assertGolden('report-unconfirmed.md', markdown);
});

test('paired mode: the second target named, the paired method in the footer', async () => {
  const pairedBaseline = appendRun(undefined, { name: 'shop', fingerprint: 'fp' }, baselineRunFromResult(result(1, 0)));
  const use: BaselineUse = { status: 'found', source: 'http://127.0.0.1:8081', runs: 1 };
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(1.8, 0), baseline: pairedBaseline, baselineUse: use, failOn: 'critical', mode: 'paired' });
  await assertGolden('report-paired.md', renderMarkdown(buildReport(result(1.8, 0), verdict)));
});

test('no baseline yet', async () => {
  const missing: BaselineUse = { status: 'missing', source: 'directory .loadgate/baselines' };
  const verdict = decideVerdict({ profile, fingerprint: 'fp', result: result(1, 0), baselineUse: missing, failOn: 'critical' });
  const report = buildReport(result(1, 0), verdict);
  // Nothing was compared: the footer names no test.
  assert.doesNotMatch(renderMarkdown(report), /Mann–Whitney|Student t/);
  assert.match(renderMarkdown(report), / · nothing compared with a baseline · /);
  await assertGolden('report-no-baseline.md', renderMarkdown(report));
  await assertGolden('terminal-no-baseline.txt', renderTerminal(report));
});

test('an open-model run: the schedule, dropped arrivals and the target process in a Load section; the rate in the footer', async () => {
  const openProfile = profileWith(['home', 'search'], {
    name: 'shop',
    load: { model: 'open', rateRps: 2000, shape: { kind: 'constant' }, maxInFlight: 50, connections: 50, warmupMs: 1000, durationMs: 8000, trials: 8, requestTimeoutMs: 10000 },
  } as never);
  const r = buildRunResult(openProfile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-20T10:00:00Z'),
    finishedAt: new Date('2026-11-20T10:00:09Z'),
    trialDurationMs: 1000,
    connections: 50,
    endpoints: [
      { ...endpointResult('home', ms.map((v) => trial(v * 4, 970))), dropped: 6_180 },
      { ...endpointResult('search', ms.map((v) => trial(v * 4, 320))), dropped: 2_060 },
    ],
    warnings: [{ code: 'arrivals-dropped', message: '8,240 of 16,000 arrivals were dropped: 50 requests were already in flight.' }],
    open: {
      plannedRps: 2000, achievedRps: 970, planned: 16000, sent: 7760, dropped: 8240, maxInFlight: 50, peakInFlight: 50,
      sendLagMs: { p50: 0.47, p90: 0.8, p95: 0.9, p99: 1.13, max: 4.2, mean: 0.5 },
      slots: { sizeMs: 10, total: 800, missed: 412 },
    },
    targetResources: { pid: 4242, samples: 9, cpuShare: 0.934, cpuSharePeak: 1, rssMb: { start: 61.2, end: 64.7, max: 65 }, rssGrowthMb: 3.5 },
  }, runner);
  const missing: BaselineUse = { status: 'missing', source: 'directory .loadgate/baselines' };
  const verdict = decideVerdict({ profile: openProfile, fingerprint: 'fp', result: r, baselineUse: missing, failOn: 'critical' });
  const report = buildReport(r, verdict);
  await assertGolden('report-open.md', renderMarkdown(report));
  await assertGolden('terminal-open.txt', renderTerminal(report));
});
