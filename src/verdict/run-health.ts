/**
 * A run that measured nothing usable is an error, whatever the comparisons say: no request of the
 * measured phase was answered (a hung or dead target), or the target stopped answering part-way.
 * Neither is a regression of some severity — there is no latency to compare — so the verdict is
 * `error` and the step fails regardless of fail-on, as it does for an unreachable target; unlike
 * that case, the run's counts exist, so the report is still written.
 */
import type { RunResult } from '../metrics/types.js';
import { UNMEASURED_CODES } from '../metrics/run-health.js';
import type { Verdict } from './types.js';

/** The verdict, turned into a failed `error` when the result carries a warning that nothing was measured. */
export function withRunHealth(verdict: Verdict, result: Pick<RunResult, 'warnings'>): Verdict {
  const unmeasured = result.warnings.filter((w) => UNMEASURED_CODES.has(w.code));
  if (unmeasured.length === 0) return verdict;
  return {
    ...verdict,
    status: 'error',
    failed: true,
    notes: [
      ...verdict.notes,
      { code: 'run-unmeasured', params: { causes: unmeasured.map((w) => w.code) } },
    ],
  };
}
