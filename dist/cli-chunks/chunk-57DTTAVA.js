import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  SEVERITY_TEXT,
  advisorySeverityOf,
  gateLine,
  intervalText,
  loadFacts,
  loadModelText,
  methodText,
  runMetricSentences,
  severityCell,
  statusLabel,
  unconfirmedSentence
} from "./chunk-LQRHHZVL.js";
import {
  BASELINE_MAX_BYTES,
  baselineName,
  checkBaseline,
  legacyBaselineName
} from "./chunk-5BKHDFQE.js";
import {
  answeredRequests
} from "./chunk-4LOQ5PND.js";
import {
  escapeMarkdown,
  formatChange,
  formatCount,
  formatMetric,
  formatMs,
  formatP,
  formatRate,
  formatRps,
  formatSeconds,
  shortCommit,
  trendLines
} from "./chunk-HOUHS2GM.js";

// src/baseline/directory-store.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/baseline/read-stored.ts
import { constants } from "node:fs";
import { open } from "node:fs/promises";
async function readStoredBaseline(file, profileName) {
  let text;
  try {
    const handle = await open(file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      const stat = await handle.stat();
      if (!stat.isFile()) return { status: "unusable", reason: "it is not a regular file" };
      if (stat.size > BASELINE_MAX_BYTES) {
        return { status: "unusable", reason: `it is ${stat.size} bytes, more than the ${BASELINE_MAX_BYTES} a baseline may have` };
      }
      text = await handle.readFile("utf8");
    } finally {
      await handle.close();
    }
  } catch (err) {
    const code = err.code;
    if (code === "ENOENT") return { status: "missing" };
    if (code === "ELOOP") {
      return { status: "unusable", reason: "it is a symbolic link; loadgate reads and writes baselines only as regular files (remove the link)" };
    }
    return { status: "unusable", reason: `cannot read it (${code ?? "error"})` };
  }
  return parseStoredBaseline(text, profileName);
}
function parseStoredBaseline(text, profileName) {
  if (Buffer.byteLength(text) > BASELINE_MAX_BYTES) {
    return { status: "unusable", reason: `it is larger than the ${BASELINE_MAX_BYTES} bytes a baseline may have` };
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    const position = /position (\d+)/.exec(err.message)?.[1];
    return { status: "unusable", reason: `not valid JSON${position === void 0 ? "" : ` (at character ${position})`}; its contents are not shown` };
  }
  const check = checkBaseline(doc, profileName);
  return check.ok ? { status: "found", baseline: check.baseline } : { status: "unusable", reason: check.reason };
}

// src/baseline/directory-store.ts
var DirectoryBaselineStore = class {
  constructor(dir) {
    this.dir = dir;
    this.description = `directory ${dir}`;
  }
  dir;
  description;
  /** The file that holds a profile's baseline. */
  fileFor(key) {
    return join(this.dir, `${baselineName(key)}.baseline.json`);
  }
  async restore(key) {
    const source = this.fileFor(key);
    const read = await readStoredBaseline(source, key.profileName);
    if (read.status === "found") return { status: "found", baseline: read.baseline, source };
    if (read.status === "unusable") return { status: "unusable", source, reason: read.reason };
    const legacy = legacyBaselineName(key);
    if (legacy !== void 0) {
      const legacyFile = join(this.dir, `${legacy}.baseline.json`);
      const old = await readStoredBaseline(legacyFile, key.profileName);
      if (old.status === "found") return { status: "found", baseline: old.baseline, source: legacyFile };
    }
    return { status: "missing", source };
  }
  async save(key, baseline) {
    const file = this.fileFor(key);
    const text = JSON.stringify(baseline, null, 2) + "\n";
    if (Buffer.byteLength(text) > BASELINE_MAX_BYTES) {
      return { status: "failed", reason: `the baseline is larger than ${BASELINE_MAX_BYTES} bytes; not written to ${file}` };
    }
    const temp = join(this.dir, `.${baselineName(key)}.${randomBytes(8).toString("hex")}.tmp`);
    let created = false;
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFile(temp, text, { flag: "wx", mode: 420 });
      created = true;
      await rename(temp, file);
      return { status: "saved", location: file };
    } catch (err) {
      if (created) await rm(temp, { force: true }).catch(() => void 0);
      return { status: "failed", reason: `cannot write ${file}: ${err.message}` };
    }
  }
};

