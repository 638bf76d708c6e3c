import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { renderHtml } from '../../src/report/html.js';
import { reportCharts } from '../../src/report/html-charts.js';
import { jsonForScript } from '../../src/report/html-escape.js';
import { syntheticHistory, syntheticReport, syntheticTrend } from '../support/synthetic-report.js';
import { assertGolden } from '../support/golden.js';

/** Stand-in chart assets: the golden files show the page's structure, not uPlot's 50 kB. */
const assets = { js: '/* chart library */', css: '/* chart styles */' };
const shop = { names: ['home', 'search', 'checkout'], seconds: 8, spike: { fromS: 5, toS: 6, factor: 4 } };

function scripts(html: string): { attrs: string; body: string }[] {
  return [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1], body: m[2] }));
}

function dataOf(html: string): { charts: { id: string; points: number; series: { label: string; values: unknown[] }[] }[] } {
  const block = scripts(html).find((s) => s.attrs.includes('loadgate-data'));
  assert.ok(block, 'the data block');
  return JSON.parse(block.body);
}

describe('renderHtml', () => {
  const history = syntheticHistory(shop, 3);

  it('a regressed run with a nightly trend: golden structure, the change points marked on the trend chart and listed beside it', async () => {
    const report = { ...syntheticReport({ ...shop, factors: { search: 2 } }, history), trend: syntheticTrend(history, 'search', 1) };
    assert.equal(report.verdict.status, 'regressed');
    const html = renderHtml(report, { assets, history: history.runs });
    await assertGolden('report-regressed.html', html);
    const trend = dataOf(html).charts.find((c) => c.id === 'trend-1') as unknown as { marks: { x: number; kind: string }[] };
    // Stored runs 0..2, this run 3: the regression from stored run 1 on, the improvement from run 2.
    assert.deepEqual(trend.marks.map((m) => [m.x, m.kind]), [[1, 'regression'], [2, 'improvement']]);
    assert.equal((dataOf(html).charts.find((c) => c.id === 'trend-0') as { marks?: unknown }).marks, undefined);
    const beside = /<figure class="chart" id="chart-trend-1">[\s\S]*?<\/figure>/.exec(html)![0];
    assert.equal((beside.match(/<tr class="change-/g) ?? []).length, 3);
    assert.match(beside, /fffffff · 2026-10-01 → eeeeeee · 2026-10-02 \(before the runs drawn\)/);
    assert.match(beside, /What changed since the last change point/);
  });

  it('a passing run with no history: golden structure, and it says the trend is this run alone', async () => {
    const report = syntheticReport(shop, undefined);
    const html = renderHtml(report, { assets });
    assert.match(html, /No stored history was available/);
    await assertGolden('report-no-history.html', html);
  });

  it('allows exactly its own inline scripts and style by hash, and nothing else', () => {
    const html = renderHtml(syntheticReport(shop, history), { assets, history: history.runs });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1].replace(/&#39;/g, "'");
    assert.ok(csp);
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
    const executable = scripts(html).filter((s) => !s.attrs.includes('application/json'));
    assert.equal(executable.length, 2);
    assert.equal(/script-src ([^;]+)/.exec(csp)?.[1], executable.map((s) => hash(s.body)).join(' '));
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    assert.equal(/style-src ([^;]+)/.exec(csp)?.[1], hash(style));
    assert.match(csp, /default-src 'none'/);
    assert.doesNotMatch(csp, /connect-src|unsafe|https?:/);
    assert.doesNotMatch(html, /\b(src|href)="(https?:)?\/\//, 'no external reference');
  });

  it('one chart per timeline series with the timeline’s number of points', () => {
    const report = syntheticReport(shop, history);
    const data = dataOf(renderHtml(report, { assets, history: history.runs }));
    report.endpoints.forEach((endpoint, i) => {
      const latency = data.charts.find((c) => c.id === `latency-${i}`)!;
      assert.equal(latency.points, report.timeline!.points);
      assert.deepEqual(latency.series.map((s) => s.values), [report.timeline!.endpoints[i].p50Ms, report.timeline!.endpoints[i].p95Ms, report.timeline!.endpoints[i].p99Ms, report.timeline!.endpoints[i].maxMs]);
      const trend = data.charts.find((c) => c.id === `trend-${i}`)!;
      assert.equal(trend.points, history.runs.length + 1, 'every stored run and this one');
      assert.ok(data.charts.some((c) => c.id === `spectrum-${i}` && c.series.length === 2), 'this run and the baseline');
    });
  });

  it('a result without timelines renders what it has and says what is missing', () => {
    const report = syntheticReport({ ...shop, withoutTimeline: true }, history);
    const html = renderHtml(report, { assets, history: history.runs });
    assert.match(html, /This result has no timelines/);
    const ids = dataOf(html).charts.map((c) => c.id);
    assert.ok(!ids.some((id) => id.startsWith('latency-') || id.startsWith('throughput-')));
    assert.ok(ids.includes('spectrum-0') && ids.includes('trend-0'));
    assert.match(html, /<table class="endpoints">/);
  });

  it('escapes endpoint names with markup, quotes and </script> everywhere they appear', () => {
    const evil = `</script><img src=x onerror="alert(1)">'&<!--`;
    const names = ['home', evil];
    const h = syntheticHistory({ names, seconds: 4 }, 2);
    const report = syntheticReport({ names, seconds: 4, factors: { [evil]: 3 } }, h);
    const html = renderHtml(report, { assets, history: h.runs });
    assert.doesNotMatch(html, /<img/);
    assert.doesNotMatch(html, /<!--/);
    assert.equal(scripts(html).length, 3, 'no script ended early or added');
    assert.ok(html.includes('&#60;/script&#62;&#60;img src=x onerror=&#34;alert(1)&#34;&#62;&#39;&#38;&#60;!--'), 'the name as text');
    const data = dataOf(html);
    assert.ok(data.charts.some((c) => c.id === 'latency-1'));
    assert.equal(report.timeline!.endpoints[1].name, evil);
  });

  it('jsonForScript round-trips through JSON.parse', () => {
    const value = { a: '</script>\u2028\u2029<!-- & >', b: [1, null] };
    assert.deepEqual(JSON.parse(jsonForScript(value)), value);
    assert.doesNotMatch(jsonForScript(value), /[<>&\u2028\u2029]/);
  });

  it('names what is missing per endpoint when the stored runs have no histogram', () => {
    const bare = { ...history, runs: history.runs.map((r) => ({ ...r, endpoints: r.endpoints.map(({ histogram: _h, ...e }) => e) })) };
    const charts = reportCharts(syntheticReport(shop, history), bare.runs);
    assert.match(charts.endpoints[0].missing.join(' '), /keep no histogram/);
  });
});
