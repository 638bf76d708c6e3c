/**
 * What the failed requests said: each endpoint's error classes with their counts and the first
 * messages the client kept (`errorSamples` in the result), for the reports. A run that is 100%
 * `other` is only actionable with the message ("content-length \"abc\" is not a valid length").
 */
import type { EndpointResult, ErrorCounts } from '../metrics/types.js';

/** One endpoint's one error class: how often, and the first messages kept. */
export interface ErrorSampleRow {
  endpoint: string;
  errorClass: keyof ErrorCounts;
  count: number;
  samples: string[];
}

const CLASSES: readonly (keyof ErrorCounts)[] = ['refused', 'reset', 'timeout', 'status', 'other'];

/** One row per endpoint and error class that occurred, in endpoint order, with its samples. */
export function errorSampleRows(endpoints: readonly EndpointResult[]): ErrorSampleRow[] {
  const rows: ErrorSampleRow[] = [];
  for (const e of endpoints) {
    for (const errorClass of CLASSES) {
      const count = e.errorsByClass[errorClass];
      if (count > 0) rows.push({ endpoint: e.name, errorClass, count, samples: e.errorSamples?.[errorClass] ?? [] });
    }
  }
  return rows;
}