// src/report/run-context.ts
function baselineSentence(report, now) {
  const b = report.baseline;
  const source = escapeMarkdown(b.source, 200);
  switch (b.status) {
    case "found": {
      if (b.mode === "paired") {
        return `Paired mode: compared with the baseline target ${source}, measured on this runner with trials interleaved A B B A.`;
      }
      const commit = shortCommit(b.commit);
      const from = [
        b.ref ? escapeMarkdown(b.ref.replace(/^refs\/heads\//, ""), 100) : void 0,
        commit ? `commit \`${commit}\`` : void 0,
        b.savedAt ? `recorded ${escapeMarkdown(b.savedAt, 40)}` : void 0,
        b.savedAt && now ? age(b.savedAt, now) : void 0,
        b.runs !== void 0 ? b.runs === 1 ? "1 run" : `${b.runs} runs` : void 0
      ].filter(Boolean);
      return `Compared with the baseline${from.length > 0 ? ` (${from.join(", ")})` : ""} from ${source}.`;
    }
    case "missing":
      return `No baseline yet in ${source}; thresholds only.`;
    case "unusable":
      return `The baseline in ${source} was ignored: ${escapeMarkdown(b.reason ?? b.status)}.`;
    case "incompatible":
      return `The baseline in ${source} was not compared: ${escapeMarkdown(b.reason ?? b.status)}.`;
  }
}
function age(savedAt, now) {
  const ms = now.getTime() - Date.parse(savedAt);
  if (!Number.isFinite(ms)) return "of unknown age";
  const hours = ms / 36e5;
  if (hours < 1) return "under an hour old";
  if (hours < 48) return `${Math.floor(hours)} hours old`;
  return `${Math.floor(hours / 24)} days old`;
}
function footerLine(report, lead) {
  const parts = [
    ...lead ? [lead] : [],
    `${formatCount(report.totals.requests)} requests to ${escapeMarkdown(report.target, 200)}`,
    loadModelText(report),
    `${report.load.trials} trials of ${formatSeconds(report.load.trialDurationMs)} after ${formatSeconds(report.load.warmupMs)} warm-up`,
    methodText(report),
    `loadgate ${escapeMarkdown(report.tool.version, 20)}`
  ];
  return `<sub>${parts.join(" \xB7 ")}</sub>`;
}

// src/report/error-samples.ts
var CLASSES = ["refused", "reset", "timeout", "status", "capture", "check", "other"];
function errorSampleRows(endpoints) {
  const rows = [];
  for (const e of endpoints) {
    for (const errorClass of CLASSES) {
      const count = e.errorsByClass[errorClass] ?? 0;
      if (count > 0) rows.push({ endpoint: e.name, errorClass, count, samples: e.errorSamples?.[errorClass] ?? [] });
    }
  }
  return rows;
}

// src/report/measured-elsewhere.ts
function measuredElsewhereLines(m) {
  const run = m.runUrl && /^https:\/\/[^\s()<>]+$/.test(m.runUrl) ? `[another workflow run](${m.runUrl})` : "another workflow run";
  const commit = m.commit && /^[0-9a-f]{7,64}$/i.test(m.commit) ? ` of commit \`${m.commit.slice(0, 7)}\`` : "";
  const lines = [
    `> **Measured elsewhere:** ${run}${commit} measured this and uploaded the report; this run only published it. loadgate checked the report\u2019s form and recomputed its verdict from its comparisons and thresholds; the measurements are as that run reported them.`
  ];
  if (m.overruled) lines.push(">", `> \u26A0\uFE0F ${m.overruled}.`);
  return [...lines, ""];
}

// src/report/markdown.ts
function renderMarkdown(report, options = {}) {
  const lines = [];
  lines.push(`## loadgate: ${escapeMarkdown(report.profile.name, 64)} \u2014 ${statusLabel(report)}`, "");
  if (options.measuredElsewhere) lines.push(...measuredElsewhereLines(options.measuredElsewhere));
  lines.push(gateLine(report), "", baselineSentence(report), "");
  for (const sentence of runMetricSentences(report)) lines.push(`**${escapeMarkdown(sentence, 500)}**`, "");
  const unconfirmed = unconfirmedSentence(report, (s) => escapeMarkdown(s, 64));
  if (unconfirmed) lines.push(`\u26A0\uFE0F ${unconfirmed}.`, "");
  const findings = report.comparisons.filter((c) => c.severity !== "none");
  if (findings.length > 0) {
    lines.push("### Regressions", "", ...comparisonTable(findings), "");
  }
  const advisory = report.comparisons.filter((c) => c.advisorySeverity && c.advisorySeverity !== "none");
  if (advisory.length > 0) {
    lines.push("### Advisory (does not fail the step)", "", ...comparisonTable(advisory, true), "");
  }
  if (report.breaches.length > 0) {
    lines.push("### Thresholds crossed", "");
    lines.push("| endpoint | metric | limit | actual | severity |", "|---|---|---|---|---|");
    for (const b of report.breaches) {
      lines.push(
        `| ${escapeMarkdown(b.endpoint, 64)} | ${b.metric} | ${formatMetric(b.metric, b.limit)} | ${formatMetric(b.metric, b.actual)} | ${SEVERITY_TEXT[b.severity]} |`
      );
    }
    lines.push("");
  }
  lines.push("### Endpoints", "");
  lines.push("| endpoint | requests | errors | throughput | p50 | p95 | p99 | max |", "|---|--:|--:|--:|--:|--:|--:|--:|");
  for (const e of report.endpoints) {
    const ms = answeredRequests(e) === 0 ? () => "\u2014" : formatMs;
    const l = e.latencyMs;
    const errors = e.errors === 0 ? "0" : `${formatCount(e.errors)} (${formatRate(e.errorRate)})`;
    lines.push(
      `| ${escapeMarkdown(e.name, 64)} | ${formatCount(e.requests)} | ${errors} | ${formatRps(e.rps)} | ${ms(l.p50)} | ${ms(l.p95)} | ${ms(l.p99)} | ${ms(l.max)} |`
    );
  }
  lines.push("");
  const failures = errorSampleRows(report.endpoints);
  if (failures.length > 0) {
    lines.push("<details><summary>Errors</summary>", "", "| endpoint | class | count | first messages |", "|---|---|--:|---|");
    for (const f of failures) {
      const said = f.samples.map((m) => `\`${m.replace(/[`|\\]/g, "'")}\``).join("<br>") || "\u2014";
      lines.push(`| ${f.endpoint} | ${f.errorClass} | ${formatCount(f.count)} | ${said} |`);
    }
    lines.push("", "</details>", "");
  }
  const facts = loadFacts(report);
  if (facts.length > 0) {
    lines.push("### Load", "", "| | |", "|---|---|");
    for (const f of facts) lines.push(`| ${escapeMarkdown(f.label)} | ${escapeMarkdown(f.text, 2e3)} |`);
    lines.push("");
  }
  if (report.comparisons.length > 0) {
    lines.push("<details><summary>All comparisons</summary>", "", ...comparisonTable(report.comparisons), "", "</details>", "");
  }
  if (report.trend) lines.push(...trendLines(report.trend));
  const notes = [...report.notes, ...report.warnings];
  if (notes.length > 0) {
    lines.push("**Notes**", "");
    notes.forEach((n, i) => lines.push(`${i + 1}. ${escapeMarkdown(n.message, 2e3)}`));
    lines.push("");
  }
  lines.push(footerLine(report));
  return lines.join("\n") + "\n";
}
function comparisonTable(rows, advisory = false) {
  const out = [`| endpoint | metric | baseline | current | change | 95% interval | ${advisory ? "p (BH)" : "p (Holm)"} | severity |`, "|---|---|--:|--:|--:|--:|--:|---|"];
  for (const c of rows) {
    out.push(
      `| ${escapeMarkdown(c.endpoint, 64)} | ${c.metric} | ${formatMetric(c.metric, c.baseline)} | ${formatMetric(c.metric, c.current)} | ${formatChange(c.change, c.changeKind)} | ${intervalText(c)} | ${formatP(advisory ? c.pBH ?? c.pAdjusted : c.pAdjusted)} | ${severityCell(c, advisory)} |`
    );
  }
  return out;
}

