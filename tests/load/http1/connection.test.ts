/**
 * The load engine's HTTP/1.1 connection against real TCP servers on 127.0.0.1 that write exactly the
 * bytes a test gives them, split where the test says (each piece its own write, with a pause between,
 * so the client sees the response in pieces). What the client reports is checked against what the
 * server wrote, and what the server read against what the client was asked to send.
 */
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BadResponseError,
  ConnectTimeoutError,
  Http1Connection,
  http1Target,
  MAX_HEAD_BYTES,
  type Http1Handler,
} from '../../../src/load/http1.js';
import { classifyError, RequestTimeoutError } from '../../../src/load/errors.js';
import { serializeRequest } from '../../../src/load/request-bytes.js';

/** What a server does with each request it reads: the pieces to write back (or a function of the socket). */
type Reply = (string | Buffer)[] | ((socket: net.Socket) => void | Promise<void>);

interface ScriptedServer {
  port: number;
  /** Raw request heads (and bodies) read, in order, across connections. */
  requests: string[];
  connections: number;
  /** Connections that have closed on the server's side. */
  closed: number;
  close(): Promise<void>;
}

/**
 * A TCP server that reads requests (head, then `content-length` bytes of body) and answers the n-th
 * request of the whole server with `replies[n]` (the last reply repeats).
 */
