import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

// src/verdict/types.ts
var LEVELS = ["none", "minor", "major", "critical"];
var FAIL_ON_VALUES = ["minor", "major", "critical", "never"];

export {
  LEVELS,
  FAIL_ON_VALUES
};
