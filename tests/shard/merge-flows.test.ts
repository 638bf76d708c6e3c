/**
 * The exact merge of shards with flows and the open model (pure): three shard results of a profile
 * with an endpoint and a three-step flow, made from counters with known values, go through JSON
 * (as uploaded) and are merged. Counts — requests, statuses, each error class with `capture` and
 * `check`, dropped arrivals, iterations — are the sums of the inputs; latencies, the latency from
 * the send, the send lag and the flow's start lag are those of one histogram fed every value, with
 * the exact maximum and mean; the 10 ms slots are the union of the shards'.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createEndpointCounters, type EndpointCounters } from '../../src/metrics/summarize.js';
import { createLatencyHistogram, summarizeLatency, type LatencyHistogram } from '../../src/metrics/histogram.js';
import type { OpenRawCounts } from '../../src/metrics/open-summary.js';
import { shardResultOf, shardResultProblem, type ShardResult } from '../../src/shard/result.js';
import { shardOpenOf } from '../../src/shard/open.js';
import { mergedRowOrder, mergeShards } from '../../src/shard/merge.js';

const WINDOW = { warmupMs: 100, durationMs: 200, trials: 2 };
const SLOTS = 20;
const ROWS = [
  { name: 'home', method: 'GET', path: '/home' },
  { name: 'buy', method: 'FLOW', path: '/login → /cart → /order' },
  { name: 'buy/login', method: 'POST', path: '/login' },
  { name: 'buy/cart', method: 'GET', path: '/cart' },
  { name: 'buy/order', method: 'POST', path: '/order' },
];
const N = 3;

/** Latencies (µs) of shard k, row r, trial t: a few distinct values each, so percentiles move. */
const latencies = (k: number, r: number, t: number) => Array.from({ length: 3 + k + r + t }, (_, i) => 900 + 1000 * r + 137 * k + 61 * i * (t + 1) + (k === 2 && i === 0 ? 40_000 : 0));
const sendLatencies = (k: number, r: number) => [500 + 100 * k + r, 700 + 10 * r];
const lags = (k: number) => [50 + k, 80, 120 + 7 * k, k === 1 ? 31_000 : 200];
const startLags = (k: number) => [60 + k, 90 * (k + 1)];

function histogramOf(values: number[]): LatencyHistogram {
  const h = createLatencyHistogram();
  for (const v of values) h.recordMicros(v);
  return h;
}

function shard(k: number): ShardResult {
  const counters: EndpointCounters[] = ROWS.map((row, r) => {
    const c = createEndpointCounters({ ...row, headers: {}, weight: 1, expectStatus: [], thresholds: [] }, WINDOW.trials, { sendLatency: true });
    c.trials.forEach((trial, t) => {
      for (const us of latencies(k, r, t)) trial.latency.recordMicros(us);
      trial.requests = latencies(k, r, t).length + 1; // one failed without an answer
      trial.errors.timeout = 1;
      trial.statusCounts[200] = latencies(k, r, t).length;
    });
    for (const us of sendLatencies(k, r)) c.sendLatency!.recordMicros(us);
    c.dropped = k + r;
    return c;
  });
  // Shard 2's logins found no token once, shard 3's carts failed a check twice; flow rows count the class that ended the iteration.
  if (k === 1) { counters[2].trials[0].errors.capture = 1; counters[1].trials[0].errors.capture = 1; counters[2].errorSamples.capture = ['capture json $.token → token found nothing']; }
  if (k === 2) { counters[3].trials[1].errors.check = 2; counters[3].errorSamples.check = ['check json $.items not_empty failed', 'another']; }
  counters[0].errorSamples.timeout = [`timeout ${k}`];
  const marks = (slots: number[]) => Uint8Array.from({ length: SLOTS }, (_, i) => (slots.includes(i) ? 1 : 0));
  const flowLag = histogramOf(startLags(k));
  const raw: OpenRawCounts = {
    plannedCount: 10 + k / 3, measuredMs: WINDOW.durationMs, sent: 9 + k, dropped: k, maxInFlight: [3, 2, 2][k], peakInFlight: 1 + k,
    lag: histogramOf(lags(k)), planned: marks([k, 5, 10 + k]), missed: marks(k === 1 ? [5] : []),
    iterations: [{ flow: 'buy', counts: { started: 4 + k, dropped: k, late: k === 1 ? 1 : 0, lag: flowLag } }],
  };
  const result = shardResultOf(counters, {
    name: 'shop', shard: { index: k + 1, count: N }, startAtMs: 1_700_000_000_000, firstSampleMs: 1_700_000_000_000, window: WINDOW,
    connections: 1 + k, warnings: [{ code: 'schedule-missed', message: `lag ${k}` }, { code: 'endpoint-unsampled', message: 'home: no request' }], open: shardOpenOf(raw, { rateRps: 30 / N, shape: { kind: 'constant' } }),
  });
  // As uploaded and downloaded: JSON, checked as untrusted.
  const read = JSON.parse(JSON.stringify(result)) as ShardResult;
  assert.equal(shardResultProblem(read), undefined);
  return read;
}

