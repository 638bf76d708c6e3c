/**
 * A small JSON path for captures and checks: it walks names and indexes, and nothing else. It
 * never evaluates an expression — JSONPath libraries that accept filter expressions (`?(@.x)`)
 * have run them as code (jsonpath-plus had a remote-code-execution advisory for exactly that) —
 * and lookups only see a value's own keys, so `$.constructor` or `$.__proto__` find nothing.
 * The grammar:
 *
 *   path    := "$" { segment }
 *   segment := "." NAME                    a key: letters, digits, "_", "$" and "-", not starting with a digit or "-"
 *            | "[" INDEX "]"               an array index; negative counts from the end ([-1] is the last)
 *            | "[" QUOTED "]"              any key, in single or double quotes; \\ and the quote escaped by "\"
 *
 * e.g. `$.token`, `$.data.items[0].id`, `$.items[-1]`, `$["content-type"]`.
 */

/** One step of a path: a key of an object or an index into an array. */
export type JsonPathSegment = { key: string } | { index: number };

const NAME = /^[A-Za-z_$][A-Za-z0-9_$-]*/;
const INDEX = /^\[(-?\d{1,9})\]/;
/** Deeper than any document a path should reach into; a longer path is a typo or an attack. */
const MAX_SEGMENTS = 64;

/**
 * Parses a path into segments, or returns what is wrong in words (where it stopped and what would
 * be valid there). Pure.
 */
export function parseJsonPath(text: string): JsonPathSegment[] | string {
  if (!text.startsWith('$')) return `${JSON.stringify(text)} does not start with "$" (e.g. $.token or $.items[0].id)`;
  const segments: JsonPathSegment[] = [];
  let rest = text.slice(1);
  while (rest !== '') {
    if (segments.length === MAX_SEGMENTS) return `${JSON.stringify(text)} has more than ${MAX_SEGMENTS} segments`;
    if (rest.startsWith('.')) {
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
    if (quoted === undefined) {
      return `${JSON.stringify(text)}: ${JSON.stringify(rest.slice(0, 20))} is not a segment (use .name, [0], [-1] or ["any key"]; filters and wildcards are not supported)`;
    }
    segments.push({ key: quoted.key });
    rest = rest.slice(quoted.length);
  }
  return segments;
}

/** `["a b"]` or `['a b']` at the start of `text`: the key and the characters it took. */
function readQuoted(text: string): { key: string; length: number } | undefined {
  const quote = text[1];
  if (text[0] !== '[' || (quote !== '"' && quote !== "'")) return undefined;
  let key = '';
  for (let i = 2; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      const next = text[i + 1];
      if (next !== '\\' && next !== quote) return undefined;
      key += next;
      i++;
    } else if (c === quote) {
      return text[i + 1] === ']' ? { key, length: i + 2 } : undefined;
    } else {
      key += c;
    }
  }
  return undefined;
}

/**
 * The value at `segments` inside a parsed JSON document, or `undefined` when the path leads
 * nowhere (a missing key, an index past the end, a key into a non-object). Only own keys count.
 */
export function evaluateJsonPath(document: unknown, segments: readonly JsonPathSegment[]): unknown {
  let current: unknown = document;
  for (const segment of segments) {
    if ('index' in segment) {
      if (!Array.isArray(current)) return undefined;
      const i = segment.index < 0 ? current.length + segment.index : segment.index;
      if (i < 0 || i >= current.length) return undefined;
      current = current[i];
    } else {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
      if (!Object.hasOwn(current, segment.key)) return undefined;
      current = (current as Record<string, unknown>)[segment.key];
    }
  }
  return current;
}
