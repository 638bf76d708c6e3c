import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/errors.ts
var LOADGATE_CODES = [
  // Set-up: the action's inputs, the CLI's flags, the profile and what it reads.
  "LOADGATE_USAGE",
  "LOADGATE_INPUT_INVALID",
  "LOADGATE_SETUP_INVALID",
  "LOADGATE_PROFILE_MISSING",
  "LOADGATE_PROFILE_INVALID",
  "LOADGATE_LEVEL_UNKNOWN",
  "LOADGATE_ENV_MISSING",
  "LOADGATE_ENV_INVALID",
  "LOADGATE_PAIRED_LOAD",
  "LOADGATE_REPORT_INVALID",
  // Imports and shards: another tool's results file, the shard results of a matrix.
  "LOADGATE_IMPORT_INVALID",
  "LOADGATE_SHARDS_MISSING",
  // The target before the load.
  "LOADGATE_TARGET_UNREACHABLE",
  "LOADGATE_TARGET_TLS",
  // The load engine: refusals before the run, and what a request can end with.
  "LOADGATE_FD_LIMIT",
  "LOADGATE_INVALID_LOAD_OPTIONS",
  "LOADGATE_ABORTED",
  "LOADGATE_REQUEST_TIMEOUT",
  "LOADGATE_RUN_ENDED",
  "LOADGATE_CONNECT_TIMEOUT",
  "LOADGATE_SOCKET_CLOSED",
  "LOADGATE_BAD_RESPONSE",
  "LOADGATE_CONNECTION_DESTROYED",
  // The statistics were handed data no test can run on (a bug upstream).
  "LOADGATE_STATS_INPUT",
  // The installation: a part of the bundle that could not be loaded (src/parts/load-part.ts).
  "LOADGATE_PART_MISSING"
];
var CODES = new Set(LOADGATE_CODES);
var LoadgateError = class extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
    this.name = "LoadgateError";
  }
  code;
};
function isUserError(err) {
  const code = err?.code;
  return err instanceof Error && typeof code === "string" && CODES.has(code);
}

export {
  LoadgateError,
  isUserError
};
