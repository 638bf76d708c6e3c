/**
 * The markdown trend section from a hand-written Trend: the change-point row names both runs by
 * number, commit and date; the chart has one label per run with ◆ after a change, the values and
 * the segment medians; stored text that is not a commit or a name never reaches the markdown raw.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { changeText, reportTrend, trendChart, trendLines } from '../../src/report/trend.js';
import type { TrendSeriesResult } from '../../src/verdict/trend.js';
import type { ReportTrend } from '../../src/report/trend.js';

const runs = Array.from({ length: 6 }, (_, k) => ({ savedAt: `2026-11-0${k + 1}T03:00:00.000Z`, commit: `${k + 1}`.repeat(40) }));
const series: TrendSeriesResult = {
  endpoint: 'search',
  metric: 'p50',
  adjusted: true,
  points: [10, 11, 10, 15, 16, 15].map((value, run) => ({ run, value })),
  changePoints: [{ index: 3, before: runs[2], after: runs[3], change: 0.5, lower: 0.4, upper: 0.6, unit: 'relative', pValue: 0.005, kind: 'regression' }],
  sinceLast: { from: runs[3], runs: 2, change: -0.03, unit: 'relative' },
};
const trend: ReportTrend = { alpha: 0.01, minChange: 0.05, runs, series: [series], notes: [{ code: 'trend-other-runner', message: 'stored runs on another kind of runner are left out' }] };

test('the change point row names the runs before and after, the size with its interval and the kind', () => {
  const text = trendLines(trend).join('\n');
  assert.match(text, /^### Trend over 6 runs$/m);
  assert.ok(text.includes('| search | p50 | run 3 `3333333` 2026-11-03 → run 4 `4444444` 2026-11-04 | +50.0% (+40.0% … +60.0%) | 🔺 regression |'), text);
  assert.ok(text.includes('| search | p50 | run 4 `4444444` 2026-11-04 | 2 | −3.0% |'), text);
  assert.ok(text.includes('- stored runs on another kind of runner are left out'), text);
});

test('the chart: labels per run, ◆ on the first run after the change, values and segment medians', () => {
  assert.deepEqual(trendChart(series), [
    '```mermaid',
    'xychart-beta',
    '    title "search p50"',
    '    x-axis ["1", "2", "3", "4 ◆", "5", "6"]',
    '    line [10, 11, 10, 15, 16, 15]',
    '    line [10, 10, 10, 15, 15, 15]',
    '```',
  ]);
});

test('no change point: one sentence with the settings, no table and no chart', () => {
  const text = trendLines({ ...trend, series: [{ ...series, changePoints: [] }], notes: [] }).join('\n');
  assert.match(text, /No change point: no series moved by 5.0% or more at α 0.01\./);
  assert.doesNotMatch(text, /mermaid|\| series/);
});

test('a stored commit that is not hex and an odd endpoint name do not reach the markdown raw', () => {
  const hostile = { ...series, endpoint: 'a"]\n```', changePoints: [{ ...series.changePoints[0], before: { savedAt: 'x', commit: '[click](https://evil)' } }] };
  const text = trendLines({ ...trend, runs: [{ savedAt: 'x', commit: '@team <img>' }, ...runs.slice(1)], series: [hostile] }).join('\n');
  assert.doesNotMatch(text, /@team|<img>|evil|a"\]/);
  assert.match(text, /title "a__\\_\\_\\_"|title "a_{2,}/);
});

test('reportTrend words the trend notes once, from their figures', () => {
  const worded = reportTrend({ alpha: 0.01, minChange: 0.05, runs, series: [], notes: [
    { code: 'trend-too-short', params: { runs: 6, need: 10 } },
    { code: 'trend-other-runner', params: { newest: 'cpu, 2 cores, linux', others: [{ kind: 'big, 8 cores, linux', runs: 4 }] } },
    { code: 'trend-other-profile', params: { runs: 1 } },
  ] });
  assert.deepEqual(worded.notes.map((n) => n.message), [
    'not enough runs yet for change points (6 of 10)',
    "stored runs on another kind of runner are left out of the trend (4 on big, 8 cores, linux); it follows the newest run's runner: cpu, 2 cores, linux",
    '1 stored run measured another version of the profile (a different load) and is left out of the trend',
  ]);
});

test('changeText: recovery time as seconds, RSS growth in MB, error rate in points, the rest relative', () => {
  assert.equal(changeText({ change: 2500, unit: 'difference' }, 'recovery_time'), '+2.5 s');
  assert.equal(changeText({ change: -7.25, unit: 'difference' }, 'rss_growth'), '-7.3 MB');
  assert.equal(changeText({ change: -0.2, unit: 'relative' }, 'capacity'), changeText({ change: -0.2, unit: 'relative' }, 'p50'));
  assert.notEqual(changeText({ change: 0.02, unit: 'difference' }, 'error_rate'), changeText({ change: 0.02, unit: 'relative' }, 'p50'));
});