async function scriptedServer(replies: Reply[]): Promise<ScriptedServer> {
  const state: ScriptedServer = { port: 0, requests: [], connections: 0, closed: 0, close: async () => {} };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => {
      sockets.delete(socket);
      state.closed++;
    });
    socket.on('error', () => {});
    let pending = Buffer.alloc(0);
    let chain = Promise.resolve();
    socket.on('data', (data) => {
      pending = Buffer.concat([pending, data]);
      for (;;) {
        const end = pending.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = pending.subarray(0, end + 4).toString('latin1');
        const length = Number(/content-length: (\d+)/i.exec(head)?.[1] ?? 0);
        if (pending.length < end + 4 + length) return;
        state.requests.push(pending.subarray(0, end + 4 + length).toString('utf8'));
        pending = pending.subarray(end + 4 + length);
        const reply = replies[Math.min(state.requests.length - 1, replies.length - 1)];
        chain = chain.then(async () => {
          if (typeof reply === 'function') return reply(socket);
          for (let i = 0; i < reply.length; i++) {
            if (i > 0) await sleep(5);
            if (!socket.destroyed) socket.write(reply[i]);
          }
        });
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  state.port = (server.address() as net.AddressInfo).port;
  state.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

/** A handler that records what happened to its request, with a promise for its end. */
function recorder(): Http1Handler & { written: boolean; status?: number; error?: Error; done: Promise<void> } {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const h = {
    written: false,
    status: undefined as number | undefined,
    error: undefined as Error | undefined,
    done,
    onWritten() {
      h.written = true;
    },
    onComplete(status: number) {
      assert.equal(h.status ?? h.error, undefined, 'a request ends once');
      h.status = status;
      finish();
    },
    onError(err: Error) {
      assert.equal(h.status ?? h.error, undefined, 'a request ends once');
      h.error = err;
      finish();
    },
  };
  return h;
}

const execFileAsync = promisify(execFile);
const servers: ScriptedServer[] = [];
const connections: Http1Connection[] = [];
after(async () => {
  await Promise.all(connections.map((c) => c.destroy()));
  await Promise.all(servers.map((s) => s.close()));
});

async function setup(replies: Reply[]): Promise<{ server: ScriptedServer; conn: Http1Connection }> {
  const server = await scriptedServer(replies);
  servers.push(server);
  const conn = new Http1Connection({ host: '127.0.0.1', port: server.port, tls: false }, { connectTimeoutMs: 5000 });
  connections.push(conn);
  return { server, conn };
}

const get = (path = '/') => serializeRequest('GET', path, 'example.test', [], null);

/** Sends `request` and waits for its end. */
async function exchange(conn: Http1Connection, request: Buffer | string = get(), isHead = false) {
  const h = recorder();
  conn.send(request, isHead, h);
  await h.done;
  return h;
}

describe('Http1Connection reads responses', { timeout: 30_000 }, () => {
  it('a content-length body split across reads, then a second answer on the same connection', async () => {
    const { server, conn } = await setup([
      ['HTTP/1.1 201 Created\r\nContent-Le', 'ngth: 11\r\nx-a: b\r\n\r\nhello', ' world'],
      ['HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n'],
    ]);
    const first = await exchange(conn);
    assert.equal(first.status, 201);
    assert.equal(first.written, true);
    const second = await exchange(conn);
    assert.equal(second.status, 404);
    assert.equal(server.connections, 1, 'keep-alive: one connection for both');
  });

  it('a chunked body with extensions and trailers, split inside sizes, data and CRLFs', async () => {
    const body = '5;ext=1\r\nhello\r\n1A\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nx-trailer: yes\r\n\r\n';
    const pieces = ['HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n'];
    for (let i = 0; i < body.length; i += 3) pieces.push(body.slice(i, i + 3));
    const { server, conn } = await setup([pieces, ['HTTP/1.1 202 Accepted\r\ncontent-length: 2\r\n\r\nok']]);
    assert.equal((await exchange(conn)).status, 200);
    // Had the client stopped early or read too far, this answer would be misread.
    assert.equal((await exchange(conn)).status, 202);
    assert.equal(server.connections, 1);
  });

  it('pipelined requests get their own answers in order, from one write', async () => {
    const { server, conn } = await setup([
      ['HTTP/1.1 200 OK\r\ncontent-length: 1\r\n\r\na'],
      ['HTTP/1.1 500 Oops\r\ncontent-length: 2\r\n\r\nbb'],
      (socket) => void socket.write('HTTP/1.1 503 Busy\r\ncontent-length: 0\r\n\r\n'),
    ]);
    const hs = [recorder(), recorder(), recorder()];
    for (const h of hs) conn.send(get(), false, h);
    await Promise.all(hs.map((h) => h.done));
    assert.deepEqual(hs.map((h) => h.status), [200, 500, 503]);
    assert.equal(server.requests.length, 3);
    assert.equal(conn.pending, 0);
  });

  it('no body after HEAD, 204 and 304, whatever content-length says', async () => {
    const { conn } = await setup([
      ['HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n'],
      ['HTTP/1.1 204 No Content\r\ncontent-length: 7\r\n\r\n'],
      ['HTTP/1.1 304 Not Modified\r\n\r\n'],
      ['HTTP/1.1 200 OK\r\ncontent-length: 3\r\n\r\nend'],
    ]);
    assert.equal((await exchange(conn, serializeRequest('HEAD', '/', 'h', [], null), true)).status, 200);
    assert.equal((await exchange(conn)).status, 204);
    assert.equal((await exchange(conn)).status, 304);
    assert.equal((await exchange(conn)).status, 200);
  });

  it('skips an interim 100 Continue and reports the final answer', async () => {
    const { conn } = await setup([['HTTP/1.1 100 Continue\r\n\r\n', 'HTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok']]);
    assert.equal((await exchange(conn)).status, 200);
  });

  it('a body without framing runs to the close, and the next request opens a new connection', async () => {
    const { server, conn } = await setup([
      async (socket) => {
        socket.write('HTTP/1.0 200 OK\r\n\r\npart one ');
        await sleep(5);
        socket.end('part two');
      },
      ['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'],
    ]);
    assert.equal((await exchange(conn)).status, 200);
    assert.equal((await exchange(conn)).status, 200);
    assert.equal(server.connections, 2);
  });

  it('connection: close ends the connection after the answer; requests pipelined behind it (any method) go again, in order, on a new connection', async () => {
    const { server, conn } = await setup([
      ['HTTP/1.1 200 OK\r\nConnection: close\r\ncontent-length: 2\r\n\r\nok'],
      ['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'],
    ]);
    const first = recorder();
    const get2 = recorder();
    const post = recorder();
    conn.send(get('/1'), false, first);
    conn.send(get('/2'), false, get2);
    conn.send(serializeRequest('POST', '/3', 'example.test', [], null), false, post);
    await Promise.all([first.done, get2.done, post.done]);
    assert.equal(first.status, 200);
    // RFC 9112 §9.6: after "close" the server processes nothing more on that connection.
    assert.equal(get2.status, 200, String(get2.error));
    assert.equal(post.status, 200, String(post.error));
    const resent = server.requests.slice(-2).map((r) => r.split(' ').slice(0, 2).join(' '));
    assert.deepEqual(resent, ['GET /2', 'POST /3']);
    assert.equal(server.connections, 2);
  });

  it('a request written alone on a reused keep-alive connection that the server closes before any byte of answer: a GET goes again, a POST fails as reset', async () => {
    const ok = 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n';
    // Request 0 answered; request 1 arrives as the server closes the connection as idle; then answers.
    const { server, conn } = await setup([[ok], (socket) => void socket.destroy(), [ok]]);
    assert.equal((await exchange(conn)).status, 200);
    const again = await exchange(conn, get('/raced'));
    assert.equal(again.status, 200, String(again.error));
    assert.match(server.requests[2], /^GET \/raced /);
    assert.equal(server.connections, 2);

    const p = await setup([[ok], (socket) => void socket.destroy(), [ok]]);
    assert.equal((await exchange(p.conn)).status, 200);
    const post = await exchange(p.conn, serializeRequest('POST', '/raced', 'example.test', [], null));
    assert.equal(classifyError(post.error), 'reset', 'the server may have processed it: never sent twice');
    assert.equal(p.server.requests.length, 2);
  });

  it('a request given as text is written as UTF-8, and goes again after a keep-alive race as bytes do', async () => {
    const ok = 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n';
    const { server, conn } = await setup([[ok], (socket) => void socket.destroy(), [ok]]);
    const body = '{"sku":"é"}';
    const post = `POST /o HTTP/1.1\r\nhost: example.test\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    assert.equal((await exchange(conn, post)).status, 200);
    assert.equal(server.requests[0], post, 'the server read the text as UTF-8, its content-length of bytes');
    const again = await exchange(conn, 'GET /raced HTTP/1.1\r\nhost: example.test\r\n\r\n');
    assert.equal(again.status, 200, String(again.error));
    assert.match(server.requests[2], /^GET \/raced /);
    assert.equal(server.connections, 2);
  });

  it('a request on a new connection that the server closes unanswered is the target\'s failure, not sent again', async () => {
    const { server, conn } = await setup([(socket) => void socket.destroy()]);
    const h = await exchange(conn);
    assert.equal(classifyError(h.error), 'reset');
    assert.equal(server.requests.length, 1);
  });

  it('a keep-alive connection the server closed while idle is replaced on the next send', async () => {
    const { server, conn } = await setup([
      async (socket) => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n');
        await sleep(5);
        socket.end();
      },
      ['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n'],
    ]);
    assert.equal((await exchange(conn)).status, 200);
    while (server.closed < 1) await sleep(5);
    await sleep(200); // the client learns of the close a moment later (a send before that would fail as reset)
    assert.equal((await exchange(conn)).status, 200);
    assert.equal(server.connections, 2);
  });
});

describe('Http1Connection failures', { timeout: 30_000 }, () => {
  it('a malformed status line fails the request as "other" and names what came', async () => {
    const { conn } = await setup([['SSH-2.0-OpenSSH_9.2\r\n\r\n'], ['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n']]);
    const h = await exchange(conn);
    assert.ok(h.error instanceof BadResponseError, String(h.error));
    assert.match(h.error.message, /SSH-2\.0/);
    assert.equal(classifyError(h.error), 'other');
    assert.equal((await exchange(conn)).status, 200, 'the next request gets a fresh connection');
  });

  it('a body without a status line, then the close, is "other" (malformed), naming what came; a head cut short is "reset"', async () => {
    const { conn } = await setup([(socket) => void socket.end('just some text, no HTTP at all')]);
    const h = await exchange(conn);
    assert.ok(h.error instanceof BadResponseError, String(h.error));
    assert.equal(classifyError(h.error), 'other');
    assert.match(h.error.message, /expected a status line like "HTTP\/1\.1 200 OK", got "just some text, no HTTP at all" and then the connection closed/);
    const cut = await setup([(socket) => void socket.end('HTTP/1.1 200 OK\r\ncontent-le')]);
    const c = await exchange(cut.conn);
    assert.equal(classifyError(c.error), 'reset', String(c.error));
  });

  it('refuses conflicting content-lengths, a non-chunked transfer-encoding and a bad chunk size', async () => {
    for (const reply of [
      'HTTP/1.1 200 OK\r\ncontent-length: 3\r\ncontent-length: 4\r\n\r\nabcd',
      'HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n',
      'HTTP/1.1 200 OK\r\ntransfer-encoding: gzip\r\n\r\n',
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n',
      'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n',
      'HTTP/1.1 2x0 OK\r\n\r\n',
      'HTTP/1.1 200 OK\r\nno colon here\r\n\r\n',
    ]) {
      const { conn } = await setup([[reply]]);
      const h = await exchange(conn);
      assert.ok(h.error instanceof BadResponseError, `${JSON.stringify(reply)}: ${String(h.error ?? h.status)}`);
    }
  });

  it('a response head over the limit is refused, not buffered without end', async () => {
    const { conn } = await setup([['HTTP/1.1 200 OK\r\n', `x-big: ${'a'.repeat(MAX_HEAD_BYTES)}\r\n`, '\r\n']]);
    const h = await exchange(conn);
    assert.ok(h.error instanceof BadResponseError);
    assert.match(h.error.message, /larger than 65536 bytes/);
  });

  it('a connection reset in the middle of a body is "reset"', async () => {
    const { conn } = await setup([
      async (socket) => {
        socket.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part');
        await sleep(5);
        socket.resetAndDestroy();
      },
    ]);
    const h = await exchange(conn);
    assert.equal(classifyError(h.error), 'reset', String(h.error));
  });

  it('a server that closes in the middle of a body is "reset" too', async () => {
    const { conn } = await setup([(socket) => void socket.end('HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part')]);
    const h = await exchange(conn);
    assert.equal(classifyError(h.error), 'reset');
    assert.match(h.error!.message, /middle of a response/);
  });

  it('nothing listening is "refused", before anything is written', async () => {
    const probe = net.createServer().listen(0, '127.0.0.1');
    await once(probe, 'listening');
    const port = (probe.address() as net.AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const conn = new Http1Connection({ host: '127.0.0.1', port, tls: false }, { connectTimeoutMs: 5000 });
    connections.push(conn);
    const h = await exchange(conn);
    assert.equal(classifyError(h.error), 'refused');
    assert.equal(h.written, false);
  });

  it('abort ends the request with the given error; the GET pipelined behind it goes again on a new connection; a POST behind it fails as reset', async () => {
    const { server, conn } = await setup([() => {}, () => {}, ['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n']]);
    const stuck = recorder();
    const behind = recorder();
    conn.send(get('/stuck'), false, stuck);
    conn.send(get('/behind'), false, behind);
    while (server.requests.length < 2) await sleep(5);
    const deadline = new RequestTimeoutError(50);
    conn.abort(stuck, deadline);
    await Promise.all([stuck.done, behind.done]);
    assert.equal(stuck.error, deadline);
    assert.equal(classifyError(stuck.error), 'timeout');
    assert.equal(behind.status, 200, String(behind.error));
    assert.match(server.requests[2], /^GET \/behind /, 'the same request, sent again');
    assert.equal((await exchange(conn)).status, 200);
    assert.equal(server.connections, 2);

    const post = await setup([() => {}]);
    const stuckPost = recorder();
    const behindPost = recorder();
    post.conn.send(serializeRequest('POST', '/stuck', 'example.test', [], null), false, stuckPost);
    post.conn.send(serializeRequest('POST', '/behind', 'example.test', [], null), false, behindPost);
    while (post.server.requests.length < 2) await sleep(5);
    post.conn.abort(stuckPost, deadline);
    await Promise.all([stuckPost.done, behindPost.done]);
    assert.equal(classifyError(behindPost.error), 'reset', 'a POST is not idempotent: never sent twice after it was written');
    assert.equal(post.server.requests.length, 2);
  });

  it('a connect that does not finish in time is a timeout', async () => {
    // A listener in a stopped process with a full accept queue: the kernel drops further SYNs, so a
    // connect neither succeeds nor is refused.
    const child = spawn(process.execPath, ['-e', `
      const s = require('node:net').createServer().listen({ port: 0, host: '127.0.0.1', backlog: 1 }, () => {
        console.log(s.address().port);
        process.kill(process.pid, 'SIGSTOP');
      });`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const fillers: net.Socket[] = [];
    try {
      const port = Number((await once(child.stdout!, 'data'))[0].toString().trim());
      for (let i = 0; i < 4; i++) fillers.push(net.connect(port, '127.0.0.1').on('error', () => {}));
      await sleep(100);
      const conn = new Http1Connection({ host: '127.0.0.1', port, tls: false }, { connectTimeoutMs: 300 });
      connections.push(conn);
      const h = await exchange(conn);
      assert.ok(h.error instanceof ConnectTimeoutError, String(h.error));
      assert.equal(h.written, false);
      assert.equal(classifyError(h.error), 'timeout');
    } finally {
      for (const s of fillers) s.destroy();
      child.kill('SIGKILL');
    }
  });

  it('destroy fails what is out, refuses later sends and resolves once the socket has closed', async () => {
    const { conn } = await setup([() => {}]);
    const h = recorder();
    conn.send(get(), false, h);
    while (!h.written) await sleep(5);
    await conn.destroy();
    await h.done;
    assert.equal(h.error?.name, 'ConnectionDestroyedError');
    const late = recorder();
    conn.send(get(), false, late);
    await late.done;
    assert.equal(late.error?.name, 'ConnectionDestroyedError');
    assert.equal(conn.destroyed, true);
  });
});

describe('request bytes on the wire', { timeout: 30_000 }, () => {
  it('writes the request line, host, headers, a content-length and the body; the server reads exactly that', async () => {
    const { server, conn } = await setup([['HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n']]);
    const body = Buffer.from('{"q":"café"}');
    await exchange(conn, serializeRequest('POST', '/api/items?x=1', '127.0.0.1:9', ['content-type', 'application/json'], body));
    assert.equal(
      server.requests[0],
      'POST /api/items?x=1 HTTP/1.1\r\nhost: 127.0.0.1:9\r\ncontent-type: application/json\r\n' +
        `content-length: ${body.length}\r\n\r\n{"q":"café"}`,
    );
  });
});

describe('Http1Connection over TLS', { timeout: 30_000 }, () => {
  /** A CA and a certificate for 127.0.0.1 signed by it, made with openssl in a temporary directory. */
  function makeCertificates(): { dir: string; ca: string; key: string; cert: string } {
    const dir = mkdtempSync(join(tmpdir(), 'lg-tls-'));
    const run = (args: string[]) => {
      const r = spawnSync('openssl', args, { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
    };
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
    run(['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.crt', '-subj', '/CN=loadgate test CA', '-days', '2']);
    run(['req', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    writeFileSync(join(dir, 'san.ext'), 'subjectAltName=IP:127.0.0.1\n');
    run(['x509', '-req', '-in', 'server.csr', '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.crt', '-days', '2', '-extfile', 'san.ext']);
    return { dir, ca: join(dir, 'ca.crt'), key: join(dir, 'server.key'), cert: join(dir, 'server.crt') };
  }

  it('speaks HTTP/1.1 over TLS to a trusted certificate and refuses an untrusted one', async (t) => {
    if (spawnSync('sh', ['-c', 'command -v openssl']).status !== 0) return t.skip('openssl is not installed');
    const certs = makeCertificates();
    const server = tls.createServer({ key: readFileSync(certs.key), cert: readFileSync(certs.cert) }, (socket) => {
      socket.on('error', () => {});
      socket.on('data', () => socket.write('HTTP/1.1 207 Multi-Status\r\ncontent-length: 3\r\n\r\nyes'));
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as net.AddressInfo).port;
    try {
      // This process does not trust the test CA: the certificate is refused, nothing is sent.
      const untrusted = new Http1Connection(http1Target(`https://127.0.0.1:${port}`), { connectTimeoutMs: 5000 });
      connections.push(untrusted);
      const refused = await exchange(untrusted);
      assert.equal(refused.written, false);
      assert.match(String((refused.error as { code?: string }).code), /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/);
      // A process that trusts it (NODE_EXTRA_CA_CERTS, read at start-up) gets the answer, twice on one connection.
      const script = `
        import { Http1Connection, http1Target } from './src/load/http1.ts';
        const conn = new Http1Connection(http1Target('https://127.0.0.1:${port}'), { connectTimeoutMs: 5000 });
        const one = () => new Promise((resolve) => conn.send(Buffer.from('GET / HTTP/1.1\\r\\nhost: x\\r\\n\\r\\n'), false,
          { onWritten() {}, onComplete: (s) => resolve(s), onError: (e) => resolve(e.code ?? e.message) }));
        console.log(JSON.stringify([await one(), await one()]));
        await conn.destroy();`;
      // Asynchronously: this process's server must keep answering while the child runs.
      const child = await execFileAsync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: fileURLToPath(new URL('../../..', import.meta.url)),
        env: { ...process.env, NODE_EXTRA_CA_CERTS: certs.ca },
        encoding: 'utf8',
        timeout: 30_000,
      });
      assert.deepEqual(JSON.parse(child.stdout), [207, 207]);
    } finally {
      server.close();
      rmSync(certs.dir, { recursive: true, force: true });
    }
  });
});
