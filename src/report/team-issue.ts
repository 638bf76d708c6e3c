/**
 * The text of the team issue a scheduled run keeps (publish/team-issue.ts): a hidden marker that
 * finds it again, a hidden list of the open regressions (to tell new ones from known ones next
 * night), a table of the open regression change points, and the comments that notify subscribers.
 * Pure; names escaped, commits checked as in the trend section.
 */
import type { OpenRegression } from '../verdict/open-changes.js';
import type { Trend } from '../verdict/trend.js';
import { formatChange } from './format.js';
import { escapeMarkdown, plainName, shortCommit } from './escape.js';
import { changeText } from './trend.js';

/** The hidden first line of a profile's (and level's) team issue. */
export function teamIssueMarker(profile: string, level?: string): string {
  return `<!-- loadgate-trend:${plainName(profile, 64)}${level ? `@${plainName(level, 64)}` : ''} -->`;
}

const STATE = /<!-- loadgate-open:([A-Za-z0-9%._~!*'()|\- ]*)-->/;

/** The open-regression keys an earlier body recorded (empty when it holds none). */
export function openKeysOf(body: string | null | undefined): string[] {
  const match = STATE.exec(body ?? '');
  return match ? match[1].trim().split(' ').filter(Boolean) : [];
}

export function teamIssueTitle(profile: string, level?: string): string {
  return `loadgate: performance changes in ${plainName(profile, 64)}${level ? ` (${plainName(level, 64)})` : ''}`;
}

function runText(run: { savedAt: string; commit?: string }): string {
  const commit = shortCommit(run.commit);
  const date = Number.isNaN(Date.parse(run.savedAt)) ? '' : new Date(run.savedAt).toISOString().slice(0, 10);
  return [commit ? `\`${commit}\`` : '', date].filter(Boolean).join(' ') || 'a stored run';
}

/** One line per regression: series, metric, between which runs, size with interval. */
export function regressionLine(r: OpenRegression): string {
  const c = r.change;
  const fmt = (v: number) => changeText({ change: v, unit: c.unit }, r.series.metric);
  return `${escapeMarkdown(r.series.endpoint, 64)} ${r.series.metric}: ${fmt(c.change)} (${fmt(c.lower)} … ${fmt(c.upper)}) between ${runText(c.before)} and ${runText(c.after)}`;
}

/** The whole issue body for the open regressions now. */
export function teamIssueBody(marker: string, trend: Pick<Trend, 'runs' | 'alpha' | 'minChange'>, open: OpenRegression[], runUrl?: string): string {
  const lines = [marker, `<!-- loadgate-open: ${open.map((r) => r.key).join(' ')} -->`, ''];
  if (open.length === 0) {
    lines.push('✅ Every series has returned: no regression change point is open.', '');
  } else {
    lines.push(`Open regression change points over the last ${trend.runs.length} scheduled runs (α ${trend.alpha}, changes of ${formatChange(trend.minChange, 'relative').replace('+', '')} or more):`, '');
    for (const r of open) lines.push(`- ${regressionLine(r)}`);
    lines.push('');
  }
  lines.push(`Kept up to date by loadgate's scheduled runs${runUrl && /^https:\/\/[^\s()<>]+$/.test(runUrl) ? ` ([latest run](${runUrl}))` : ''}. A series counts as returned after a later improvement of similar size; closing this issue acknowledges what it lists.`);
  return lines.join('\n') + '\n';
}

/** The comment for regressions that were not open last time (subscribers get notified). */
export function newRegressionsComment(fresh: OpenRegression[]): string {
  return [`🔺 New regression change point${fresh.length === 1 ? '' : 's'}:`, '', ...fresh.map((r) => `- ${regressionLine(r)}`), ''].join('\n');
}

/** The comment for series that were open and have returned. */
export function returnedComment(keys: string[], stillOpen: number): string {
  const names = keys.map((k) => {
    const [endpoint, metric] = k.split('|');
    let name = endpoint;
    try {
      name = decodeURIComponent(endpoint);
    } catch {
      // A key this version did not write: shown as it is, escaped.
    }
    return `${escapeMarkdown(name, 64)} ${escapeMarkdown(metric ?? '', 20)}`;
  });
  return [`✅ Returned: ${names.join(', ')}.`, stillOpen === 0 ? 'No regression change point is open any more.' : `${stillOpen} still open.`, ''].join('\n');
}
