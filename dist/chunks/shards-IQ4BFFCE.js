import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  runMergePipeline,
  shardFileName,
  writeShardResult
} from "./chunk-SHJEURVM.js";
import "./chunk-RFWB6LLJ.js";
import "./chunk-LO7ZPTUL.js";
import "./chunk-Q3YF5W2M.js";
import "./chunk-JDQ2WAOQ.js";
import "./chunk-UD7QMWEB.js";
import "./chunk-IC7FVIJD.js";
import "./chunk-S7AUOFDY.js";
import "./chunk-GJ3KNEQ7.js";
import "./chunk-L7PW5JV2.js";
import "./chunk-7Y6XMAP2.js";
import "./chunk-COSMFWAF.js";
import "./chunk-FA47FOM3.js";
import "./chunk-SNWXBB5Y.js";
import "./chunk-7DPCX3KC.js";
import "./chunk-6H7ISWPL.js";
import "./chunk-ZUPHJSGO.js";
import "./chunk-YHUW4X3V.js";
import "./chunk-MVY2A3H3.js";
export {
  runMergePipeline,
  shardFileName,
  writeShardResult
};
