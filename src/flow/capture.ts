/**
 * Captures: values taken from a step's response into variables for the later steps of the same
 * iteration. Pure. A capture that finds nothing fails the step with error class `capture`; the
 * message names the capture and what was missing, never a value from the response (captured
 * values are often tokens; see mask.ts).
 */
import type { Capture } from '../profile/types.js';
import { evaluateJsonPath } from './json-path.js';
import type { ResponseView } from './response.js';

/** Regexes run over at most this many characters of the body, which bounds their cost. */
export const MAX_REGEX_INPUT_CHARS = 1024 * 1024;

/** A JSON value as a variable's text: strings as they are, other scalars as JSON, containers as JSON. */
export function jsonValueText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** How a capture is named in messages: `json $.token → token`. */
export function describeCapture(capture: Capture): string {
  const from = capture.from;
  const source = from.kind === 'json' ? `json ${from.path}` : from.kind === 'header' ? `header ${from.name}` : `regex /${from.pattern}/ group ${from.group}`;
  return `${source} → ${capture.as}`;
}

/** The value one capture takes from the response, or why it found nothing. */
export function captureValue(capture: Capture, response: ResponseView, regexCache?: Map<string, RegExp>): { value: string } | { missing: string } {
  const from = capture.from;
  switch (from.kind) {
    case 'json': {
      const document = response.json();
      if (document === undefined) return { missing: response.jsonError() ?? 'the body is not JSON' };
      const value = evaluateJsonPath(document, from.segments);
      if (value === undefined || value === null) return { missing: `the body has no value at ${from.path}` };
      return { value: jsonValueText(value) };
    }
    case 'header': {
      const values = response.header(from.name);
      return values.length > 0 ? { value: values[0] } : { missing: `the response has no ${from.name} header` };
    }
    case 'regex': {
      let regex = regexCache?.get(from.pattern);
      if (!regex) {
        regex = new RegExp(from.pattern);
        regexCache?.set(from.pattern, regex);
      }
      const match = regex.exec(response.text().slice(0, MAX_REGEX_INPUT_CHARS));
      const value = match?.[from.group];
      return value === undefined ? { missing: match ? `group ${from.group} took no part in the match` : 'the body does not match' } : { value };
    }
  }
}

/**
 * Runs a step's captures in order into `vars`. Returns undefined when every capture found its
 * value, else the message of the first that did not (the rest are not attempted).
 */
export function applyCaptures(captures: readonly Capture[], response: ResponseView, vars: Record<string, string>, regexCache?: Map<string, RegExp>): string | undefined {
  for (const capture of captures) {
    const result = captureValue(capture, response, regexCache);
    if ('missing' in result) return `capture ${describeCapture(capture)} found nothing: ${result.missing}`;
    // `vars` has no prototype (startIteration): any name, `__proto__` too, is an own property.
    vars[capture.as] = result.value;
  }
  return undefined;
}
