import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  makeOctokit,
  publishCheckRun,
  upsertStickyComment
} from "./chunk-4IPJRBTM.js";
import {
  SEVERITY_TEXT,
  advisorySeverityOf,
  baselineSentence,
  footerLine,
  gateLine,
  hasUnconfirmedChange,
  intervalText,
  measuredElsewhereLines,
  pullRequestNoteProblem,
  reportLinkLine,
  runMetricSentences,
  statusLabel,
  unconfirmedSentence
} from "./chunk-4RFLZO5R.js";
import "./chunk-C5ZD6TMW.js";
import "./chunk-R6TSWLX4.js";
import {
  LEVELS
} from "./chunk-UD7QMWEB.js";
import {
  escapeMarkdown,
  formatChange,
  formatMetric,
  formatP,
  formatPercent,
  plainName
} from "./chunk-S7AUOFDY.js";
import {
  answeredRequests
} from "./chunk-6H7ISWPL.js";
import "./chunk-MVY2A3H3.js";

// src/report/noise.ts
function noiseLine(report) {
  const noise = summarizeNoise(report);
  const parts = [];
  if (noise.trialSpread !== void 0) {
    const spread = formatPercent(noise.trialSpread).replace("+", "");
    parts.push(noise.basis === "history" ? `latency varies by \xB1${spread} from run to run (median over comparisons)` : `per-trial p50 varied by \xB1${spread} (median over endpoints)`);
  }
  if (noise.smallestDetectableChange !== void 0) {
    parts.push(`latency changes smaller than about \xB1${formatPercent(noise.smallestDetectableChange).replace("+", "")} cannot be told from noise`);
  }
  return parts.length > 0 ? `**Runner noise:** ${parts.join("; ")}.` : void 0;
}
function summarizeNoise(report) {
  const own = report.comparisons;
  const ownSpread = own.map((c) => c.spread).filter(isFraction);
  const ownDetectable = own.map((c) => c.detectable).filter(isFraction);
  if (ownSpread.length > 0 || ownDetectable.length > 0) {
    return {
      basis: "history",
      ...ownSpread.length > 0 ? { trialSpread: median(ownSpread) } : {},
      ...ownDetectable.length > 0 ? { smallestDetectableChange: median(ownDetectable) } : {}
    };
  }
  const spreads = report.endpoints.map((e) => e.trials.map((t) => t.latencyMs.p50).filter((v) => Number.isFinite(v) && v > 0)).filter((values) => values.length >= 3).map((values) => {
    const m = median(values);
    return median(values.map((v) => Math.abs(v - m))) / m;
  });
  const halfWidths = report.comparisons.filter((c) => c.changeKind === "relative" && c.metric !== "throughput" && c.interval).map((c) => (c.interval.upper - c.interval.lower) / 2).filter((w) => Number.isFinite(w) && w >= 0);
  return {
    basis: "trials",
    ...spreads.length > 0 ? { trialSpread: median(spreads) } : {},
    ...halfWidths.length > 0 ? { smallestDetectableChange: median(halfWidths) } : {}
  };
}
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function isFraction(x) {
  return typeof x === "number" && Number.isFinite(x) && x >= 0;
}

// src/report/chart.ts
var CHART_MAX_ENDPOINTS = 12;
var CHART_MAX_VALUE = 1e9;
var CHART_METRICS = ["p95", "p50", "p90", "p99", "mean"];
function renderLatencyChart(report) {
  const metric = CHART_METRICS.find((m) => report.comparisons.some((c) => c.metric === m));
  if (!metric) return void 0;
  const p95 = report.comparisons.filter((c) => c.metric === metric);
  const rank2 = (severity) => LEVELS.indexOf(severity);
  const shown = [...p95].sort((a, b) => rank2(b.severity) - rank2(a.severity) || b.change - a.change).slice(0, CHART_MAX_ENDPOINTS);
  const number = (v) => Number.isFinite(v) ? Number(Math.min(Math.max(v, 0), CHART_MAX_VALUE).toFixed(3)) : 0;
  const names = shown.map((c) => `"${plainName(c.endpoint, 24)}"`).join(", ");
  const top = Math.max(1, ...shown.flatMap((c) => [number(c.baseline), number(c.current)]));
  const more = p95.length > shown.length ? ` (${shown.length} of ${p95.length})` : "";
  return [
    "```mermaid",
    "xychart-beta",
    `  title "${metric} latency (ms): bars this run, line baseline${more}"`,
    `  x-axis [${names}]`,
    `  y-axis "ms" 0 --> ${Math.ceil(top * 1.1)}`,
    `  bar [${shown.map((c) => number(c.current)).join(", ")}]`,
    `  line [${shown.map((c) => number(c.baseline)).join(", ")}]`,
    "```"
  ].join("\n");
}

