/**
 * The run lifecycle with a load model written here, the way a new model (flows, WebSocket sessions,
 * capacity ladders) plugs in: a `RequestHandler` for what its requests do afterwards, a `LoadModel`
 * for how they are issued, and `runLifecycle` for everything else.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runLifecycle, type LoadModel, type RunContext } from '../../src/load/lifecycle.js';
import { RequestHandler } from '../../src/load/request-handler.js';
import type { Http1Connection } from '../../src/load/http1.js';
import type { RunLoadOptions } from '../../src/load/types.js';
import type { ClosedModelLoad, Endpoint } from '../../src/profile/types.js';
import { startTestServer, type TestServer } from '../support/servers.js';

function ep(name: string, path: string, extra: Partial<Endpoint> = {}): Endpoint {
  return { name, method: 'GET', path, headers: {}, weight: 1, expectStatus: [], thresholds: [], ...extra };
}

function closed(overrides: Partial<ClosedModelLoad> = {}): ClosedModelLoad {
  return { model: 'closed', connections: 1, warmupMs: 0, durationMs: 60_000, trials: 1, requestTimeoutMs: 1000, ...overrides };
}

/** Sends `count` requests to endpoint 0, one after the other, all in trial 0, then is done. */
class CountingHandler extends RequestHandler {
  sent = 0;
  constructor(client: Http1Connection, ctx: RunContext, private readonly count: number, private readonly onDone: () => void) {
    super(client, ctx.run);
  }
  next(): void {
    if (this.sent === this.count) return this.onDone();
    this.sent++;
    this.dispatch(0, 0, performance.now());
  }
  protected answered(): void {
    this.next();
  }
  protected failed(): void {
    this.next();
  }
}

/** A model that records what the lifecycle asked of it. */
class CountingModel implements LoadModel {
  readonly maxPauseMs = 0;
  readonly calls: string[] = [];
  readonly client: Http1Connection;
  private readonly handler: CountingHandler;
  constructor(ctx: RunContext, count: number) {
    this.client = ctx.connect(1000);
    this.handler = new CountingHandler(this.client, ctx, count, () => ctx.done());
    ctx.track(this.handler);
  }
  start(): void {
    this.calls.push('start');
    this.handler.next();
  }
  stop(): void {
    this.calls.push('stop');
  }
  figures(): { connections: number; warnings: { code: string; message: string }[] } {
    this.calls.push('figures');
    return { connections: 1, warnings: [{ code: 'model-note', message: 'from the model' }] };
  }
  release(): void {
    this.calls.push('release');
  }
}

function runCounting(options: RunLoadOptions, count: number): { model: Promise<CountingModel>; result: ReturnType<typeof runLifecycle> } {
  let resolveModel: (m: CountingModel) => void = () => {};
  const model = new Promise<CountingModel>((r) => (resolveModel = r));
  const result = runLifecycle<ClosedModelLoad>(options, {
    model: 'closed',
    create: (ctx) => {
      const m = new CountingModel(ctx, count);
      resolveModel(m);
      return m;
    },
  });
  return { model, result };
}

describe('runLifecycle', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('runs a model of its own: counts its requests, ends when it is done, closes its connection, adds its figures', async () => {
    server.hits.clear();
    const progress: string[] = [];
    const { model, result } = runCounting({
      targetUrl: server.url,
      load: closed(),
      endpoints: [ep('hello', '/hello')],
      onProgress: (p) => progress.push(p.phase),
    }, 7);
    const m = await result;
    const counting = await model;
    assert.equal(server.hits.get('/hello'), 7);
    assert.equal(m.endpoints[0].requests, 7);
    assert.equal(m.endpoints[0].trials[0].requests, 7);
    assert.equal(m.endpoints[0].errors, 0);
    assert.equal(m.connections, 1);
    assert.equal(m.warnings.at(-1)?.code, 'model-note', 'the model\'s warnings come after the run\'s own');
    assert.ok(m.generator, 'the generator figures every run reports');
    assert.deepEqual(counting.calls, ['start', 'stop', 'figures', 'stop', 'release']);
    assert.equal(counting.client.destroyed, true);
    assert.equal(progress.at(-1), 'done');
  });

  it('sweeps the model\'s requests for their deadline and counts them as timeouts', async () => {
    const { result } = runCounting({
      targetUrl: server.url,
      load: closed(),
      endpoints: [ep('hang', '/hang', { timeoutMs: 50 })],
    }, 2);
    const m = await result;
    assert.equal(m.endpoints[0].requests, 2);
    assert.equal(m.endpoints[0].errorsByClass.timeout, 2);
    assert.ok(m.warnings.some((w) => w.code === 'no-answers'), JSON.stringify(m.warnings));
  });

  it('an aborted run rejects with LOADGATE_ABORTED, and the model is still stopped and released', async () => {
    const controller = new AbortController();
    const { model, result } = runCounting({
      targetUrl: server.url,
      load: closed({ requestTimeoutMs: 60_000 }),
      endpoints: [ep('hang', '/hang')],
      signal: controller.signal,
    }, 1);
    const counting = await model;
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(result, { code: 'LOADGATE_ABORTED' });
    assert.ok(!counting.calls.includes('figures'));
    assert.ok(counting.calls.includes('stop') && counting.calls.at(-1) === 'release', counting.calls.join(' '));
    assert.equal(counting.client.destroyed, true);
  });

  it('a model that never says it is done is ended by the forced deadline, which the result reports', async () => {
    let stopped = false;
    const m = await runLifecycle<ClosedModelLoad>({
      targetUrl: server.url,
      load: closed({ durationMs: 100, requestTimeoutMs: 100 }),
      endpoints: [ep('hello', '/hello')],
    }, {
      model: 'closed',
      create: () => ({ maxPauseMs: 0, start: () => {}, stop: () => void (stopped = true) }),
    });
    assert.ok(stopped);
    const abandoned = m.warnings.find((w) => w.code === 'requests-abandoned');
    assert.ok(abandoned, JSON.stringify(m.warnings));
    assert.match(abandoned.message, /^0 request\(s\) were still unanswered/);
  });

  it('rejects bad options before the model is built, naming each problem', async () => {
    let built = false;
    await assert.rejects(
      runLifecycle<ClosedModelLoad>({ targetUrl: 'ftp://127.0.0.1', load: closed({ connections: 0 }), endpoints: [ep('a', '/')] }, {
        model: 'closed',
        create: () => {
          built = true;
          return { maxPauseMs: 0, start: () => {}, stop: () => {} };
        },
      }),
      { code: 'LOADGATE_INVALID_LOAD_OPTIONS', message: /load\.connections: 0 must be an integer >= 1/ },
    );
    assert.equal(built, false);
  });
});
