/**
 * What flows count beyond an endpoint's figures (tally.ts counts every step's answer or failure as
 * it counts an endpoint's): a step's `capture` or `check` error, and each iteration on its flow's
 * own row — duration as latency, an iteration that did not complete as an error of the class that
 * ended it. Like tally.ts, these touch preallocated counters only.
 */
import { recordErrorSample } from '../metrics/summarize.js';
import type { Tally } from './types.js';

/** A step answer that failed a capture or a check: one more error of that class on the step's row. */
export function tallyStepError(tally: Tally, rowIndex: number, trial: number, errorClass: 'capture' | 'check', message: string): void {
  const row = tally.counters[rowIndex];
  const errors = row.trials[trial].errors;
  errors[errorClass] = (errors[errorClass] ?? 0) + 1;
  tally.measuredErrors++;
  recordErrorSample(row, errorClass, () => message);
}

/**
 * One iteration of a measured trial (the trial its first step started in) on the flow's row: its
 * duration, and when it did not complete, an error of the class that ended it with the step's message.
 * In the open model `durationUs` runs from the scheduled instant and `sentDurationUs` from the
 * first step's send (the row's `latencyFromSendMs`, as a request's).
 */
export function tallyIteration(
  tally: Tally,
  rowIndex: number,
  trial: number,
  durationUs: number,
  failure: { errorClass: string; message: string } | undefined,
  sentDurationUs = durationUs,
): void {
  const row = tally.counters[rowIndex];
  const counters = row.trials[trial];
  counters.requests++;
  counters.latency.recordMicros(durationUs);
  row.sendLatency?.recordMicros(sentDurationUs);
  if (failure === undefined) return;
  const errorClass = (failure.errorClass in counters.errors || failure.errorClass === 'capture' || failure.errorClass === 'check'
    ? failure.errorClass : 'other') as 'refused' | 'reset' | 'timeout' | 'status' | 'other' | 'capture' | 'check';
  counters.errors[errorClass] = (counters.errors[errorClass] ?? 0) + 1;
  recordErrorSample(row, errorClass, () => failure.message);
}
