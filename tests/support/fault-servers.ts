/**
 * Targets that misbehave, for the fault suite (tests/faults/): a node:http target in a child process
 * that can be killed mid-run, and raw TCP servers on 127.0.0.1 that answer with whatever bytes a test
 * gives them. Load goes to loopback only.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export interface ChildTarget {
  url: string;
  port: number;
  /** Kills the target (SIGKILL: no goodbye on its sockets) and waits for it to exit. */
  kill(): Promise<void>;
  pid: number;
}

/**
 * A node:http target in its own process (so killing it is a real crash): `/` and every other path
 * answer 200 "ok"; `/hang` never answers; `/health` answers unless `readinessHangs`.
 */
export async function startChildTarget(options: { readinessHangs?: boolean } = {}): Promise<ChildTarget> {
  const source = `
    const http = require('node:http');
    const hangHealth = ${options.readinessHangs ? 'true' : 'false'};
    const server = http.createServer((req, res) => {
      req.resume();
      if (req.url === '/hang' || (hangHealth && req.url === '/health')) return;
      res.end('ok');
    });
    server.keepAliveTimeout = 30000;
    server.listen(0, '127.0.0.1', () => process.stdout.write(String(server.address().port) + '\\n'));
  `;
  const child: ChildProcess = spawn(process.execPath, ['-e', source], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`target exited with ${code} before listening`)));
    child.stdout!.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
  });
  const exited = once(child, 'exit');
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    pid: child.pid!,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export interface RawServer {
  url: string;
  port: number;
  /** Connections accepted so far. */
  connections: number;
  close(): Promise<void>;
}

/**
 * A TCP server on 127.0.0.1 that calls `onRequest(socket, n)` for the n-th request head it reads
 * (counted over the whole server, from 0). Request bodies are not expected (GETs).
 */
export async function startRawServer(onRequest: (socket: net.Socket, n: number) => void): Promise<RawServer> {
  const sockets = new Set<net.Socket>();
  let requests = 0;
  const state: RawServer = { url: '', port: 0, connections: 0, close: async () => {} };
  const server = net.createServer((socket) => {
    state.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    let pending = '';
    socket.on('data', (data) => {
      pending += data.toString('latin1');
      for (let end = pending.indexOf('\r\n\r\n'); end >= 0; end = pending.indexOf('\r\n\r\n')) {
        pending = pending.slice(end + 4);
        if (!socket.destroyed) onRequest(socket, requests++);
      }
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  state.port = (server.address() as net.AddressInfo).port;
  state.url = `http://127.0.0.1:${state.port}`;
  state.close = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return state;
}

export interface NginxTarget {
  url: string;
  stop(): Promise<void>;
}

/** Whether an nginx binary is on the PATH (tests that need it skip cleanly otherwise). */
export function hasNginx(): boolean {
  return spawnSync('sh', ['-c', 'command -v nginx']).status === 0;
}

/**
 * nginx (one worker, `return 200`) on 127.0.0.1 at a port that was free a moment ago, with the given
 * lines added to its `server` block (e.g. `keepalive_requests 100;`). Resolves once it answers.
 */
export async function startNginx(serverLines: string[]): Promise<NginxTarget> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-faults-nginx-'));
  const probe = net.createServer().listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const port = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  await writeFile(join(dir, 'nginx.conf'), `worker_processes 1; daemon off; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
  server { listen 127.0.0.1:${port}; ${serverLines.join(' ')} location / { return 200 "ok\\n"; } } }
`);
  const child = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], { stdio: 'ignore' });
  const exited = once(child, 'exit');
  for (let i = 0; ; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => (s.destroy(), resolve(true)));
      s.on('error', () => resolve(false));
    });
    if (up) break;
    if (i > 100 || child.exitCode !== null) throw new Error(`nginx did not start on 127.0.0.1:${port} (see ${dir}/error.log)`);
    await sleep(50);
  }
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}
