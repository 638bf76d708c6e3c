import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/baseline/types.ts
var BASELINE_SCHEMA_VERSION = 1;
var DEFAULT_HISTORY_RUNS = 20;
var LEVEL_SEPARATOR = "@";
function baselineName(key) {
  return key.level ? `${key.profileName}${LEVEL_SEPARATOR}${key.level}` : key.profileName;
}
function legacyBaselineName(key) {
  return key.level ? `${key.profileName}.${key.level}` : void 0;
}
var BASELINE_MAX_BYTES = 50 * 1024 * 1024;
var SUMMARY_METRICS = ["p50", "p90", "p95", "p99", "mean", "throughput", "error_rate"];
var RUN_READINGS = ["rssGrowthMb", "capacityRps", "recoveryMs", "cpuMsPerRequest"];
var ROW_NAME = /^[A-Za-z0-9._-]{1,64}(\/[A-Za-z0-9._-]{1,64}){0,2}$/;

export {
  BASELINE_SCHEMA_VERSION,
  DEFAULT_HISTORY_RUNS,
  baselineName,
  legacyBaselineName,
  BASELINE_MAX_BYTES,
  SUMMARY_METRICS,
  RUN_READINGS,
  ROW_NAME
};
