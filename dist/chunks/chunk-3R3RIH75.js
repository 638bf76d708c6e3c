import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  checkBaseline
} from "./chunk-GJ3KNEQ7.js";
import {
  BASELINE_MAX_BYTES
} from "./chunk-L7PW5JV2.js";

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

export {
  readStoredBaseline
};
