import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  applyLevel,
  readProfileFile
} from "./chunk-WVIGOPGO.js";
import "./chunk-NGADOZNY.js";
import "./chunk-7Y6XMAP2.js";
import "./chunk-WMGNWYZO.js";
import "./chunk-SNWXBB5Y.js";
import "./chunk-JV5NLBOX.js";
import "./chunk-ZUPHJSGO.js";
import "./chunk-YHUW4X3V.js";
import "./chunk-MVY2A3H3.js";
export {
  applyLevel,
  readProfileFile
};
