#!/usr/bin/env node
import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DirectoryBaselineStore,
  renderMarkdown,
  renderTerminal
} from "./cli-chunks/chunk-57DTTAVA.js";
import {
  mergeHistograms
} from "./cli-chunks/chunk-XUOY54AZ.js";
import "./cli-chunks/chunk-LQRHHZVL.js";
import {
  loadPart
} from "./cli-chunks/chunk-KXTVYS5C.js";
import {
  DEFAULT_BASELINE_DIR,
  Inputs,
  VERSION
} from "./cli-chunks/chunk-5BKHDFQE.js";
import {
  ERROR_CLASSES
} from "./cli-chunks/chunk-YEQDTY3Y.js";
import {
  LoadgateError,
  isUserError
} from "./cli-chunks/chunk-4LOQ5PND.js";
import {
  FAIL_ON_VALUES,
  formatCount
} from "./cli-chunks/chunk-HOUHS2GM.js";
import "./cli-chunks/chunk-QAD4NADN.js";

// src/cli.ts
import { parseArgs } from "node:util";
import { writeFile, mkdir } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";

// src/pipeline/problems.ts
var SetupError = class extends LoadgateError {
  constructor(problems) {
    super(
      problems.length === 1 ? problems[0].code : "LOADGATE_SETUP_INVALID",
      problems.length === 1 ? problems[0].message : `${problems.length} problems in the run's set-up:
${problems.map((p) => `- ${p.message.replaceAll("\n", "\n  ")}`).join("\n")}`
    );
    this.problems = problems;
    this.name = "SetupError";
  }
  problems;
};
var SetupProblems = class {
  constructor(entry) {
    this.entry = entry;
  }
  entry;
  list = [];
  /** The setting as this entry point spells it: `input 'fail-on'` or `--fail-on`. */
  name(setting) {
    return this.entry === "action" ? `input '${setting}'` : `--${setting}`;
  }
  /** A problem with a setting: its name, then `message` (which starts with the bad value). */
  addFor(setting, message, code = "LOADGATE_INPUT_INVALID") {
    this.list.push({ code, message: `${this.name(setting)}: ${message}` });
  }
  /** A problem that names its own source (the profile file and line, an environment variable). */
  add(code, message) {
    this.list.push({ code, message });
  }
  /**
   * A choice setting: empty is `fallback`; a value outside `choices` is a problem naming them, and
   * `fallback` is returned so the set-up goes on collecting.
   */
  choice(setting, value, choices, fallback) {
    if (value === void 0 || value === "") return fallback;
    if (choices.includes(value)) return value;
    this.addFor(setting, `"${value}" is not valid (use one of: ${choices.join(", ")})`);
    return fallback;
  }
  /** Runs a step that throws errors for people; such an error becomes a problem and undefined is returned. */
  async attempt(step) {
    try {
      return await step();
    } catch (err) {
      if (!isUserError(err)) throw err;
      this.add(err.code, err.message);
      return void 0;
    }
  }
  /** Throws a SetupError with every problem so far; returns when there is none. */
  throwIfAny() {
    if (this.list.length > 0) throw new SetupError([...this.list]);
  }
};

