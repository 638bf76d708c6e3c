/**
 * `report.html`: one self-contained page for a run — the verdict, the findings, the endpoints, and
 * per endpoint its latency and throughput over time, its percentile spectrum against the baseline
 * and its trend over the stored history; the load schedule and the target's resources. Scripts
 * (uPlot and the page's own) and styles are inline and a strict Content-Security-Policy allows only
 * them, by hash: the page makes no request of any kind, from `file://` or an artifact download.
 * Every chart has its numbers in a table beside it. Pure: the chart library comes in as `assets`.
 */
import { createHash } from 'node:crypto';
import type { ReportDocument } from './document.js';
import type { BaselineRun } from '../baseline/types.js';
import { methodText, statusLabel, unconfirmedSentence } from './labels.js';
import { loadFacts, loadModelText } from './load-facts.js';
import { runMetricSentences } from './run-metrics.js';
import { formatCount, formatSeconds } from './format.js';
import { shortCommit } from './escape.js';
import { reportCharts, type ChartSpec } from './html-charts.js';
import type { EndpointChanges } from './trend-marks.js';
import { CLIENT_SCRIPT } from './html-client.js';
import { escapeHtml, jsonForScript, withoutEmoji } from './html-escape.js';
import { endpointsHtml, findingsHtml } from './html-tables.js';
import type { ChartAssets } from './html-assets.js';
import { LEVELS, type Level } from '../verdict/types.js';

