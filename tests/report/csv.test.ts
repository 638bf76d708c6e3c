import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { comparisonsCsv, csvField, statsCsv, timelineCsv } from '../../src/report/csv.js';
import { syntheticHistory, syntheticReport } from '../support/synthetic-report.js';

/** A small RFC 4180 reader, so the tests read the files as a spreadsheet would. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else field += c;
  }
  return rows;
}

// Locust's _stats.csv header (Locust 2.x), less "Average Content Size", which loadgate does not measure.
const LOCUST_STATS_HEAD = [
  'Type', 'Name', 'Request Count', 'Failure Count', 'Median Response Time', 'Average Response Time', 'Min Response Time',
  'Max Response Time', 'Requests/s', 'Failures/s', '50%', '66%', '75%', '80%', '90%', '95%', '98%', '99%', '99.9%', '99.99%', '100%',
];

describe('CSV exports', () => {
  const shop = { names: ['home', 'search', 'check,out "v2"'], seconds: 8 };
  const history = syntheticHistory(shop, 3);
  const report = syntheticReport({ ...shop, factors: { search: 2 } }, history);

  it('stats.csv: Locust’s column names, one row per endpoint and Aggregated, figures from the histograms', () => {
    const rows = parseCsv(statsCsv(report));
    assert.deepEqual(rows[0], LOCUST_STATS_HEAD);
    assert.equal(rows.length, 1 + report.endpoints.length + 1);
    report.endpoints.forEach((e, i) => {
      const r = Object.fromEntries(LOCUST_STATS_HEAD.map((h, j) => [h, rows[i + 1][j]]));
      assert.equal(r.Name, e.name, 'names with a comma and quotes survive');
      assert.equal(Number(r['Request Count']), e.requests);
      assert.equal(Number(r['Failure Count']), e.errors);
      assert.equal(Number(r['Requests/s']), e.requests / 8);
      // The summary's percentiles and the histogram's agree (both HDR, 0.1% buckets).
      assert.ok(Math.abs(Number(r['50%']) - e.latencyMs.p50) <= e.latencyMs.p50 * 0.002, `p50 ${r['50%']} vs ${e.latencyMs.p50}`);
      assert.ok(Math.abs(Number(r['99%']) - e.latencyMs.p99) <= e.latencyMs.p99 * 0.002);
      assert.equal(Number(r['100%']), e.latencyMs.max);
      assert.ok(Number(r['Min Response Time']) <= Number(r['Median Response Time']));
    });
    const aggregated = rows[rows.length - 1];
    assert.equal(aggregated[1], 'Aggregated');
    assert.equal(Number(aggregated[2]), report.totals.requests);
    assert.equal(Number(aggregated[LOCUST_STATS_HEAD.indexOf('100%')]), Math.max(...report.endpoints.map((e) => e.latencyMs.max)));
  });

  it('stats.csv without histograms falls back to the summary and leaves the rest empty', () => {
    const bare = { ...report, endpoints: report.endpoints.map(({ histogram: _h, ...e }) => e) };
    const rows = parseCsv(statsCsv(bare));
    assert.equal(Number(rows[1][LOCUST_STATS_HEAD.indexOf('95%')]), report.endpoints[0].latencyMs.p95);
    assert.equal(rows[1][LOCUST_STATS_HEAD.indexOf('66%')], '');
  });

  it('timeline.csv: one row per endpoint and second, requests adding up', () => {
    const rows = parseCsv(timelineCsv(report));
    assert.equal(rows.length, 1 + report.endpoints.length * report.timeline!.points);
    const requests = rows.slice(1).filter((r) => r[2] === 'search').reduce((a, r) => a + Number(r[3]), 0);
    assert.equal(requests, report.endpoints[1].requests);
    assert.equal(parseCsv(timelineCsv({ ...report, timeline: undefined })).length, 1, 'the header only without timelines');
  });

  it('comparisons.csv: every comparison with p-values and severity', () => {
    const rows = parseCsv(comparisonsCsv(report));
    assert.equal(rows.length, 1 + report.comparisons.length);
    const critical = rows.filter((r) => r[12] === 'critical');
    assert.deepEqual(critical.map((r) => r[0]), report.comparisons.filter((c) => c.severity === 'critical').map((c) => c.endpoint));
    assert.ok(critical.length > 0);
  });

  it('a field a spreadsheet would run as a formula is kept as text', () => {
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('-1+1'), "'-1+1");
    assert.equal(csvField(-1.5), '-1.5');
    assert.equal(csvField(undefined), '');
  });
});
