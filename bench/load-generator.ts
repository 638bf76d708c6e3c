/**
 * One loadgate generator run for `npm run bench:load`, in its own process so its CPU can be
 * measured on its own (pinned by the parent). Reads a JSON spec from argv[2], prints one JSON line.
 */
import { runLoad } from '../src/load/run-load.js';
import type { LoadSpec } from '../src/profile/types.js';
import type { Measurement } from '../src/load/types.js';

const spec = JSON.parse(process.argv[2]) as { url: string; load: LoadSpec };
const m: Measurement = await runLoad({
  targetUrl: spec.url,
  load: spec.load,
  endpoints: [{ name: 'root', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }],
});
const e = m.endpoints[0];
process.stdout.write(JSON.stringify({
  requests: e.requests,
  errors: e.errors,
  rps: e.rps,
  p50: e.latencyMs.p50,
  p99: e.latencyMs.p99,
  p50FromSend: e.latencyFromSendMs?.p50,
  p99FromSend: e.latencyFromSendMs?.p99,
  open: m.open,
  generator: m.generator,
  warnings: m.warnings.map((w) => w.code),
  rssMb: Math.round(process.memoryUsage().rss / 1048576),
}) + '\n');
