/**
 * `npm run bench:import`: import throughput and memory. Writes a k6 JSON output file and a JMeter
 * JTL file of BENCH_IMPORT_LINES lines each (default 10 million; the k6 file has three points per
 * request — http_reqs, http_req_duration, http_req_waiting — as k6 writes them, plus a vus point a
 * second), then imports each in a child process of the bundled importer and prints a markdown table
 * of wall and CPU time (CPU time is what a shared machine cannot blur), lines per CPU second and peak
 * RSS. The machine's load average is printed too. A script, not a test: figures vary with the machine.
 *
 *   npm run bench:import
 *   BENCH_IMPORT_LINES=1000000 npm run bench:import
 *   BENCH_IMPORT_KEEP=1 npm run bench:import      (keeps the generated files, prints their paths)
 */
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const LINES = Number(process.env.BENCH_IMPORT_LINES ?? 10_000_000);
const START_MS = Date.UTC(2026, 10, 30, 12);
const RATE_PER_S = 2000;
const LABELS = [['products', 'GET', '/api/products'], ['search', 'GET', '/api/search?q=shoe'], ['checkout', 'POST', '/api/checkout'], ['home', 'GET', '/']];

/** A deterministic latency in ms, log-normal-ish around 5 ms (no Math.random: the files are reproducible). */
function latencyMs(i: number): number {
  const u = ((i * 2654435761) % 4294967296) / 4294967296;
  return Number((2 + 6 * u * u + (i % 97 === 0 ? 40 : 0)).toFixed(3));
}

async function writeLines(path: string, count: number, line: (i: number) => string | undefined): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let chunk = '';
  for (let i = 0, written = 0; written < count; i++) {
    const text = line(i);
    if (text === undefined) continue;
    chunk += text + '\n';
    written++;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function k6Line(i: number): string {
  if (i === 0) return '{"type":"Metric","data":{"name":"http_req_duration","type":"trend","contains":"time","thresholds":[],"submetrics":null},"metric":"http_req_duration"}';
  const request = Math.floor(i / 3);
  const endMs = START_MS + (request * 1000) / RATE_PER_S;
  const [name, method, path] = LABELS[request % LABELS.length];
  const time = new Date(endMs).toISOString().replace('Z', '123456Z');
  const metric = ['http_reqs', 'http_req_duration', 'http_req_waiting'][i % 3];
  const value = metric === 'http_reqs' ? 1 : latencyMs(request);
  return `{"metric":"${metric}","type":"Point","data":{"time":"${time}","value":${value},"tags":{"expected_response":"true","group":"","method":"${method}","name":"${name}","proto":"HTTP/1.1","scenario":"default","status":"200","url":"http://127.0.0.1:8080${path}"}}}`;
}

function jtlLine(i: number): string {
  if (i === 0) return 'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect';
  const [name, , path] = LABELS[i % LABELS.length];
  const ms = Math.round(latencyMs(i));
  return `${START_MS + Math.floor((i * 1000) / RATE_PER_S)},${ms},${name},200,OK,users 1-${i % 50},text,true,,222,120,50,50,http://127.0.0.1:8080${path},${ms},0,0`;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-bench-import-'));
  const bundle = join(dir, 'import-child.mjs');
  await build({ entryPoints: [join(root, 'bench/import-child.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: bundle, logLevel: 'error',
    banner: { js: "import { createRequire as __lgRequire } from 'node:module'; const require = __lgRequire(import.meta.url);" } });
  const rows: string[] = [];
  const loadBefore = loadavg();
  try {
    for (const [format, ext, line] of [['k6', 'json', k6Line], ['jmeter', 'jtl', jtlLine]] as const) {
      const file = join(dir, `bench.${ext}`);
      process.stderr.write(`writing ${LINES.toLocaleString('en-US')} lines of ${format} to ${file}\n`);
      await writeLines(file, LINES, line);
      const bytes = (await stat(file)).size;
      process.stderr.write(`importing (${(bytes / 1e9).toFixed(2)} GB)\n`);
      const child = spawnSync(process.execPath, [bundle, format, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(`import of ${file} failed: ${child.stderr}`);
      const r = JSON.parse(child.stdout) as { seconds: number; cpuSeconds: number; peakRssMb: number; requests: number; endpoints: number; trials: number };
      rows.push(`| ${format} | ${LINES.toLocaleString('en-US')} | ${(bytes / 1e9).toFixed(2)} GB | ${r.requests.toLocaleString('en-US')} | ${r.seconds.toFixed(1)} s | ${r.cpuSeconds.toFixed(1)} s | ${Math.round(LINES / r.cpuSeconds).toLocaleString('en-US')} | ${Math.round(r.peakRssMb)} MB |`);
      if (!process.env.BENCH_IMPORT_KEEP) await rm(file);
    }
  } finally {
    if (!process.env.BENCH_IMPORT_KEEP) await rm(dir, { recursive: true, force: true });
    else process.stderr.write(`kept ${dir}\n`);
  }
  process.stdout.write(`load average before: ${loadBefore.map((l) => l.toFixed(1)).join(' ')}, after: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${cpus().length} cores)\n`);
  process.stdout.write(['| format | lines | file | requests | wall time | CPU time | lines per CPU second | peak RSS |', '|---|---|---|---|---|---|---|---|', ...rows].join('\n') + '\n');
}

await main();
