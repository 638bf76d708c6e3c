/**
 * The action's import: inputs `results` and `format` (mode gate or report-only, no target) put
 * another tool's results through the same pipeline as a measured run. The profile input is
 * optional here: when its file exists it gives the name, thresholds, regression settings and the
 * window; the default path may be absent.
 */
import { access } from 'node:fs/promises';
import { DEFAULT_PROFILE_PATH, Inputs } from '../constants.js';
import type { BaselineStore } from '../baseline/types.js';
import { currentRunner } from '../metrics/runner.js';
import { readProfileFile } from '../profile/read-file.js';
import { applyLevel } from '../profile/levels.js';
import type { Profile } from '../profile/types.js';
import type { PipelineOutcome } from '../pipeline/types.js';
import type { FailOn } from '../verdict/types.js';
import { runImportPipeline } from './pipeline.js';
import { readImportSettings, type SettingNames } from './settings.js';

/** The action's input names for the import settings. */
export const IMPORT_INPUTS: SettingNames = {
  format: Inputs.format,
  results: Inputs.results,
  baselineResults: Inputs.baselineResults,
  mapping: Inputs.endpointMapping,
  name: Inputs.name,
  warmup: Inputs.warmup,
  duration: Inputs.duration,
  trials: Inputs.trials,
  startAt: Inputs.startAt,
};

export interface ImportActionContext {
  failOn: FailOn;
  store: BaselineStore;
  saveBaseline: boolean;
  origin?: { commit?: string; ref?: string };
  log: { info(m: string): void; warning(m: string): void };
}

/** Reads the import inputs with `getInput`, imports, judges and saves; returns the outcome and the profile used. */
export async function importFromInputs(getInput: (name: string) => string, context: ImportActionContext): Promise<PipelineOutcome & { profile?: Profile; profilePath?: string }> {
  const settings = await readImportSettings(
    Object.fromEntries(Object.entries(IMPORT_INPUTS).map(([key, input]) => [key, getInput(input)])),
    IMPORT_INPUTS,
  );
  const profilePath = getInput(Inputs.profile).trim() || DEFAULT_PROFILE_PATH;
  const exists = await access(profilePath).then(() => true, () => false);
  // The default profile path may be absent for an import; a path the user named must exist (readProfileFile says so).
  const profile = exists || profilePath !== DEFAULT_PROFILE_PATH
    ? applyLevel(await readProfileFile(profilePath), getInput(Inputs.level).trim() || undefined, profilePath)
    : undefined;
  const outcome = await runImportPipeline(
    { ...settings, ...(profile ? { profile } : {}), failOn: context.failOn, saveBaseline: context.saveBaseline, ...(context.origin ? { origin: context.origin } : {}) },
    { store: context.store, log: context.log, runner: currentRunner },
  );
  return { ...outcome, ...(profile ? { profile, profilePath } : {}) };
}
