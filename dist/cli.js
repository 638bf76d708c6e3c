#!/usr/bin/env node
import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DEFAULT_BASELINE_DIR,
  DirectoryBaselineStore,
  FAIL_ON_VALUES,
  IMPORT_FORMATS,
  Inputs,
  LoadgateError,
  SetupProblems,
  VERSION,
  advisorySeverityOf,
  answeredRequests,
  applyLevel,
  chartAssets,
  csvExports,
  currentRunner,
  errorSampleRows,
  formatChange,
  formatMetric,
  formatMs,
  formatP,
  formatProgressBar,
  formatProgressLine,
  isUserError,
  loadFacts,
  readImportSettings,
  readProfileFile,
  readShardSettings,
  realEdges,
  realLoadEdges,
  renderHtml,
  renderMarkdown,
  runImportPipeline,
  runMergePipeline,
  runMetricSentences,
  runPipeline,
  runShard,
  saveShardResult,
  setUpRun,
  shardFileName,
  unconfirmedSentence,
  writeShardResult
} from "./chunks/chunk-TFMEGK5X.js";

// src/cli.ts
import { parseArgs as parseArgs3 } from "node:util";
import { writeFile as writeFile4, mkdir as mkdir4 } from "node:fs/promises";
import { dirname as dirname4, join, resolve as resolve4 } from "node:path";

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

