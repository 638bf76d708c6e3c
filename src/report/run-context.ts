/**
 * Where a run's numbers come from, in the words the job summary, the markdown report and the
 * comment (with it the check run) share: the baseline it was compared with, and the footer that
 * says how the run was loaded and tested. Markdown; every text from the report is escaped here,
 * since a published report is untrusted.
 */
import type { ReportDocument } from './document.js';
import { formatCount, formatSeconds } from './format.js';
import { escapeMarkdown, shortCommit } from './escape.js';
import { loadModelText } from './load-facts.js';
import { methodText } from './labels.js';

/**
 * The baseline in one sentence: which stored runs (ref, commit, when, how many) or which paired
 * target, or why none was compared. `now`, when the view has a clock, adds the baseline's age.
 */
export function baselineSentence(report: Pick<ReportDocument, 'baseline'>, now?: Date): string {
  const b = report.baseline;
  const source = escapeMarkdown(b.source, 200);
  switch (b.status) {
    case 'found': {
      if (b.mode === 'paired') {
        return `Paired mode: compared with the baseline target ${source}, measured on this runner with trials interleaved A B B A.`;
      }
      const commit = shortCommit(b.commit);
      const from = [
        b.ref ? escapeMarkdown(b.ref.replace(/^refs\/heads\//, ''), 100) : undefined,
        commit ? `commit \`${commit}\`` : undefined,
        b.savedAt ? `recorded ${escapeMarkdown(b.savedAt, 40)}` : undefined,
        b.savedAt && now ? age(b.savedAt, now) : undefined,
        b.runs !== undefined ? (b.runs === 1 ? '1 run' : `${b.runs} runs`) : undefined,
      ].filter(Boolean);
      return `Compared with the baseline${from.length > 0 ? ` (${from.join(', ')})` : ''} from ${source}.`;
    }
    case 'missing':
      return `No baseline yet in ${source}; thresholds only.`;
    case 'unusable':
      return `The baseline in ${source} was ignored: ${escapeMarkdown(b.reason ?? b.status)}.`;
    case 'incompatible':
      return `The baseline in ${source} was not compared: ${escapeMarkdown(b.reason ?? b.status)}.`;
  }
}

/** `3 days old`, `5 hours old`, `under an hour old`. */
export function age(savedAt: string, now: Date): string {
  const ms = now.getTime() - Date.parse(savedAt);
  if (!Number.isFinite(ms)) return 'of unknown age';
  const hours = ms / 3_600_000;
  if (hours < 1) return 'under an hour old';
  if (hours < 48) return `${Math.floor(hours)} hours old`;
  return `${Math.floor(hours / 24)} days old`;
}

/**
 * The footer every markdown view ends with: requests and target, the load, the trials, the tests
 * that compared, the version; `lead` (markdown) goes first, e.g. where the full tables are.
 */
export function footerLine(report: ReportDocument, lead?: string): string {
  const parts = [
    ...(lead ? [lead] : []),
    `${formatCount(report.totals.requests)} requests to ${escapeMarkdown(report.target, 200)}`,
    loadModelText(report),
    `${report.load.trials} trials of ${formatSeconds(report.load.trialDurationMs)} after ${formatSeconds(report.load.warmupMs)} warm-up`,
    methodText(report),
    `loadgate ${escapeMarkdown(report.tool.version, 20)}`,
  ];
  return `<sub>${parts.join(' · ')}</sub>`;
}
