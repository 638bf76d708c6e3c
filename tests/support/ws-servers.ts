/**
 * A real `ws` WebSocket server for the session-load tests, on 127.0.0.1 port 0. What it does
 * depends on the upgrade path:
 *
 *   /echo             sends every message back as it came
 *   /echo-id          JSON: answers {id, echo: true} for each message's id; every 4th id (id % 4 === 0)
 *                     after 300 ms, the others at once; and pushes {"type":"tick"} every 100 ms
 *   /drop             echoes, and drops every connection 2 s after it opened (no close frame: 1006)
 *   /close-1011       echoes three messages, then closes with 1011 (internal error)
 *   /not-json         answers every message with the text "nope"
 *   /hang             never answers the upgrade request (the socket stays open)
 *   /plain            answers the upgrade request with a plain HTTP 200
 *
 * It records what it received, so tests compare the server's view with the engine's.
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

export interface WsTestServer {
  /** http://127.0.0.1:<port> (the target; the profile's path picks the behaviour). */
  url: string;
  /** Messages received, and connections opened, per path. */
  messages: Map<string, number>;
  connections: Map<string, number>;
  /** Every message text received on /echo-id (to check the generator's correlation field). */
  received: string[];
  close(): Promise<void>;
}

/** Starts the server; close() ends every connection and the listener. */
export async function startWsServer(): Promise<WsTestServer> {
  const messages = new Map<string, number>();
  const connections = new Map<string, number>();
  const received: string[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();
  const later = (ms: number, fn: () => void) => {
    const t = setTimeout(() => {
      timers.delete(t);
      fn();
    }, ms);
    timers.add(t);
  };
  const server = http.createServer((_req, res) => res.end('not a websocket'));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const path = req.url ?? '/';
    if (path === '/hang') return;
    if (path === '/plain') {
      socket.end('HTTP/1.1 200 OK\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, path));
  });
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

  function serve(ws: WebSocket, path: string): void {
    bump(connections, path);
    let count = 0;
    if (path === '/echo-id') {
      const push = setInterval(() => ws.send('{"type":"tick"}'), 100);
      ws.on('close', () => clearInterval(push));
    }
    if (path === '/drop') later(2000, () => ws.terminate());
    ws.on('message', (data, isBinary) => {
      bump(messages, path);
      count++;
      const text = data.toString();
      if (path === '/echo-id') {
        received.push(text);
        const id = (JSON.parse(text) as { id: number }).id;
        const reply = JSON.stringify({ id, echo: true });
        if (id % 4 === 0) later(300, () => ws.readyState === ws.OPEN && ws.send(reply));
        else ws.send(reply);
      } else if (path === '/not-json') {
        ws.send('nope');
      } else if (path === '/close-1011' && count > 3) {
        ws.close(1011, 'internal error');
      } else {
        ws.send(data, { binary: isBinary });
      }
    });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    messages,
    connections,
    received,
    async close() {
      for (const t of timers) clearTimeout(t);
      for (const client of wss.clients) client.terminate();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
