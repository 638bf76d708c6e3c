/**
 * Load levels: one profile, several named runs — a 60-second `pr` gate and a long `nightly` soak
 * from the same endpoints, thresholds and regression settings.
 *
 *   load: { connections: 20, duration: 60s }          # what runs when no level is selected
 *   levels:
 *     peak:   { load: { rate: 2000, duration: 5m } }  # merged over load: key by key
 *     stress: { load: { rate: 8000, shape: step } }
 *
 * A level's `load` is merged over the top-level `load` key by key, except that naming either model
 * (connections, or rate/stages) drops the other model's keys from the top level — a level can turn a
 * closed profile into an open one, and naming a `shape` drops the top level's shape parameters. Each level keeps its own baseline (the baseline key carries the
 * level's name) and its own fingerprint (its load differs).
 */
import type { LoadSpec, Profile } from './types.js';
import { LoadgateError } from '../errors.js';
import { CLOSED_KEYS, OPEN_KEYS, isOpenMapping, readLoad } from './load.js';
import { describeValue, getOwn, isMapping, joinPath, readMapping, readName, setOwn, type Issue, type Mapping } from './read.js';

const LEVEL_KEYS = ['load'] as const;
const SHAPE_PARAMETER_KEYS = ['start_rate', 'steps', 'spike_rate', 'spike_duration', 'recovery'] as const;

/** The top-level load mapping with a level's keys merged over it (see the file comment). */
function mergeLoad(baseLoad: unknown, levelLoad: Mapping): Mapping {
  const merged: Mapping = isMapping(baseLoad) ? { ...baseLoad } : {};
  const levelOpen = isOpenMapping(levelLoad);
  const levelClosed = CLOSED_KEYS.some((k) => levelLoad[k] !== undefined);
  if (levelOpen) for (const k of CLOSED_KEYS) delete merged[k];
  if (levelClosed || levelOpen) for (const k of OPEN_KEYS) if (!Object.hasOwn(levelLoad, k)) delete merged[k];
  if (levelOpen && levelLoad.stages !== undefined) delete merged.duration;
  // A new shape brings its own parameters: the top level's ramp start does not apply to a spike.
  if (levelLoad.shape !== undefined) for (const k of SHAPE_PARAMETER_KEYS) if (!Object.hasOwn(levelLoad, k)) delete merged[k];
  return { ...merged, ...levelLoad };
}

/**
 * Reads `levels:`: a mapping of level name (same characters as profile names) to `{ load }`.
 * Problems inside a merged load are reported at the level's path when the level gave the key, and
 * left to the top-level `load` check otherwise, so one mistake is reported once.
 */
export function readLevels(value: unknown, baseLoad: unknown, path: string, issues: Issue[]): Record<string, LoadSpec> | undefined {
  if (value === undefined) return undefined;
  if (!isMapping(value) || Object.keys(value).length === 0) {
    issues.push({ path, message: `${isMapping(value) ? 'an empty mapping' : describeValue(value)} is not a mapping of level names to { load: … } (e.g. pr: { load: { duration: 60s } })` });
    return undefined;
  }
  const levels: Record<string, LoadSpec> = {};
  // Problems the top-level load has anyway are reported there, not once more per level.
  const baseIssues: Issue[] = [];
  readLoad(baseLoad, 'load', baseIssues);
  const baseProblems = new Set(baseIssues.map((i) => `${i.path.slice('load'.length)}\n${i.message}`));
  for (const [name, item] of Object.entries(value)) {
    const at = joinPath(path, name);
    if (readName(name, at, issues) === undefined) continue;
    const mapping = readMapping(item, at, LEVEL_KEYS, issues);
    if (!mapping) continue;
    const levelLoad = mapping.load === undefined ? {} : mapping.load;
    if (!isMapping(levelLoad)) {
      issues.push({ path: joinPath(at, 'load'), message: `${describeValue(levelLoad)} is not a mapping of load keys` });
      continue;
    }
    const loadPath = joinPath(at, 'load');
    const own: Issue[] = [];
    setOwn(levels, name, readLoad(mergeLoad(baseLoad, levelLoad), loadPath, own));
    for (const issue of own) {
      const suffix = issue.path.slice(loadPath.length);
      if (baseProblems.has(`${suffix}\n${issue.message}`)) continue;
      const key = suffix.slice(1).split(/[.[]/)[0];
      issues.push(key === '' || Object.hasOwn(levelLoad, key) ? issue : { path: loadPath, message: `${key} (from the top-level load): ${issue.message}` });
    }
  }
  return levels;
}

/**
 * Why `level` cannot be selected from the profile in `fileName`, naming the declared levels, or
 * undefined when it can. The text starts with the quoted level; the caller names the setting.
 */
export function levelProblem(profile: Profile, level: string, fileName: string): string | undefined {
  if (getOwn(profile.levels, level) !== undefined) return undefined;
  const names = Object.keys(profile.levels ?? {});
  return names.length === 0
    ? `"${level}": ${fileName} declares no levels (add levels: { ${level}: { load: … } } or drop the level)`
    : `"${level}" is not declared in ${fileName} (declared: ${names.join(', ')})`;
}

/**
 * The profile as selected: `level` undefined keeps the top-level load; a name picks that level's
 * load and records the name (baselines and comments are kept per level). An unknown level, or a
 * level asked of a profile without `levels:`, is a `LOADGATE_LEVEL_UNKNOWN` error naming the valid ones.
 */
export function applyLevel(profile: Profile, level: string | undefined, fileName: string): Profile {
  if (level === undefined || level === '') return profile;
  const problem = levelProblem(profile, level, fileName);
  if (problem !== undefined) throw new LoadgateError('LOADGATE_LEVEL_UNKNOWN', `level ${problem}`);
  return { ...profile, load: getOwn(profile.levels, level)!, level };
}
