import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/verdict/types.ts
var LEVELS = ["none", "minor", "major", "critical"];
var FAIL_ON_VALUES = ["minor", "major", "critical", "never"];

// src/report/format.ts
function formatMs(ms) {
  const digits = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3;
  return `${ms.toLocaleString("en-US", { maximumFractionDigits: digits })} ms`;
}
function formatPercent(fraction, digits = 1) {
  const value = (fraction * 100).toFixed(digits);
  return fraction > 0 ? `+${value}%` : fraction < 0 ? `\u2212${value.slice(1)}%` : `${value}%`;
}
function formatRate(fraction) {
  return `${(fraction * 100).toLocaleString("en-US", { maximumFractionDigits: 3 })}%`;
}
function formatRps(rps) {
  return `${rps.toLocaleString("en-US", { maximumFractionDigits: rps >= 100 ? 0 : 1 })}/s`;
}
function formatP(p) {
  if (p >= 1e-3) return p.toFixed(3);
  return p.toExponential(1);
}
function formatMetric(metric, value) {
  if (metric === "throughput" || metric === "capacity") return formatRps(value);
  if (metric === "target_rss_growth") return `${value.toFixed(1)} MB/min`;
  if (metric === "p95_drift") return `${value.toFixed(2)} ms/min`;
  if (metric === "recovery_time") return `${(value / 1e3).toFixed(1)} s`;
  if (metric === "error_rate") return formatRate(value);
  return formatMs(value);
}
function formatChange(change, kind) {
  if (kind === "relative") return formatPercent(change);
  const points = (change * 100).toFixed(2);
  return `${change > 0 ? "+" : ""}${points} pts`;
}
function formatCount(n) {
  return n.toLocaleString("en-US");
}
function formatSeconds(ms) {
  return `${(ms / 1e3).toLocaleString("en-US", { maximumFractionDigits: 3 })} s`;
}

