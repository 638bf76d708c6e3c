import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  DirectoryBaselineStore,
  renderMarkdown,
  renderTerminal
} from "./chunk-57DTTAVA.js";
import {
  applyLevel,
  readProfileFile
} from "./chunk-3NQ2OS77.js";
import "./chunk-F3YTOFPK.js";
import "./chunk-LQRHHZVL.js";
import {
  runMergePipeline
} from "./chunk-PBRNCMXN.js";
import {
  currentRunner
} from "./chunk-IJILV7IM.js";
import {
  DEFAULT_BASELINE_DIR
} from "./chunk-5BKHDFQE.js";
import "./chunk-CS3JO6KU.js";
import "./chunk-ZPEXDWHR.js";
import {
  LoadgateError
} from "./chunk-4LOQ5PND.js";
import {
  FAIL_ON_VALUES
} from "./chunk-HOUHS2GM.js";
import "./chunk-QAD4NADN.js";

// src/shard/command.ts
import { parseArgs } from "node:util";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
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
  const { values, positionals } = parseArgs({
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
    { store: new DirectoryBaselineStore(resolve(values["baseline-dir"] ?? DEFAULT_BASELINE_DIR)), log, runner: currentRunner }
  );
  process.stdout.write("\n" + renderTerminal(report));
  for (const [path, text] of [[values.json, JSON.stringify(report, null, 2) + "\n"], [values.markdown, renderMarkdown(report)]]) {
    if (!path) continue;
    await mkdir(dirname(resolve(path)), { recursive: true });
    await writeFile(path, text);
  }
  return report.verdict.status === "error" ? 2 : report.verdict.failed ? 1 : 0;
}
export {
  MERGE_USAGE,
  runMergeCommand
};
