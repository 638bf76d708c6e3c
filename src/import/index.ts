/**
 * Import: another load tool's results file into loadgate's measurement, by format. Raw-sample
 * formats (JMeter, k6) are streamed twice in constant memory; summary formats (Locust, Artillery,
 * autocannon) are read into intervals. Either way the window is cut into trials as the engine cuts
 * its own runs, and the measurement says where it came from (warning `imported`).
 */
import { basename } from 'node:path';
import { LoadgateError } from '../errors.js';
import { readArtilleryReport } from './artillery.js';
import { readAutocannon } from './autocannon.js';
import { jmeterSource } from './jmeter.js';
import { k6Source } from './k6.js';
import { readLocustHistory } from './locust.js';
import type { EndpointMapping } from './mapping.js';
import { binRawSamples, type ImportedMeasurement } from './raw-bin.js';
import { binIntervals } from './summary-bin.js';
import { FORMAT_RESOLUTION, FORMAT_TOOL, IMPORT_FORMATS, type ImportFormat } from './types.js';
import type { ImportWindowOptions } from './window.js';

export { IMPORT_FORMATS, type ImportFormat } from './types.js';

export interface ImportOptions {
  format: ImportFormat;
  file: string;
  window?: ImportWindowOptions;
  mapping?: EndpointMapping;
}

/** The format named by a user, or an error naming the bad value and the valid ones. */
export function parseImportFormat(value: string, field: string): ImportFormat {
  if ((IMPORT_FORMATS as readonly string[]).includes(value)) return value as ImportFormat;
  throw new LoadgateError('LOADGATE_INPUT_INVALID', `${field}: "${value}" is not a results format loadgate imports (use one of: ${IMPORT_FORMATS.join(', ')})`);
}

/** Reads `file` as `format`; throws an import error naming the file and line for a bad file. */
export async function importResults(options: ImportOptions): Promise<ImportedMeasurement> {
  const { format, file, mapping } = options;
  const window = options.window ?? {};
  let imported: ImportedMeasurement;
  switch (format) {
    case 'jmeter':
      imported = await binRawSamples(jmeterSource(file), window, mapping);
      break;
    case 'k6':
      imported = await binRawSamples(k6Source(file), window, mapping);
      break;
    case 'locust':
      imported = binIntervals(await readLocustHistory(file), window, mapping);
      break;
    case 'artillery':
      imported = binIntervals(await readArtilleryReport(file), window, mapping);
      break;
    case 'autocannon':
      imported = binIntervals(await readAutocannon(file), window, mapping);
      break;
  }
  const { plan } = imported.window;
  imported.measurement.warnings.unshift({
    code: 'imported',
    message:
      `Measured by ${FORMAT_TOOL[format]}, imported from ${basename(file)}: ${imported.samples.toLocaleString('en-US')} requests, ` +
      `${imported.endpoints.length === 1 ? '1 endpoint' : `${imported.endpoints.length} endpoints`}, ` +
      `${plan.trials.length === 1 ? '1 trial' : `${plan.trials.length} trials`} of ${(plan.trialDurationMs / 1000).toFixed(3).replace(/\.?0+$/, '')} s after a ${plan.warmupMs / 1000} s warm-up` +
      (imported.outside > 0 ? `; ${imported.outside.toLocaleString('en-US')} requests outside that window left out` : '') +
      '. loadgate did not send this load: generator health (CPU, send lag) is unknown.' +
      (FORMAT_RESOLUTION[format] ? ` ${FORMAT_RESOLUTION[format]}, and the percentiles here are read from those figures as written.` : ''),
  });
  return imported;
}
