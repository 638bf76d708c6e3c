/**
 * The JSON report: the run result (top-level `endpoints` etc., schemas/result.schema.json) plus the
 * verdict. One document carries everything the renderers need, so every output says the same.
 */
import type { RunResult } from '../metrics/types.js';
import type { Verdict } from '../verdict/types.js';
import type { ReportTrend } from './trend.js';
import { reportNotes, type ReportNote } from './notes.js';

/** The JSON report's document: the run result with the verdict's parts at top level. */
export interface ReportDocument extends RunResult {
  /** `advisorySeverity` is absent from reports written before it existed (read it with labels.advisorySeverityOf). */
  verdict: Pick<Verdict, 'status' | 'maxSeverity' | 'failOn' | 'failed'> & Partial<Pick<Verdict, 'advisorySeverity'>>;
  comparisons: Verdict['comparisons'];
  breaches: Verdict['breaches'];
  baseline: Verdict['baseline'];
  /** The verdict's notes, worded (report/notes.ts); a published report's are its own, untrusted. */
  notes: ReportNote[];
  /** Scheduled runs: change points over the stored runs and this one (verdict/trend.ts). */
  trend?: ReportTrend;
}

/** Joins a result and its verdict into the report document. */
export function buildReport(result: RunResult, verdict: Verdict): ReportDocument {
  return {
    ...result,
    verdict: {
      status: verdict.status,
      maxSeverity: verdict.maxSeverity,
      advisorySeverity: verdict.advisorySeverity,
      failOn: verdict.failOn,
      failed: verdict.failed,
    },
    comparisons: verdict.comparisons,
    breaches: verdict.breaches,
    baseline: verdict.baseline,
    notes: reportNotes(verdict.notes),
  };
}
