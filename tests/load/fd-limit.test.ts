import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { FD_HEADROOM, fdLimitProblem, readFdLimits } from '../../src/load/fd-limit.js';
import { classifyFailure } from '../../src/load/errors.js';
import { repoRoot } from '../support/action-runner.js';
import { startTestServer, type TestServer } from '../support/servers.js';

const run = promisify(execFile);

describe('fdLimitProblem', () => {
  const cases: Array<[string, number, { soft: number; hard: number } | undefined, boolean]> = [
    ['enough', 100, { soft: 1024, hard: 1024 }, false],
    ['exactly enough', 1024 - FD_HEADROOM, { soft: 1024, hard: 4096 }, false],
    ['one too many', 1024 - FD_HEADROOM + 1, { soft: 1024, hard: 4096 }, true],
    ['unlimited', 100_000, { soft: Infinity, hard: Infinity }, false],
    ['no /proc: nothing to check', 2000, undefined, false],
  ];
  for (const [name, sockets, limits, refused] of cases) {
    it(name, () => assert.equal(fdLimitProblem(sockets, 'load.connections', limits) !== undefined, refused));
  }

  it('the refusal names the field, its value, both limits and the ways out', () => {
    assert.match(fdLimitProblem(2000, 'load.connections', { soft: 1024, hard: 1024 }) ?? '', /^load\.connections is 2,000, which needs about 2,064 file descriptors .* may open only 1,024 \(ulimit -n; hard limit 1,024\)\. Lower load\.connections to at most 960, or raise the limit/);
  });
});

describe('readFdLimits', () => {
  it('reads this process\'s limits from /proc', { skip: process.platform !== 'linux' && 'Linux only' }, () => {
    const limits = readFdLimits();
    assert.ok(limits && limits.soft > 0 && limits.hard >= limits.soft, JSON.stringify(limits));
  });
});

describe('classifyFailure', () => {
  it('EMFILE and ENFILE are the generator\'s, never the target\'s', () => {
    for (const code of ['EMFILE', 'ENFILE']) assert.equal(classifyFailure(Object.assign(new Error(`connect ${code}`), { code })), 'generator');
    assert.equal(classifyFailure(Object.assign(new Error('x'), { code: 'ECONNRESET' })), 'reset');
  });
});

/** Runs tests/support/fd-child.mts under `ulimit` settings. */
async function child(ulimit: string, env: Record<string, string>): Promise<{ error?: { code: string; message: string }; endpoints?: Array<{ requests: number; errors: number; generatorFailures?: number }>; warnings?: Array<{ code: string; message: string }> }> {
  const script = join(repoRoot, 'tests/support/fd-child.mts');
  const { stdout } = await run('sh', ['-c', `${ulimit} && exec "${process.execPath}" --import tsx "${script}"`], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', ...env },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

describe('the descriptor limit of a real run', { skip: process.platform !== 'linux' && 'Linux only', timeout: 120_000 }, () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(async () => {
    await server.close();
  });

  it('too few descriptors and no room to raise them: refused before any request, with the numbers', async () => {
    server.hits.clear();
    const out = await child('ulimit -n 200', { TARGET: server.url, CONNECTIONS: '500' });
    assert.equal(out.error?.code, 'LOADGATE_FD_LIMIT', JSON.stringify(out));
    assert.match(out.error!.message, /load\.connections is 500, which needs about 564 file descriptors .* only 200 \(ulimit -n; hard limit 200\)/);
    assert.equal(server.totalHits(), 0, 'no load sent');
  });

  it('a soft limit below the hard one: Node raised it at start-up, and the run goes on', async () => {
    const out = await child('ulimit -n 2000 && ulimit -Sn 200', { TARGET: server.url, CONNECTIONS: '500' });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    const e = out.endpoints![0];
    assert.ok(e.requests > 0);
    assert.equal(e.errors, 0);
    assert.equal(e.generatorFailures, undefined);
  });

  it('descriptors running out during the run are the generator\'s failures, not the target\'s errors', async () => {
    // 100 allowed, 36 connections pass the check (36 + 64 <= 100), but 70 files are already open.
    const out = await child('ulimit -n 100', { TARGET: server.url, CONNECTIONS: '36', HOLD_FILES: '70' });
    assert.equal(out.error, undefined, JSON.stringify(out.error));
    const e = out.endpoints![0];
    assert.ok((e.generatorFailures ?? 0) > 0, JSON.stringify(e));
    assert.equal(e.errors, 0, 'nothing blamed on the target');
    assert.ok(out.warnings!.some((w) => w.code === 'generator-fd-limit'), JSON.stringify(out.warnings));
  });
});
