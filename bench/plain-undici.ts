/**
 * A reference row for `npm run bench:load`: the least code that loads a target with undici — raw
 * `dispatch`, one `Client` per connection, one reusable handler each, undici's timeouts off — and
 * nothing else (no trials, no endpoints, no histograms, no error classes). loadgate's engine was
 * built on this until it got its own HTTP/1.1 client (src/load/http1.ts); the row shows what undici
 * at its fastest can do on the same machine in the same run, measurement and all left out.
 * Reads `{ url, connections, seconds }` from argv[2]; prints `{ requests, cpuS }`.
 */
import { Client, type Dispatcher } from 'undici';

const { url, connections, seconds } = JSON.parse(process.argv[2]) as { url: string; connections: number; seconds: number };
const options: Dispatcher.DispatchOptions = { method: 'GET', path: '/', headers: { host: new URL(url).host } };
let requests = 0;
let running = true;

class Loop implements Dispatcher.DispatchHandler {
  constructor(private readonly client: Client) {}
  start(): void {
    if (running) this.client.dispatch(options, this);
  }
  onConnect(): void {}
  onHeaders(): boolean {
    return true;
  }
  onData(): boolean {
    return true;
  }
  onComplete(): void {
    requests++;
    this.start();
  }
  onError(): void {
    this.start();
  }
}

const clients = Array.from({ length: connections }, () => new Client(url, { pipelining: 1, headersTimeout: 0, bodyTimeout: 0 }));
const cpu0 = process.cpuUsage();
for (const c of clients) new Loop(c).start();
await new Promise((r) => setTimeout(r, seconds * 1000));
running = false;
const cpu = process.cpuUsage(cpu0);
const counted = requests;
await Promise.all(clients.map((c) => c.destroy()));
process.stdout.write(JSON.stringify({ requests: counted, cpuS: (cpu.user + cpu.system) / 1e6 }) + '\n');
