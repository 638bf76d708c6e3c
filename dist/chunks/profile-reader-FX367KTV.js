import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  applyLevel,
  readProfileFile
} from "./chunk-HWBQWCLC.js";
import "./chunk-PNBB3FYF.js";
import "./chunk-7GUUNWSD.js";
import "./chunk-SNWXBB5Y.js";
import "./chunk-PXA3ZVET.js";
import "./chunk-GKPTUYD5.js";
import "./chunk-YHUW4X3V.js";
import "./chunk-MVY2A3H3.js";
export {
  applyLevel,
  readProfileFile
};
