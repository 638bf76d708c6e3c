/** Progress text for long runs: a bar for terminals, a plain line for logs (GitHub's among them). */
import type { LoadProgress } from '../load/types.js';
import { formatCount } from './format.js';

function phaseText(p: LoadProgress): string {
  if (p.phase === 'warmup') return 'warm-up';
  if (p.phase === 'done') return 'done';
  return `trial ${Math.min(p.trial + 1, p.trials)}/${p.trials}`;
}

/** `trial 3/10 · 12.0 of 22.0 s · 8,123 requests · 0 errors` */
export function formatProgressLine(p: LoadProgress): string {
  return `${phaseText(p)} · ${(p.elapsedMs / 1000).toFixed(1)} of ${(p.totalMs / 1000).toFixed(1)} s · ` +
    `${formatCount(p.requests)} requests · ${formatCount(p.errors)} errors`;
}

/** `[#########.........]  45% trial 3/10 · 8,123 requests · 0 errors` */
export function formatProgressBar(p: LoadProgress, width = 24): string {
  const fraction = p.totalMs > 0 ? Math.min(1, p.elapsedMs / p.totalMs) : 1;
  const filled = Math.round(fraction * width);
  const percent = `${Math.round(fraction * 100)}%`.padStart(4);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent} ${phaseText(p)} · ` +
    `${formatCount(p.requests)} requests · ${formatCount(p.errors)} errors`;
}
