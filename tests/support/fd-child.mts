/**
 * Run in a child process whose descriptor limit the test set (`sh -c 'ulimit -n N; exec node …'`):
 * optionally opens `HOLD_FILES` descriptors first, then runs one closed-model load of
 * `CONNECTIONS` connections against `TARGET` and prints the measurement (or the error) as JSON.
 */
import { openSync } from 'node:fs';
import { runLoad } from '../../src/load/run-load.js';

const held: number[] = [];
for (let i = 0; i < Number(process.env.HOLD_FILES ?? 0); i++) held.push(openSync('/dev/null', 'r'));
try {
  const m = await runLoad({
    targetUrl: process.env.TARGET!,
    load: { model: 'closed', connections: Number(process.env.CONNECTIONS), warmupMs: 0, durationMs: 500, trials: 1, requestTimeoutMs: 2000 },
    endpoints: [{ name: 'hello', method: 'GET', path: '/hello', headers: {}, weight: 1, expectStatus: [], thresholds: [] }],
  });
  process.stdout.write(JSON.stringify({ endpoints: m.endpoints, warnings: m.warnings }));
} catch (err) {
  process.stdout.write(JSON.stringify({ error: { code: (err as { code?: string }).code, message: (err as Error).message } }));
}
