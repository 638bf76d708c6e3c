import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runLoad } from '../../src/load/run-load.js';
import { planLadder } from '../../src/plan/capacity-ladder.js';
import { runCapacity } from '../../src/verdict/capacity-reading.js';
import type { CapacitySettings, Endpoint, OpenModelLoad } from '../../src/profile/types.js';
import { startQueueingTarget } from '../../fixtures/targets/queueing.mjs';
import { startHelloTarget } from '../../fixtures/targets/hello.mjs';

const endpoint: Endpoint = { name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] };

/** An open load holding a capacity ladder, as profile/load.ts builds it. */
function ladderLoad(settings: CapacitySettings, maxInFlight = 256): OpenModelLoad {
  const plan = planLadder(settings, 0);
  return {
    model: 'open', rateRps: settings.ceilingRps, shape: plan.shape, maxInFlight, connections: maxInFlight,
    warmupMs: 0, durationMs: plan.durationMs, trials: plan.trials, requestTimeoutMs: 2000, capacity: settings,
  };
}

async function climb(url: string, load: OpenModelLoad) {
  const m = await runLoad({ targetUrl: url, load, endpoints: [endpoint] });
  const capacity = runCapacity(load, m.endpoints, m);
  assert.ok(capacity, 'a ladder run has a capacity');
  return { m, capacity };
}

describe('capacity ladder runs against real local targets', () => {
  it('stops on latency: 4 workers × 10 ms (capacity ≈ 400/s) hold 100 and 300/s, break at 500/s on latency, and the ladder climbs no further', async () => {
    const target = await startQueueingTarget({ workers: 4, serviceMs: 10 });
    try {
      const load = ladderLoad({ startRps: 100, stepRps: 200, ceilingRps: 1500, stepMs: 600, trialsPerStep: 3, hold: { p95Ms: 100, achievedShare: 0.9 } });
      const { m, capacity } = await climb(target.url, load);
      assert.equal(capacity.capacityRps, 300);
      assert.equal(capacity.brokeAt?.rateRps, 500);
      assert.equal(capacity.brokeAt?.causes[0], 'latency');
      assert.equal(capacity.stepsPlanned, 8);
      // It stops once a second step in a row failed (the break at 500/s confirmed at 700/s), or on a
      // busy machine where 700/s somehow held, at 900/s — never higher.
      assert.ok(capacity.stepsRun === 4 || capacity.stepsRun === 5, `stopped after ${capacity.stepsRun} steps`);
      assert.equal(m.trialsRun, capacity.stepsRun * 3);
      assert.equal(m.endpoints[0].trials.length, m.trialsRun, 'only the trials run are reported');
      assert.ok(!capacity.targetStopped);
    } finally {
      await target.close();
    }
  });

  it('stops on errors: a target that answers 503 beyond its 4 slots breaks at the first rate above them', async () => {
    const target = await startQueueingTarget({ workers: 4, serviceMs: 10, queueLimit: 0 });
    try {
      const load = ladderLoad({ startRps: 50, stepRps: 450, ceilingRps: 1850, stepMs: 600, trialsPerStep: 3, hold: { errorRate: 0.01, achievedShare: 0.9 } });
      const { capacity } = await climb(target.url, load);
      assert.equal(capacity.capacityRps, 50);
      assert.equal(capacity.brokeAt?.rateRps, 500);
      assert.deepEqual(capacity.brokeAt?.causes, ['errors']);
      assert.equal(capacity.stepsRun, 3, 'the break at 500/s is confirmed at 950/s, then the ladder stops');
    } finally {
      await target.close();
    }
  });

  it('stops on drops: at most 2 requests in flight on a 20 ms target cannot send 400/s, so the step breaks on the rate', async () => {
    const target = await startHelloTarget({ delayMs: 20 });
    try {
      const load = ladderLoad({ startRps: 40, stepRps: 360, ceilingRps: 1480, stepMs: 600, trialsPerStep: 3, hold: { p95Ms: 1000, achievedShare: 0.98 } }, 2);
      const { m, capacity } = await climb(target.url, load);
      assert.equal(capacity.capacityRps, 40);
      assert.equal(capacity.brokeAt?.rateRps, 400);
      assert.deepEqual(capacity.brokeAt?.causes, ['rate']);
      assert.equal(capacity.stepsRun, 3, 'the break at 400/s is confirmed at 760/s, then the ladder stops');
      assert.ok((m.endpoints[0].dropped ?? 0) > 0, 'arrivals were dropped at the cap');
    } finally {
      await target.close();
    }
  });

  it('a target that dies mid-ladder: capacity reported as broke at that step (target stopped answering), and the run ends within the step', async () => {
    let answered = 0;
    const server: Server = createServer((req, res) => {
      req.resume();
      answered++;
      res.end('ok');
      // After 100 answers (inside the second step) the target goes away for good.
      if (answered === 100) {
        server.close();
        server.closeAllConnections();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const load = ladderLoad({ startRps: 100, stepRps: 100, ceilingRps: 1000, stepMs: 600, trialsPerStep: 3, hold: { p95Ms: 100, errorRate: 0.01, achievedShare: 0.9 } });
    const { m, capacity } = await climb(url, load);
    assert.equal(capacity.targetStopped, true);
    assert.equal(capacity.capacityRps, 100);
    assert.equal(capacity.brokeAt?.rateRps, 200);
    assert.ok(capacity.brokeAt?.causes.includes('errors'));
    assert.equal(capacity.stepsRun, 2, 'the ladder ended with the step in which the target died');
    assert.equal(m.trialsRun, 6);
    assert.ok(m.endpoints[0].requests < 200, 'no step above the one where it died was sent');
  });
});
