/**
 * Finding the service container's cgroup and reading it: through a Docker Engine API stand-in on a
 * unix socket and a directory tree laid out like cgroup v2, and — where this machine lets a test
 * create one — a real cgroup v2 with a real process in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cgroupV2Root, locateContainer, readCgroupSample } from '../../src/load/container-resources.js';

const ID = 'ab12cd34ef56'.padEnd(64, '0');

function dockerStandIn(socketPath: string, containers: Record<string, { Id: string; State: { Pid: number } }>): Promise<Server> {
  const server = createServer((req, res) => {
    const m = /^\/containers\/([^/]+)\/json$/.exec(req.url ?? '');
    const doc = m ? containers[decodeURIComponent(m[1])] : undefined;
    if (req.method !== 'GET' || !doc) {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'No such container' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  });
  return new Promise((resolve) => server.listen(socketPath, () => resolve(server)));
}

/** A cgroup v2 tree as Docker's systemd driver lays it out, and a /proc entry for the container's pid. */
function laidOutTree(layout: 'systemd' | 'cgroupfs'): { root: string; procRoot: string; dir: string } {
  const base = mkdtempSync(join(tmpdir(), 'loadgate-cgroup-'));
  const root = join(base, 'sys-fs-cgroup');
  const rel = layout === 'systemd' ? `system.slice/docker-${ID}.scope` : `docker/${ID}`;
  const dir = join(root, rel);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(root, 'cgroup.controllers'), 'cpu memory\n');
  writeFileSync(join(dir, 'cpu.stat'), 'usage_usec 2500000\nuser_usec 2000000\nsystem_usec 500000\n');
  writeFileSync(join(dir, 'memory.current'), `${64 * 1048576}\n`);
  writeFileSync(join(dir, 'memory.peak'), `${80 * 1048576}\n`);
  const procRoot = join(base, 'proc');
  mkdirSync(join(procRoot, '4242'), { recursive: true });
  writeFileSync(join(procRoot, '4242', 'cgroup'), `0::/${rel}\n`);
  return { root, procRoot, dir };
}

test('a container named through the Docker API is found by its process cgroup and read', async () => {
  const tree = laidOutTree('systemd');
  const socket = join(mkdtempSync(join(tmpdir(), 'loadgate-docker-')), 'docker.sock');
  const server = await dockerStandIn(socket, { api: { Id: ID, State: { Pid: 4242 } } });
  try {
    const found = await locateContainer('api', { dockerSocket: socket, cgroupRoot: tree.root, procRoot: tree.procRoot });
    assert.deepEqual(found, { found: true, cgroupDir: tree.dir, containerId: ID, via: 'docker-api' });
    const sample = readCgroupSample(tree.dir);
    assert.ok(sample);
    assert.equal(sample.cpuSeconds, 2.5);
    assert.equal(sample.rssMb, 64);
    assert.equal(sample.memoryPeakMb, 80);
    const missing = await locateContainer('db', { dockerSocket: socket, cgroupRoot: tree.root, procRoot: tree.procRoot });
    assert.equal(missing.found, false);
    assert.match((missing as { reasons: string[] }).reasons.join('\n'), /no container named db/);
  } finally {
    server.close();
  }
});

test('without the Docker API, an id prefix is found in the cgroupfs layout', async () => {
  const tree = laidOutTree('cgroupfs');
  const found = await locateContainer(ID.slice(0, 12), { dockerSocket: '/nonexistent/docker.sock', cgroupRoot: tree.root, procRoot: tree.procRoot });
  assert.deepEqual(found, { found: true, cgroupDir: tree.dir, containerId: ID, via: 'cgroup-tree' });
});

test('without the Docker API, a name cannot be found, and the reasons say what to give instead', async () => {
  const tree = laidOutTree('systemd');
  const found = await locateContainer('api', { dockerSocket: '/nonexistent/docker.sock', cgroupRoot: tree.root, procRoot: tree.procRoot });
  assert.equal(found.found, false);
  const reasons = (found as { reasons: string[] }).reasons;
  assert.equal(reasons.length, 2);
  assert.match(reasons[0], /Docker Engine API at \/nonexistent\/docker.sock did not answer/);
  assert.match(reasons[1], /'api' is a name, not an id.*job\.services/);
});

test('a cgroup without the memory controller reads CPU and says memory is unknown', () => {
  const tree = laidOutTree('systemd');
  spoil(join(tree.dir, 'memory.current'));
  const sample = readCgroupSample(tree.dir);
  assert.ok(sample);
  assert.equal(sample.memoryKnown, false);
  assert.equal(readCgroupSample(join(tree.root, 'nowhere')), undefined);
});

function spoil(path: string): void {
  writeFileSync(path, 'not a number\n');
}

const realRoot = cgroupV2Root();
let realCgroup: string | undefined;
if (realRoot) {
  try {
    realCgroup = join(realRoot, `loadgate-test-${process.pid}`);
    mkdirSync(realCgroup);
  } catch {
    realCgroup = undefined;
  }
}

test('a real cgroup v2 counts the CPU of the process put in it', { skip: realCgroup ? false : 'cannot create a cgroup v2 on this machine' }, async () => {
  const dir = realCgroup as string;
  // The child waits for a line, burns a fixed amount of work, reports its own CPU time and exits.
  const child = spawn(process.execPath, ['-e', `
    process.stdin.once('data', () => {
      let x = 0; for (let i = 0; i < 3e8; i++) x += i % 7;
      const u = process.cpuUsage(); console.log(JSON.stringify({ cpuUs: u.user + u.system, x }));
    });`], { stdio: ['pipe', 'pipe', 'inherit'] });
  try {
    writeFileSync(join(dir, 'cgroup.procs'), String(child.pid));
    const socket = join(mkdtempSync(join(tmpdir(), 'loadgate-docker-')), 'docker.sock');
    const server = await dockerStandIn(socket, { svc: { Id: ID, State: { Pid: child.pid as number } } });
    const found = await locateContainer('svc', { dockerSocket: socket, cgroupRoot: realRoot });
    server.close();
    assert.deepEqual(found, { found: true, cgroupDir: dir, containerId: ID, via: 'docker-api' });
    const before = readCgroupSample(dir);
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    child.stdin.end('go\n');
    await exited;
    const after = readCgroupSample(dir);
    assert.ok(before && after);
    const childCpuS = (JSON.parse(out) as { cpuUs: number }).cpuUs / 1e6;
    const counted = after.cpuSeconds - before.cpuSeconds;
    assert.ok(childCpuS > 0.05, `the child used ${childCpuS} s`);
    assert.ok(counted >= 0.8 * childCpuS, `the cgroup counted ${counted} s of the child's ${childCpuS} s`);
  } finally {
    child.kill();
    if (existsSync(dir)) {
      for (let i = 0; i < 50; i++) {
        try {
          rmdirSync(dir);
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 20));
        }
      }
    }
  }
});
