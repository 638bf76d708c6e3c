import { after, before, describe, it } from 'node:test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { runClosedLoad } from '../../src/load/closed-runner.js';
import type { LoadProgress } from '../../src/load/types.js';
import { REFUSED_BACKOFF_MS } from '../../src/load/connection.js';
import type { ClosedModelLoad, Endpoint } from '../../src/profile/types.js';
import type { EndpointResult } from '../../src/metrics/types.js';
import { closedPort, startTestServer, type TestServer } from '../support/servers.js';

function ep(name: string, path: string, weight = 1, expectStatus: number[] = []): Endpoint {
  return { name, method: 'GET', path, headers: {}, weight, expectStatus, thresholds: [] };
}

function closed(overrides: Partial<ClosedModelLoad> = {}): ClosedModelLoad {
  return {
    model: 'closed',
    connections: 2,
    warmupMs: 0,
    durationMs: 500,
    trials: 2,
    requestTimeoutMs: 1000,
    ...overrides,
  };
}

function byName(endpoints: EndpointResult[], name: string): EndpointResult {
  const found = endpoints.find((e) => e.name === name);
  assert.ok(found, `endpoint ${name} in result`);
  return found;
}

function trialSum(e: EndpointResult): number {
  return e.trials.reduce((sum, t) => sum + t.requests, 0);
}

