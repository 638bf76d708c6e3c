/**
 * From raw tests to findings, the same for every mode: Holm's correction across all endpoint ×
 * metric tests of the run decides what can block (family-wise error at the profile's alpha);
 * Benjamini–Hochberg at the same level decides what is worth reporting as advisory (a false
 * discovery rate, less strict, never failing the step). A finding also needs an effect of at least
 * the minor cut-off: significance alone only says the change is not zero.
 */
import type { SeverityCutoffs } from '../profile/types.js';
import { benjaminiHochberg, holm } from '../stats/index.js';
import { levelFor } from './severity.js';
import type { MetricComparison } from './types.js';

/** A test before correction: everything but the adjusted p-values and severities. */
export interface RawComparison extends Omit<MetricComparison, 'pAdjusted' | 'significant' | 'severity' | 'pBH' | 'advisorySeverity'> {
  cutoffs: SeverityCutoffs;
}

/** How much worse, as a non-negative amount in the cut-offs' unit. */
export function worsening(c: Pick<RawComparison, 'direction' | 'change'>): number {
  return c.direction === 'worse' ? Math.abs(c.change) : 0;
}

/** Applies Holm (blocking) and BH (advisory) at `alpha`. */
export function adjustComparisons(tests: readonly RawComparison[], alpha: number): MetricComparison[] {
  if (tests.length === 0) return [];
  const p = tests.map((t) => t.p);
  const strict = holm(p, alpha);
  const lenient = benjaminiHochberg(p, alpha);
  return tests.map(({ cutoffs, ...t }, i): MetricComparison => {
    const level = levelFor(worsening(t), cutoffs);
    const blocks = strict.rejected[i];
    // BH at the same level rejects everything Holm does, so a held-back Holm finding stays advisory.
    const advisory = !blocks && lenient.rejected[i] ? level : 'none';
    return {
      ...t,
      pAdjusted: strict.adjusted[i],
      pBH: lenient.adjusted[i],
      significant: strict.rejected[i],
      severity: blocks ? level : 'none',
      ...(advisory !== 'none' ? { advisorySeverity: advisory } : {}),
    };
  });
}