// src/report/escape.ts
var UNTRUSTED_TEXT_MAX_CHARS = 300;
var WORD_JOINER = "\u2060";
var HIDDEN = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Cs}]/gu;
var BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
function visibleText(text, maxChars) {
  const flat = [...String(text).replace(BREAKS, " ").replace(HIDDEN, "")];
  return flat.length > maxChars ? flat.slice(0, maxChars - 1).join("") + "\u2026" : flat.join("");
}
function escapeMarkdown(text, maxChars = UNTRUSTED_TEXT_MAX_CHARS) {
  return visibleText(text, maxChars).replace(/[\\`*_{}[\]()#!|~$^]/g, (c) => `\\${c}`).replace(/^([-+=])/, "\\$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(LINKED, `$&${WORD_JOINER}`);
}
var LINKED = /[@#]|gh(?=-\d)|:(?=\/\/)|www(?=\.)/gi;
function plainName(text, maxChars = 40) {
  const safe = String(text).replace(/[^A-Za-z0-9._-]/g, "_");
  return safe.length > maxChars ? `${safe.slice(0, maxChars - 1)}\u2026` : safe;
}
function shortCommit(commit) {
  return commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : void 0;
}

// src/report/trend.ts
function trendNoteText(note) {
  switch (note.code) {
    case "trend-other-profile":
      return `${note.params.runs} stored run${note.params.runs === 1 ? "" : "s"} measured another version of the profile (a different load) and ${note.params.runs === 1 ? "is" : "are"} left out of the trend`;
    case "trend-other-runner":
      return `stored runs on another kind of runner are left out of the trend (${note.params.others.map((o) => `${o.runs} on ${o.kind}`).join("; ")}); it follows the newest run's runner: ${note.params.newest}`;
    case "trend-too-short":
      return `not enough runs yet for change points (${note.params.runs} of ${note.params.need})`;
    case "trend-series-short":
      return `not enough runs yet for ${note.params.series.join(", ")} (each needs ${note.params.need} runs with data)`;
  }
}
function reportTrend(trend) {
  return { ...trend, notes: trend.notes.map((n) => ({ code: n.code, message: trendNoteText(n) })) };
}
var MAX_TREND_CHARTS = 6;
function runText(run, index) {
  if (!run) return `run ${index + 1}`;
  const commit = shortCommit(run.commit);
  const date = Number.isNaN(Date.parse(run.savedAt)) ? "" : new Date(run.savedAt).toISOString().slice(0, 10);
  return [`run ${index + 1}`, commit ? `\`${commit}\`` : "", date].filter(Boolean).join(" ");
}
function valueText(metric, value, allEndpoints) {
  if (allEndpoints) return `\xD7${value.toFixed(3)}`;
  if (metric === "throughput" || metric === "capacity") return formatRps(value);
  if (metric === "error_rate") return formatRate(value);
  if (metric === "rss_growth") return `${value.toFixed(1)} MB`;
  if (metric === "cpu_per_request") return `${value.toFixed(3)} CPU ms`;
  return formatMs(value);
}
function changeText(c, metric) {
  if (c.unit === "relative") return formatChange(c.change, "relative");
  const sign = c.change > 0 ? "+" : "";
  if (metric === "rss_growth") return `${sign}${c.change.toFixed(1)} MB`;
  if (metric === "recovery_time") return `${sign}${(c.change / 1e3).toFixed(1)} s`;
  return formatChange(c.change, "points");
}
function seriesName(s) {
  return escapeMarkdown(s.endpoint, 64);
}
function changeRow(s, c, runs) {
  const before = s.points[c.index - 1].run;
  const after = s.points[c.index].run;
  const interval = `${changeText({ change: c.lower, unit: c.unit }, s.metric)} \u2026 ${changeText({ change: c.upper, unit: c.unit }, s.metric)}`;
  const kind = c.kind === "regression" ? "\u{1F53A} regression" : "\u{1F53B} improvement";
  return `| ${seriesName(s)} | ${s.metric} | ${runText(runs[before], before)} \u2192 ${runText(runs[after], after)} | ${changeText(c, s.metric)} (${interval}) | ${kind} |`;
}
function trendChart(s) {
  const starts = new Set(s.changePoints.map((c) => c.index));
  const labels = s.points.map((p, k) => `"${p.run + 1}${starts.has(k) ? " \u25C6" : ""}"`);
  const values = s.points.map((p) => p.value);
  const bounds = [0, ...s.changePoints.map((c) => c.index), values.length];
  const medians = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const segment = values.slice(bounds[b], bounds[b + 1]).sort((x, y) => x - y);
    const mid = segment.length >> 1;
    const median = segment.length % 2 ? segment[mid] : (segment[mid - 1] + segment[mid]) / 2;
    for (let k = bounds[b]; k < bounds[b + 1]; k++) medians.push(median);
  }
  const num = (v) => String(Number(v.toPrecision(4)));
  return [
    "```mermaid",
    "xychart-beta",
    `    title "${plainName(s.endpoint === "(every endpoint)" ? "every-endpoint" : s.endpoint)} ${s.metric}"`,
    `    x-axis [${labels.join(", ")}]`,
    `    line [${values.map(num).join(", ")}]`,
    `    line [${medians.map(num).join(", ")}]`,
    "```"
  ];
}
function trendLines(trend) {
  const lines = [`### Trend over ${trend.runs.length === 1 ? "1 run" : `${trend.runs.length} runs`}`, ""];
  const withChanges = trend.series.filter((s) => s.changePoints.length > 0);
  if (trend.series.length > 0 && withChanges.length === 0) {
    lines.push(`No change point: no series moved by ${formatChange(trend.minChange, "relative").replace("+", "")} or more at \u03B1 ${trend.alpha}.`, "");
  }
  if (withChanges.length > 0) {
    lines.push("| series | metric | between | change (95% interval) | |", "|---|---|---|---|---|");
    for (const s of withChanges) for (const c of s.changePoints) lines.push(changeRow(s, c, trend.runs));
    lines.push("");
    lines.push("**Since the last change point**", "", "| series | metric | since | runs | newest run against them |", "|---|---|---|--:|--:|");
    for (const s of withChanges) {
      if (!s.sinceLast) continue;
      const from = s.points[s.changePoints[s.changePoints.length - 1].index].run;
      lines.push(`| ${seriesName(s)} | ${s.metric} | ${runText(trend.runs[from], from)} | ${s.sinceLast.runs} | ${changeText(s.sinceLast, s.metric)} |`);
    }
    lines.push("");
    for (const s of withChanges.slice(0, MAX_TREND_CHARTS)) {
      const last = s.points[s.points.length - 1];
      lines.push(`**${seriesName(s)} ${s.metric}** (now ${valueText(s.metric, last.value, s.endpoint === "(every endpoint)")}; \u25C6 the first run after a change)`, "", ...trendChart(s), "");
    }
    if (withChanges.length > MAX_TREND_CHARTS) lines.push(`Charts for ${withChanges.length - MAX_TREND_CHARTS} more series are in the JSON report.`, "");
  }
  trend.notes.forEach((n) => lines.push(`- ${escapeMarkdown(n.message, 2e3)}`));
  if (trend.notes.length > 0) lines.push("");
  return lines;
}

export {
  LEVELS,
  FAIL_ON_VALUES,
  formatMs,
  formatPercent,
  formatRate,
  formatRps,
  formatP,
  formatMetric,
  formatChange,
  formatCount,
  formatSeconds,
  escapeMarkdown,
  shortCommit,
  reportTrend,
  changeText,
  trendLines
};
