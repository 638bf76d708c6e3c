import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

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
function codeBlock(text) {
  const lines = String(text).split(/\r?\n/).map((line) => line.replace(BREAKS, " ").replace(HIDDEN, ""));
  const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length))));
  const fence = "`".repeat(Math.max(3, longest + 1));
  return `${fence}
${lines.join("\n")}
${fence}`;
}
function plainName(text, maxChars = 40) {
  const safe = String(text).replace(/[^A-Za-z0-9._-]/g, "_");
  return safe.length > maxChars ? `${safe.slice(0, maxChars - 1)}\u2026` : safe;
}
function shortCommit(commit) {
  return commit && /^[0-9a-f]{7,64}$/i.test(commit) ? commit.slice(0, 7) : void 0;
}

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

export {
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
  codeBlock,
  plainName,
  shortCommit
};