// src/report/comment.ts
var COMMENT_MAX_CHARS = 65536;
var COMMENT_MAX_FINDINGS = 30;
var COMMENT_MAX_ENDPOINT_ROWS = 40;
var COMMENT_MAX_BREACHES = 15;
var COMMENT_MAX_NOTES = 8;
function commentMarker(profileName, level) {
  return `<!-- loadgate:comment profile=${plainName(profileName, 64)}${level ? ` level=${plainName(level, 64)}` : ""} -->`;
}
function hasFindings(report) {
  return report.verdict.maxSeverity !== "none" || report.verdict.status === "regressed" || hasUnconfirmedChange(report);
}
function renderComment(report, options) {
  const name = escapeMarkdown(report.profile.name, 64) + (options.level ? ` (${escapeMarkdown(options.level, 64)})` : "");
  const lines = [commentMarker(report.profile.name, options.level), `### loadgate: ${name} \u2014 ${statusLabel(report)}`, ""];
  if (options.measuredElsewhere) lines.push(...measuredElsewhereLines(options.measuredElsewhere));
  lines.push(gateLine(report), "");
  for (const sentence of runMetricSentences(report)) lines.push(`**${escapeMarkdown(sentence, 500)}**`, "");
  const unconfirmed = unconfirmedSentence(report, (s) => escapeMarkdown(s, 64));
  if (unconfirmed) lines.push(`\u26A0\uFE0F ${unconfirmed}.`, "");
  lines.push(...findingsSection(report), ...advisorySection(report), ...breachesSection(report), ...endpointsSection(report));
  const chart = renderLatencyChart(report);
  if (chart) lines.push(chart, "");
  lines.push(baselineSentence(report, options.now), "");
  const noise = noiseLine(report);
  if (noise) lines.push(noise, "");
  lines.push(...notesSection(report));
  const details = options.detailsUrl && /^https:\/\/[^\s()<>]+$/.test(options.detailsUrl) ? `[the job summary](${options.detailsUrl})` : "the job summary";
  lines.push(footerLine(report, `All comparisons are in ${details} and the JSON report`));
  return fitComment(lines.join("\n") + "\n");
}
function fitComment(body, maxChars = COMMENT_MAX_CHARS) {
  const chars = [...body];
  if (chars.length <= maxChars) return body;
  const tail = "\n\n\u2026 cut to fit GitHub\u2019s comment limit; the job summary has everything.\n";
  return chars.slice(0, maxChars - tail.length).join("") + tail;
}
var rank = (l) => LEVELS.indexOf(l);
function findingsSection(report) {
  const findings = report.comparisons.filter((c) => c.severity !== "none").sort((a, b) => rank(b.severity) - rank(a.severity));
  if (findings.length === 0) return [];
  const out = ["| endpoint | metric | baseline \u2192 current | change | 95% interval | p (Holm) | severity |", "|---|---|--:|--:|--:|--:|---|"];
  for (const c of findings.slice(0, COMMENT_MAX_FINDINGS)) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} \u2192 ${formatMetric(c.metric, c.current)} | ${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(c.pAdjusted)} | ${SEVERITY_TEXT[c.severity]} |`
    );
  }
  if (findings.length > COMMENT_MAX_FINDINGS) out.push("", `\u2026and ${findings.length - COMMENT_MAX_FINDINGS} more regressions in the job summary.`);
  return [...out, ""];
}
function advisorySection(report) {
  const advisory = report.comparisons.filter((c) => c.severity === "none" && c.advisorySeverity !== void 0 && c.advisorySeverity !== "none").sort((a, b) => rank(b.advisorySeverity ?? "none") - rank(a.advisorySeverity ?? "none"));
  if (advisory.length === 0) return [];
  const out = [
    "**Advisory** (seen, but not firm enough to gate; does not fail the step)",
    "",
    "| endpoint | metric | baseline \u2192 current | change | 95% interval | p (BH) | severity |",
    "|---|---|--:|--:|--:|--:|---|"
  ];
  for (const c of advisory.slice(0, COMMENT_MAX_FINDINGS)) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} \u2192 ${formatMetric(c.metric, c.current)} | ${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(c.pBH ?? c.pAdjusted)} | ${SEVERITY_TEXT[c.advisorySeverity ?? "none"]} |`
    );
  }
  if (advisory.length > COMMENT_MAX_FINDINGS) out.push("", `\u2026and ${advisory.length - COMMENT_MAX_FINDINGS} more advisory changes in the job summary.`);
  return [...out, ""];
}
function breachesSection(report) {
  if (report.breaches.length === 0) return [];
  const out = ["**Thresholds crossed**", "", "| endpoint | metric | limit | actual | severity |", "|---|---|--:|--:|---|"];
  for (const b of report.breaches.slice(0, COMMENT_MAX_BREACHES)) {
    out.push(`| ${escapeMarkdown(b.endpoint, 64)} | ${b.metric} | ${formatMetric(b.metric, b.limit)} | ${formatMetric(b.metric, b.actual)} | ${SEVERITY_TEXT[b.severity]} |`);
  }
  if (report.breaches.length > COMMENT_MAX_BREACHES) out.push("", `\u2026and ${report.breaches.length - COMMENT_MAX_BREACHES} more in the job summary.`);
  return [...out, ""];
}
function endpointsSection(report) {
  const byEndpoint = /* @__PURE__ */ new Map();
  for (const c of report.comparisons) byEndpoint.set(c.endpoint, [...byEndpoint.get(c.endpoint) ?? [], c]);
  if (byEndpoint.size === 0) return [];
  const worstOf = (list) => list.reduce((w, c) => rank(c.severity) > rank(w) ? c.severity : w, "none");
  const rows = [...byEndpoint.entries()].sort((a, b) => rank(worstOf(b[1])) - rank(worstOf(a[1])));
  const unanswered = new Set(report.endpoints.filter((e) => answeredRequests(e) === 0).map((e) => e.name));
  const cell = (list, metric) => {
    const c = list.find((x) => x.metric === metric);
    if (c && metric !== "throughput" && unanswered.has(c.endpoint)) return `${formatMetric(c.metric, c.baseline)} \u2192 \u2014`;
    return c ? `${formatMetric(c.metric, c.baseline)} \u2192 ${formatMetric(c.metric, c.current)} (${formatChange(c.change, c.changeKind)})` : "\u2014";
  };
  const out = [
    `<details${hasFindings(report) ? "" : " open"}><summary>Endpoints (${byEndpoint.size})</summary>`,
    "",
    "| endpoint | p50 | p95 | throughput | worst |",
    "|---|--:|--:|--:|---|"
  ];
  for (const [endpoint, list] of rows.slice(0, COMMENT_MAX_ENDPOINT_ROWS)) {
    out.push(`| ${escapeMarkdown(endpoint, 64)} | ${cell(list, "p50")} | ${cell(list, "p95")} | ${cell(list, "throughput")} | ${SEVERITY_TEXT[worstOf(list)]} |`);
  }
  if (rows.length > COMMENT_MAX_ENDPOINT_ROWS) out.push("", `\u2026and ${rows.length - COMMENT_MAX_ENDPOINT_ROWS} more endpoints in the job summary.`);
  return [...out, "", "</details>", ""];
}
function notesSection(report) {
  const notes = [...report.notes, ...report.warnings];
  if (notes.length === 0) return [];
  const out = notes.slice(0, COMMENT_MAX_NOTES).map((n, i) => `${i + 1}. ${escapeMarkdown(n.message)}`);
  if (notes.length > COMMENT_MAX_NOTES) out.push(`${COMMENT_MAX_NOTES + 1}. \u2026and ${notes.length - COMMENT_MAX_NOTES} more notes in the job summary.`);
  return ["<details><summary>Notes</summary>", "", ...out, "", "</details>", ""];
}

