import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { runLoad } from '../../src/load/run-load.js';
import { buildRunResult } from '../../src/metrics/result.js';
import type { Endpoint, LoadSpec } from '../../src/profile/types.js';
import type { EndpointResult, EndpointTimeline } from '../../src/metrics/types.js';
import { closedPort, startTestServer, type TestServer } from '../support/servers.js';
import { profileWith } from '../support/builders.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const AjvClass = Ajv2020 as unknown as typeof Ajv2020.default;
const validate = new AjvClass({ allErrors: true, strict: true, formats: { 'date-time': true } }).compile(JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8')));

function ep(name: string, path: string, expectStatus: number[] = []): Endpoint {
  return { name, method: 'GET', path, headers: {}, weight: 1, expectStatus, thresholds: [] };
}

const sum = (values: readonly number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);

/** The timeline's totals must be the endpoint's: every measured request is in exactly one bucket. */
function assertSameTotals(series: EndpointTimeline, endpoint: EndpointResult): void {
  assert.equal(series.name, endpoint.name);
  assert.equal(sum(series.requests), endpoint.requests, `${endpoint.name}: requests`);
  for (const errorClass of ['refused', 'reset', 'timeout', 'status', 'other'] as const) {
    assert.equal(sum(series.errors[errorClass]), endpoint.errorsByClass[errorClass], `${endpoint.name}: ${errorClass} errors`);
  }
  const answered = endpoint.requests - endpoint.errorsByClass.refused - endpoint.errorsByClass.reset - endpoint.errorsByClass.timeout - endpoint.errorsByClass.other;
  if (answered > 0) assert.ok(Math.max(...series.maxMs) <= endpoint.latencyMs.max + 0.001, 'no bucket max above the run max');
}

describe('timelines from real runs', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('closed model: per-second requests, status errors and latency add up to the endpoint figures; the result validates', async () => {
    const load: LoadSpec = { model: 'closed', connections: 2, warmupMs: 200, durationMs: 2000, trials: 2, requestTimeoutMs: 1000 };
    const endpoints = [ep('hello', '/hello'), ep('slow', '/delay/20'), ep('broken', '/status/500', [200])];
    const m = await runLoad({ targetUrl: server.url, load, endpoints, targetProcess: { pid: process.pid } });
    const t = m.timeline;
    assert.ok(t);
    assert.equal(t.bucketMs, 1000);
    assert.equal(t.points, 2);
    m.endpoints.forEach((e, i) => assertSameTotals(t.endpoints[i], e));
    assert.ok(m.endpoints[2].errorsByClass.status > 0);
    // The 20 ms endpoint's answers take at least 20 ms in every bucket that had one.
    t.endpoints[1].p50Ms.forEach((p50, i) => {
      if (t.endpoints[1].requests[i] > 0) assert.ok(p50 >= 20, `slow p50 ${p50} in bucket ${i}`);
    });
    assert.ok(t.target, 'the sampled process gives a target series');
    assert.equal(t.target.rssMb.length, 2);

    const profile = profileWith(endpoints.map((e) => e.name), { load, endpoints });
    const result = buildRunResult(profile, 'f', server.url, m, { cpuModel: 'x', cores: 2, os: 'linux', node: process.version });
    assert.ok(validate(result), JSON.stringify(validate.errors));
    assert.equal(result.timeline, t);
  });

  it('failures without an answer count in their class', async () => {
    const port = await closedPort();
    const load: LoadSpec = { model: 'closed', connections: 1, warmupMs: 0, durationMs: 1000, trials: 2, requestTimeoutMs: 500 };
    const m = await runLoad({ targetUrl: `http://127.0.0.1:${port}`, load, endpoints: [ep('gone', '/hello')] });
    assert.ok(m.endpoints[0].errorsByClass.refused > 0);
    assertSameTotals(m.timeline!.endpoints[0], m.endpoints[0]);
    assert.deepEqual(m.timeline!.endpoints[0].maxMs, [0], 'no answer, no latency');
  });

  it('open model: the schedule per second adds up to the open figures', async () => {
    const load: LoadSpec = {
      model: 'open', rateRps: 100, shape: { kind: 'constant' }, maxInFlight: 4, connections: 4,
      warmupMs: 200, durationMs: 2000, trials: 2, requestTimeoutMs: 2000,
    };
    // 100/s of 50 ms requests need ~5 in flight: the cap of 4 drops some.
    const m = await runLoad({ targetUrl: server.url, load, endpoints: [ep('slow', '/delay/50')] });
    const t = m.timeline!;
    const open = m.open!;
    assert.ok(t.open);
    assert.deepEqual(t.open.plannedRps, [100, 100]);
    assert.equal(sum(t.open.achievedRps) * (t.bucketMs / 1000), open.sent);
    assert.equal(sum(t.open.dropped), open.dropped);
    assert.ok(open.dropped > 0, 'the cap dropped arrivals');
    assert.ok(Math.max(...t.open.peakInFlight) <= 4);
    assertSameTotals(t.endpoints[0], m.endpoints[0]);
  });
});
