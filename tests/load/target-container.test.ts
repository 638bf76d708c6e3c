/**
 * The `target-container` setting through the load edge: a run names a container, the edge locates
 * its cgroup (a directory tree laid out exactly like cgroup v2, found through the cgroup tree by its
 * id) and samples it while a real local target is loaded; a container that is not there is a
 * warning and the run goes on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLoad } from '../../src/load/run-load.js';
import type { Endpoint, OpenModelLoad } from '../../src/profile/types.js';
import { startHelloTarget } from '../../fixtures/targets/hello.mjs';

const ID = 'fe98dc76ba54'.padEnd(64, '1');
const endpoint: Endpoint = { name: 'hello', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] };
const load: OpenModelLoad = {
  model: 'open', rateRps: 100, shape: { kind: 'constant' }, maxInFlight: 20, connections: 20,
  warmupMs: 0, durationMs: 1200, trials: 2, requestTimeoutMs: 2000,
};

function cgroupTree(): { root: string; procRoot: string; dir: string } {
  const base = mkdtempSync(join(tmpdir(), 'loadgate-run-cgroup-'));
  const root = join(base, 'cgroup');
  const dir = join(root, `system.slice/docker-${ID}.scope`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'cgroup.controllers'), 'cpu memory\n');
  writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 1000000\nuser_usec 800000\nsystem_usec 200000\n');
  writeFileSync(join(dir, 'memory.current'), `${40 * 1048576}\n`);
  return { root, procRoot: join(base, 'proc'), dir };
}

test('a container given by id is sampled from its cgroup during the run and reported as the target', async () => {
  const tree = cgroupTree();
  const hello = await startHelloTarget();
  try {
    const m = await runLoad({
      targetUrl: hello.url, load, endpoints: [endpoint],
      targetProcess: { container: ID },
      containerLocation: { dockerSocket: join(tree.root, 'no-docker.sock'), cgroupRoot: tree.root, procRoot: tree.procRoot },
    });
    assert.ok(m.targetResources, JSON.stringify(m.warnings));
    assert.equal(m.targetResources.container, ID.slice(0, 12));
    assert.equal(m.targetResources.rssMb.start, 40);
    assert.ok(m.endpoints[0].requests > 0);
  } finally {
    await hello.close();
  }
});

test('a container that is not there: a warning that names it and why, and the run is measured all the same', async () => {
  const tree = cgroupTree();
  const hello = await startHelloTarget();
  try {
    const m = await runLoad({
      targetUrl: hello.url, load, endpoints: [endpoint],
      targetProcess: { container: 'api' },
      containerLocation: { dockerSocket: join(tree.root, 'no-docker.sock'), cgroupRoot: tree.root, procRoot: tree.procRoot },
    });
    assert.equal(m.targetResources, undefined);
    const warning = m.warnings.find((w) => w.code === 'target-resources');
    assert.ok(warning);
    assert.match(warning.message, /^Container api not monitored: the Docker Engine API at .*no-docker\.sock did not answer/);
    assert.match(warning.message, /'api' is a name, not an id/);
    assert.equal(m.endpoints[0].requests, 120);
  } finally {
    await hello.close();
  }
});
