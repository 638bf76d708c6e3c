/**
 * How noisy the runner was and what that lets a comparison see, in two numbers and one line for
 * the PR comment:
 * the spread of the per-trial medians within this run, and the smallest change the comparisons
 * could tell from that spread (the typical half-width of their 95% intervals). A reader sees at
 * once whether "no regression" means "nothing changed" or "this runner could not have seen it".
 */
import type { ReportDocument } from './document.js';
import { formatPercent } from './format.js';

/** The runner noise in two figures, and where they came from. */
export interface NoiseSummary {
  /** history: the verdict's run-to-run spread of the cached runs; trials: estimated from this run's trials. */
  basis: 'history' | 'trials';
  /** Relative run-to-run or trial-to-trial spread of latency (0.05 = ±5%); undefined when unknown. */
  trialSpread?: number;
  /** Median over latency comparisons of the 95% interval's half-width (relative); undefined without comparisons. */
  smallestDetectableChange?: number;
}

/**
 * The comment's runner-noise line: `**Runner noise:** per-trial p50 varied by ±13.8% (median over
 * endpoints); latency changes smaller than about ±22.5% cannot be told from noise.`, or undefined
 * when neither figure is known.
 */
export function noiseLine(report: ReportDocument): string | undefined {
  const noise = summarizeNoise(report);
  const parts: string[] = [];
  if (noise.trialSpread !== undefined) {
    const spread = formatPercent(noise.trialSpread).replace('+', '');
    parts.push(noise.basis === 'history' ? `latency varies by ±${spread} from run to run (median over comparisons)` : `per-trial p50 varied by ±${spread} (median over endpoints)`);
  }
  if (noise.smallestDetectableChange !== undefined) {
    parts.push(`latency changes smaller than about ±${formatPercent(noise.smallestDetectableChange).replace('+', '')} cannot be told from noise`);
  }
  return parts.length > 0 ? `**Runner noise:** ${parts.join('; ')}.` : undefined;
}

/**
 * Summarises the runner noise of a report. Pure. When the verdict measured them itself (history
 * comparisons carry `spread` and `detectable`), those are used; otherwise they are estimated from
 * this run's trials and the comparisons' intervals.
 */
export function summarizeNoise(report: ReportDocument): NoiseSummary {
  const own = report.comparisons as { spread?: unknown; detectable?: unknown }[];
  const ownSpread = own.map((c) => c.spread).filter(isFraction);
  const ownDetectable = own.map((c) => c.detectable).filter(isFraction);
  if (ownSpread.length > 0 || ownDetectable.length > 0) {
    return {
      basis: 'history',
      ...(ownSpread.length > 0 ? { trialSpread: median(ownSpread) } : {}),
      ...(ownDetectable.length > 0 ? { smallestDetectableChange: median(ownDetectable) } : {}),
    };
  }
  const spreads = report.endpoints
    .map((e) => e.trials.map((t) => t.latencyMs.p50).filter((v) => Number.isFinite(v) && v > 0))
    .filter((values) => values.length >= 3)
    .map((values) => {
      const m = median(values);
      return median(values.map((v) => Math.abs(v - m))) / m;
    });
  const halfWidths = report.comparisons
    .filter((c) => c.changeKind === 'relative' && c.metric !== 'throughput' && c.interval)
    .map((c) => (c.interval!.upper - c.interval!.lower) / 2)
    .filter((w) => Number.isFinite(w) && w >= 0);
  return {
    basis: 'trials',
    ...(spreads.length > 0 ? { trialSpread: median(spreads) } : {}),
    ...(halfWidths.length > 0 ? { smallestDetectableChange: median(halfWidths) } : {}),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function isFraction(x: unknown): x is number {
  return typeof x === 'number' && Number.isFinite(x) && x >= 0;
}