describe('runClosedLoad', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('follows the weights, excludes warm-up and fills every trial', async () => {
    server.hits.clear();
    const load = closed({ connections: 4, warmupMs: 200, durationMs: 800, trials: 4 });
    const result = await runClosedLoad({
      targetUrl: server.url,
      load,
      endpoints: [ep('heavy', '/hello?e=heavy', 3), ep('light', '/hello?e=light', 1)],
    });
    const heavy = byName(result.endpoints, 'heavy');
    const light = byName(result.endpoints, 'light');
    assert.ok(light.requests > 50, `enough requests to judge (${light.requests})`);
    // Each connection walks a 3:1 smooth round-robin, so any stretch of it is off by at most 2 picks.
    assert.ok(Math.abs(heavy.requests - 3 * light.requests) <= 8 * load.connections,
      `heavy ${heavy.requests} vs light ${light.requests}`);
    const share = heavy.requests / (heavy.requests + light.requests);
    assert.ok(share > 0.73 && share < 0.77, `heavy share ${share}`);

    // Warm-up: the server saw every measured request plus the warm-up ones (at least one per connection).
    const served = server.totalHits();
    const measured = heavy.requests + light.requests;
    assert.ok(served - measured >= load.connections, `served ${served}, measured ${measured}`);

    for (const e of [heavy, light]) {
      assert.equal(e.trials.length, 4);
      for (const t of e.trials) assert.ok(t.requests > 0, 'every trial has requests');
      assert.equal(trialSum(e), e.requests);
      assert.equal(e.errors, 0);
      assert.deepEqual(e.statusCounts, { '200': e.requests });
      assert.equal(e.rps, e.requests / (load.durationMs / 1000));
    }
    assert.equal(result.trialDurationMs, 200);
    assert.ok(result.finishedAt >= result.startedAt);
  });

  it('records latency no lower than the server delay', async () => {
    const result = await runClosedLoad({
      targetUrl: server.url,
      load: closed({ warmupMs: 100, durationMs: 400 }),
      endpoints: [ep('slow', '/delay/20')],
    });
    const slow = byName(result.endpoints, 'slow');
    assert.ok(slow.requests > 0);
    const l = slow.latencyMs;
    assert.ok(l.p50 >= 20, `p50 ${l.p50} ms`);
    assert.ok(l.p50 <= l.p90 && l.p90 <= l.p95 && l.p95 <= l.p99 && l.p99 <= l.max, JSON.stringify(l));
    assert.ok(l.mean >= 20);
    for (const t of slow.trials) assert.ok(t.latencyMs.p50 >= 20, `trial p50 ${t.latencyMs.p50}`);
  });

  it('counts unexpected statuses as status errors, per expectStatus', async () => {
    const result = await runClosedLoad({
      targetUrl: server.url,
      load: closed({ connections: 4, durationMs: 400 }),
      endpoints: [
        ep('500', '/status/500'),
        ep('201-not-expected', '/status/201', 1, [200]),
        ep('404-expected', '/status/404', 1, [404]),
        ep('204-any-2xx', '/status/204'),
      ],
    });
    for (const name of ['500', '201-not-expected']) {
      const e = byName(result.endpoints, name);
      assert.ok(e.requests > 0);
      assert.equal(e.errorsByClass.status, e.requests);
      assert.equal(e.errors, e.requests);
      assert.equal(e.errorRate, 1);
      assert.ok(e.latencyMs.max > 0, 'answered requests have latency even when the status is wrong');
    }
    assert.deepEqual(byName(result.endpoints, '500').statusCounts, { '500': byName(result.endpoints, '500').requests });
    for (const name of ['404-expected', '204-any-2xx']) {
      const e = byName(result.endpoints, name);
      assert.ok(e.requests > 0);
      assert.equal(e.errors, 0, name);
    }
  });

  it('counts resets when the server closes the socket mid-response', async () => {
    const result = await runClosedLoad({
      targetUrl: server.url,
      load: closed({ durationMs: 300 }),
      endpoints: [ep('reset', '/reset'), ep('ok', '/hello')],
    });
    const reset = byName(result.endpoints, 'reset');
    assert.ok(reset.requests > 0);
    assert.equal(reset.errorsByClass.reset, reset.requests);
    assert.deepEqual(reset.statusCounts, {});
    assert.equal(byName(result.endpoints, 'ok').errors, 0);
  });

  it('abandons requests at the deadline as timeouts and carries on', async () => {
    server.hits.clear();
    const load = closed({ durationMs: 1000, requestTimeoutMs: 200 });
    const result = await runClosedLoad({
      targetUrl: server.url,
      load,
      endpoints: [ep('hang', '/hang'), ep('ok', '/hello')],
    });
    const hang = byName(result.endpoints, 'hang');
    const ok = byName(result.endpoints, 'ok');
    assert.ok(hang.errorsByClass.timeout >= 2 * load.connections, `timeouts ${hang.errorsByClass.timeout}`);
    assert.equal(hang.errors, hang.requests);
    assert.equal(hang.errorsByClass.timeout, hang.requests);
    assert.deepEqual(hang.latencyMs, { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 });
    // The same connections went on to answer other requests after each abandoned one.
    assert.ok(ok.requests >= hang.requests - load.connections, `ok ${ok.requests}`);
    assert.equal(ok.errors, 0);
  });

  it('a hung endpoint whose requests all start in the warm-up: ends on time, counts them as warm-up requests held, and warns no-answers', async () => {
    const load = closed({ connections: 4, warmupMs: 300, durationMs: 400, trials: 2, requestTimeoutMs: 5000 });
    const startMs = performance.now();
    const result = await runClosedLoad({ targetUrl: server.url, load, endpoints: [ep('hang', '/hang'), ep('ok', '/hello')] });
    const wallMs = performance.now() - startMs;
    // Correctness bound, not a speed check: the warm-up requests' 5 s deadline must not hold the run.
    assert.ok(wallMs < load.requestTimeoutMs, `ended after ${Math.round(wallMs)} ms, past the 5 s deadline of the warm-up requests`);
    const hang = byName(result.endpoints, 'hang');
    assert.equal(hang.requests, 0);
    assert.equal(hang.warmupUnanswered, load.connections, 'every connection was held by a warm-up request to hang');
    assert.deepEqual(result.warnings.map((w) => w.code).filter((c) => c === 'no-answers'), ['no-answers']);
    assert.match(result.warnings.find((w) => w.code === 'no-answers')!.message, /4 requests sent during the warm-up were still unanswered when the warm-up ended \(hang: 4\)/);
  });

  it('a hung endpoint in a run longer than its timeout shows as timeouts in their start trials, and the others are still measured', async () => {
    const load = closed({ connections: 4, warmupMs: 0, durationMs: 900, trials: 3, requestTimeoutMs: 150 });
    const result = await runClosedLoad({ targetUrl: server.url, load, endpoints: [ep('hang', '/hang'), ep('ok', '/hello')] });
    const hang = byName(result.endpoints, 'hang');
    const ok = byName(result.endpoints, 'ok');
    for (const t of hang.trials) assert.ok(t.errors > 0 && t.errors === t.requests, `every trial of hang holds timeouts: ${JSON.stringify(hang.trials.map((x) => x.requests))}`);
    assert.deepEqual(hang.errorSamples, { timeout: ['no answer within 150 ms (request abandoned)'] });
    // One ok request per hang timeout per connection at least: the closed model slows ok, never to 0.
    assert.ok(ok.requests >= hang.requests - load.connections, `ok ${ok.requests}, hang ${hang.requests}`);
    const failing = result.warnings.find((w) => w.code === 'endpoint-failing');
    assert.ok(failing, JSON.stringify(result.warnings));
    assert.match(failing.message, /^hang: \d+ of \d+ requests failed \(timeout \d+/);
    assert.ok(!result.warnings.some((w) => w.code === 'no-answers' || w.code === 'endpoint-starved'));
  });

  it('pipelining against a server that closes every connection after 10 answers (connection: close): nothing counted against it', async () => {
    const limited = http.createServer((req, res) => {
      req.resume();
      res.end('ok');
    });
    limited.maxRequestsPerSocket = 10;
    await new Promise<void>((resolve) => limited.listen(0, '127.0.0.1', () => resolve()));
    try {
      const port = (limited.address() as AddressInfo).port;
      const load = closed({ connections: 2, pipelining: 8, durationMs: 600, trials: 2 });
      const result = await runClosedLoad({ targetUrl: `http://127.0.0.1:${port}`, load, endpoints: [ep('home', '/')] });
      const home = result.endpoints[0];
      assert.ok(home.requests > 100, `requests ${home.requests}`);
      assert.deepEqual(home.errorsByClass, { refused: 0, reset: 0, timeout: 0, status: 0, other: 0 }, JSON.stringify(home.errorSamples));
    } finally {
      limited.closeAllConnections();
      await new Promise<void>((resolve) => limited.close(() => resolve()));
    }
  });

  it('a day-long run (the longest a profile allows) is not cut short by a timer: it runs until aborted', async () => {
    const controller = new AbortController();
    const warnings: string[] = [];
    const onWarning = (w: Error) => warnings.push(w.name);
    process.on('warning', onWarning);
    setTimeout(() => controller.abort(), 400);
    try {
      await assert.rejects(
        runClosedLoad({ targetUrl: server.url, load: closed({ durationMs: 24 * 3600 * 1000, trials: 1 }), endpoints: [ep('ok', '/hello')], signal: controller.signal }),
        { code: 'LOADGATE_ABORTED' },
      );
    } finally {
      process.off('warning', onWarning);
    }
    assert.ok(!warnings.includes('TimeoutOverflowWarning'), warnings.join(', '));
  });

  it('counts refused connections with back-off when nothing listens', async () => {
    const port = await closedPort();
    const load = closed({ durationMs: 500 });
    const result = await runClosedLoad({
      targetUrl: `http://127.0.0.1:${port}`,
      load,
      endpoints: [ep('down', '/hello')],
    });
    const down = byName(result.endpoints, 'down');
    assert.ok(down.requests >= load.connections);
    assert.equal(down.errorsByClass.refused, down.requests);
    assert.equal(down.errors, down.requests);
    // Back-off: at most one attempt per connection per back-off period (plus the first); a timer
    // may fire up to 1 ms early, hence BACKOFF - 1. A connection spinning without back-off would
    // make thousands of attempts.
    const ceiling = Math.floor(load.connections * (load.durationMs / (REFUSED_BACKOFF_MS - 1) + 1));
    assert.ok(down.requests <= ceiling, `${down.requests} attempts > ${ceiling}: spinning`);
  });

  it('appends endpoint paths to the target base path', async () => {
    server.hits.clear();
    await runClosedLoad({
      targetUrl: `${server.url}/api/`,
      load: closed({ connections: 1, durationMs: 100, trials: 1 }),
      endpoints: [ep('hello', '/hello')],
    });
    assert.ok((server.hits.get('/api/hello') ?? 0) > 0);
    assert.equal(server.hits.get('/hello'), undefined);
    assert.equal(server.hits.get('/api//hello'), undefined);
  });

  it('reports progress in phase order and ends with done', async () => {
    const seen: LoadProgress[] = [];
    const result = await runClosedLoad({
      targetUrl: server.url,
      load: closed({ warmupMs: 200, durationMs: 600, trials: 3 }),
      endpoints: [ep('hello', '/hello')],
      onProgress: (p) => seen.push(p),
      progressIntervalMs: 100,
    });
    assert.ok(seen.length >= 2);
    const order = { warmup: 0, measure: 1, done: 2 };
    for (let i = 1; i < seen.length; i++) {
      assert.ok(order[seen[i].phase] >= order[seen[i - 1].phase], 'phases never go back');
      assert.ok(seen[i].trial >= seen[i - 1].trial, 'trials never go back');
      assert.ok(seen[i].requests >= seen[i - 1].requests);
    }
    assert.ok(seen.some((p) => p.phase === 'measure'));
    for (const p of seen) {
      if (p.phase === 'warmup') assert.equal(p.trial, 0);
      if (p.phase === 'measure') assert.ok(p.trial >= 0 && p.trial < 3, `0-based trial ${p.trial}`);
    }
    const last = seen[seen.length - 1];
    assert.equal(last.phase, 'done');
    assert.equal(last.trial, 3);
    assert.equal(last.trials, 3);
    assert.equal(last.totalMs, 800);
    assert.equal(last.requests, byName(result.endpoints, 'hello').requests);
    assert.equal(seen.filter((p) => p.phase === 'done').length, 1);
  });

  it('stops at once when the signal aborts and sends nothing afterwards', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await assert.rejects(
      runClosedLoad({
        targetUrl: server.url,
        load: closed({ durationMs: 2000 }),
        endpoints: [ep('hello', '/hello')],
        signal: controller.signal,
      }),
      { code: 'LOADGATE_ABORTED' },
    );
    const servedAtStop = server.totalHits();
    await sleep(100);
    assert.equal(server.totalHits(), servedAtStop, 'no request after the run returned');
  });

  it('does not start when the signal is already aborted', async () => {
    server.hits.clear();
    await assert.rejects(
      runClosedLoad({
        targetUrl: server.url,
        load: closed(),
        endpoints: [ep('hello', '/hello')],
        signal: AbortSignal.abort(),
      }),
      { code: 'LOADGATE_ABORTED' },
    );
    assert.equal(server.totalHits(), 0);
  });

  it('rejects impossible options at once, naming every problem', async () => {
    await assert.rejects(
      runClosedLoad({
        targetUrl: 'ftp://127.0.0.1/',
        load: closed({ connections: 0 }),
        endpoints: [ep('bad', 'no-slash', 0)],
      }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'LOADGATE_INVALID_LOAD_OPTIONS');
        assert.match(err.message, /load\.connections: 0/);
        assert.match(err.message, /ftp/);
        assert.match(err.message, /endpoints\[0\]\.weight: 0/);
        assert.match(err.message, /endpoints\[0\]\.path: "no-slash"/);
        return true;
      },
    );
  });
});
