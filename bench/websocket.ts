/**
 * `npm run bench:ws`: the WebSocket session model against a bare `ws` client loop, on the same
 * echo server: BENCH_WS_CONNECTIONS connections (1,000) × BENCH_WS_RATE messages/s (10) for
 * BENCH_WS_SECONDS (10) after a 2 s warm-up. Reports the achieved message rate against the plan,
 * the round-trip p50/p99, the generator's peak RSS and CPU, and the load average (the machine is
 * shared, so figures move with whatever else runs). Generators pinned to core 0, the echo server to
 * core 1, when `taskset` exists (BENCH_WS_PIN=0: not pinned); generators run bundled, as the action
 * runs. A script, not a test.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const CONNECTIONS = Number(process.env.BENCH_WS_CONNECTIONS ?? 1000);
const RATE = Number(process.env.BENCH_WS_RATE ?? 10);
const SECONDS = Number(process.env.BENCH_WS_SECONDS ?? 10);
const TASKSET = process.env.BENCH_WS_PIN !== '0' && spawnSync('sh', ['-c', 'command -v taskset']).status === 0;
const pin = (core: number, argv: string[]) => (TASKSET ? ['taskset', '-c', String(core), ...argv] : argv);

const dir = await mkdtemp(join(tmpdir(), 'lg-bench-ws-'));
await build({
  entryPoints: { 'ws-generator': join(root, 'bench/ws-generator.ts') },
  outdir: dir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __lgRequire } from 'node:module'; const require = __lgRequire(import.meta.url);" },
  logLevel: 'error',
});

// The echo server: sends every message back as it came (the reply carries the id and the send time).
const ECHO = `import { WebSocketServer } from 'ws';
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
wss.on('listening', () => console.log('http://127.0.0.1:' + wss.address().port));
wss.on('connection', (ws) => ws.on('message', (data) => ws.send(data, { binary: false })));`;
const serverArgv = pin(1, [process.execPath, '--input-type=module', '-e', ECHO]);
const server = spawn(serverArgv[0], serverArgv.slice(1), { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
const url: string = await new Promise((resolve) => server.stdout!.once('data', (d) => resolve(String(d).trim())));

function generate(mode: 'loadgate' | 'bare'): Record<string, unknown> {
  const spec = { mode, url, connections: CONNECTIONS, rate: RATE, warmupS: 2, seconds: SECONDS };
  const argv = pin(0, [process.execPath, join(dir, 'ws-generator.mjs'), JSON.stringify(spec)]);
  const out = spawnSync(argv[0], argv.slice(1), { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`${mode} generator failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as Record<string, unknown>;
}

const planned = CONNECTIONS * RATE;
const before = loadavg()[0];
const rows = [['loadgate', generate('loadgate')], ['bare ws loop', generate('bare')]] as const;
const after = loadavg()[0];
server.kill();

const fmt = (n: unknown, digits = 2) => (typeof n === 'number' ? n.toFixed(digits) : '—');
console.log(`\n${CONNECTIONS} connections × ${RATE} msg/s = ${planned.toLocaleString('en-US')} msg/s planned, ${SECONDS} s measured; load average ${before.toFixed(2)} → ${after.toFixed(2)} (2 cores, shared)${TASKSET ? '; generators on core 0, server on core 1' : '; not pinned'}\n`);
console.log('| generator | connections open | achieved msg/s | of plan | answered / sent | RTT p50 | RTT p99 | peak RSS | CPU s |');
console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
for (const [name, r] of rows) {
  const achieved = r.sentPerSecond as number;
  console.log(`| ${name} | ${r.opened} | ${achieved.toLocaleString('en-US')} | ${((achieved / planned) * 100).toFixed(2)}% | ${r.answered} / ${r.sent} | ${fmt(r.p50)} ms | ${fmt(r.p99)} ms | ${r.rssMb} MB | ${fmt(r.cpuSeconds, 1)} |`);
}
const lg = rows[0][1];
const bare = rows[1][1];
console.log(`\nRTT p50 difference (loadgate − bare): ${fmt((lg.p50 as number) - (bare.p50 as number))} ms${lg.warnings && (lg.warnings as string[]).length ? `; loadgate warnings: ${(lg.warnings as string[]).join(', ')}` : ''}`);
