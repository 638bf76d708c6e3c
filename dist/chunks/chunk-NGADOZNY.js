import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);

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
  evaluateJsonPath
};