// src/report/check-run.ts
var CHECK_TEXT_MAX_CHARS = 65535;
var CHECK_MAX_ANNOTATIONS = 200;
function checkRunName(profileName, level) {
  return `loadgate: ${profileName}${level ? ` (${level})` : ""}`.slice(0, 200);
}
function checkConclusion(report) {
  if (report.verdict.failed || report.verdict.status === "error") return "failure";
  if (report.verdict.status === "pass" && report.verdict.maxSeverity === "none" && !hasUnconfirmedChange(report)) return "success";
  return "neutral";
}
function buildCheckRun(report, options) {
  const conclusion = checkConclusion(report);
  const findings = report.comparisons.filter((c) => c.severity !== "none").length + report.breaches.length;
  const title = report.verdict.status === "no-baseline" ? `No baseline yet${findings ? ` \xB7 ${findings} threshold breaches` : ""}` : findings === 0 ? hasUnconfirmedChange(report) ? `No confirmed regressions \xB7 an unconfirmed ${advisorySeverityOf(report)} change` : "No regressions" : `${findings} finding${findings === 1 ? "" : "s"}, worst ${report.verdict.maxSeverity}${report.verdict.failed ? " \u2014 the gate fails" : ""}`;
  const elsewhere = options.measuredElsewhere ? " \xB7 measured elsewhere" : "";
  const summary = fitComment(renderComment(report, options).split("\n").slice(1).join("\n"), CHECK_TEXT_MAX_CHARS);
  return {
    name: checkRunName(report.profile.name, options.level),
    conclusion,
    title: title.slice(0, 255 - elsewhere.length) + elsewhere,
    summary,
    annotations: buildAnnotations(report, options)
  };
}
function buildAnnotations(report, options) {
  const { profilePath, endpointLines } = options;
  if (!profilePath || !endpointLines) return [];
  const failOnRank = report.verdict.failOn === "never" ? Infinity : LEVELS.indexOf(report.verdict.failOn);
  const level = (severity) => LEVELS.indexOf(severity) >= failOnRank ? "failure" : "warning";
  const out = [];
  for (const c of report.comparisons) {
    const line = Object.hasOwn(endpointLines, c.endpoint) ? endpointLines[c.endpoint] : void 0;
    if (c.severity === "none" || !line) continue;
    out.push({
      path: profilePath,
      start_line: line,
      end_line: line,
      annotation_level: level(c.severity),
      title: `${c.endpoint}: ${c.metric} ${c.severity} regression`.slice(0, 255),
      message: `${c.metric} ${formatMetric(c.metric, c.baseline)} \u2192 ${formatMetric(c.metric, c.current)} (${formatChange(c.change, c.changeKind)}, p ${formatP(c.pAdjusted)} after Holm)`
    });
  }
  for (const b of report.breaches) {
    const line = Object.hasOwn(endpointLines, b.endpoint) ? endpointLines[b.endpoint] : void 0;
    if (!line) continue;
    out.push({
      path: profilePath,
      start_line: line,
      end_line: line,
      annotation_level: level(b.severity),
      title: `${b.endpoint}: ${b.metric} crossed its ${b.severity} threshold`.slice(0, 255),
      message: `${b.metric} ${formatMetric(b.metric, b.actual)}, limit ${formatMetric(b.metric, b.limit)}`
    });
  }
  return out.slice(0, CHECK_MAX_ANNOTATIONS);
}

