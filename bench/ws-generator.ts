/**
 * One WebSocket generator run for `npm run bench:ws`, in its own process so its CPU and RSS are its
 * own: `loadgate` (the session model through runLoad) or `bare` (a plain `ws` client loop: each
 * connection sends {id, t} every 1/rate s on its own timer and times the echo). Reads a JSON spec
 * from argv[2], prints one JSON line.
 */
import WebSocket from 'ws';
import { runLoad } from '../src/load/run-load.js';
import { parseProfile } from '../src/profile/parse.js';

interface Spec { mode: 'loadgate' | 'bare'; url: string; connections: number; rate: number; warmupS: number; seconds: number }
const spec = JSON.parse(process.argv[2]) as Spec;

let maxRss = 0;
const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 200);
const cpuStart = process.cpuUsage();
const rssMb = () => Math.round(Math.max(maxRss, process.memoryUsage().rss) / 1048576);
const cpuSeconds = () => {
  const c = process.cpuUsage(cpuStart);
  return (c.user + c.system) / 1e6;
};

if (spec.mode === 'loadgate') {
  const text = `name: bench
load: { warmup: ${spec.warmupS}s, duration: ${spec.seconds}s, trials: 5, request_timeout: 5s }
websocket:
  name: echo
  path: /
  connections: ${spec.connections}
  connect_rate: ${spec.connections}
  rate: ${spec.rate}
  message: { op: ping }
  correlate: { field: id }
`;
  const parsed = parseProfile(text, 'bench.yml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const { profile } = parsed;
  const m = await runLoad({ targetUrl: spec.url, load: profile.load, endpoints: profile.endpoints, websocket: profile.websocket! });
  const rtt = m.endpoints[0];
  clearInterval(sampler);
  process.stdout.write(JSON.stringify({
    sentPerSecond: m.websocket?.sentPerSecond, opened: m.websocket?.opened, answered: m.websocket?.answered, sent: m.websocket?.sent, errors: rtt.errors,
    p50: rtt.latencyMs.p50, p99: rtt.latencyMs.p99, rssMb: rssMb(), cpuSeconds: cpuSeconds(), warnings: m.warnings.map((w) => w.code),
  }) + '\n');
} else {
  const rtts: number[] = [];
  let sent = 0;
  let answered = 0;
  let opened = 0;
  let measuredSent = 0;
  const start = performance.now();
  const warmupEnd = start + spec.warmupS * 1000;
  const end = warmupEnd + spec.seconds * 1000;
  const sockets: WebSocket[] = [];
  const timers: NodeJS.Timeout[] = [];
  let id = 0;
  for (let i = 0; i < spec.connections; i++) {
    const ws = new WebSocket(spec.url.replace(/^http/, 'ws') + '/', { perMessageDeflate: false });
    sockets.push(ws);
    ws.on('error', () => {}); // Counted below as connections that never opened.
    ws.on('open', () => {
      opened++;
      timers.push(setInterval(() => {
        const now = performance.now();
        if (now >= end) return;
        sent++;
        if (now >= warmupEnd) measuredSent++;
        ws.send(JSON.stringify({ id: ++id, op: 'ping', t: now }));
      }, 1000 / spec.rate));
    });
    ws.on('message', (data) => {
      const now = performance.now();
      const { t } = JSON.parse(data.toString()) as { t: number };
      answered++;
      if (t >= warmupEnd) rtts.push(now - t);
    });
  }
  await new Promise((r) => setTimeout(r, end - performance.now() + 500));
  for (const t of timers) clearInterval(t);
  for (const ws of sockets) ws.terminate();
  clearInterval(sampler);
  rtts.sort((a, b) => a - b);
  process.stdout.write(JSON.stringify({
    sentPerSecond: Math.round((measuredSent / spec.seconds) * 10) / 10, sent, answered, opened,
    p50: rtts[Math.floor(rtts.length / 2)], p99: rtts[Math.floor(rtts.length * 0.99)], rssMb: rssMb(), cpuSeconds: cpuSeconds(),
  }) + '\n');
}
