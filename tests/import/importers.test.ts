/**
 * Each importer on real tool output (fixtures/import/, see its README for the commands), checked
 * against what the test reads from the same file on its own: counts per label, per trial, and
 * percentiles of the raw latencies.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importResults } from '../../src/import/index.js';
import { splitCsvLine } from '../../src/import/csv.js';

/** Labels become endpoint names with every run of other characters than A-Z a-z 0-9 . _ - turned into "_". */
const nameOf = (label: string) => label.replace(/[^A-Za-z0-9._-]+/g, '_');
const fixture = (path: string) => new URL(`../../fixtures/import/${path}`, import.meta.url).pathname;

/** The value at percentile p of sorted values, as HdrHistogram defines it (smallest value with at least p% at or below). */
function percentileOf(sorted: number[], p: number): number {
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** HDR keeps 3 significant digits: a reported value is within 0.1% (plus rounding to µs) of the true one. */
function assertNear(actual: number, expected: number, what: string) {
  assert.ok(Math.abs(actual - expected) <= expected * 0.001 + 0.002, `${what}: ${actual} is not within 0.1% of ${expected}`);
}

interface JtlRow { ts: number; elapsed: number; latency: number; label: string; code: string; success: boolean }
function readJtl(file: string): JtlRow[] {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = (header.split(','));
  return lines.map((l) => {
    const f = splitCsvLine(l) as string[];
    return {
      ts: Number(f[cols.indexOf('timeStamp')]), elapsed: Number(f[cols.indexOf('elapsed')]), latency: Number(f[cols.indexOf('Latency')]),
      label: f[cols.indexOf('label')], code: f[cols.indexOf('responseCode')], success: f[cols.indexOf('success')] === 'true',
    };
  });
}

describe('JMeter JTL', () => {
  const file = fixture('jmeter/shop.jtl');
  const rows = readJtl(file);

  it('counts every sample of each label, with statuses and errors, when the window covers the file', async () => {
    const imported = await importResults({ format: 'jmeter', file, window: { durationMs: 60_000, trials: 6 } });
    assert.equal(imported.outside, 0);
    const labels = [...new Set(rows.map((r) => nameOf(r.label)))].sort();
    assert.deepEqual(imported.measurement.endpoints.map((e) => e.name), labels);
    for (const e of imported.measurement.endpoints) {
      const mine = rows.filter((r) => nameOf(r.label) === e.name);
      assert.equal(e.requests, mine.length, e.name);
      assert.equal(e.errors, mine.filter((r) => !r.success).length, `${e.name} errors`);
      if (e.name === 'missing_page') assert.deepEqual(e.statusCounts, { 404: mine.length });
      const sorted = mine.map((r) => r.elapsed).sort((a, b) => a - b);
      assertNear(e.latencyMs.p50, percentileOf(sorted, 50), `${e.name} p50`);
      assertNear(e.latencyMs.p95, percentileOf(sorted, 95), `${e.name} p95`);
      assert.equal(e.latencyMs.max, sorted[sorted.length - 1]);
    }
  });

  it('puts each sample in the trial where it started, trials of equal length from the first start', async () => {
    const imported = await importResults({ format: 'jmeter', file, window: { warmupMs: 1000, durationMs: 4000, trials: 4 } });
    const t0 = Math.min(...rows.map((r) => r.ts));
    for (const e of imported.measurement.endpoints) {
      const expected = [0, 1, 2, 3].map((k) => rows.filter((r) => nameOf(r.label) === e.name && r.ts - t0 >= 1000 + k * 1000 && r.ts - t0 < 2000 + k * 1000).length);
      assert.deepEqual(e.trials.map((t) => t.requests), expected, e.name);
    }
    const inside = rows.filter((r) => r.ts - t0 >= 1000 && r.ts - t0 < 5000).length;
    assert.equal(imported.outside, rows.length - inside);
    assert.equal(imported.measurement.trialDurationMs, 1000);
  });

  it("reads percentiles from every sample's elapsed time in the window, not from Latency (time to first byte)", async () => {
    const main = fixture('jmeter/main.jtl');
    const all = readJtl(main);
    const imported = await importResults({ format: 'jmeter', file: main, window: { warmupMs: 2000, durationMs: 6000, trials: 6 } });
    const t0 = Math.min(...all.map((r) => r.ts));
    const inWindow = all.filter((r) => r.ts - t0 >= 2000 && r.ts - t0 < 8000 && /^\d{3}$/.test(r.code));
    let latencyWouldDiffer = false;
    for (const e of imported.measurement.endpoints) {
      const mine = inWindow.filter((r) => nameOf(r.label) === e.name);
      const elapsed = mine.map((r) => r.elapsed).sort((a, b) => a - b);
      const firstByte = mine.map((r) => r.latency).sort((a, b) => a - b);
      for (const [p, key] of [[50, 'p50'], [90, 'p90'], [99, 'p99']] as const) {
        assertNear(e.latencyMs[key], percentileOf(elapsed, p), `${e.name} ${key}`);
        if (percentileOf(firstByte, p) !== percentileOf(elapsed, p)) latencyWouldDiffer = true;
      }
      assert.equal(e.latencyMs.max, elapsed[elapsed.length - 1], `${e.name} max`);
    }
    // The fixture can tell the two columns apart: one of these percentiles differs between them.
    assert.ok(latencyWouldDiffer, 'elapsed and Latency give the same percentiles in this window: the test would not see a mix-up');
  });

  it('says its latencies are whole milliseconds as JMeter wrote them', async () => {
    const imported = await importResults({ format: 'jmeter', file });
    assert.match(imported.measurement.warnings.find((w) => w.code === 'imported')!.message, /JMeter writes each latency \(elapsed\) in whole milliseconds/);
  });

  it('classes a refused connection as refused and says nothing was answered', async () => {
    const imported = await importResults({ format: 'jmeter', file: fixture('jmeter/refused.jtl') });
    const [e] = imported.measurement.endpoints;
    assert.equal(e.errorsByClass.refused, 1);
    assert.match(e.errorSamples?.refused?.[0] ?? '', /ConnectException/);
    assert.ok(imported.measurement.warnings.some((w) => w.code === 'no-answers'));
  });
});

describe('k6 JSON output', () => {
  const file = fixture('k6/shop.json');
  const points = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l)).filter((p) => p.type === 'Point' && p.metric === 'http_req_duration');

  it('counts http_req_duration points by their name tag, latency from their values', async () => {
    const imported = await importResults({ format: 'k6', file, window: { durationMs: 60_000 } });
    const names = [...new Set(points.map((p) => nameOf(p.data.tags.name)))].sort();
    assert.deepEqual(imported.measurement.endpoints.map((e) => e.name), names);
    for (const e of imported.measurement.endpoints) {
      const mine = points.filter((p) => nameOf(p.data.tags.name) === e.name);
      assert.equal(e.requests, mine.length, e.name);
      const answered = mine.filter((p) => p.data.tags.status !== '0').map((p) => p.data.value).sort((a: number, b: number) => a - b);
      assertNear(e.latencyMs.p50, percentileOf(answered, 50), `${e.name} p50`);
      assertNear(e.latencyMs.p99, percentileOf(answered, 99), `${e.name} p99`);
    }
    const products = imported.measurement.endpoints.find((e) => e.name === 'products')!;
    assert.equal(products.errorsByClass.refused, 1, 'error_code 1212 is a refused connection');
    assert.equal(products.method, 'GET');
    assert.equal(imported.measurement.connections, 4, 'the vus gauge');
    // k6 writes fractions of a millisecond: no resolution note.
    assert.doesNotMatch(imported.measurement.warnings.find((w) => w.code === 'imported')!.message, /whole milliseconds/);
  });
});

