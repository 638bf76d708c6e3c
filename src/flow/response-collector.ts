/**
 * Keeps a response's head and body bytes for a flow step, as the HTTP/1.1 client reads them into
 * its reused buffer (so every range is copied before the client reads on). Only steps need this:
 * plain endpoints never see a byte of their answers. The body is kept up to a cap; a step whose
 * body is longer gets the first `maxBodyBytes` (a JSON capture then finds a body that is not JSON,
 * and says so).
 *
 * A step keeps only what it reads (`want`): the body when a capture or check reads it, the head
 * when a header capture reads it; for a session's cookies, the `set-cookie` values alone, read in
 * place where the response framer found them, so the head is neither copied nor scanned again. The
 * body is copied into one buffer the collector keeps and reuses, so an answer taken is read before
 * the next response starts (the flow's user judges it at once) and not kept.
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

/**
 * The `set-cookie` values at `ranges` (start, end pairs, as the response framer found them) of
 * `buf`, as latin-1 text: the same values `ResponseView.header('set-cookie')` gives, read in place
 * without copying the head.
 */
function setCookieValues(buf: Buffer, ranges: readonly number[]): string[] {
  const values: string[] = [];
  for (let i = 0; i < ranges.length; i += 2) values.push(buf.toString('latin1', ranges[i], ranges[i + 1]).trim());
  return values;
}

/** Collects one response at a time: `head`, any number of `body` ranges, then `take`. */
export class ResponseCollector {
  private headBytes: Buffer = EMPTY;
  /** The head's `set-cookie` values, read in place when the head itself is not kept. */
  private setCookie: string[] | undefined;
  /** The body's bytes so far, at the start of `bodyBuffer` (reused from one response to the next). */
  private bodyBuffer: Buffer = EMPTY;
  private bodyBytes = 0;
  /** Body bytes beyond the cap that were not kept. */
  dropped = 0;
  /** What the current step reads (everything unless set). */
  want: StepWants = WANTS_ALL;

  constructor(private readonly maxBodyBytes: number = MAX_STEP_BODY_BYTES) {}

  /**
   * The response head (status line and headers, through the blank line): the start of a response,
   * so whatever an earlier attempt left (an interim 1xx, a request sent again) is forgotten.
   * `setCookie`: where its `set-cookie` values are.
   */
  head(buf: Buffer, start: number, end: number, setCookie: readonly number[]): void {
    this.reset();
    const want = this.want;
    if (want.head) this.headBytes = Buffer.from(buf.subarray(start, end));
    else if (want.cookies && setCookie.length > 0) this.setCookie = setCookieValues(buf, setCookie);
  }

  /** A range of body bytes (chunk framing already removed). */
  body(buf: Buffer, start: number, end: number): void {
    if (!this.want.body) return;
    const room = this.maxBodyBytes - this.bodyBytes;
    const take = Math.min(room, end - start);
    if (take > 0) {
      const needed = this.bodyBytes + take;
      if (needed > this.bodyBuffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(this.maxBodyBytes, Math.max(needed, 2 * this.bodyBuffer.length, 1024)));
        this.bodyBuffer.copy(grown, 0, 0, this.bodyBytes);
        this.bodyBuffer = grown;
      }
      buf.copy(this.bodyBuffer, this.bodyBytes, start, start + take);
      this.bodyBytes = needed;
    }
    this.dropped += end - start - Math.max(take, 0);
  }

  /**
   * The collected answer with `status`; the collector is empty again afterwards. The body is a view
   * of the collector's own buffer: read it before the next response arrives.
   */
  take(status: number): StepAnswer {
    const body = this.bodyBytes === 0 ? EMPTY : this.bodyBuffer.subarray(0, this.bodyBytes);
    const answer: StepAnswer = { status, head: this.headBytes, body, setCookie: this.setCookie };
    this.reset();
    return answer;
  }

  /** Forgets what was collected (a failed request, a retried one). */
  reset(): void {
    this.headBytes = EMPTY;
    this.setCookie = undefined;
    this.bodyBytes = 0;
    this.dropped = 0;
  }
}
