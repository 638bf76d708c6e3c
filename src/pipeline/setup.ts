/**
 * One run set-up for both entry points: the action (inputs) and the CLI (flags) hand over the
 * settings as given, and get back the run the pipeline takes — or one error listing every problem.
 *
 *   profile file → level → target process → template environment → target (setting, else the
 *   profile's) → URL checks (target, baseline target) → paired mode's load and baseline process
 *
 * Each step that can still be checked is checked when an earlier one failed (a bad --target is
 * reported beside a broken profile), so one correction round fixes everything.
 */
import { readProfileFile } from '../profile/read-file.js';
import { applyLevel, levelProblem } from '../profile/levels.js';
import { checkTemplateEnvironment } from '../profile/env.js';
import type { Profile, TargetProcess } from '../profile/types.js';
import { targetProcessInput, withTargetContainerInput, withTargetProcessInput } from '../load/target-resources.js';
import { targetUrlProblem } from '../load/target-url.js';
import { baselineTargetProblem } from '../paired/target.js';
import { pairedLoadProblem } from './paired.js';
import type { SetupProblems } from './problems.js';
import { Inputs } from '../constants.js';

/** The settings as an entry point read them; empty strings count as not given. */
export interface RunSettings {
  /** The profile file's path (the action's default `.github/loadgate.yml`, the CLI's required --profile). */
  profile: string;
  level?: string;
  /** A process id or a pid file: the target process to sample. */
  targetPid?: string;
  /** A container's id or name: its cgroup is sampled instead of a local process (the service container in Actions). */
  targetContainer?: string;
  target?: string;
  baselineTarget?: string;
  /** Paired mode: a process id or a pid file of the baseline target, sampled like `targetPid`. */
  baselineTargetPid?: string;
}

/** The run, set up: what the pipeline needs besides the fail-on level and the store. */
export interface RunSetup {
  /** The profile at the selected level, with the target process applied. */
  profile: Profile;
  target: string;
  baselineTarget?: string;
  /** Paired mode: the baseline target's process, whose CPU per request is compared with the target's. */
  baselineTargetProcess?: TargetProcess;
  /** The template environment's values (never printed): the action masks them in its log. */
  secrets: string[];
}

const given = (value: string | undefined): string | undefined => (value === undefined || value === '' ? undefined : value);

/**
 * Sets the run up (file comment) from `settings`, reading the profile relative to `cwd` and template
 * values from `env`. Problems go to `problems`, which may already hold the entry point's own (a bad
 * `fail-on`); if any, all are thrown at once (SetupProblems.throwIfAny).
 */
export async function setUpRun(
  settings: RunSettings,
  problems: SetupProblems,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): Promise<RunSetup> {
  const level = given(settings.level);
  let profile = await problems.attempt(() => readProfileFile(settings.profile, cwd));
  if (profile && level !== undefined) {
    const problem = levelProblem(profile, level, settings.profile);
    if (problem === undefined) profile = applyLevel(profile, level, settings.profile);
    else {
      problems.addFor(Inputs.level, problem, 'LOADGATE_LEVEL_UNKNOWN');
      profile = undefined;
    }
  }
  if (profile) profile = withTargetProcessInput(profile, settings.targetPid?.trim() ?? '');
  if (profile) profile = withTargetContainerInput(profile, settings.targetContainer?.trim() ?? '');
  let secrets: string[] = [];
  if (profile) {
    const environment = checkTemplateEnvironment(profile.endpoints, env, profile.flows);
    for (const p of environment.problems) problems.add(p.code, p.message);
    secrets = Object.values(environment.values);
  }

  // The setting wins over the profile's target; the profile's was checked when it was parsed.
  const targetSetting = given(settings.target);
  const target = targetSetting ?? profile?.target;
  if (targetSetting !== undefined) {
    const problem = targetUrlProblem(targetSetting);
    if (problem) problems.addFor(Inputs.target, problem);
  } else if (profile && target === undefined) {
    problems.addFor(Inputs.target, `not given, and ${settings.profile} has no target: either (give the service's base URL, e.g. http://127.0.0.1:8080)`);
  }
  const baselineTarget = given(settings.baselineTarget);
  if (baselineTarget !== undefined) {
    const problem = baselineTargetProblem(baselineTarget, target ?? '');
    if (problem) problems.addFor(Inputs.baselineTarget, problem);
    const loadProblem = profile ? pairedLoadProblem(profile.load) : undefined;
    if (loadProblem) problems.addFor(Inputs.baselineTarget, loadProblem, 'LOADGATE_PAIRED_LOAD');
  }
  const baselinePid = given(settings.baselineTargetPid?.trim());
  if (baselinePid !== undefined && baselineTarget === undefined) {
    problems.addFor(Inputs.baselineTargetPid, `${JSON.stringify(baselinePid.slice(0, 80))} names the baseline target's process, but there is no baseline target: give baseline-target too (paired mode), or leave this empty`);
  }

  problems.throwIfAny();
  return {
    profile: profile!,
    target: target!,
    ...(baselineTarget ? { baselineTarget } : {}),
    ...(baselineTarget && baselinePid !== undefined ? { baselineTargetProcess: targetProcessInput(baselinePid) } : {}),
    secrets,
  };
}
