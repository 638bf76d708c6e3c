import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runOpenLoad } from '../../src/load/open-runner.js';
import { runLoad } from '../../src/load/run-load.js';
import type { Endpoint, OpenModelLoad } from '../../src/profile/types.js';
import { startHelloTarget, type HelloTarget } from '../../fixtures/targets/hello.mjs';
import { closedPort, startTestServer, type TestServer } from '../support/servers.js';

function ep(name: string, path: string, extra: Partial<Endpoint> = {}): Endpoint {
  return { name, method: 'GET', path, headers: {}, weight: 1, expectStatus: [], thresholds: [], ...extra };
}

function open(overrides: Partial<OpenModelLoad> = {}): OpenModelLoad {
  return {
    model: 'open', rateRps: 200, shape: { kind: 'constant' }, maxInFlight: 100, connections: 100,
    warmupMs: 200, durationMs: 1000, trials: 2, requestTimeoutMs: 2000, ...overrides,
  };
}

describe('runOpenLoad', () => {
  let hello: HelloTarget;
  let server: TestServer;
  before(async () => {
    hello = await startHelloTarget({ delayMs: 2 });
    server = await startTestServer();
  });
  after(async () => {
    await hello.close();
    await server.close();
  });

  it('sends exactly the scheduled arrivals, and latency from the intended time is never below latency from the send', async () => {
    const before = hello.requests();
    const m = await runOpenLoad({ targetUrl: hello.url, load: open(), endpoints: [ep('hello', '/')] });
    // 200/s for 0.2 s of warm-up and 1 s measured: 40 + 200 arrivals, all answered.
    assert.equal(hello.requests() - before, 240);
    assert.ok(m.open, 'the open model reports its schedule');
    assert.equal(m.open.planned, 200);
    assert.equal(m.open.sent + m.open.dropped, 200);
    assert.equal(m.open.dropped, 0);
    assert.equal(m.open.achievedRps, 200);
    assert.equal(m.open.plannedRps, 200);
    assert.equal(m.endpoints[0].requests, 200);
    assert.deepEqual(m.endpoints[0].trials.map((t) => t.requests), [100, 100]);
    assert.equal(m.open.slots.total, 100, 'two arrivals in each of the hundred 10 ms slots');
    const fromSend = m.endpoints[0].latencyFromSendMs;
    assert.ok(fromSend);
    assert.ok(m.endpoints[0].latencyMs.p50 >= fromSend.p50 && m.endpoints[0].latencyMs.max >= fromSend.max);
    assert.ok(m.endpoints[0].latencyMs.p50 >= 2, 'the 2 ms delay shows');
    assert.ok(m.generator && m.generator.cpuShare > 0);
  });

  it('coordinated omission: on a target that stalls 100 ms every second, latency from the intended time shows the stall', async () => {
    const stalling = await startHelloTarget({ stallMs: 100, stallEveryMs: 1000 });
    try {
      const m = await runOpenLoad({
        targetUrl: stalling.url,
        load: open({ rateRps: 200, warmupMs: 0, durationMs: 2000, trials: 2 }),
        endpoints: [ep('stall', '/')],
      });
      // A tenth of the arrivals land in a stall and wait up to 100 ms: p99 is near 90 ms, p50 is not.
      const latency = m.endpoints[0].latencyMs;
      assert.ok(latency.p99 >= 50, `corrected p99 ${latency.p99} ms shows the stall`);
      assert.ok(latency.max >= 80, `max ${latency.max}`);
      assert.ok(latency.p50 < 50, `p50 ${latency.p50} is not the stall`);
      assert.ok(m.open);
      assert.equal(m.open.dropped, 0);
    } finally {
      await stalling.close();
    }
  });

  it('under overload counts and reports the arrivals the in-flight cap dropped', async () => {
    const slow = await startHelloTarget({ delayMs: 50 });
    try {
      // Five slots, 50 ms each: at most ~100 answers/s, while 400/s arrive.
      const m = await runOpenLoad({
        targetUrl: slow.url,
        load: open({ rateRps: 400, maxInFlight: 5, connections: 5, warmupMs: 0, durationMs: 1000 }),
        endpoints: [{ ...ep('a', '/'), weight: 3 }, ep('b', '/b')],
      });
      assert.ok(m.open);
      assert.equal(m.open.planned, 400);
      // Each endpoint's share of the drops: together the run's total; a 3:1 mix loses about 3:1.
      const [a, b] = m.endpoints.map((e) => e.dropped ?? -1);
      assert.equal(a + b, m.open.dropped);
      assert.ok(a > 2 * b && b > 0, `dropped a ${a}, b ${b}`);
      assert.equal(m.open.sent + m.open.dropped, 400);
      assert.ok(m.open.dropped >= 200, `dropped ${m.open.dropped}`);
      assert.ok(m.open.peakInFlight <= 5);
      assert.equal(m.connections, 5);
      assert.ok(m.open.achievedRps < m.open.plannedRps);
      assert.ok(m.open.slots.missed > 0);
      const warning = m.warnings.find((w) => w.code === 'arrivals-dropped');
      assert.ok(warning, JSON.stringify(m.warnings));
      assert.match(warning.message, new RegExp(`^${m.open.dropped} of 400 scheduled requests`));
      assert.equal(slow.requests(), m.open.sent);
    } finally {
      await slow.close();
    }
  });

  it('templating is reproducible: the same seed sends the same requests', async () => {
    const run = async (seed: number) => {
      const target = await startHelloTarget();
      try {
        await runOpenLoad({
          targetUrl: target.url,
          load: open({ rateRps: 100, warmupMs: 0, durationMs: 400, trials: 2, seed }),
          endpoints: [ep('t', '/t?n={{ seq }}&v={{ int 1 1000000 }}&c={{ choice a b }}')],
        });
        return target.paths().sort();
      } finally {
        await target.close();
      }
    };
    const first = await run(11);
    assert.equal(first.length, 40);
    const numbers = first.map((p) => Number(/n=(\d+)/.exec(p)?.[1])).sort((a, b) => a - b);
    assert.deepEqual(numbers, Array.from({ length: 40 }, (_, i) => i + 1));
    assert.deepEqual(await run(11), first);
    assert.notDeepEqual(await run(12), first);
  });

  it('classifies errors: refused, reset mid-response, timeout (per endpoint), unexpected 5xx', async () => {
    const load = open({ rateRps: 40, warmupMs: 0, durationMs: 500 });
    const refused = await runOpenLoad({ targetUrl: `http://127.0.0.1:${await closedPort()}`, load, endpoints: [ep('r', '/')] });
    assert.equal(refused.endpoints[0].errorsByClass.refused, refused.endpoints[0].requests);
    assert.ok(refused.endpoints[0].requests === 20);
    const m = await runOpenLoad({
      targetUrl: server.url,
      load: open({ rateRps: 80, warmupMs: 0, durationMs: 500 }),
      endpoints: [ep('reset', '/reset'), ep('hang', '/hang', { timeoutMs: 100 }), ep('fail', '/status/503'), ep('ok', '/hello')],
    });
    const by = Object.fromEntries(m.endpoints.map((e) => [e.name, e]));
    assert.equal(by.reset.errorsByClass.reset, by.reset.requests);
    assert.equal(by.hang.errorsByClass.timeout, by.hang.requests);
    assert.equal(by.fail.errorsByClass.status, by.fail.requests);
    assert.equal(by.fail.statusCounts['503'], by.fail.requests);
    assert.equal(by.ok.errors, 0);
    assert.equal(by.ok.requests, 10);
  });

  it('a hung target: warm-up requests are let go at the end of the run and counted as held; no-answers', async () => {
    const load = open({ rateRps: 40, warmupMs: 300, durationMs: 300, trials: 1, requestTimeoutMs: 1500, maxInFlight: 200 });
    const startMs = performance.now();
    const result = await runOpenLoad({ targetUrl: server.url, load, endpoints: [ep('hang', '/hang')] });
    const wallMs = performance.now() - startMs;
    const hang = result.endpoints[0];
    // Measured requests keep their deadline (they count as timeouts); warm-up ones count nowhere.
    assert.equal(hang.errorsByClass.timeout, hang.requests);
    assert.ok(hang.requests > 0);
    assert.ok((hang.warmupUnanswered ?? 0) >= 10, `held ${hang.warmupUnanswered}`);
    assert.ok(result.warnings.some((w) => w.code === 'no-answers'), JSON.stringify(result.warnings));
    // Correctness bound: the end of the run plus one deadline, plus generous slack for a busy machine.
    assert.ok(wallMs < load.warmupMs + load.durationMs + load.requestTimeoutMs + 2000, `ended after ${Math.round(wallMs)} ms`);
  });

  it('a day-long run (the longest a profile allows) is not cut short by a timer: it runs until aborted', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 400);
    await assert.rejects(
      runOpenLoad({ targetUrl: server.url, load: open({ rateRps: 50, warmupMs: 0, durationMs: 24 * 3600 * 1000, trials: 1 }), endpoints: [ep('hello', '/hello')], signal: controller.signal }),
      { code: 'LOADGATE_ABORTED' },
    );
  });

  it('runLoad picks the engine by model and rejects nonsense options at once', async () => {
    const m = await runLoad({ targetUrl: hello.url, load: open({ rateRps: 50, warmupMs: 0, durationMs: 200 }), endpoints: [ep('h', '/')] });
    assert.ok('open' in m && m.open !== undefined);
    await assert.rejects(
      runOpenLoad({ targetUrl: hello.url, load: open({ rateRps: 0, maxInFlight: 0 }), endpoints: [ep('h', '/')] }),
      { code: 'LOADGATE_INVALID_LOAD_OPTIONS', message: /load\.maxInFlight: 0 must be an integer >= 1; load\.rateRps: 0 must be a number > 0/ },
    );
  });
});
