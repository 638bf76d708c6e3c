import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { waitUntilReady } from '../../src/load/readiness.js';
import { TargetTlsError, TargetUnreachableError } from '../../src/load/errors.js';
import https from 'node:https';
import { spawnSync, execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { repoRoot } from '../support/action-runner.js';
import { closedPort, startTestServer, type TestServer } from '../support/servers.js';

describe('waitUntilReady', () => {
  it('returns after one attempt when the target answers', async () => {
    const server = await startTestServer();
    try {
      const ready = await waitUntilReady(`${server.url}/hello`, { timeoutMs: 2000 });
      assert.equal(ready.attempts, 1);
      assert.equal(server.hits.get('/hello'), 1);
    } finally {
      await server.close();
    }
  });

  it('counts any HTTP status as an answer', async () => {
    const server = await startTestServer();
    try {
      const ready = await waitUntilReady(`${server.url}/status/503`, { timeoutMs: 2000 });
      assert.equal(ready.attempts, 1);
    } finally {
      await server.close();
    }
  });

  it('keeps probing until a server that starts late answers', async () => {
    const port = await closedPort();
    let server: TestServer | undefined;
    const starting = new Promise<void>((resolve) => {
      setTimeout(() => {
        void startTestServer(port).then((s) => {
          server = s;
          resolve();
        });
      }, 300);
    });
    try {
      const ready = await waitUntilReady(`http://127.0.0.1:${port}/hello`, { timeoutMs: 5000, intervalMs: 50 });
      assert.ok(ready.attempts > 1, `attempts ${ready.attempts}`);
      assert.ok(ready.waitedMs > 0);
      await starting;
      assert.equal(server?.hits.get('/hello'), 1, 'exactly the successful probe reached the server');
    } finally {
      await starting;
      await server?.close();
    }
  });

  it('gives up after timeoutMs with a message naming URL, wait, attempts and the failure', async () => {
    const port = await closedPort();
    const url = `http://127.0.0.1:${port}/health`;
    await assert.rejects(waitUntilReady(url, { timeoutMs: 400, intervalMs: 50 }), (err: unknown) => {
      assert.ok(err instanceof TargetUnreachableError);
      assert.equal(err.code, 'LOADGATE_TARGET_UNREACHABLE');
      assert.ok(err.attempts >= 2, `attempts ${err.attempts}`);
      assert.ok(err.waitedMs >= 400, `waited ${err.waitedMs}`);
      assert.ok(err.message.includes(url), err.message);
      assert.match(err.message, /waited \d+\.\d s/);
      assert.ok(err.message.includes(`${err.attempts} attempts`), err.message);
      assert.match(err.message, /last failure: connection refused \(connect ECONNREFUSED 127\.0\.0\.1:\d+\)/);
      return true;
    });
  });

  it('bounds each probe, so a target that never answers fails with "no answer"', async () => {
    const server = await startTestServer();
    try {
      await assert.rejects(waitUntilReady(`${server.url}/hang`, { timeoutMs: 300, intervalMs: 10 }), (err: unknown) => {
        assert.ok(err instanceof TargetUnreachableError);
        assert.match(err.lastFailure, /no answer within \d+ ms/);
        return true;
      });
    } finally {
      await server.close();
    }
  });

  it('stops when the signal aborts', async () => {
    const port = await closedPort();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    await assert.rejects(
      waitUntilReady(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000, intervalMs: 20, signal: controller.signal }),
      { code: 'LOADGATE_ABORTED' },
    );
  });
});

describe('waitUntilReady over TLS', { timeout: 60_000, skip: spawnSync('openssl', ['version']).status !== 0 && 'openssl is not installed' }, () => {
  /** A self-signed certificate for 127.0.0.1, made with openssl. */
  function selfSigned(): { dir: string; key: string; cert: string } {
    const dir = mkdtempSync(join(tmpdir(), 'lg-ready-tls-'));
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'key.pem', '-out', 'cert.pem', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-days', '2'], { cwd: dir, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    return { dir, key: join(dir, 'key.pem'), cert: join(dir, 'cert.pem') };
  }

  it('an untrusted (self-signed) certificate fails at once with the NODE_EXTRA_CA_CERTS hint; with that variable set it is ready', async () => {
    const files = selfSigned();
    const server = https.createServer({ key: readFileSync(files.key), cert: readFileSync(files.cert) }, (_req, res) => res.end('ok'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}/health`;
    try {
      const timeoutMs = 20_000;
      const startMs = performance.now();
      await assert.rejects(waitUntilReady(url, { timeoutMs }), (err: unknown) => {
        assert.ok(err instanceof TargetTlsError, String(err));
        assert.equal(err.code, 'LOADGATE_TARGET_TLS');
        assert.match(err.message, /the TLS connection failed: .*self.signed/i);
        assert.match(err.message, /NODE_EXTRA_CA_CERTS/);
        return true;
      });
      // Correctness bound: it did not wait out the readiness timeout.
      assert.ok(performance.now() - startMs < timeoutMs / 2, 'failed fast');

      // The documented way out, for real: a fresh process with NODE_EXTRA_CA_CERTS trusts it.
      const script = `import('${join(repoRoot, 'src/load/readiness.ts')}').then((m) => m.waitUntilReady('${url}', { timeoutMs: 5000 })).then((r) => console.log('ready after', r.attempts), (e) => { console.log(e.message); process.exitCode = 1; })`;
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '-e', script], { cwd: repoRoot, env: { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: files.cert } });
      assert.match(stdout, /^ready after 1/);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(files.dir, { recursive: true, force: true });
    }
  });

  it('an https URL on a plain-HTTP port fails at once, saying to use http://', async () => {
    const server = await startTestServer();
    try {
      await assert.rejects(waitUntilReady(`${server.url.replace('http:', 'https:')}/hello`, { timeoutMs: 20_000 }), (err: unknown) => {
        assert.ok(err instanceof TargetTlsError, String(err));
        assert.match(err.message, /use http:\/\/ for a plain-HTTP target/);
        return true;
      });
    } finally {
      await server.close();
    }
  });
});
