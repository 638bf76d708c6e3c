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
  /** The `set-cookie` values, when the client read them from a head it did not keep (`head` empty). */
  setCookie?: readonly string[] | undefined;
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
 * The values of one header (`name` lower-case) in a response head (`text`, and `lower`, the same
 * lower-cased), in the order received, whitespace around each value dropped (RFC 9112 §5; obsolete
 * line folding is not accepted: such lines are skipped). A step asks for one or two headers
 * (`set-cookie` for the jar, a captured one), so each is found by one scan of the head rather
 * than by parsing every line.
 */
export function headerValues(text: string, lower: string, name: string): string[] {
  const values: string[] = [];
  const needle = `\r\n${name}:`;
  for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
    const start = at + needle.length;
    let end = text.indexOf('\r\n', start);
    if (end < 0) end = text.length;
    values.push(text.slice(start, end).trim());
  }
  return values;
}

const NOT_PARSED = Symbol('not parsed');

/** Wraps an answer; nothing is decoded until asked for. */
export function viewResponse(answer: StepAnswer): ResponseView {
  return new LazyResponse(answer);
}

/** One object per answer (no closures): the head's text, the body's text and JSON kept once made. */
class LazyResponse implements ResponseView {
  readonly status: number;
  private headText: string | undefined;
  private headLower = '';
  private bodyText: string | undefined;
  private parsed: unknown = NOT_PARSED;
  private parseError: string | undefined;

  constructor(private readonly answer: StepAnswer) {
    this.status = answer.status;
  }

  header(name: string): readonly string[] {
    if (name === 'set-cookie' && this.answer.setCookie !== undefined) return this.answer.setCookie;
    if (this.headText === undefined) {
      const head = this.answer.head;
      this.headText = Buffer.from(head.buffer, head.byteOffset, head.byteLength).toString('latin1');
      this.headLower = this.headText.toLowerCase();
    }
    return headerValues(this.headText, this.headLower, name);
  }

  text(): string {
    const body = this.answer.body;
    this.bodyText ??= (Buffer.isBuffer(body) ? body : Buffer.from(body.buffer, body.byteOffset, body.byteLength)).toString('utf8');
    return this.bodyText;
  }

  json(): unknown {
    this.parse();
    return this.parsed;
  }

  jsonError(): string | undefined {
    this.parse();
    return this.parseError;
  }

  private parse(): void {
    if (this.parsed !== NOT_PARSED) return;
    try {
      this.parsed = JSON.parse(this.text());
    } catch (err) {
      this.parsed = undefined;
      this.parseError = this.answer.body.byteLength === 0 ? 'the body is empty, not JSON' : `the body is not JSON (${(err as Error).message})`;
    }
  }
}
