/**
 * One loadgate run of a profile file for `npm run bench:load`'s journey comparison, in its own
 * process so its CPU can be measured on its own. Reads `{ url, profile, load }` from argv[2]
 * (`load` replaces the profile's), prints one JSON line: requests over every request row (flow
 * rows, which count iterations, left out), iterations, each row's figures, and the CPU the
 * measured phase took (`loadCpuUs` over `loadRequests`: process start-up and summary left out).
 */
import { runLoad } from '../src/load/run-load.js';
import { readProfileFile } from '../src/profile/read-file.js';
import { FLOW_ROW_METHOD } from '../src/flow/rows.js';
import type { LoadSpec } from '../src/profile/types.js';

const spec = JSON.parse(process.argv[2]) as { url: string; profile: string; load: LoadSpec };
const profile = await readProfileFile(spec.profile);
// The generator's CPU over the measured phase alone (not the process start, the profile or the
// summary): from the first progress report of the measured phase to the last, with the measured
// requests between the two.
let window: { cpuUs: number; userUs: number; requests: number } | undefined;
let loadCpuUs = 0;
let loadUserUs = 0;
let loadRequests = 0;
const m = await runLoad({
  targetUrl: spec.url,
  load: spec.load,
  endpoints: profile.endpoints,
  ...(profile.flows ? { flows: profile.flows } : {}),
  env: process.env,
  progressIntervalMs: 500,
  onProgress(p) {
    if (p.phase === 'warmup') return;
    const usage = process.cpuUsage();
    const cpuUs = usage.user + usage.system;
    if (window === undefined) window = { cpuUs, userUs: usage.user, requests: p.requests };
    else if (p.phase === 'done') {
      loadCpuUs = cpuUs - window.cpuUs;
      loadUserUs = usage.user - window.userUs;
      loadRequests = p.requests - window.requests;
    }
  },
});
const requests = m.endpoints.filter((e) => e.method !== FLOW_ROW_METHOD);
const sum = (key: 'requests' | 'errors') => requests.reduce((n, e) => n + e[key], 0);
process.stdout.write(JSON.stringify({
  requests: sum('requests'),
  errors: sum('errors'),
  rps: requests.reduce((n, e) => n + e.rps, 0),
  iterations: m.endpoints.filter((e) => e.method === FLOW_ROW_METHOD).reduce((n, e) => n + e.requests, 0),
  rows: m.endpoints.map((e) => ({ name: e.name, requests: e.requests, errors: e.errors, p50: e.latencyMs.p50 })),
  warnings: m.warnings.map((w) => w.code),
  rssMb: Math.round(process.memoryUsage().rss / 1048576),
  loadCpuUs,
  loadUserUs,
  loadRequests,
}) + '\n');
