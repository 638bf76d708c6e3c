import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  randomInteger
} from "./chunk-ZUPHJSGO.js";

// src/flow/feeder.ts
var MAX_FEEDER_ROWS = 1e6;
function newRow() {
  return /* @__PURE__ */ Object.create(null);
}
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === "")) records.push({ fields, line: recordLine });
    fields = [];
    field = "";
    fieldStart = true;
    recordLine = line;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === "\n") line++;
        field += c;
      }
    } else if (c === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (c === ",") {
      fields.push(field);
      field = "";
      fieldStart = true;
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      line++;
      endRecord();
    } else if (c === '"') return { ok: false, message: `line ${line}: a quote inside an unquoted field (quote the whole field and double the quote: "a ""b""")` };
    else {
      field += c;
      fieldStart = false;
    }
  }
  if (quoted) return { ok: false, message: `line ${recordLine}: a quoted field is never closed` };
  if (field !== "" || fields.length > 0) endRecord();
  if (records.length === 0) return { ok: false, message: "the file is empty (it needs a header line of column names)" };
  const [header, ...body] = records;
  const columns = header.fields.map((name) => name.trim());
  const empty = columns.findIndex((name) => name === "");
  if (empty >= 0) return { ok: false, message: `line 1: column ${empty + 1} has no name` };
  const repeated = columns.find((name, k) => columns.indexOf(name) !== k);
  if (repeated !== void 0) return { ok: false, message: `line 1: column "${repeated}" is named twice` };
  if (body.length > MAX_FEEDER_ROWS) return { ok: false, message: `${body.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      return { ok: false, message: `line ${record.line}: ${record.fields.length} fields, but the header names ${columns.length} columns` };
    }
    const row = newRow();
    columns.forEach((name, k) => {
      row[name] = record.fields[k];
    });
    rows.push(row);
  }
  return { ok: true, columns, rows };
}
function parseJsonRows(text) {
  let document;
  try {
    document = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not JSON: ${err.message}` };
  }
  if (!Array.isArray(document) || document.length === 0) return { ok: false, message: 'not a non-empty list of objects ([{"user": "a"}, \u2026])' };
  if (document.length > MAX_FEEDER_ROWS) return { ok: false, message: `${document.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows = [];
  let columns = [];
  for (let k = 0; k < document.length; k++) {
    const item = document[k];
    if (typeof item !== "object" || item === null || Array.isArray(item)) return { ok: false, message: `row ${k}: not an object` };
    if (k === 0) columns = Object.keys(item);
    const row = newRow();
    for (const name of columns) {
      if (!Object.hasOwn(item, name)) return { ok: false, message: `row ${k}: has no "${name}" (the first row's keys are the columns)` };
      const value = item[name];
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        return { ok: false, message: `row ${k}: "${name}" is ${value === null ? "null" : Array.isArray(value) ? "a list" : typeof value}, not a string, number or boolean` };
      }
      row[name] = String(value);
    }
    rows.push(row);
  }
  return { ok: true, columns, rows };
}
function uniqueRowsOfShare(rowCount, share) {
  return share.offset >= rowCount ? 0 : Math.floor((rowCount - 1 - share.offset) / share.stride) + 1;
}
function createFeeder(rows, order, random, share = { offset: 0, stride: 1 }) {
  if (rows.length === 0) throw new RangeError("createFeeder: no rows");
  if (!(Number.isSafeInteger(share.offset) && share.offset >= 0 && Number.isSafeInteger(share.stride) && share.stride >= 1)) {
    throw new RangeError(`createFeeder: share ${JSON.stringify(share)} needs an offset >= 0 and a stride >= 1`);
  }
  let taken = 0;
  return {
    next() {
      let row;
      const position = share.offset + taken * share.stride;
      if (order === "random") row = rows[randomInteger(random, 0, rows.length - 1)];
      else if (order === "sequential") row = rows[position % rows.length];
      else row = position < rows.length ? rows[position] : void 0;
      if (row !== void 0) taken++;
      return row;
    },
    get taken() {
      return taken;
    }
  };
}

export {
  parseCsv,
  parseJsonRows,
  uniqueRowsOfShare,
  createFeeder
};
