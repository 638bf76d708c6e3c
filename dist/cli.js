#!/usr/bin/env node
import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE_DIR,
  DirectoryBaselineStore,
  FAIL_ON_VALUES,
  Inputs,
  LoadgateError,
  SetupProblems,
  VERSION,
  advisorySeverityOf,
  answeredRequests,
  errorSampleRows,
  formatChange,
  formatMetric,
  formatMs,
  formatP,
  formatProgressBar,
  formatProgressLine,
  isUserError,
  loadFacts,
  realEdges,
  renderMarkdown,
  runPipeline,
  setUpRun,
  unconfirmedSentence
} from "./chunks/chunk-YMPHAJ3E.js";

// src/cli.ts
import { parseArgs } from "node:util";
import { writeFile, mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";

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

// src/cli.ts
var USAGE = `usage: loadgate run --profile FILE [options]

  --profile FILE        the load profile (YAML)                       (required)
  --target URL          base URL to load; overrides the profile's target
  --baseline-target URL paired mode: the baseline build at a second URL, loaded in
                        interleaved trials (A B B A \u2026) and compared instead of a stored baseline
  --baseline-dir DIR    where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline       append this run to the baseline after comparing
  --json FILE           write the JSON report
  --markdown FILE       write the markdown report
  --fail-on LEVEL       critical | major | minor | never   (default critical)
  --level NAME          run the profile's load level NAME (levels:); its baseline is kept apart
  --target-pid PID|FILE sample the local target process's CPU and memory during the load

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input, an unreachable target or a run
  that measured nothing (no answer in the measured phase, or the target stopped answering)
`;
var PLAIN_PROGRESS_EVERY_MS = 5e3;
async function main(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      target: { type: "string" },
      "baseline-target": { type: "string" },
      "baseline-dir": { type: "string" },
      "save-baseline": { type: "boolean" },
      level: { type: "string" },
      "target-pid": { type: "string" },
      json: { type: "string" },
      markdown: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean" }
    }
  });
  if (values.version) {
    process.stdout.write(`loadgate ${VERSION}
`);
    return 0;
  }
  if (values.help || positionals.length === 0) {
    process.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (positionals[0] !== "run" || positionals.length > 1) {
    throw new LoadgateError("LOADGATE_USAGE", `unknown command "${positionals.join(" ")}" (the command is: loadgate run)

${USAGE}`);
  }
  if (!values.profile) throw new LoadgateError("LOADGATE_USAGE", `--profile FILE is required

${USAGE}`);
  const problems = new SetupProblems("cli");
  const failOn = problems.choice(Inputs.failOn, values["fail-on"], FAIL_ON_VALUES, "critical");
  const { profile, target, baselineTarget } = await setUpRun(
    { profile: values.profile, level: values.level, targetPid: values["target-pid"], target: values.target, baselineTarget: values["baseline-target"] },
    problems,
    process.env
  );
  const store = new DirectoryBaselineStore(resolve(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR));
  const log = {
    info: (m) => process.stderr.write(`${m}
`),
    warning: (m) => process.stderr.write(`warning: ${m}
`)
  };
  const { report } = await runPipeline(
    { profile, target, failOn, saveBaseline: values["save-baseline"] ?? false, ...baselineTarget ? { baselineTarget } : {} },
    realEdges(store, log, progressReporter())
  );
  process.stdout.write("\n" + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
function progressReporter() {
  const tty = process.stderr.isTTY;
  let last = -Infinity;
  return (p) => {
    if (tty) {
      process.stderr.write(`\r${formatProgressBar(p)}\x1B[K${p.phase === "done" ? "\n" : ""}`);
      return;
    }
    if (p.phase !== "done" && p.elapsedMs - last < PLAIN_PROGRESS_EVERY_MS) return;
    last = p.elapsedMs;
    process.stderr.write(`${formatProgressLine(p)}
`);
  };
}
async function writeOut(path, text) {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    if (isUserError(err)) process.stderr.write(`loadgate: ${err.message}
`);
    else if (err?.code?.startsWith("ERR_PARSE_ARGS")) process.stderr.write(`loadgate: ${err.message}

${USAGE}`);
    else process.stderr.write(`loadgate: unexpected error: ${err?.stack ?? String(err)}
`);
    process.exitCode = 2;
  }
);