const shards = [0, 1, 2].map(shard);
const merged = mergeShards(shards.map((result, k) => ({ file: `s${k}`, result })), { allowMissing: false });
const m = merged.measurement;
const row = (name: string) => m.endpoints.find((e) => e.name === name)!;
const sumOver = (f: (k: number) => number) => f(0) + f(1) + f(2);

describe('merging shards of a flow in the open model', () => {
  it('lists the rows as one run does: endpoints and flows by name, each flow\'s steps after it in step order', () => {
    assert.deepEqual(m.endpoints.map((e) => [e.name, e.method]), [['buy', 'FLOW'], ['buy/login', 'POST'], ['buy/cart', 'GET'], ['buy/order', 'POST'], ['home', 'GET']]);
    // Imported labels with slashes are no steps without a FLOW row: plain name order.
    assert.deepEqual(mergedRowOrder([[{ name: '/b', method: 'GET', path: '', trials: [] }, { name: '/a/x', method: 'GET', path: '', trials: [] }]]), ['/a/x', '/b']);
  });

  it('sums every count per row and trial: requests, statuses, each error class with capture and check, dropped arrivals', () => {
    ROWS.forEach((r, i) => {
      const e = row(r.name);
      e.trials.forEach((t, k) => assert.equal(t.requests, sumOver((s) => latencies(s, i, k).length + 1), `${r.name} trial ${k + 1}`));
      assert.equal(e.statusCounts['200'], sumOver((s) => latencies(s, i, 0).length + latencies(s, i, 1).length));
      assert.equal(e.errorsByClass.timeout, 6);
      assert.equal(e.dropped, sumOver((s) => s + i), `${r.name} dropped`);
    });
    assert.equal(row('buy/login').errorsByClass.capture, 1);
    assert.equal(row('buy').errorsByClass.capture, 1);
    assert.equal(row('buy/cart').errorsByClass.check, 2);
    assert.equal(row('buy/cart').errors, 6 + 2);
    assert.equal(row('buy/order').errorsByClass.capture, undefined, 'the flow classes appear only where they happened');
    assert.deepEqual(row('buy/cart').errorSamples?.check, ['check json $.items not_empty failed', 'another']);
    assert.deepEqual(row('home').errorSamples?.timeout, ['timeout 0', 'timeout 1', 'timeout 2'], 'samples kept in shard order, up to the limit');
  });

  it('latencies and the latency from the send are one histogram\'s of every value, with the exact max and mean', () => {
    ROWS.forEach((r, i) => {
      const all = [0, 1, 2].flatMap((s) => [...latencies(s, i, 0), ...latencies(s, i, 1)]);
      const one = histogramOf(all);
      assert.deepEqual(row(r.name).latencyMs, summarizeLatency(one), r.name);
      assert.equal(row(r.name).latencyMs.max, Math.max(...all) / 1000);
      assert.equal(row(r.name).latencyMs.mean, Math.round(all.reduce((a, b) => a + b, 0) / all.length) / 1000);
      const sends = [0, 1, 2].flatMap((s) => sendLatencies(s, i));
      assert.deepEqual(row(r.name).latencyFromSendMs, summarizeLatency(histogramOf(sends)), `${r.name} from the send`);
      one.release();
    });
  });

  it('merges the open section: counts and caps summed, send lag and start lag of every value, slots united', () => {
    const open = m.open!;
    assert.equal(open.sent, 9 + 10 + 11);
    assert.equal(open.dropped, 0 + 1 + 2);
    assert.equal(open.planned, 33);
    assert.equal(open.maxInFlight, 7, 'the caps dealt out add up to the profile\'s');
    assert.equal(open.peakInFlight, 1 + 2 + 3, 'the sum of the peaks, an upper bound');
    assert.equal(open.plannedRps, 155, '(10 + 10⅓ + 10⅔) arrivals over 0.2 s');
    assert.equal(open.achievedRps, 150);
    const allLags = [0, 1, 2].flatMap(lags);
    assert.deepEqual(open.sendLagMs, summarizeLatency(histogramOf(allLags)));
    assert.equal(open.sendLagMs.max, 31);
    // Planned slots {0,5,10} ∪ {1,5,11} ∪ {2,5,12}; missed {5}.
    assert.deepEqual(open.slots, { sizeMs: 10, total: 7, missed: 1 });
    assert.deepEqual(open.iterations, [{
      flow: 'buy', planned: 4 + 5 + 6 + 3, started: 15, dropped: 3, late: 1, startLagMs: summarizeLatency(histogramOf([0, 1, 2].flatMap(startLags))),
    }]);
    assert.deepEqual(merged.load, { model: 'open', rateRps: 30, shape: 'constant' });
  });

  it('warns on the merged figures as a single run would, and keeps each shard\'s own notes', () => {
    const codes = m.warnings.map((w) => w.code);
    const dropped = m.warnings.find((w) => w.code === 'arrivals-dropped');
    assert.match(dropped?.message ?? '', /^3 of 33 scheduled arrivals \(requests and flow iterations\) \(9\.1%\) were dropped because 7 were already in flight/);
    assert.match(m.warnings.find((w) => w.code === 'schedule-missed' && !w.message.startsWith('shard'))?.message ?? '', /send lag p99 31 ms/);
    assert.deepEqual(m.warnings.filter((w) => w.message.startsWith('shard ')).map((w) => w.message), ['shard 1/3: lag 0', 'shard 2/3: lag 1', 'shard 3/3: lag 2']);
    assert.ok(codes.includes('shards-merged'));
    assert.ok(!codes.includes('endpoint-unsampled'), 'a shard without a light endpoint\'s arrivals is no fault of the merged run, which had them');
    assert.match(m.warnings.find((w) => w.code === 'shards-merged')!.message, /shard 2: \d+ requests, 2 connections, at most 2 in flight;.* the peak in flight is the sum of the shards' peaks \(an upper bound/);
  });

  it('without every shard\'s open figures (an older shard result), merges none of them and says so', () => {
    const { open: _open, ...older } = shards[1];
    const partial = mergeShards([{ file: 'a', result: shards[0] }, { file: 'b', result: older as ShardResult }, { file: 'c', result: shards[2] }], { allowMissing: false });
    assert.equal(partial.measurement.open, undefined);
    assert.equal(partial.load, undefined);
    assert.match(partial.measurement.warnings.find((w) => w.code === 'shards-merged')!.message, /schedule figures are not merged: shard 2 kept none/);
  });

  it('refuses a shard result whose open figures are malformed, naming the field', () => {
    const bad = JSON.parse(JSON.stringify(shards[0])) as ShardResult;
    bad.open!.sent = -1;
    assert.equal(shardResultProblem(bad), 'open.sent is not a count');
    const noClass = JSON.parse(JSON.stringify(shards[0])) as ShardResult;
    (noClass.endpoints[2].trials[0].errors as unknown as Record<string, unknown>).capture = 'x';
    assert.equal(shardResultProblem(noClass), 'endpoint buy/login: errors.capture is not a count');
  });
});
