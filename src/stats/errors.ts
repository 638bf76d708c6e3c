import type { LoadgateCode } from '../errors.js';

/**
 * The one error the statistics package throws: the caller handed it data that no test can be run on
 * (an empty sample, a NaN, a zero denominator, a confidence level outside (0, 1)). The message names
 * the argument and what was wrong with it, so the verdict can pass it on to a person unchanged.
 */
export class StatsInputError extends Error {
  readonly code: LoadgateCode = 'LOADGATE_STATS_INPUT';

  constructor(message: string) {
    super(message);
    this.name = 'StatsInputError';
  }
}

/**
 * Checks a sample for a rank-based test: it must be non-empty and hold no NaN. Infinities are
 * allowed here because ranks only need an order (SciPy and R rank +Infinity as the largest value);
 * callers that do arithmetic on the values (Hodges–Lehmann) pass `allowInfinite = false`.
 */
export function assertSample(values: readonly number[], name: string, allowInfinite: boolean): void {
  if (!Array.isArray(values)) throw new StatsInputError(`${name}: expected an array of numbers`);
  if (values.length === 0) throw new StatsInputError(`${name}: the sample is empty; at least one value is needed`);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (typeof v !== 'number' || Number.isNaN(v)) {
      throw new StatsInputError(`${name}[${i}]: ${String(v)} is not a number`);
    }
    if (!allowInfinite && !Number.isFinite(v)) {
      throw new StatsInputError(`${name}[${i}]: ${v} is not a finite number`);
    }
  }
}
