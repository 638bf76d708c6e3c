import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  randomInteger
} from "./chunk-PXA3ZVET.js";

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
function createFeeder(rows, order, random) {
  if (rows.length === 0) throw new RangeError("createFeeder: no rows");
  let taken = 0;
  return {
    next() {
      let row;
      if (order === "random") row = rows[randomInteger(random, 0, rows.length - 1)];
      else if (order === "sequential") row = rows[taken % rows.length];
      else row = taken < rows.length ? rows[taken] : void 0;
      if (row !== void 0) taken++;
      return row;
    },
    get taken() {
      return taken;
    }
  };
}

// src/flow/json-path.ts
var NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
var INDEX = /^\[(-?\d{1,9})\]/;
var MAX_SEGMENTS = 64;
function parseJsonPath(text) {
  if (!text.startsWith("$")) return `${JSON.stringify(text)} does not start with "$" (e.g. $.token or $.items[0].id)`;
  const segments = [];
  let rest = text.slice(1);
  while (rest !== "") {
    if (segments.length === MAX_SEGMENTS) return `${JSON.stringify(text)} has more than ${MAX_SEGMENTS} segments`;
    if (rest.startsWith(".")) {
      const name = NAME.exec(rest.slice(1));
      if (!name) return `${JSON.stringify(text)}: after "." comes a key name (for other keys write ["key"])`;
      segments.push({ key: name[0] });
      rest = rest.slice(1 + name[0].length);
      continue;
    }
    const index = INDEX.exec(rest);
    if (index) {
      segments.push({ index: Number(index[1]) });
      rest = rest.slice(index[0].length);
      continue;
    }
    const quoted = readQuoted(rest);
    if (quoted === void 0) {
      return `${JSON.stringify(text)}: ${JSON.stringify(rest.slice(0, 20))} is not a segment (use .name, [0], [-1] or ["any key"]; filters and wildcards are not supported)`;
    }
    segments.push({ key: quoted.key });
    rest = rest.slice(quoted.length);
  }
  return segments;
}
function readQuoted(text) {
  const quote = text[1];
  if (text[0] !== "[" || quote !== '"' && quote !== "'") return void 0;
  let key = "";
  for (let i = 2; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      const next = text[i + 1];
      if (next !== "\\" && next !== quote) return void 0;
      key += next;
      i++;
    } else if (c === quote) {
      return text[i + 1] === "]" ? { key, length: i + 2 } : void 0;
    } else {
      key += c;
    }
  }
  return void 0;
}
function evaluateJsonPath(document, segments) {
  let current = document;
  for (const segment of segments) {
    if ("index" in segment) {
      if (!Array.isArray(current)) return void 0;
      const i = segment.index < 0 ? current.length + segment.index : segment.index;
      if (i < 0 || i >= current.length) return void 0;
      current = current[i];
    } else {
      if (typeof current !== "object" || current === null || Array.isArray(current)) return void 0;
      if (!Object.hasOwn(current, segment.key)) return void 0;
      current = current[segment.key];
    }
  }
  return current;
}

export {
  parseJsonPath,
  evaluateJsonPath,
  parseCsv,
  parseJsonRows,
  createFeeder
};
