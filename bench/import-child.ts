/**
 * One import in its own process, for bench/import.ts: prints wall and CPU time, peak RSS and what was
 * imported as one JSON line. Bundled with esbuild by the bench, as the CLI is.
 */
import { importResults } from '../src/import/index.js';
import type { ImportFormat } from '../src/import/types.js';

const [format, file] = process.argv.slice(2);
const started = process.hrtime.bigint();
const cpuBefore = process.cpuUsage();
const imported = await importResults({ format: format as ImportFormat, file });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const cpu = process.cpuUsage(cpuBefore);
process.stdout.write(JSON.stringify({
  seconds,
  cpuSeconds: (cpu.user + cpu.system) / 1e6,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  requests: imported.samples,
  endpoints: imported.endpoints.length,
  trials: imported.window.plan.trials.length,
}) + '\n');
