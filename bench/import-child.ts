/**
 * One import in its own process, for bench/import.ts: prints wall time, peak RSS and what was
 * imported as one JSON line. Bundled with esbuild by the bench, as the CLI is.
 */
import { importResults } from '../src/import/index.js';
import type { ImportFormat } from '../src/import/types.js';

const [format, file] = process.argv.slice(2);
const started = process.hrtime.bigint();
const imported = await importResults({ format: format as ImportFormat, file });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stdout.write(JSON.stringify({
  seconds,
  peakRssMb: process.resourceUsage().maxRSS / 1024,
  requests: imported.samples,
  endpoints: imported.endpoints.length,
  trials: imported.window.plan.trials.length,
}) + '\n');
