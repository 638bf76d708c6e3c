import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startContainerSampler, summarizeSamples } from '../../src/load/target-resources.js';

test('a run long enough for a trend reports the RSS floor trend and whether it is a leak', () => {
  // 2 minutes, one sample a second: a 4 MB saw-tooth of period 8 s on a floor growing 3 MB/min.
  const leaking = Array.from({ length: 121 }, (_, t) => ({ atMs: 1000 * t, cpuSeconds: t / 2, rssMb: 100 + 0.05 * t + (t % 8) / 2 }));
  const r = summarizeSamples(9, leaking);
  assert.ok(r?.rssTrend);
  assert.ok(Math.abs(r.rssTrend.perMinute - 3) < 0.01, `trend ${r.rssTrend.perMinute}`);
  assert.equal(r.rssLeak, true);
  assert.equal(r.cpuSeconds, 60);
  const flat = summarizeSamples(9, leaking.map((s, t) => ({ ...s, rssMb: 100 + (t % 8) / 2 })));
  assert.equal(flat?.rssLeak, false);
  assert.equal(summarizeSamples(9, leaking.slice(0, 5))?.rssTrend, undefined, 'five samples: no trend');
});

test('a container is sampled from its cgroup files, and a cgroup without memory says so', async () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'loadgate-cg-')), 'docker-abc.scope');
  mkdirSync(dir);
  writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 1000000\n');
  writeFileSync(join(dir, 'memory.current'), String(100 * 1048576));
  const sampler = startContainerSampler(dir, 'abcdef0123456789', 321, 1_000_000);
  writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 3500000\n');
  writeFileSync(join(dir, 'memory.current'), String(130 * 1048576));
  const { resources, warnings } = sampler.stop();
  assert.deepEqual(warnings, []);
  assert.equal(resources?.container, 'abcdef012345');
  assert.equal(resources?.pid, 321);
  assert.equal(resources?.cpuSeconds, 2.5);
  assert.deepEqual(resources?.rssMb, { start: 100, end: 130, max: 130 });

  writeFileSync(join(dir, 'memory.current'), 'max\n');
  const cpuOnly = startContainerSampler(dir, 'abcdef0123456789', 0, 1_000_000).stop();
  assert.equal(cpuOnly.warnings.length, 1);
  assert.match(cpuOnly.warnings[0].message, /no memory\.current \(the memory controller is off\), so only CPU was measured/);

  const gone = startContainerSampler(join(dir, 'nowhere'), 'abcdef0123456789', 0, 1_000_000).stop();
  assert.equal(gone.resources, undefined);
  assert.match(gone.warnings[0].message, /Could not read the cgroup of container abcdef012345 .*cpu\.stat unreadable/);
});
