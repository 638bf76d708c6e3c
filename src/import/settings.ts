/**
 * The import settings as both entry points take them (action inputs, CLI flags): raw strings in,
 * checked values out, every problem at once, each naming its input or flag, the bad value and what
 * would be valid. One reader for both, so the action and the CLI cannot disagree about an input.
 */
import { LoadgateError } from '../errors.js';
import { parseDurationMs } from '../profile/duration.js';
import { readEndpointMapping, type EndpointMapping } from './mapping.js';
import { IMPORT_FORMATS, type ImportFormat } from './types.js';
import type { ImportWindowOptions } from './window.js';

/** The raw values, by setting. */
export interface RawImportSettings {
  format?: string;
  results?: string;
  baselineResults?: string;
  mapping?: string;
  name?: string;
  warmup?: string;
  duration?: string;
  trials?: string;
  startAt?: string;
}

/** What each setting is called where the user wrote it (`--format` on the CLI, `format` in the action). */
export type SettingNames = Record<keyof RawImportSettings, string>;

export interface ImportSettings {
  format: ImportFormat;
  file: string;
  baselineFile?: string;
  mapping?: EndpointMapping;
  name?: string;
  window: ImportWindowOptions;
}

/** Most trials an import may ask for (as many as the engine allows per run). */
export const MAX_IMPORT_TRIALS = 1000;

/**
 * Reads an epoch time given as ISO 8601 (`2026-11-30T14:00:00Z`) or epoch milliseconds / seconds
 * (13 / 10 digits); undefined when it is neither.
 */
export function parseStartAt(value: string): number | undefined {
  if (/^\d{13}$/.test(value)) return Number(value);
  if (/^\d{10}$/.test(value)) return Number(value) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Checks every setting and reads the mapping file; throws one error listing every problem. */
export async function readImportSettings(raw: RawImportSettings, names: SettingNames): Promise<ImportSettings> {
  const problems: string[] = [];
  const bad = (key: keyof RawImportSettings, value: string, valid: string) => problems.push(`${names[key]}: "${value}" ${valid}`);
  const format = raw.format?.trim() ?? '';
  if (!format) problems.push(`${names.format}: required with ${names.results} (one of: ${IMPORT_FORMATS.join(', ')})`);
  else if (!(IMPORT_FORMATS as readonly string[]).includes(format)) bad('format', format, `is not a results format loadgate imports (use one of: ${IMPORT_FORMATS.join(', ')})`);
  const file = raw.results?.trim() ?? '';
  if (!file) problems.push(`${names.results}: required (the results file the other tool wrote)`);
  const window: ImportWindowOptions = {};
  for (const key of ['warmup', 'duration'] as const) {
    const value = raw[key]?.trim();
    if (!value) continue;
    const ms = parseDurationMs(value);
    if (ms === undefined || (key === 'duration' && ms <= 0)) bad(key, value, `is not a ${key === 'duration' ? 'positive ' : ''}duration (use e.g. 5s, 1m30s)`);
    else window[key === 'warmup' ? 'warmupMs' : 'durationMs'] = ms;
  }
  const trials = raw.trials?.trim();
  if (trials) {
    const n = Number(trials);
    if (!/^\d+$/.test(trials) || n < 1 || n > MAX_IMPORT_TRIALS) bad('trials', trials, `is not a whole number from 1 to ${MAX_IMPORT_TRIALS}`);
    else window.trials = n;
  }
  const startAt = raw.startAt?.trim();
  if (startAt) {
    const ms = parseStartAt(startAt);
    if (ms === undefined) bad('startAt', startAt, 'is not a time (use ISO 8601 like 2026-11-30T14:00:00Z, or epoch milliseconds)');
    else window.startAtMs = ms;
  }
  const name = raw.name?.trim();
  if (name !== undefined && name !== '' && !/^[A-Za-z0-9._-]{1,100}$/.test(name)) bad('name', name, 'is not a run name (1 to 100 letters, digits, dots, dashes or underscores)');
  if (problems.length > 0) throw new LoadgateError('LOADGATE_INPUT_INVALID', problems.length === 1 ? problems[0] : `${problems.length} problems:\n  ${problems.join('\n  ')}`);
  const mappingFile = raw.mapping?.trim();
  const baselineFile = raw.baselineResults?.trim();
  return {
    format: format as ImportFormat,
    file,
    ...(baselineFile ? { baselineFile } : {}),
    ...(mappingFile ? { mapping: await readEndpointMapping(mappingFile) } : {}),
    ...(name ? { name } : {}),
    window,
  };
}