// src/publish/publish.ts
async function publishReport(octokit, request, log) {
  const options = { level: request.level, now: request.now, detailsUrl: request.detailsUrl, measuredElsewhere: request.measuredElsewhere };
  const link = reportLinkLine(request.reportLink);
  let comment;
  if (request.pullRequest === void 0) {
    comment = { status: "skipped", reason: "not a pull request" };
  } else {
    comment = await upsertStickyComment(octokit, {
      repo: request.repo,
      issueNumber: request.pullRequest,
      marker: commentMarker(request.report.profile.name, request.level),
      body: link ? `${renderComment(request.report, options)}
${link}
` : renderComment(request.report, options),
      mode: request.commentMode,
      hasFindings: hasFindings(request.report)
    });
  }
  if (comment.status === "failed") log.warning(`loadgate: ${comment.reason}`);
  else if (comment.status === "skipped") log.info(`PR comment: skipped (${comment.reason})`);
  else log.info(`PR comment ${comment.status}: ${comment.url}`);
  const built = buildCheckRun(request.report, { ...options, profilePath: request.profilePath, endpointLines: request.endpointLines });
  const content = link ? { ...built, summary: `${built.summary}

${link}` } : built;
  const checkRun = await publishCheckRun(octokit, request.repo, request.headSha, content, request.detailsUrl);
  if (checkRun.status === "failed") log.warning(`loadgate: ${checkRun.reason}`);
  else log.info(`Check run "${content.name}" (${content.conclusion}) on ${request.headSha}: ${checkRun.url}`);
  return { comment, checkRun };
}

// src/publish/published-pull-request.ts
import { readFile } from "node:fs/promises";
async function publishedPullRequest(octokit, input, log) {
  const number = input.fromEvent ?? await pullRequestFromNote(input, log);
  if (number === void 0) return void 0;
  const source = input.fromEvent !== void 0 ? "the workflow_run event" : input.notePath;
  try {
    const { data } = await octokit.rest.pulls.get({ ...input.repo, pull_number: number });
    if (data.head.sha === input.headSha) return number;
    log.warning(
      `loadgate: not commenting on pull request #${number} (named by ${source}): its head is now ${data.head.sha}, the report measured ${input.headSha}; the comment for the newer head is left as it is`
    );
  } catch (err) {
    log.warning(`loadgate: cannot check pull request #${number} (named by ${source}): ${err.message}`);
  }
  return void 0;
}
async function pullRequestFromNote(input, log) {
  const text = await readFile(input.notePath, "utf8").catch(() => void 0);
  if (text === void 0) return void 0;
  let note;
  try {
    note = JSON.parse(text);
  } catch {
    note = void 0;
  }
  const problem = pullRequestNoteProblem(note);
  if (problem) return void log.warning(`loadgate: ignoring ${input.notePath}: ${problem}`);
  const { number, headSha } = note;
  if (headSha !== input.headSha) return void log.warning(`loadgate: ignoring ${input.notePath}: it names commit ${headSha}, the run measured ${input.headSha}`);
  return number;
}
export {
  makeOctokit,
  publishReport,
  publishedPullRequest
};
