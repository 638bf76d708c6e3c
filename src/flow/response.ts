/**
 * A step's answer as captures, checks and the cookie jar see it: status, headers and body bytes.
 * The body is decoded and parsed at most once, and only when something asks, so a step with no
 * JSON capture or check never pays for `JSON.parse`.
 */

/** What the HTTP client hands over for a step: the status, the raw head (status line and headers) and the body. */
export interface StepAnswer {
  status: number;
  /** The response head as received, up to and including its blank line; headers are parsed from it on demand. */
  head: Uint8Array;
  body: Uint8Array;
}

/** The answer with its headers, text and JSON available on demand. */
export interface ResponseView {
  readonly status: number;
  /** Values of a header (lower-case name), in the order received; empty when absent. */
  header(name: string): readonly string[];
  /** The body as UTF-8 text. */
  text(): string;
  /** The body parsed as JSON, or `undefined` with `jsonError` set when it is not JSON. */
  json(): unknown;
  jsonError(): string | undefined;
}

/**
 * Parses header lines from a response head (RFC 9112 §5: `name: value`, whitespace around the value
 * dropped; obsolete line folding is not accepted and such lines are skipped). Names are lower-cased.
 */
export function parseHeaders(head: Uint8Array): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const text = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
  const lines = text.split('\r\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const colon = line.indexOf(':');
    if (colon <= 0 || line[0] === ' ' || line[0] === '\t') continue;
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    const values = headers.get(name);
    if (values) values.push(value);
    else headers.set(name, [value]);
  }
  return headers;
}

const NOT_PARSED = Symbol('not parsed');

/** Wraps an answer; nothing is decoded until asked for. */
export function viewResponse(answer: StepAnswer): ResponseView {
  let headers: Map<string, string[]> | undefined;
  let text: string | undefined;
  let json: unknown = NOT_PARSED;
  let jsonError: string | undefined;
  const parse = () => {
    if (json !== NOT_PARSED) return;
    try {
      json = JSON.parse(view.text());
    } catch (err) {
      json = undefined;
      jsonError = answer.body.byteLength === 0 ? 'the body is empty, not JSON' : `the body is not JSON (${(err as Error).message})`;
    }
  };
  const view: ResponseView = {
    status: answer.status,
    header(name) {
      headers ??= parseHeaders(answer.head);
      return headers.get(name) ?? [];
    },
    text() {
      text ??= Buffer.from(answer.body.buffer, answer.body.byteOffset, answer.body.byteLength).toString('utf8');
      return text;
    },
    json() {
      parse();
      return json;
    },
    jsonError() {
      parse();
      return jsonError;
    },
  };
  return view;
}
