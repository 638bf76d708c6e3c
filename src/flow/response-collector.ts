/**
 * Keeps a response's head and body bytes for a flow step, as the HTTP/1.1 client reads them into
 * its reused buffer (so every range is copied before the client reads on). Only steps need this:
 * plain endpoints never see a byte of their answers. The body is kept up to a cap; a step whose
 * body is longer gets the first `maxBodyBytes` (a JSON capture then finds a body that is not JSON,
 * and says so).
 *
 * A step keeps only what it reads (`want`): the body when a capture or check reads it, the head
 * when a header capture reads it or, for a session's cookies, when the head holds a `set-cookie`
 * line — found in place, so the answers that set nothing (most of them) are never copied.
 */
import type { FlowStep } from '../profile/types.js';
import type { StepAnswer } from './response.js';

/** The most body bytes a step keeps: captures and checks read API answers, not downloads. */
export const MAX_STEP_BODY_BYTES = 4 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);

/** What of its answers a step reads. */
export interface StepWants {
  /** A capture or check reads the body. */
  readonly body: boolean;
  /** A header capture reads the head. */
  readonly head: boolean;
  /** The session's cookie jar reads the `set-cookie` lines. */
  readonly cookies: boolean;
}

/** Everything: what a collector keeps unless told otherwise. */
export const WANTS_ALL: StepWants = { body: true, head: true, cookies: true };

/** What `step` reads of its answers, in a flow with or without a cookie jar. */
export function stepWants(step: FlowStep, cookies: boolean): StepWants {
  return {
    body: step.checks.length > 0 || step.captures.some((c) => c.from.kind !== 'header'),
    head: step.captures.some((c) => c.from.kind === 'header'),
    cookies,
  };
}

/** `set-cookie:` in lower case, byte by byte. */
const SET_COOKIE = Buffer.from('set-cookie:', 'latin1');

/**
 * True when the head `buf[start, end)` has a header line named `set-cookie` (any case, RFC 9110
 * §5.1). Header names are tokens, so OR-ing 0x20 into a letter lower-cases it and leaves `-` and
 * `:` as they are.
 */
export function hasSetCookie(buf: Uint8Array, start: number, end: number): boolean {
  const last = end - SET_COOKIE.length;
  for (let at = start; at <= last;) {
    const lf = buf.indexOf(10, at);
    if (lf < 0 || lf >= last) return false;
    let i = 0;
    while (i < SET_COOKIE.length && (buf[lf + 1 + i] | 0x20) === (SET_COOKIE[i] | 0x20)) i++;
    if (i === SET_COOKIE.length) return true;
    at = lf + 1;
  }
  return false;
}

/** Collects one response at a time: `head`, any number of `body` ranges, then `take`. */
export class ResponseCollector {
  private headBytes: Buffer = EMPTY;
  private chunks: Buffer[] = [];
  private bodyBytes = 0;
  /** Body bytes beyond the cap that were not kept. */
  dropped = 0;
  /** What the current step reads (everything unless set). */
  want: StepWants = WANTS_ALL;

  constructor(private readonly maxBodyBytes: number = MAX_STEP_BODY_BYTES) {}

  /**
   * The response head (status line and headers, through the blank line): the start of a response,
   * so whatever an earlier attempt left (an interim 1xx, a request sent again) is forgotten.
   */
  head(buf: Uint8Array, start: number, end: number): void {
    this.reset();
    const want = this.want;
    if (want.head || (want.cookies && hasSetCookie(buf, start, end))) this.headBytes = Buffer.from(buf.subarray(start, end));
  }

  /** A range of body bytes (chunk framing already removed). */
  body(buf: Uint8Array, start: number, end: number): void {
    if (!this.want.body) return;
    const room = this.maxBodyBytes - this.bodyBytes;
    const take = Math.min(room, end - start);
    if (take > 0) {
      this.chunks.push(Buffer.from(buf.subarray(start, start + take)));
      this.bodyBytes += take;
    }
    this.dropped += end - start - Math.max(take, 0);
  }

  /** The collected answer with `status`; the collector is empty again afterwards. */
  take(status: number): StepAnswer {
    const body = this.chunks.length === 1 ? this.chunks[0] : this.chunks.length === 0 ? EMPTY : Buffer.concat(this.chunks, this.bodyBytes);
    const answer: StepAnswer = { status, head: this.headBytes, body };
    this.reset();
    return answer;
  }

  /** Forgets what was collected (a failed request, a retried one). */
  reset(): void {
    this.headBytes = EMPTY;
    if (this.chunks.length > 0) this.chunks = [];
    this.bodyBytes = 0;
    this.dropped = 0;
  }
}
