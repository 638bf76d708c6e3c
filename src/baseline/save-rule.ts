/**
 * Whether a run asked to save its baseline may write it, and over what. Pure: the pipeline passes
 * what the store's restore returned and why the run itself may not be a baseline (run health).
 *
 * The rules, in order:
 * 1. Not asked (`save-baseline` false, or a pull request under `auto`): nothing is written.
 * 2. A run that is not a baseline (it measured nothing, or the target stopped answering) is refused:
 *    the stored history is kept as it was.
 * 3. Never overwrite an unreadable history: when the stored entry exists but this read of it failed
 *    (`unread`: the cache service refused, the archive would not unpack), the entry may well be fine,
 *    and writing now would replace its whole history with this one run. The next run saves as usual.
 * 4. Otherwise the run is appended to the history that was found, or starts a new one (none stored,
 *    or the stored one is corrupt or foreign: read and refused, so replacing it loses nothing).
 */
import type { Baseline, RestoreOutcome } from './types.js';

export type BaselineSavePlan =
  | { action: 'skip' }
  | { action: 'refuse'; reason: string }
  | { action: 'save'; previous?: Baseline };

/** The plan for a run's baseline write (rules in the file comment). `runRefusal`: metrics/run-health's `baselineRefusal`. */
export function planBaselineSave(input: { requested: boolean; runRefusal?: string; restored: RestoreOutcome }): BaselineSavePlan {
  const { requested, runRefusal, restored } = input;
  if (!requested) return { action: 'skip' };
  if (runRefusal !== undefined) return { action: 'refuse', reason: runRefusal };
  if (restored.status === 'unusable' && restored.unread) {
    return {
      action: 'refuse',
      reason:
        `${restored.source} exists but could not be read, and saving now would replace its history with this one run; ` +
        'the next run on this branch saves as usual (if this keeps happening, delete that cache entry)',
    };
  }
  return restored.status === 'found' ? { action: 'save', previous: restored.baseline } : { action: 'save' };
}