// src/import/command.ts
import { parseArgs } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
var IMPORT_USAGE = `usage: loadgate import --format FORMAT --results FILE [options]

  --format FORMAT          ${IMPORT_FORMATS.join(" | ")}                       (required)
  --results FILE           the results file the tool wrote                    (required)
  --baseline-results FILE  a second results file (the baseline build's), compared trial by
                           trial instead of a stored baseline
  --profile FILE           a loadgate profile for the name, thresholds and regression settings;
                           its load (warm-up, duration, trials) cuts the window
  --mapping FILE           rename or merge the tool's labels (YAML: endpoints: {label: name})
  --name NAME              the run's name without a profile  (default: the file's name)
  --warmup DURATION        leading time to leave out            (default 0s)
  --duration DURATION      the measured window                  (default: what the file covers)
  --trials N               trials the window is cut into        (default 10)
  --start-at TIME          when the load started (ISO 8601 or epoch ms; default: the first sample)
  --shard I/N              this file is shard I of N (jmeter, k6): write a shard result for
                           loadgate merge instead of gating (needs --start-at and --duration)
  --shard-out FILE         where the shard result goes (default NAME.I-of-N.shard.json)
  --baseline-dir DIR       where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline          append this run to the baseline after comparing
  --json FILE              write the JSON report
  --markdown FILE          write the markdown report
  --fail-on LEVEL          critical | major | minor | never   (default critical)

exit codes: 0 pass, 1 a regression reached --fail-on, 2 bad input or a results file that cannot be read
`;
var FLAGS = {
  format: "--format",
  results: "--results",
  baselineResults: "--baseline-results",
  mapping: "--mapping",
  name: "--name",
  warmup: "--warmup",
  duration: "--duration",
  trials: "--trials",
  startAt: "--start-at"
};
async function runImportCommand(argv, log) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string" },
      results: { type: "string" },
      "baseline-results": { type: "string" },
      profile: { type: "string" },
      mapping: { type: "string" },
      name: { type: "string" },
      warmup: { type: "string" },
      duration: { type: "string" },
      trials: { type: "string" },
      "start-at": { type: "string" },
      level: { type: "string" },
      "baseline-dir": { type: "string" },
      "save-baseline": { type: "boolean" },
      json: { type: "string" },
      markdown: { type: "string" },
      "fail-on": { type: "string" },
      shard: { type: "string" },
      "shard-out": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(IMPORT_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new LoadgateError("LOADGATE_USAGE", `unexpected argument "${positionals[0]}"

${IMPORT_USAGE}`);
  const failOn = values["fail-on"] ?? "critical";
  if (!FAIL_ON_VALUES.includes(failOn)) throw new LoadgateError("LOADGATE_USAGE", `--fail-on: "${failOn}" is not valid (use one of: ${FAIL_ON_VALUES.join(", ")})`);
  const settings = await readImportSettings({
    format: values.format,
    results: values.results,
    baselineResults: values["baseline-results"],
    mapping: values.mapping,
    name: values.name,
    warmup: values.warmup,
    duration: values.duration,
    trials: values.trials,
    startAt: values["start-at"]
  }, FLAGS);
  const profile = values.profile ? applyLevel(await readProfileFile(values.profile), values.level, values.profile) : void 0;
  if (values.shard !== void 0) {
    const written = await writeShardResult({ ...settings, name: settings.name ?? profile?.name }, values.shard, "--shard", profile?.load, values["shard-out"]);
    log.info(`Shard result written to ${written} (merge the shards with loadgate merge --shards DIR)`);
    return 0;
  }
  const store = new DirectoryBaselineStore(resolve(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR));
  const { report } = await runImportPipeline(
    { ...settings, ...profile ? { profile } : {}, failOn, saveBaseline: values["save-baseline"] ?? false },
    { store, log, runner: currentRunner }
  );
  process.stdout.write("\n" + renderTerminal(report));
  if (values.json) await writeOut(values.json, JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut(values.markdown, renderMarkdown(report));
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
async function writeOut(path, text) {
  await mkdir(dirname(resolve(path)), { recursive: true });
  await writeFile(path, text);
}

// src/shard/command.ts
import { parseArgs as parseArgs2 } from "node:util";
import { mkdir as mkdir2, writeFile as writeFile2 } from "node:fs/promises";
import { dirname as dirname2, resolve as resolve2 } from "node:path";
var MERGE_USAGE = `usage: loadgate merge --shards DIR [options]

  --shards DIR             the shard results (*.shard.json, any depth)      (required)
  --allow-missing-shards   gate on the shards that came when one is missing or late
  --profile FILE           a loadgate profile for the name, thresholds and regression settings
  --level NAME             the profile's load level the shards ran (its history is kept apart)
  --baseline-dir DIR       where baselines live        (default ${DEFAULT_BASELINE_DIR})
  --save-baseline          append the merged run to the baseline after comparing
  --json FILE              write the JSON report
  --markdown FILE          write the markdown report
  --fail-on LEVEL          critical | major | minor | never   (default critical)
`;
async function runMergeCommand(argv, log) {
  const { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: true,
    options: {
      shards: { type: "string" },
      "allow-missing-shards": { type: "boolean" },
      profile: { type: "string" },
      level: { type: "string" },
      "baseline-dir": { type: "string" },
      "save-baseline": { type: "boolean" },
      json: { type: "string" },
      markdown: { type: "string" },
      "fail-on": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
  if (values.help) {
    process.stdout.write(MERGE_USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new LoadgateError("LOADGATE_USAGE", `unexpected argument "${positionals[0]}"

${MERGE_USAGE}`);
  if (!values.shards) throw new LoadgateError("LOADGATE_USAGE", `--shards DIR is required

${MERGE_USAGE}`);
  const failOn = values["fail-on"] ?? "critical";
  if (!FAIL_ON_VALUES.includes(failOn)) throw new LoadgateError("LOADGATE_USAGE", `--fail-on: "${failOn}" is not valid (use one of: ${FAIL_ON_VALUES.join(", ")})`);
  if (values.level && !values.profile) throw new LoadgateError("LOADGATE_USAGE", `--level "${values.level}" needs --profile (the file that defines the level)

${MERGE_USAGE}`);
  const profile = values.profile ? applyLevel(await readProfileFile(values.profile), values.level, values.profile) : void 0;
  const { report } = await runMergePipeline(
    { dir: values.shards, allowMissing: values["allow-missing-shards"] ?? false, ...profile ? { profile } : {}, failOn, saveBaseline: values["save-baseline"] ?? false },
    { store: new DirectoryBaselineStore(resolve2(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR)), log, runner: currentRunner }
  );
  process.stdout.write("\n" + renderTerminal(report));
  for (const [path, text] of [[values.json, JSON.stringify(report, null, 2) + "\n"], [values.markdown, renderMarkdown(report)]]) {
    if (!path) continue;
    await mkdir2(dirname2(resolve2(path)), { recursive: true });
    await writeFile2(path, text);
  }
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}

// src/shard/debug-samples.ts
import { mkdir as mkdir3, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname3, resolve as resolve3 } from "node:path";
var DebugSamples = class {
  endpoint = new Uint16Array(1 << 16);
  trial = new Uint16Array(1 << 16);
  latencyUs = new Float64Array(1 << 16);
  count = 0;
  /** Records one answer. */
  sink = (endpointIndex, trial, latencyUs) => {
    if (this.count === this.latencyUs.length) this.grow();
    this.endpoint[this.count] = endpointIndex;
    this.trial[this.count] = trial;
    this.latencyUs[this.count] = latencyUs;
    this.count++;
  };
  /** Writes `endpoint,trial,latency_us` (endpoint by name) to `file`; returns the samples written. */
  async write(file, endpointNames) {
    const lines = ["endpoint,trial,latency_us"];
    for (let i = 0; i < this.count; i++) lines.push(`${endpointNames[this.endpoint[i]]},${this.trial[i]},${this.latencyUs[i]}`);
    await mkdir3(dirname3(resolve3(file)), { recursive: true });
    await writeFile3(file, lines.join("\n") + "\n");
    return this.count;
  }
  grow() {
    const size = this.latencyUs.length * 2;
    const endpoint = new Uint16Array(size);
    endpoint.set(this.endpoint);
    const trial = new Uint16Array(size);
    trial.set(this.trial);
    const latencyUs = new Float64Array(size);
    latencyUs.set(this.latencyUs);
    this.endpoint = endpoint;
    this.trial = trial;
    this.latencyUs = latencyUs;
  }
};

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
  if (argv[0] === "import") return runImportCommand(argv.slice(1), cliLog);
  if (argv[0] === "merge") return runMergeCommand(argv.slice(1), cliLog);
  const { values, positionals } = parseArgs3({
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
  const problems = new SetupProblems("cli");
  const failOn = problems.choice(Inputs.failOn, values["fail-on"], FAIL_ON_VALUES, "critical");
  if (values.commit !== void 0 && !/^[0-9a-f]{7,64}$/i.test(values.commit)) {
    problems.addFor("commit", `${JSON.stringify(values.commit.slice(0, 80))} is not a commit id (7 to 64 hex digits, e.g. $(git rev-parse HEAD))`);
  }
  const sharded = readShardSettings({
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
  const store = new DirectoryBaselineStore(resolve4(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR));
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
  if (values.json) await writeOut2(values.json, JSON.stringify(report, null, 2) + "\n");
  if (values.markdown) await writeOut2(values.markdown, renderMarkdown(report));
  if (values.html) await writeOut2(values.html, renderHtml(report, { assets: chartAssets(), ...history ? { history } : {} }));
  const csvDir = values["csv-dir"];
  if (csvDir) for (const [name, text] of Object.entries(csvExports(report))) await writeOut2(join(csvDir, name), text);
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
var SHARD_UNUSED_FLAGS = ["baseline-target", "baseline-target-pid", "baseline-dir", "save-baseline", "commit", "trend", "json", "markdown", "html", "csv-dir", "fail-on"];
async function runAsShard(options) {
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
async function writeOut2(path, text) {
  await mkdir4(dirname4(resolve4(path)), { recursive: true });
  await writeFile4(path, text);
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
