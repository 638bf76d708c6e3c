/**
 * The set-up's problem list, shared by both entry points so they name things alike: the action's
 * inputs and the CLI's flags have the same names (`target`, `baseline-target`, `fail-on`, …), and
 * each problem names the setting as its entry point spells it — `input 'target'` or `--target` —
 * then the bad value and what would be valid. The list is thrown once, with every problem in it
 * (as k6 validates its whole config), instead of one problem per attempt.
 */
import { LoadgateError, isUserError, type LoadgateCode } from '../errors.js';

/** Which entry point is setting the run up. */
export type EntryPoint = 'action' | 'cli';

/** One problem, with its code (docs/errors.md). */
export interface SetupProblem {
  code: LoadgateCode;
  message: string;
}

/** All problems of a set-up, thrown at once; `LOADGATE_SETUP_INVALID` when there are several. */
export class SetupError extends LoadgateError {
  constructor(readonly problems: readonly SetupProblem[]) {
    super(
      problems.length === 1 ? problems[0].code : 'LOADGATE_SETUP_INVALID',
      problems.length === 1
        ? problems[0].message
        : `${problems.length} problems in the run's set-up:\n${problems.map((p) => `- ${p.message.replaceAll('\n', '\n  ')}`).join('\n')}`,
    );
    this.name = 'SetupError';
  }
}

/** Collects the problems of one set-up (file comment). */
export class SetupProblems {
  readonly list: SetupProblem[] = [];

  constructor(readonly entry: EntryPoint) {}

  /** The setting as this entry point spells it: `input 'fail-on'` or `--fail-on`. */
  name(setting: string): string {
    return this.entry === 'action' ? `input '${setting}'` : `--${setting}`;
  }

  /** A problem with a setting: its name, then `message` (which starts with the bad value). */
  addFor(setting: string, message: string, code: LoadgateCode = 'LOADGATE_INPUT_INVALID'): void {
    this.list.push({ code, message: `${this.name(setting)}: ${message}` });
  }

  /** A problem that names its own source (the profile file and line, an environment variable). */
  add(code: LoadgateCode, message: string): void {
    this.list.push({ code, message });
  }

  /**
   * A choice setting: empty is `fallback`; a value outside `choices` is a problem naming them, and
   * `fallback` is returned so the set-up goes on collecting.
   */
  choice<T extends string>(setting: string, value: string | undefined, choices: readonly T[], fallback: T): T {
    if (value === undefined || value === '') return fallback;
    if ((choices as readonly string[]).includes(value)) return value as T;
    this.addFor(setting, `"${value}" is not valid (use one of: ${choices.join(', ')})`);
    return fallback;
  }

  /** Runs a step that throws errors for people; such an error becomes a problem and undefined is returned. */
  async attempt<T>(step: () => T | Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (err) {
      if (!isUserError(err)) throw err;
      this.add(err.code, err.message);
      return undefined;
    }
  }

  /** Throws a SetupError with every problem so far; returns when there is none. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new SetupError([...this.list]);
  }
}
