/**
 * The endpoint mapping file: renames a tool's labels to endpoint names, merges several labels into
 * one endpoint (map them to the same name), or leaves a label out (map it to null). Labels the file
 * does not name keep their own name.
 *
 * ```yaml
 * endpoints:
 *   "GET /api/products": products
 *   "/api/products?page=2": products   # merged with the line above
 *   "login": null                      # left out
 * ```
 *
 * YAML or JSON (JSON is YAML). Unknown keys are refused, with the line.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isScalar, parseDocument, LineCounter } from 'yaml';
import { LoadgateError } from '../errors.js';

/** Label → endpoint name (null: leave the label out). */
export type EndpointMapping = ReadonlyMap<string, string | null>;

/** Endpoint names are profile names: they go into file names and cache keys (profile/read.ts). */
const ENDPOINT_NAME = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A tool's label as an endpoint name: kept when it is one, else every run of other characters
 * becomes "_" ("missing page" → "missing_page", a k6 URL label → "http_127.0.0.1_8080_api_items"),
 * cut to 64 characters. Two labels that differ only there would merge: the mapping file can say
 * otherwise.
 */
export function endpointNameOf(label: string): string {
  if (ENDPOINT_NAME.test(label)) return label;
  const name = label.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64);
  return name || 'endpoint';
}

/** The endpoint name of `label`, or undefined when the mapping leaves it out. */
export function mapLabel(mapping: EndpointMapping | undefined, label: string): string | undefined {
  const mapped = mapping?.get(label);
  if (mapped === null) return undefined;
  return mapped ?? endpointNameOf(label);
}

/** Parses mapping text; every problem at once, each with its line. */
export function parseEndpointMapping(text: string, file: string): EndpointMapping {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const at = (offset: number | undefined) => (offset === undefined ? '' : ` — ${file}:${lines.linePos(offset).line}`);
  const problems: string[] = doc.errors.map((e) => `${e.message.split('\n')[0]}${at(e.pos[0])}`);
  const mapping = new Map<string, string | null>();
  if (problems.length === 0) {
    const root = doc.contents;
    if (!isMap(root)) {
      problems.push(`the mapping must be a mapping with one key, endpoints: (label → endpoint name)${at(root?.range?.[0])}`);
    } else {
      for (const item of root.items) {
        const key = isScalar(item.key) ? String(item.key.value) : '';
        if (key !== 'endpoints') {
          problems.push(`${key || 'a key'}: unknown key (the only key is endpoints)${at(isScalar(item.key) ? item.key.range?.[0] : undefined)}`);
          continue;
        }
        if (!isMap(item.value)) {
          problems.push(`endpoints: must map each label to an endpoint name${at((item.value as { range?: number[] } | null)?.range?.[0])}`);
          continue;
        }
        for (const entry of item.value.items) {
          const label = isScalar(entry.key) ? String(entry.key.value) : undefined;
          const value = isScalar(entry.value) ? entry.value.value : entry.value === null ? null : undefined;
          const where = at(isScalar(entry.key) ? entry.key.range?.[0] : undefined);
          if (label === undefined || label === '') problems.push(`endpoints: a label must be a non-empty string${where}`);
          else if (value === null) mapping.set(label, null);
          else if (typeof value !== 'string' || !ENDPOINT_NAME.test(value.trim())) {
            problems.push(`endpoints."${label}": ${JSON.stringify(value ?? '(a list or mapping)')} is not an endpoint name (1 to 64 letters, digits, ".", "_" or "-"; or null to leave the label out)${where}`);
          } else mapping.set(label, value.trim());
        }
      }
    }
  }
  if (problems.length > 0) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `endpoint mapping ${file} has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n  ${problems.join('\n  ')}`);
  }
  return mapping;
}

/** Reads and parses a mapping file. */
export async function readEndpointMapping(file: string): Promise<EndpointMapping> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new LoadgateError('LOADGATE_INPUT_INVALID', `endpoint mapping ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  return parseEndpointMapping(text, file);
}
