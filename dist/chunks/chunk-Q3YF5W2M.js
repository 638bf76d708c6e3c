import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  LEVELS
} from "./chunk-UD7QMWEB.js";

// src/verdict/severity.ts
var ERROR_RATE_CUTOFFS = { minor: 1e-3, major: 0.01, critical: 0.05 };
function maxLevel(a, b) {
  return LEVELS.indexOf(a) >= LEVELS.indexOf(b) ? a : b;
}
function levelFor(amount, cutoffs) {
  if (amount >= cutoffs.critical) return "critical";
  if (amount >= cutoffs.major) return "major";
  if (amount >= cutoffs.minor) return "minor";
  return "none";
}
function reaches(level, failOn) {
  if (failOn === "never" || level === "none") return false;
  return LEVELS.indexOf(level) >= LEVELS.indexOf(failOn);
}

export {
  ERROR_RATE_CUTOFFS,
  maxLevel,
  levelFor,
  reaches
};
