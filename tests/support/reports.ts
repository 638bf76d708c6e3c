/**
 * A report with fixed comparisons for the renderer tests (the renderers' input, independent of the
 * verdict engine): each endpoint's p50 and p95 changed by `change(name)`, with the given severity.
 */
import { buildRunResult } from '../../src/metrics/result.js';
import type { ReportDocument } from '../../src/report/document.js';
import type { BaselineUse, Level, MetricComparison } from '../../src/verdict/types.js';
import { endpointResult, profileWith, trial } from './builders.js';

const runner = { cpuModel: 'test cpu', cores: 2, os: 'linux 6.1', node: 'v20.20.2' };
const ms = [10, 11, 12, 13, 14, 15, 16, 17];
/** The clock the comment's baseline age is read against: three days after the baseline was saved. */
export const now = new Date('2026-11-23T10:00:10Z');

/** The report for `names`, each endpoint's p50 and p95 changed by `change(name)` (file comment). */
export function reportFor(
  names: string[],
  change: (name: string) => number,
  options: { baseline?: boolean; failOn?: 'critical' | 'minor'; severity?: (name: string) => Level } = {},
): { report: ReportDocument } {
  const profile = profileWith(names, { name: 'shop' });
  const result = buildRunResult(profile, 'fp', 'http://127.0.0.1:8080', {
    startedAt: new Date('2026-11-20T10:00:00Z'),
    finishedAt: new Date('2026-11-20T10:00:10Z'),
    trialDurationMs: 1000,
    endpoints: names.map((n) => endpointResult(n, ms.map((v, i) => trial(((v + (i % 3)) * (1 + change(n))) / 10, 100)))),
    warnings: [],
  }, runner);
  const baseline: BaselineUse =
    options.baseline === false
      ? { status: 'missing', source: 'the actions cache (loadgate-baseline/v1/shop/…)' }
      : { status: 'found', source: 'the actions cache entry loadgate-baseline/v1/shop/main/41-1', runs: 3, savedAt: '2026-11-20T10:00:10.000Z', commit: '0123456789abcdef', ref: 'refs/heads/main' };
  const severity = options.severity ?? ((n: string) => (change(n) >= 0.5 ? 'critical' : change(n) >= 0.25 ? 'major' : change(n) >= 0.1 ? 'minor' : 'none'));
  const comparisons: MetricComparison[] =
    options.baseline === false
      ? []
      : names.flatMap((n) =>
          (['p50', 'p95'] as const).map((metric) => ({
            endpoint: n, metric, baseline: 1.45, current: Number((1.45 * (1 + change(n))).toFixed(3)), change: change(n), changeKind: 'relative' as const,
            interval: { lower: change(n) - 0.2, upper: change(n) + 0.25, confidence: 0.95 },
            p: change(n) > 0.1 ? 0.0004 : 0.4, pAdjusted: change(n) > 0.1 ? 0.007 : 1, n1: 8, n2: 8,
            significant: change(n) > 0.1, direction: change(n) > 0.005 ? ('worse' as const) : ('same' as const), severity: severity(n),
          })),
        );
  const rank = ['none', 'minor', 'major', 'critical'];
  const maxSeverity = comparisons.reduce<Level>((w, c) => (rank.indexOf(c.severity) > rank.indexOf(w) ? c.severity : w), 'none');
  const failOn = options.failOn ?? 'critical';
  const failed = maxSeverity !== 'none' && rank.indexOf(maxSeverity) >= rank.indexOf(failOn);
  const status = options.baseline === false ? 'no-baseline' : maxSeverity === 'none' ? 'pass' : 'regressed';
  return { report: { ...result, verdict: { status, maxSeverity, failOn, failed }, comparisons, breaches: [], baseline, notes: [] } };
}
