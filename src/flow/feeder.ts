/**
 * Feeders: rows of data (users, products) that flow iterations take one at a time, each row's
 * columns becoming variables. Pure: parsing from text, and iterators over rows; the file is read
 * by profile/feeder-file.ts.
 *
 *   sequential  rows in file order, starting over after the last
 *   random      a row drawn uniformly from the run's seeded source (the same seed, the same rows)
 *   unique      rows in file order, each at most once in the whole run, so no two virtual users or
 *               iterations share one (a login that may be used once); when they run out the run
 *               stops, with that reason
 *
 * A shard k (0-based) of N takes every N-th row of the single runner's sequence from row k
 * (`FeederShare`): sequential rows k, k+N, k+2N, … of the file read round and round, unique rows
 * k, k+N, … once, so no two shards share a row either. A random draw needs no share: each shard
 * draws from its own seeded stream (src/shard/plan.ts gives each shard its own seed).
 */
import type { FeederOrder } from '../profile/types.js';
import { randomInteger, type RandomSource } from '../plan/random.js';

/** Rows keyed by column name, every value a string (as a template writes it). */
export type FeederRow = Readonly<Record<string, string>>;

/** Parsed rows, or what is wrong with the text (with its line when there is one). */
export type FeederParse = { ok: true; columns: string[]; rows: FeederRow[] } | { ok: false; message: string };

/** A feeder file with more rows than this is refused: a million rows is already 100+ MB of strings. */
export const MAX_FEEDER_ROWS = 1_000_000;

function newRow(): Record<string, string> {
  return Object.create(null) as Record<string, string>;
}

/**
 * RFC 4180 CSV: a header line of column names, then one row per record; fields may be quoted with
 * `"` (a quote inside doubled), and quoted fields may hold commas and line breaks. CRLF or LF line
 * ends; a final empty line is ignored. A record with a different number of fields is an error.
 */
export function parseCsv(text: string): FeederParse {
  const records: { fields: string[]; line: number }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let quoted = false;
  let fieldStart = true;
  const endRecord = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    fieldStart = true;
    recordLine = line;
  };
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else { if (c === '\n') line++; field += c; }
    } else if (c === '"' && fieldStart) { quoted = true; fieldStart = false; }
    else if (c === ',') { fields.push(field); field = ''; fieldStart = true; }
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      endRecord();
    } else if (c === '"') return { ok: false, message: `line ${line}: a quote inside an unquoted field (quote the whole field and double the quote: "a ""b""")` };
    else { field += c; fieldStart = false; }
  }
  if (quoted) return { ok: false, message: `line ${recordLine}: a quoted field is never closed` };
  if (field !== '' || fields.length > 0) endRecord();
  if (records.length === 0) return { ok: false, message: 'the file is empty (it needs a header line of column names)' };
  const [header, ...body] = records;
  const columns = header.fields.map((name) => name.trim());
  const empty = columns.findIndex((name) => name === '');
  if (empty >= 0) return { ok: false, message: `line 1: column ${empty + 1} has no name` };
  const repeated = columns.find((name, k) => columns.indexOf(name) !== k);
  if (repeated !== undefined) return { ok: false, message: `line 1: column "${repeated}" is named twice` };
  if (body.length > MAX_FEEDER_ROWS) return { ok: false, message: `${body.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows: FeederRow[] = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      return { ok: false, message: `line ${record.line}: ${record.fields.length} fields, but the header names ${columns.length} columns` };
    }
    const row = newRow();
    columns.forEach((name, k) => { row[name] = record.fields[k]; });
    rows.push(row);
  }
  return { ok: true, columns, rows };
}

/**
 * A JSON list of objects whose values are strings, numbers or booleans (written as JSON writes
 * them). The columns are the keys of the first row; every row must have them all.
 */
export function parseJsonRows(text: string): FeederParse {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (err) {
    return { ok: false, message: `not JSON: ${(err as Error).message}` };
  }
  if (!Array.isArray(document) || document.length === 0) return { ok: false, message: 'not a non-empty list of objects ([{"user": "a"}, …])' };
  if (document.length > MAX_FEEDER_ROWS) return { ok: false, message: `${document.length} rows are more than the ${MAX_FEEDER_ROWS} a feeder may have` };
  const rows: FeederRow[] = [];
  let columns: string[] = [];
  for (let k = 0; k < document.length; k++) {
    const item: unknown = document[k];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) return { ok: false, message: `row ${k}: not an object` };
    if (k === 0) columns = Object.keys(item);
    const row = newRow();
    for (const name of columns) {
      if (!Object.hasOwn(item, name)) return { ok: false, message: `row ${k}: has no "${name}" (the first row's keys are the columns)` };
      const value = (item as Record<string, unknown>)[name];
      if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
        return { ok: false, message: `row ${k}: "${name}" is ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}, not a string, number or boolean` };
      }
      row[name] = String(value);
    }
    rows.push(row);
  }
  return { ok: true, columns, rows };
}

/** Hands out rows to iterations; `next` returns undefined once a `unique` feeder has given every row. */
export interface Feeder {
  next(): FeederRow | undefined;
  /** Rows handed out so far. */
  readonly taken: number;
}

/** A shard's share of a feeder: positions `offset`, `offset + stride`, … of the single runner's sequence. */
export interface FeederShare {
  offset: number;
  stride: number;
}

/** Rows a `unique` feeder of `rowCount` rows gives shard `offset` of `stride`: rows offset, offset + stride, … below rowCount. */
export function uniqueRowsOfShare(rowCount: number, share: FeederShare): number {
  return share.offset >= rowCount ? 0 : Math.floor((rowCount - 1 - share.offset) / share.stride) + 1;
}

/**
 * A feeder over `rows` (at least one) in `order`; `random` is the run's seeded source for that order;
 * `share` a shard's every-N-th part of the sequence (the whole of it by default).
 */
export function createFeeder(rows: readonly FeederRow[], order: FeederOrder, random: RandomSource, share: FeederShare = { offset: 0, stride: 1 }): Feeder {
  if (rows.length === 0) throw new RangeError('createFeeder: no rows');
  if (!(Number.isSafeInteger(share.offset) && share.offset >= 0 && Number.isSafeInteger(share.stride) && share.stride >= 1)) {
    throw new RangeError(`createFeeder: share ${JSON.stringify(share)} needs an offset >= 0 and a stride >= 1`);
  }
  let taken = 0;
  return {
    next() {
      let row: FeederRow | undefined;
      const position = share.offset + taken * share.stride;
      if (order === 'random') row = rows[randomInteger(random, 0, rows.length - 1)];
      else if (order === 'sequential') row = rows[position % rows.length];
      else row = position < rows.length ? rows[position] : undefined;
      if (row !== undefined) taken++;
      return row;
    },
    get taken() {
      return taken;
    },
  };
}