// src/report/terminal.ts
function renderTerminal(report) {
  const rows = [];
  if (report.comparisons.length > 0) {
    rows.push(["endpoint", "metric", "baseline", "current", "change", "p (Holm)", "severity"]);
    for (const c of report.comparisons) {
      rows.push([
        c.endpoint,
        c.metric,
        formatMetric(c.metric, c.baseline),
        formatMetric(c.metric, c.current),
        formatChange(c.change, c.changeKind),
        formatP(c.pAdjusted),
        c.severity !== "none" ? c.severity.toUpperCase() : c.advisorySeverity && c.advisorySeverity !== "none" ? `(${c.advisorySeverity}, advisory)` : "-"
      ]);
    }
  } else {
    rows.push(["endpoint", "requests", "errors", "throughput", "p50", "p95", "p99"]);
    for (const e of report.endpoints) {
      rows.push([
        e.name,
        String(e.requests),
        String(e.errors),
        formatMetric("throughput", e.rps),
        // No answered request, no latency: "—", never a made-up 0 ms.
        ...answeredRequests(e) === 0 ? ["\u2014", "\u2014", "\u2014"] : [formatMs(e.latencyMs.p50), formatMs(e.latencyMs.p95), formatMs(e.latencyMs.p99)]
      ]);
    }
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const lines = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i])).join("  ").trimEnd());
  lines.splice(1, 0, widths.map((w) => "-".repeat(w)).join("  "));
  for (const b of report.breaches) {
    lines.push(
      `threshold: ${b.endpoint} ${b.metric} ${formatMetric(b.metric, b.actual)} crosses ${formatMetric(b.metric, b.limit)} (${b.severity})`
    );
  }
  for (const f of errorSampleRows(report.endpoints)) {
    lines.push(`errors: ${f.endpoint} ${f.errorClass} \xD7${f.count}${f.samples.length > 0 ? `: ${f.samples.join(" | ")}` : ""}`);
  }
  for (const sentence of runMetricSentences(report)) lines.push(sentence);
  for (const f of loadFacts(report)) lines.push(`${f.label}: ${f.text}`);
  for (const n of [...report.notes, ...report.warnings]) lines.push(`note: ${n.message}`);
  const v = report.verdict;
  const unconfirmed = unconfirmedSentence(report);
  if (unconfirmed) lines.push(`unconfirmed: ${unconfirmed}`);
  lines.push(
    `verdict: ${v.status}, max severity ${v.maxSeverity}, unconfirmed ${advisorySeverityOf(report)}, fail-on ${v.failOn} \u2192 ${v.failed ? "FAIL" : "ok"}`
  );
  return lines.join("\n") + "\n";
}

export {
  DirectoryBaselineStore,
  renderMarkdown,
  renderTerminal
};
