/**
 * The paired load against two real node:http servers on loopback: slots alternate A B B A with the
 * real closed-model engine, each side's trials are merged in order, counts add up.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runPairedLoad, slotLoad } from '../../src/paired/run.js';
import { runClosedLoad } from '../../src/load/closed-runner.js';
import type { LoadProgress, RunLoadOptions } from '../../src/load/types.js';
import { startTestServer } from '../support/servers.js';
import type { ClosedLoad, Endpoint } from '../../src/profile/types.js';

const load: ClosedLoad = { model: 'closed', connections: 2, warmupMs: 100, durationMs: 600, trials: 3, requestTimeoutMs: 2000 };
const endpoints: Endpoint[] = [{ name: 'hello', method: 'GET', path: '/hello', headers: {}, weight: 1, expectStatus: [], thresholds: [] }];

test('slot loads: one trial each, full warm-up first, a quarter trial after', () => {
  assert.deepEqual(slotLoad(load, true), { ...load, warmupMs: 100, durationMs: 200, trials: 1 });
  assert.deepEqual(slotLoad(load, false), { ...load, warmupMs: 50, durationMs: 200, trials: 1 });
});

test('runs A B B A A B against the two targets and merges each side’s trials', async () => {
  const a = await startTestServer();
  const b = await startTestServer();
  try {
    const order: string[] = [];
    const progress: LoadProgress[] = [];
    const measured = await runPairedLoad({
      candidateUrl: b.url,
      baselineUrl: a.url,
      load,
      endpoints,
      runLoad: (options: RunLoadOptions) => {
        order.push(options.targetUrl === a.url ? 'A' : 'B');
        return runClosedLoad(options);
      },
      onProgress: (p) => progress.push(p),
    });
    assert.equal(order.join(''), 'ABBAAB');
    for (const [side, server] of [[measured.baseline, a], [measured.candidate, b]] as const) {
      const [e] = side.endpoints;
      assert.equal(e.trials.length, 3);
      assert.equal(e.requests, e.trials.reduce((s, t) => s + t.requests, 0));
      assert.ok(e.requests > 0);
      // The server also saw the warm-up requests, which are not measured.
      assert.ok(server.hits.get('/hello')! >= e.requests, `${server.hits.get('/hello')} >= ${e.requests}`);
      assert.equal(e.statusCounts['200'], e.requests);
      assert.equal(side.trialDurationMs, 200);
    }
    assert.equal(progress.at(-1)?.phase, 'done');
    assert.equal(progress.at(-1)?.trials, 6);
    const elapsed = progress.map((p) => p.elapsedMs);
    assert.deepEqual(elapsed, [...elapsed].sort((x, y) => x - y), 'progress never goes back');
  } finally {
    await a.close();
    await b.close();
  }
});