export interface HtmlOptions {
  /** The chart library to inline (html-assets.ts reads uPlot). */
  assets: ChartAssets;
  /** The stored runs the baseline held (oldest first), for the trend and the baseline's spectrum. */
  history?: readonly BaselineRun[];
}

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;max-width:1280px;padding:0 16px 48px;color:#111827;background:#fff}
header.verdict{padding:12px 16px;margin:16px 0;border-radius:6px;border-left:8px solid #6b7280;background:#f3f4f6}
header.status-pass{border-color:#059669;background:#ecfdf5}header.status-regressed{border-color:#dc2626;background:#fef2f2}
header.status-error{border-color:#d97706;background:#fffbeb}
h1{font-size:22px;margin:0 0 4px}p.status{font-size:18px;font-weight:700;margin:0 0 4px}.status-regressed p.status{color:#b91c1c}.status-pass p.status{color:#047857}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #e5e7eb}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:8px 0 0}dl.facts dt{color:#4b5563}dl.facts dd{margin:0}
table{border-collapse:collapse;margin:8px 0}th,td{padding:3px 8px;border-bottom:1px solid #e5e7eb;text-align:right;font-variant-numeric:tabular-nums}
th:first-child,td:first-child{text-align:left}caption{text-align:left;color:#4b5563;padding:2px 0}
.sev-critical{color:#b91c1c;font-weight:600}.sev-major{color:#c2410c;font-weight:600}.sev-minor{color:#a16207}
.charts{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:12px 20px}
figure.chart{margin:0}figcaption{font-weight:600;margin:4px 0}
details summary{cursor:pointer;color:#1d4ed8}table.changes td,table.since td{text-align:left}tr.change-regression td:last-child{color:#b91c1c;font-weight:600}tr.change-improvement td:last-child{color:#047857}p.missing{color:#92400e;background:#fffbeb;padding:6px 10px;border-radius:4px}
nav{margin:8px 0}nav a{margin-right:12px}footer{margin-top:32px;color:#6b7280;font-size:12px}
`;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

function figure(spec: ChartSpec, beside = ''): string {
  const id = escapeHtml(spec.id);
  return [
    `<figure class="chart" id="chart-${id}">`,
    `<figcaption>${escapeHtml(spec.title)}</figcaption>`,
    `<div class="plot" data-chart="${id}" role="img" aria-label="${escapeHtml(spec.title)}: the numbers are in the table below"></div>`,
    `<details data-table="${id}"><summary>The numbers (${spec.points} ${spec.points === 1 ? 'row' : 'rows'})</summary></details>`,
    beside,
    '</figure>',
  ].filter(Boolean).join('\n');
}

/** The trend chart's companion: its change points (the dashed marks) and what changed since the last. */
function changesHtml(changes: EndpointChanges): string {
  const parts: string[] = [];
  if (changes.rows.length > 0) {
    parts.push(
      '<table class="changes"><caption>Change points over the stored runs (dashed: on the chart)</caption>',
      '<thead><tr><th scope="col">metric</th><th scope="col">between</th><th scope="col">change (95% interval)</th><th scope="col"></th></tr></thead><tbody>',
      ...changes.rows.map((r) => `<tr class="change-${r.kind}"><td>${escapeHtml(r.metric)}</td><td>${escapeHtml(r.between)}${r.marked ? '' : ' (before the runs drawn)'}</td><td>${escapeHtml(r.change)}</td><td>${r.kind}</td></tr>`),
      '</tbody></table>',
    );
  }
  if (changes.since.length > 0) {
    parts.push(
      '<table class="since"><caption>What changed since the last change point: this run against the runs since</caption>',
      '<thead><tr><th scope="col">metric</th><th scope="col">since</th><th scope="col">runs</th><th scope="col">this run</th></tr></thead><tbody>',
      ...changes.since.map((r) => `<tr><td>${escapeHtml(r.metric)}</td><td>${escapeHtml(r.since)}</td><td>${r.runs}</td><td>${escapeHtml(r.change)}</td></tr>`),
      '</tbody></table>',
    );
  }
  return parts.join('\n');
}

function missingHtml(lines: readonly string[]): string {
  return lines.map((line) => `<p class="missing">${escapeHtml(line)}</p>`).join('\n');
}

function baselineText(report: ReportDocument): string {
  const b = report.baseline;
  if (b.status !== 'found') return `${b.status}${b.reason ? `: ${b.reason}` : ''} (${b.source})`;
  if (b.mode === 'paired') return `paired: measured beside this run at ${b.source}`;
  const commit = shortCommit(b.commit);
  return `${b.runs ?? '?'} stored ${b.runs === 1 ? 'run' : 'runs'} from ${b.source}${commit ? `, newest ${commit}` : ''}${b.savedAt ? ` of ${b.savedAt.slice(0, 10)}` : ''}`;
}

function headerHtml(report: ReportDocument): string {
  const v = report.verdict;
  const unconfirmed = unconfirmedSentence(report);
  const facts: [string, string][] = [
    ['gate', v.failed ? `fails (fail-on ${v.failOn})` : `passes (fail-on ${v.failOn})`],
    ['worst severity', v.maxSeverity],
    ['baseline', baselineText(report)],
    ['target', report.target],
    ['load', `${loadModelText(report)}; ${formatSeconds(report.load.warmupMs)} warm-up, ${report.load.trials} trials over ${formatSeconds(report.load.durationMs)}`],
    ['requests', `${formatCount(report.totals.requests)}, ${formatCount(report.totals.errors)} errors`],
  ];
  return [
    `<header class="verdict status-${escapeHtml(v.status)}">`,
    `<h1>loadgate — ${escapeHtml(report.profile.name)}${report.profile.level ? ` @ ${escapeHtml(report.profile.level)}` : ''}</h1>`,
    `<p class="status" id="verdict">${escapeHtml(withoutEmoji(statusLabel(report)))}</p>`,
    unconfirmed ? `<p class="unconfirmed">${escapeHtml(unconfirmed)}</p>` : '',
    `<dl class="facts">${facts.map(([k, val]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(val)}</dd>`).join('')}</dl>`,
    '</header>',
  ].filter(Boolean).join('\n');
}

/** Each endpoint's worst severity (regressions and crossed thresholds). */
function worstByEndpoint(report: ReportDocument): Map<string, Level> {
  const worst = new Map<string, Level>();
  for (const finding of [...report.comparisons, ...report.breaches]) {
    const previous = worst.get(finding.endpoint) ?? 'none';
    if (LEVELS.indexOf(finding.severity) > LEVELS.indexOf(previous)) worst.set(finding.endpoint, finding.severity);
  }
  return worst;
}

/** Renders the whole page. */
export function renderHtml(report: ReportDocument, options: HtmlOptions): string {
  const charts = reportCharts(report, options.history);
  const worst = worstByEndpoint(report);
  const allSpecs = [...charts.run, ...charts.endpoints.flatMap((e) => e.charts)];
  const style = `${options.assets.css}\n${STYLE}`;
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(options.assets.js)} ${sha256(CLIENT_SCRIPT)}`,
    `style-src ${sha256(style)}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  const facts = loadFacts(report);
  const notes = [...report.warnings.map((w) => `${w.code}: ${w.message}`), ...report.notes.map((n) => `${n.code}: ${n.message}`)];
  const title = `loadgate — ${report.profile.name} — ${withoutEmoji(statusLabel(report))}`;
  const body = [
    headerHtml(report),
    `<nav>${['findings', 'endpoints', 'load'].map((id) => `<a href="#${id}">${id}</a>`).join('')}${charts.endpoints.map((e, i) => `<a href="#endpoint-${i}">${escapeHtml(e.name)}</a>`).join('')}</nav>`,
    missingHtml(charts.missing),
    `<section id="findings"><h2>Findings</h2>\n${findingsHtml(report)}\n</section>`,
    `<section id="endpoints"><h2>Endpoints</h2>\n${endpointsHtml(report)}\n</section>`,
    `<section id="load"><h2>Load</h2>`,
    facts.length > 0 ? `<dl class="facts">${facts.map((f) => `<dt>${escapeHtml(f.label)}</dt><dd>${escapeHtml(f.text)}</dd>`).join('')}</dl>` : '',
    // Capacity, recovery, RSS trend and CPU per request in the words the summary and comment use, above the timeline.
    ...runMetricSentences(report).map((sentence) => `<p class="run-metric">${escapeHtml(sentence)}</p>`),
    charts.run.length > 0 ? `<div class="charts">\n${charts.run.map((c) => figure(c)).join('\n')}\n</div>` : '<p>No schedule or target series in this result (a closed-model run without a named target process has none).</p>',
    '</section>',
    // The endpoints with the worst findings first: the charts a reader came for are at the top.
    ...charts.endpoints
      .map((e, i) => ({ e, i, level: worst.get(e.name) ?? 'none' }))
      .sort((a, b) => LEVELS.indexOf(b.level) - LEVELS.indexOf(a.level) || a.i - b.i)
      .map(({ e, i, level }) => [
      `<section class="endpoint" id="endpoint-${i}"><h2>${escapeHtml(e.name)}${level === 'none' ? '' : ` <span class="sev sev-${level}">${level}</span>`}</h2>`,
      `<p class="request">${escapeHtml(`${report.endpoints[i].method} ${report.endpoints[i].path}`)}</p>`,
      missingHtml(e.missing),
      `<div class="charts">\n${e.charts.map((c) => figure(c, c.id.startsWith('trend-') ? changesHtml(e.changes) : '')).join('\n')}\n</div>`,
      '</section>',
    ].filter(Boolean).join('\n')),
    notes.length > 0 ? `<section id="notes"><h2>Warnings and notes</h2><ul>${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul></section>` : '',
    `<footer>${escapeHtml(`loadgate ${report.tool.version} · ${methodText(report)} · started ${report.startedAt} · ${report.runner.cpuModel}, ${report.runner.cores} cores, ${report.runner.os}, node ${report.runner.node}`)}</footer>`,
  ].filter(Boolean).join('\n');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    body,
    `<script type="application/json" id="loadgate-data">${jsonForScript({ charts: allSpecs })}</script>`,
    `<script>${options.assets.js}</script>`,
    `<script>${CLIENT_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