describe('Locust stats history', () => {
  const file = fixture('locust/shop_stats_history.csv');
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const cols = header.split(',');
  const lastRow = (name: string) => lines.map((l) => l.split(',')).filter((f) => nameOf(f[cols.indexOf('Name')]) === name).at(-1)!;

  it('takes requests and failures from the cumulative counts, and says its percentiles are approximate', async () => {
    const imported = await importResults({ format: 'locust', file });
    for (const e of imported.measurement.endpoints) {
      const row = lastRow(e.name);
      assert.equal(e.requests, Number(row[cols.indexOf('Total Request Count')]), e.name);
      assert.equal(e.errors, Number(row[cols.indexOf('Total Failure Count')]), `${e.name} failures`);
    }
    assert.ok(imported.measurement.warnings.some((w) => w.code === 'import-approximate'));
    assert.equal(imported.window.plan.trials.length, 10);
    assert.equal(imported.measurement.connections, 4, 'the user count');
  });

  it("keeps Locust's whole-millisecond percentiles as written, and says they are whole milliseconds", async () => {
    const imported = await importResults({ format: 'locust', file, window: { trials: 3 } });
    for (const e of imported.measurement.endpoints) {
      // The p50 of each of the endpoint's rows (its current 50%, or the run's median where Locust wrote no
      // current one, as the importer takes it): the imported p50 mixes the rows' histograms, so it lies
      // between the smallest and the largest p50 Locust wrote, never outside.
      const written = lines.map((l) => l.split(',')).filter((f) => nameOf(f[cols.indexOf('Name')]) === e.name)
        .map((f) => Number(f[cols.indexOf('50%')]) || Number(f[cols.indexOf('Total Median Response Time')]));
      assert.ok(written.every(Number.isInteger), `${e.name}: Locust writes whole milliseconds`);
      assert.ok(e.latencyMs.p50 >= Math.min(...written) && e.latencyMs.p50 <= Math.max(...written) * 1.001 + 0.002,
        `${e.name}: imported p50 ${e.latencyMs.p50} is outside the p50s Locust wrote (${Math.min(...written)}…${Math.max(...written)} ms)`);
    }
    const note = imported.measurement.warnings.find((w) => w.code === 'imported')!.message;
    assert.match(note, /Locust rounds each response time to whole milliseconds .* writes its percentiles in whole milliseconds/);
  });

  it('cuts trials from whole intervals when fewer trials are asked for', async () => {
    const imported = await importResults({ format: 'locust', file, window: { trials: 3 } });
    assert.equal(imported.window.plan.trials.length, 3);
    const inTrials = imported.measurement.endpoints.reduce((s, e) => s + e.requests, 0);
    assert.equal(inTrials + imported.outside, imported.samples);
  });
});

