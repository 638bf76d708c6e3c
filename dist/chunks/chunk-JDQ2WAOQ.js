import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/constants.ts
var VERSION = true ? "0.1.0" : JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).version;
var Inputs = {
  profile: "profile",
  target: "target",
  baselineTarget: "baseline-target",
  githubToken: "github-token",
  failOn: "fail-on",
  baselineDir: "baseline-dir",
  saveBaseline: "save-baseline",
  comment: "comment",
  mode: "mode",
  report: "report",
  level: "level",
  targetPid: "target-pid",
  // Import (src/import/): another tool's results instead of a load run.
  results: "results",
  format: "format",
  baselineResults: "baseline-results",
  endpointMapping: "endpoint-mapping",
  name: "name",
  warmup: "warmup",
  duration: "duration",
  trials: "trials",
  startAt: "start-at",
  // Shards (src/shard/): a matrix job writes its part, a merge job gates once.
  shard: "shard",
  shards: "shards",
  allowMissingShards: "allow-missing-shards",
  uploadReport: "upload-report",
  notify: "notify",
  targetContainer: "target-container",
  baselineTargetPid: "baseline-target-pid"
};
var Outputs = {
  verdict: "verdict",
  maxSeverity: "max-severity",
  advisorySeverity: "advisory-severity",
  report: "report",
  markdown: "markdown",
  html: "html",
  artifactUrl: "report-artifact-url",
  commentUrl: "comment-url",
  checkRunId: "check-run-id",
  shardResult: "shard-result"
};
var ACTION_MODES = ["gate", "report-only", "publish", "merge"];
var COMMENT_MODES = ["auto", "always", "never"];
var NOTIFY_MODES = ["issue", "none"];
var PULL_REQUEST_NOTE_FILE = "pull-request.json";
var DEFAULT_PROFILE_PATH = ".github/loadgate.yml";
var BASELINE_EVENTS = ["push", "schedule", "workflow_dispatch"];

export {
  VERSION,
  Inputs,
  Outputs,
  ACTION_MODES,
  COMMENT_MODES,
  NOTIFY_MODES,
  PULL_REQUEST_NOTE_FILE,
  DEFAULT_PROFILE_PATH,
  BASELINE_EVENTS
};
