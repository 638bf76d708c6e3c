/** Checks the paired mode's second target as given by a user (`baseline-target` / `--baseline-target`). */
import { targetUrlProblem } from '../load/target-url.js';

/**
 * The problem in words, or undefined: the one target-URL rule (load/target-url.ts), and not the
 * target itself (a trailing slash does not make a second address).
 */
export function baselineTargetProblem(baselineTarget: string, target: string): string | undefined {
  const problem = targetUrlProblem(baselineTarget);
  if (problem) return problem;
  const same = (u: string) => new URL(u).href.replace(/\/+$/, '');
  if (!targetUrlProblem(target) && same(baselineTarget) === same(target)) {
    return `"${baselineTarget}" is the target itself; paired mode needs the baseline build running at a second address (e.g. another port)`;
  }
  return undefined;
}