// src/report/csv.ts
var LOCUST_PERCENTILES = [
  ["50%", 50],
  ["66%", 66],
  ["75%", 75],
  ["80%", 80],
  ["90%", 90],
  ["95%", 95],
  ["98%", 98],
  ["99%", 99],
  ["99.9%", 99.9],
  ["99.99%", 99.99],
  ["100%", 100]
];
function csvField(value) {
  if (value === null || value === void 0) return "";
  if (typeof value !== "string") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
function csv(head, rows) {
  return [head, ...rows].map((r) => r.map(csvField).join(",")).join("\n") + "\n";
}
var ms = (us) => Math.round(us) / 1e3;
function statsRow(type, name, requests, failures, seconds, histogram, fallback) {
  const perSecond = (n) => seconds > 0 ? Math.round(n / seconds * 1e3) / 1e3 : 0;
  const maxMs = fallback?.max ?? (histogram ? ms(histogram.maxMicros) : "");
  const at = (h, p) => typeof maxMs === "number" ? Math.min(ms(h.percentileMicros(p)), maxMs) : ms(h.percentileMicros(p));
  const percentiles = LOCUST_PERCENTILES.map(([, p]) => {
    if (histogram) return at(histogram, p);
    const known = { 50: fallback?.p50, 90: fallback?.p90, 95: fallback?.p95, 99: fallback?.p99, 100: fallback?.max };
    return known[p] ?? "";
  });
  return [
    type,
    name,
    requests,
    failures,
    histogram ? at(histogram, 50) : fallback?.p50 ?? "",
    fallback?.mean ?? (histogram ? ms(histogram.meanMicros) : ""),
    histogram ? at(histogram, 0) : "",
    maxMs,
    perSecond(requests),
    perSecond(failures),
    ...percentiles
  ];
}
function statsCsv(report) {
  const seconds = report.load.trialDurationMs * report.load.trials / 1e3;
  const rows = report.endpoints.map((e) => {
    const histogram = mergeHistograms([e.histogram]);
    try {
      return statsRow(e.method, e.name, e.requests, e.errors, seconds, histogram, e.latencyMs);
    } finally {
      histogram?.release();
    }
  });
  const all = mergeHistograms(report.endpoints.map((e) => e.histogram));
  try {
    const answered = report.endpoints.filter((e) => e.histogram !== void 0);
    const exactMax = answered.length > 0 ? { max: Math.max(...answered.map((e) => e.latencyMs.max)) } : void 0;
    rows.push(statsRow("", "Aggregated", report.totals.requests, report.totals.errors, seconds, all, exactMax));
  } finally {
    all?.release();
  }
  const head = ["Type", "Name", "Request Count", "Failure Count", "Median Response Time", "Average Response Time", "Min Response Time", "Max Response Time", "Requests/s", "Failures/s", ...LOCUST_PERCENTILES.map(([c]) => c)];
  return csv(head, rows);
}
function timelineCsv(report) {
  const head = ["Timestamp", "Time (s)", "Name", "Requests/s", "Failures/s", "50%", "95%", "99%", "100%", ...ERROR_CLASSES.map((c) => `${c} errors`)];
  const t = report.timeline;
  if (!t) return csv(head, []);
  const startMs = Date.parse(report.startedAt) + report.load.warmupMs;
  const seconds = t.bucketMs / 1e3;
  const rows = [];
  for (const e of t.endpoints) {
    for (let i = 0; i < t.points; i++) {
      const failures = ERROR_CLASSES.reduce((sum, c) => sum + (e.errors[c]?.[i] ?? 0), 0);
      rows.push([
        Math.round((startMs + i * t.bucketMs) / 1e3),
        i * seconds,
        e.name,
        e.requests[i] / seconds,
        failures / seconds,
        e.p50Ms[i],
        e.p95Ms[i],
        e.p99Ms[i],
        e.maxMs[i],
        ...ERROR_CLASSES.map((c) => e.errors[c]?.[i] ?? 0)
      ]);
    }
  }
  return csv(head, rows);
}
function comparisonsCsv(report) {
  const head = ["Name", "Metric", "Baseline", "Current", "Change", "Change Kind", "Interval Lower", "Interval Upper", "p", "p (Holm)", "p (BH)", "Significant", "Severity", "Advisory Severity", "Method"];
  return csv(head, report.comparisons.map((c) => [
    c.endpoint,
    c.metric,
    c.baseline,
    c.current,
    c.change,
    c.changeKind,
    c.interval?.lower,
    c.interval?.upper,
    c.p,
    c.pAdjusted,
    c.pBH,
    c.significant,
    c.severity,
    c.advisorySeverity ?? "",
    c.method ?? ""
  ]));
}
function csvExports(report) {
  return { "stats.csv": statsCsv(report), "timeline.csv": timelineCsv(report), "comparisons.csv": comparisonsCsv(report) };
}

// src/report/progress.ts
function phaseText(p) {
  if (p.phase === "warmup") return "warm-up";
  if (p.phase === "done") return "done";
  return `trial ${Math.min(p.trial + 1, p.trials)}/${p.trials}`;
}
function formatProgressLine(p) {
  return `${phaseText(p)} \xB7 ${(p.elapsedMs / 1e3).toFixed(1)} of ${(p.totalMs / 1e3).toFixed(1)} s \xB7 ${formatCount(p.requests)} requests \xB7 ${formatCount(p.errors)} errors`;
}
function formatProgressBar(p, width = 24) {
  const fraction = p.totalMs > 0 ? Math.min(1, p.elapsedMs / p.totalMs) : 1;
  const filled = Math.round(fraction * width);
  const percent = `${Math.round(fraction * 100)}%`.padStart(4);
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${percent} ${phaseText(p)} \xB7 ${formatCount(p.requests)} requests \xB7 ${formatCount(p.errors)} errors`;
}

// src/cli.ts
var USAGE = `usage: loadgate run --profile FILE [options]
       loadgate import --format FORMAT --results FILE [options]   (loadgate import --help)
       loadgate merge --shards DIR [options]                      (loadgate merge --help)

  --profile FILE        the load profile (YAML)                       (required)
  --target URL          base URL to load; overrides the profile's target
  --baseline-target URL paired mode: the baseline build at a second URL, loaded in
                        interleaved trials (A B B A \u2026) and compared instead of a stored baseline
  --baseline-dir DIR    where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline       append this run to the baseline after comparing
  --commit SHA          the commit measured, recorded with a saved run (named in the trend)
  --trend               change points over the stored runs and this one (a nightly run's report)
  --json FILE           write the JSON report
  --markdown FILE       write the markdown report
  --html FILE           write the HTML report (one self-contained file with charts)
  --csv-dir DIR         write stats.csv (Locust's columns), timeline.csv and comparisons.csv
  --fail-on LEVEL       critical | major | minor | never   (default critical)
  --level NAME          run the profile's load level NAME (levels:); its baseline is kept apart
  --target-pid PID|FILE sample the local target process's CPU and memory during the load
  --target-container ID|NAME  sample a container's CPU and memory from its cgroup instead
  --baseline-target-pid PID|FILE  paired mode: sample the baseline target's process too, so the
                        two builds' CPU time per request is compared
  --shard I/N           run shard I of N of the load (an Actions matrix) and write its shard
                        result for loadgate merge instead of gating (needs --start-at)
  --start-at TIME       the common start every shard aligns its trials to (ISO 8601 or epoch ms)
  --shard-out FILE      where the shard result goes   (default NAME.I-of-N.shard.json)
  --debug-samples FILE  with --shard: also write every measured latency (CSV; a debug aid)

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input, an unreachable target or a run
  that measured nothing (no answer in the measured phase, or the target stopped answering)
`;
var PLAIN_PROGRESS_EVERY_MS = 5e3;
var cliLog = {
  info: (m) => process.stderr.write(`${m}
`),
  warning: (m) => process.stderr.write(`warning: ${m}
`)
};
async function main(argv) {
  if (argv[0] === "import") return (await loadPart("import command", () => import("./cli-chunks/command-JXSVAU6Q.js"))).runImportCommand(argv.slice(1), cliLog);
  if (argv[0] === "merge") return (await loadPart("merge command", () => import("./cli-chunks/command-S7ONIPRK.js"))).runMergeCommand(argv.slice(1), cliLog);
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      profile: { type: "string" },
      target: { type: "string" },
      "baseline-target": { type: "string" },
      "baseline-dir": { type: "string" },
      "save-baseline": { type: "boolean" },
      commit: { type: "string" },
      trend: { type: "boolean" },
      level: { type: "string" },
      "target-pid": { type: "string" },
      "target-container": { type: "string" },
      "baseline-target-pid": { type: "string" },
      json: { type: "string" },
      markdown: { type: "string" },
      html: { type: "string" },
      "csv-dir": { type: "string" },
      "fail-on": { type: "string" },
      shard: { type: "string" },
      "start-at": { type: "string" },
      "shard-out": { type: "string" },
      "debug-samples": { type: "string" },
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
    throw new LoadgateError("LOADGATE_USAGE", `unknown command "${positionals.join(" ")}" (the commands are: loadgate run, loadgate import, loadgate merge)

${USAGE}`);
  }
  if (!values.profile) throw new LoadgateError("LOADGATE_USAGE", `--profile FILE is required

${USAGE}`);
  const { setUpRun, runPipeline, realEdges } = await loadPart("load engine", () => import("./cli-chunks/measuring-YNEXHNMM.js"));
  const problems = new SetupProblems("cli");
  const failOn = problems.choice(Inputs.failOn, values["fail-on"], FAIL_ON_VALUES, "critical");
  if (values.commit !== void 0 && !/^[0-9a-f]{7,64}$/i.test(values.commit)) {
    problems.addFor("commit", `${JSON.stringify(values.commit.slice(0, 80))} is not a commit id (7 to 64 hex digits, e.g. $(git rev-parse HEAD))`);
  }
  const shardPart = values.shard !== void 0 || values["start-at"] !== void 0 ? await loadEngineShard() : void 0;
  const sharded = shardPart?.readShardSettings({
    shard: values.shard,
    startAt: values["start-at"],
    unused: values.shard ? SHARD_UNUSED_FLAGS.filter((flag) => values[flag] !== void 0) : []
  }, problems);
  if (!values.shard) {
    for (const flag of ["shard-out", "debug-samples"]) if (values[flag] !== void 0) problems.addFor(flag, `"${values[flag]}" is given without --shard (it belongs to a shard's run)`);
  }
  const { profile, target, baselineTarget, baselineTargetProcess } = await setUpRun(
    {
      profile: values.profile,
      level: values.level,
      targetPid: values["target-pid"],
      targetContainer: values["target-container"],
      target: values.target,
      baselineTarget: values["baseline-target"],
      baselineTargetPid: values["baseline-target-pid"]
    },
    problems,
    process.env
  );
  if (sharded) return runAsShard({ profile, target, ...sharded, out: values["shard-out"], debugSamples: values["debug-samples"] });
  const store = new DirectoryBaselineStore(resolve(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR));
  const log = cliLog;
  const { report, history } = await runPipeline(
    {
      profile,
      target,
      failOn,
      saveBaseline: values["save-baseline"] ?? false,
      ...baselineTarget ? { baselineTarget } : {},
      ...baselineTargetProcess ? { baselineTargetProcess } : {},
      ...values.commit ? { origin: { commit: values.commit } } : {},
      trend: values.trend ?? false
    },
    realEdges(store, log, progressReporter())
  );
  process.stdout.write("\n" + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  if (values.html) {
    const { renderHtml, chartAssets } = await loadPart("HTML report", () => import("./cli-chunks/html-report-DVE3DC2C.js"));
    await writeOut(values.html, renderHtml(report, { assets: chartAssets(), ...history ? { history } : {} }));
  }
  const csvDir = values["csv-dir"];
  if (csvDir) for (const [name, text] of Object.entries(csvExports(report))) await writeOut(join(csvDir, name), text);
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
var loadEngineShard = () => loadPart("shard run", () => import("./cli-chunks/engine-shard-IFO7YKPP.js"));
var SHARD_UNUSED_FLAGS = ["baseline-target", "baseline-target-pid", "baseline-dir", "save-baseline", "commit", "trend", "json", "markdown", "html", "csv-dir", "fail-on"];
async function runAsShard(options) {
  const { DebugSamples, runShard, realLoadEdges, saveShardResult, shardFileName } = await loadEngineShard();
  const samples = options.debugSamples ? new DebugSamples() : void 0;
  const result = await runShard(
    { profile: options.profile, target: options.target, shard: options.shard, startAtMs: options.startAtMs, startAtField: "--start-at", ...samples ? { onSample: samples.sink } : {} },
    realLoadEdges(cliLog, progressReporter())
  );
  const path = await saveShardResult(result, options.out ?? shardFileName(options.profile.name, options.shard.index, options.shard.count));
  if (samples && options.debugSamples) {
    const written = await samples.write(options.debugSamples, options.profile.endpoints.map((e) => e.name));
    cliLog.info(`Debug samples: ${written} latencies written to ${options.debugSamples}`);
  }
  const requests = result.endpoints.reduce((sum, e) => sum + e.trials.reduce((s, t) => s + t.requests, 0), 0);
  process.stdout.write(`Shard ${options.shard.index}/${options.shard.count}: ${requests} measured requests; shard result written to ${path} (merge the shards with loadgate merge --shards DIR)
`);
  return 0;
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
