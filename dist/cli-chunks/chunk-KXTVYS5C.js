import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  LoadgateError
} from "./chunk-4LOQ5PND.js";

// src/parts/load-part.ts
async function loadPart(part, load) {
  try {
    return await load();
  } catch (err) {
    const why = err?.message ?? String(err);
    throw new LoadgateError(
      "LOADGATE_PART_MISSING",
      `could not load the ${part} (${why}): this copy of loadgate is incomplete; use a released version of the action or package, or rebuild dist/ with npm run build`,
      { cause: err }
    );
  }
}

export {
  loadPart
};