describe('autocannon JSON', () => {
  const file = fixture('autocannon/products.json');
  const raw = JSON.parse(readFileSync(file, 'utf8'));

  it('is one trial with autocannon\'s counts and percentiles, advisory only', async () => {
    const imported = await importResults({ format: 'autocannon', file });
    const [e] = imported.measurement.endpoints;
    assert.equal(e.requests, raw.requests.total + raw.errors);
    assert.equal(e.trials.length, 1);
    assertNear(e.latencyMs.p50, raw.latency.p50, 'p50');
    assertNear(e.latencyMs.p90, raw.latency.p90, 'p90');
    assertNear(e.latencyMs.p99, raw.latency.p99, 'p99');
    assert.equal(e.latencyMs.max, raw.latency.max);
    assert.ok(imported.measurement.warnings.some((w) => w.code === 'import-single-trial' && /advisory/.test(w.message)));
  });
});

describe('Artillery JSON report', () => {
  const file = fixture('artillery/shop.json');
  const raw = JSON.parse(readFileSync(file, 'utf8'));

  it('makes one trial per period with the per-endpoint counts, and says the histograms are drawn', async () => {
    const imported = await importResults({ format: 'artillery', file });
    assert.equal(imported.window.plan.trials.length, raw.intermediate.length);
    for (const e of imported.measurement.endpoints) {
      const label = e.name === 'missing_page' ? 'missing page' : e.name;
      const codes = Object.entries(raw.aggregate.counters as Record<string, number>).filter(([k]) => k.startsWith(`plugins.metrics-by-endpoint.${label}.codes.`));
      assert.equal(e.requests, codes.reduce((s, [, v]) => s + v, 0), e.name);
      assert.deepEqual(e.trials.map((t) => t.requests), raw.intermediate.map((p: { counters: Record<string, number> }) =>
        Object.entries(p.counters).filter(([k]) => k.startsWith(`plugins.metrics-by-endpoint.${label}.codes.`)).reduce((s, [, v]) => s + v, 0)));
      const onlyPeriod = raw.intermediate.map((p: { summaries: Record<string, { max: number }> }) => p.summaries[`plugins.metrics-by-endpoint.response_time.${label}`].max);
      assert.equal(e.latencyMs.max, Math.max(...onlyPeriod), `${e.name} max`);
    }
    assert.equal(imported.measurement.endpoints.find((e) => e.name === 'missing_page')!.errorsByClass.status, raw.aggregate.counters['http.codes.404']);
    assert.ok(imported.measurement.warnings.some((w) => w.code === 'import-approximate'));
  });
});
