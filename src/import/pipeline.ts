/**
 * The pipeline for imported results: the same history, thresholds, verdict and report as a run
 * loadgate measured (pipeline.ts `judgeAndSave`), with the measurement read from a file instead of
 * a load run. With a second results file (`baselineFile`) the two are compared trial by trial as
 * in paired mode, and the stored baseline is neither read nor written.
 */
import { basename, extname } from 'node:path';
import { judgeAndSave } from '../pipeline/cached.js';
import type { PipelineEdges, PipelineOutcome } from '../pipeline/types.js';
import { buildRunResult } from '../metrics/result.js';
import { appendRun, baselineRunFromResult } from '../baseline/history.js';
import { decideVerdict } from '../verdict/decide.js';
import { withRunHealth } from '../verdict/run-health.js';
import { buildReport } from '../report/document.js';
import { profileFingerprint } from '../profile/fingerprint.js';
import type { Profile } from '../profile/types.js';
import type { FailOn } from '../verdict/types.js';
import { importResults } from './index.js';
import type { EndpointMapping } from './mapping.js';
import { importedProfile } from './profile.js';
import type { ImportFormat } from './types.js';
import type { ImportWindowOptions } from './window.js';

export interface ImportPipelineOptions {
  format: ImportFormat;
  file: string;
  /** A second results file of the same format: the baseline, compared trial by trial. */
  baselineFile?: string;
  /** The run's name when no profile gives one; default: the file's name without extension. */
  name?: string;
  /** A loadgate profile for the name, thresholds and regression settings (its load is not run). */
  profile?: Profile;
  window?: ImportWindowOptions;
  mapping?: EndpointMapping;
  failOn: FailOn;
  saveBaseline: boolean;
  origin?: { commit?: string; ref?: string };
}

/** Where the window comes from: explicit options first, else the profile's load (warm-up, duration, trials). */
function windowOf(options: ImportPipelineOptions): ImportWindowOptions {
  const load = options.profile?.load;
  return {
    ...(load ? { warmupMs: load.warmupMs, durationMs: load.durationMs, trials: load.trials } : {}),
    ...options.window,
  };
}

/** Imports, judges and (when asked and allowed) saves; throws an import error for a bad file, before anything is saved. */
export async function runImportPipeline(options: ImportPipelineOptions, edges: Pick<PipelineEdges, 'store' | 'log' | 'runner'>): Promise<PipelineOutcome> {
  const window = windowOf(options);
  edges.log.info(`Importing ${options.file} (${options.format})`);
  const imported = await importResults({ format: options.format, file: options.file, window, mapping: options.mapping });
  const name = options.name ?? basename(options.file, extname(options.file));
  const profile = importedProfile(imported, { name, format: options.format, base: options.profile });
  const fingerprint = profileFingerprint(profile);
  const runner = edges.runner();
  const target = `${options.format}:${basename(options.file)}`;
  const result = buildRunResult(profile, fingerprint, target, imported.measurement, runner);
  edges.log.info(`Imported ${imported.samples.toLocaleString('en-US')} requests over ${profile.endpoints.length} endpoints in ${profile.load.trials} trials`);

  if (!options.baselineFile) return judgeAndSave({ profile, failOn: options.failOn, saveBaseline: options.saveBaseline, origin: options.origin }, edges, result);

  // Two files: the baseline is cut with the same window length and trials as the candidate.
  edges.log.info(`Importing the baseline ${options.baselineFile} (${options.format}); the stored baseline is neither read nor written`);
  const baselineImport = await importResults({
    format: options.format,
    file: options.baselineFile,
    window: { warmupMs: profile.load.warmupMs, durationMs: profile.load.durationMs, trials: profile.load.trials },
    mapping: options.mapping,
  });
  const baselineResult = buildRunResult(profile, fingerprint, `${options.format}:${basename(options.baselineFile)}`, baselineImport.measurement, runner);
  const baseline = appendRun(undefined, result.profile, baselineRunFromResult(baselineResult));
  const verdict = withRunHealth(decideVerdict({
    profile,
    fingerprint,
    result,
    baseline,
    baselineUse: { status: 'found', source: basename(options.baselineFile), runs: 1, mode: 'paired' },
    failOn: options.failOn,
    mode: 'paired',
  }), result);
  return { report: buildReport(result, verdict) };
}
