/**
 * The engine's shards on a real local target (127.0.0.1, port 0), in this process: two shards of
 * one closed load with one start-at — the second reaching it 200 ms late — merge exactly, the late
 * one's trials counted from start-at, not from its own start. And what cannot be split is refused.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mergeShards } from '../../src/shard/merge.js';
import { runShard, shardRefusal } from '../../src/shard/run-shard.js';
import type { ShardResult } from '../../src/shard/result.js';
import { realLoadEdges } from '../../src/edges.js';
import { startTestServer, type TestServer } from '../support/servers.js';
import { profileWith } from '../support/builders.js';
import type { OpenModelLoad } from '../../src/profile/types.js';

const quiet = { info: () => {}, warning: () => {} };
const requests = (r: ShardResult) => r.endpoints.reduce((s, e) => s + e.trials.reduce((t, x) => t + x.requests, 0), 0);

describe('engine shards on a real target', () => {
  let server: TestServer;
  before(async () => (server = await startTestServer()));
  after(() => server.close());

  it('a shard that reaches start-at 200 ms late counts its trials from start-at and merges on time', async () => {
    const profile = profileWith(['hello'], {
      load: { model: 'closed', connections: 4, warmupMs: 1000, durationMs: 1600, trials: 4, requestTimeoutMs: 5000 },
      readiness: { path: '/hello', timeoutMs: 5000 },
    });
    profile.endpoints[0].path = '/hello';
    const startAtMs = Date.now() + 400;
    const shard = (index: number) => runShard(
      { profile, target: server.url, shard: { index, count: 2 }, startAtMs, startAtField: '--start-at' },
      realLoadEdges(quiet),
    );
    const onTime = shard(1);
    // Shard 2 is started only once start-at is 200 ms past.
    const late = new Promise<ShardResult>((resolve, reject) => setTimeout(() => shard(2).then(resolve, reject), startAtMs + 200 - Date.now()));
    const [one, two] = await Promise.all([onTime, late]);

    for (const r of [one, two]) {
      assert.equal(r.startAtMs, startAtMs);
      assert.deepEqual(r.window, { warmupMs: 1000, durationMs: 1600, trials: 4 });
      assert.equal(r.connections, 2);
    }
    assert.ok(two.firstSampleMs - startAtMs >= 200, `shard 2 started ${two.firstSampleMs - startAtMs} ms after start-at`);
    const note = two.warnings.find((w) => w.code === 'shard-late-start');
    assert.match(note?.message ?? '', /^Started 0\.\d{3} s after start-at: its warm-up was 0\.\d{3} s instead of 1\.000 s; its trials are aligned/);
    // Counted from start-at, the late shard still has every trial of the common window.
    for (const t of two.endpoints[0].trials) assert.ok(t.requests > 0, 'every trial of the late shard has requests');

    const merged = mergeShards([{ file: 'one', result: one }, { file: 'two', result: two }], { allowMissing: false });
    assert.deepEqual(merged.late, []);
    assert.deepEqual(merged.missing, []);
    const [hello] = merged.measurement.endpoints;
    assert.equal(hello.requests, requests(one) + requests(two));
    hello.trials.forEach((t, k) => assert.equal(t.requests, one.endpoints[0].trials[k].requests + two.endpoints[0].trials[k].requests));
    // The server saw every measured request (and the warm-up's).
    assert.ok(server.hits.get('/hello')! >= hello.requests);
  });

  it('refuses a start-at the shard cannot keep before loading anything', async () => {
    const before = server.totalHits();
    const profile = profileWith(['hello'], { load: { model: 'closed', connections: 2, warmupMs: 500, durationMs: 1000, trials: 2, requestTimeoutMs: 5000 } });
    await assert.rejects(
      runShard({ profile, target: server.url, shard: { index: 1, count: 2 }, startAtMs: Date.now() - 5000, startAtField: '--start-at' }, realLoadEdges(quiet)),
      /--start-at: .* was 5\.\d{3} s ago, more than the 0\.500 s warm-up and a tenth of a trial \(0\.550 s in all\)/,
    );
    assert.equal(server.totalHits(), before);
  });
});

describe('shardRefusal', () => {
  const shard = { index: 1, count: 2 };
  it('splits endpoints in either model', () => {
    assert.equal(shardRefusal(profileWith(['a']), shard), undefined);
    const open: OpenModelLoad = { model: 'open', rateRps: 100, shape: { kind: 'constant' }, maxInFlight: 10, connections: 10, warmupMs: 0, durationMs: 1000, trials: 2, requestTimeoutMs: 1000 };
    assert.equal(shardRefusal(profileWith(['a'], { load: open }), shard), undefined);
  });
  it('refuses a capacity ladder, saying why', () => {
    const load = { model: 'open', rateRps: 100, shape: { kind: 'step', steps: 4 }, maxInFlight: 10, connections: 10, warmupMs: 0, durationMs: 1000, trials: 4, requestTimeoutMs: 1000, capacity: {} } as unknown as OpenModelLoad;
    assert.match(shardRefusal(profileWith(['a'], { load }), shard) ?? '', /^shard 1\/2: a capacity ladder \(load\.capacity\) cannot be sharded: each step stops the ladder or not from its own live trials/);
  });
  it('refuses WebSocket sessions, naming the block and saying what a shard result lacks', () => {
    assert.match(shardRefusal(profileWith(['a'], { websocket: {} as never }), shard) ?? '', /^shard 1\/2: a websocket load \(websocket:\) cannot be sharded yet: a shard result keeps HTTP rows' trial histograms, not the session figures/);
  });
  it('splits flows; refuses a unique feeder with fewer rows than shards (every shard alike), naming the field, the file, the rows and what would do', () => {
    const feeder = (order: string, n: number) => ({ file: 'users.csv', order, line: 14, rows: Array.from({ length: n }, (_, i) => ({ user: `u${i}` })) });
    const withFeeder = (order: string, n: number) => profileWith(['a'], { flows: [{ name: 'other' }, { name: 'checkout', feeder: feeder(order, n) }] as never });
    for (const index of [1, 2, 3]) {
      assert.equal(
        shardRefusal(withFeeder('unique', 2), { index, count: 3 }),
        `shard ${index}/3: flows[1].feeder: order unique gives each shard its own rows (shard k takes rows k, k+N, …), but users.csv has 2 rows for 3 shards (profile line 14): add rows, use at most 2 shards, or order sequential or random`,
      );
    }
    assert.equal(shardRefusal(withFeeder('unique', 3), { index: 3, count: 3 }), undefined);
    assert.equal(shardRefusal(withFeeder('sequential', 1), { index: 3, count: 3 }), undefined);
    assert.equal(shardRefusal(withFeeder('random', 1), { index: 3, count: 3 }), undefined);
  });
});
