import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  runMergePipeline,
  shardFileName,
  writeShardResult
} from "./chunk-VNKOAGCH.js";
import "./chunk-HMIL4AWR.js";
import "./chunk-EDZX7M3J.js";
import "./chunk-Q3YF5W2M.js";
import "./chunk-JDQ2WAOQ.js";
import "./chunk-UD7QMWEB.js";
import "./chunk-IC7FVIJD.js";
import "./chunk-S7AUOFDY.js";
import "./chunk-GJ3KNEQ7.js";
import "./chunk-L7PW5JV2.js";
import "./chunk-7GUUNWSD.js";
import "./chunk-ZM4UQGXG.js";
import "./chunk-SNWXBB5Y.js";
import "./chunk-7DPCX3KC.js";
import "./chunk-YMOZOTTE.js";
import "./chunk-GKPTUYD5.js";
import "./chunk-YHUW4X3V.js";
import "./chunk-MVY2A3H3.js";
export {
  runMergePipeline,
  shardFileName,
  writeShardResult
};
