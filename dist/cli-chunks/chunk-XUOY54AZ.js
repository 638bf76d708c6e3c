import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  createLatencyHistogram,
  decodeLatencyHistogram
} from "./chunk-QAD4NADN.js";

// src/report/spectrum.ts
var SPECTRUM_PERCENTILES = [0, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99];
function spectrumOf(encoded) {
  const merged = mergeHistograms(encoded);
  if (merged === void 0) return void 0;
  try {
    return SPECTRUM_PERCENTILES.map((p) => Math.round(merged.percentileMicros(p)) / 1e3);
  } finally {
    merged.release();
  }
}
function mergeHistograms(encoded) {
  const merged = createLatencyHistogram();
  for (const text of encoded) {
    if (text === void 0) continue;
    let one;
    try {
      one = decodeLatencyHistogram(text);
    } catch {
      continue;
    }
    merged.add(one);
    one.release();
  }
  if (merged.count > 0) return merged;
  merged.release();
  return void 0;
}
function spectrumX(percentile) {
  return Math.round(1 / (1 - percentile / 100) * 1e3) / 1e3;
}

export {
  SPECTRUM_PERCENTILES,
  spectrumOf,
  mergeHistograms,
  spectrumX
};
