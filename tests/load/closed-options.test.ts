import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { runClosedLoad } from '../../src/load/closed-runner.js';
import { readProcSample, startTargetSampler, summarizeSamples } from '../../src/load/target-resources.js';
import type { ClosedModelLoad, Endpoint } from '../../src/profile/types.js';
import { startHelloTarget, type HelloTarget } from '../../fixtures/targets/hello.mjs';

function ep(name: string, path: string, extra: Partial<Endpoint> = {}): Endpoint {
  return { name, method: 'GET', path, headers: {}, weight: 1, expectStatus: [], thresholds: [], ...extra };
}
function closed(overrides: Partial<ClosedModelLoad> = {}): ClosedModelLoad {
  return { model: 'closed', connections: 2, warmupMs: 0, durationMs: 600, trials: 2, requestTimeoutMs: 2000, ...overrides };
}

describe('closed model options', () => {
  let hello: HelloTarget;
  before(async () => {
    hello = await startHelloTarget();
  });
  after(() => hello.close());

  it('think time spaces each connection\'s requests', async () => {
    const before = hello.requests();
    const m = await runClosedLoad({ targetUrl: hello.url, load: closed({ thinkTime: { minMs: 100, maxMs: 100 } }), endpoints: [ep('h', '/')] });
    // Two connections, at least 100 ms between a connection's requests, 600 ms: at most 2 × 6 requests.
    const sent = hello.requests() - before;
    assert.ok(m.endpoints[0].requests >= 2 && m.endpoints[0].requests <= 12, `requests ${m.endpoints[0].requests}`);
    assert.ok(sent <= 12, `target saw ${sent}`);
  });

  it('pipelining keeps several requests outstanding per connection and counts them all', async () => {
    const before = hello.requests();
    const m = await runClosedLoad({ targetUrl: hello.url, load: closed({ connections: 1, pipelining: 4, durationMs: 300 }), endpoints: [ep('h', '/')] });
    assert.ok(m.endpoints[0].requests > 0);
    assert.equal(m.endpoints[0].errors, 0);
    assert.equal(hello.requests() - before, m.endpoints[0].requests);
  });

  it('a templated endpoint\'s values come from the seed; env values reach the request', async () => {
    const m = await runClosedLoad({
      targetUrl: hello.url,
      load: closed({ connections: 1, durationMs: 200, seed: 3 }),
      endpoints: [ep('t', '/tpl?n={{ seq }}&k={{ env LG_TEST_KEY }}')],
      env: { LG_TEST_KEY: 'k-value' },
    });
    const paths = hello.paths().filter((p) => p.startsWith('/tpl'));
    assert.equal(paths.length, m.endpoints[0].requests);
    assert.deepEqual(paths.slice(0, 3), ['/tpl?n=1&k=k-value', '/tpl?n=2&k=k-value', '/tpl?n=3&k=k-value']);
    await assert.rejects(
      runClosedLoad({ targetUrl: hello.url, load: closed(), endpoints: [ep('t', '/?k={{ env LG_UNSET_KEY }}')], env: {} }),
      { code: 'LOADGATE_ENV_MISSING' },
    );
  });
});

describe('target resources', () => {
  it('summarizes samples: mean and peak CPU, RSS start, end, max and growth', () => {
    const r = summarizeSamples(7, [
      { atMs: 0, cpuSeconds: 1, rssMb: 100 },
      { atMs: 1000, cpuSeconds: 1.5, rssMb: 120 },
      { atMs: 2000, cpuSeconds: 1.6, rssMb: 110 },
    ]);
    assert.deepEqual(r, { pid: 7, samples: 3, cpuShare: 0.3, cpuSharePeak: 0.5, rssMb: { start: 100, end: 110, max: 120 }, rssGrowthMb: 10, cpuSeconds: 0.6 });
    assert.equal(summarizeSamples(7, []), undefined);
  });

  it('samples a live process from /proc and warns about a missing one', async () => {
    const child = spawn(process.execPath, ['-e', 'const a=[];const t=setInterval(()=>a.push(Buffer.alloc(1<<20,1)),20);setTimeout(()=>{clearInterval(t);setTimeout(()=>{},2000)},400)']);
    try {
      await new Promise((r) => setTimeout(r, 50));
      const pid = child.pid!;
      assert.ok(readProcSample(pid), '/proc readable');
      const sampler = startTargetSampler(pid, 100);
      await new Promise((r) => setTimeout(r, 600));
      const { resources, warnings } = sampler.stop();
      assert.deepEqual(warnings, []);
      assert.ok(resources && resources.samples >= 3 && resources.rssMb.max >= resources.rssMb.start);
      assert.ok(resources.rssGrowthMb > 5, `the child grew its heap by ~20 MB: ${resources.rssGrowthMb}`);
    } finally {
      child.kill();
    }
    const gone = startTargetSampler(2 ** 22 + 12345, 100).stop();
    assert.equal(gone.resources, undefined);
    assert.equal(gone.warnings[0].code, 'target-resources');
  });
});
