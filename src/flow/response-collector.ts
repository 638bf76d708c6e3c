/**
 * Keeps a response's head and body bytes for a flow step, as the HTTP/1.1 client reads them into
 * its reused buffer (so every range is copied before the client reads on). Only steps need this:
 * plain endpoints never see a byte of their answers. The body is kept up to a cap; a step whose
 * body is longer gets the first `maxBodyBytes` (a JSON capture then finds a body that is not JSON,
 * and says so).
 */
import type { StepAnswer } from './response.js';

/** The most body bytes a step keeps: captures and checks read API answers, not downloads. */
export const MAX_STEP_BODY_BYTES = 4 * 1024 * 1024;

const EMPTY = Buffer.alloc(0);

/** Collects one response at a time: `head`, any number of `body` ranges, then `take`. */
export class ResponseCollector {
  private headBytes: Buffer = EMPTY;
  private chunks: Buffer[] = [];
  private bodyBytes = 0;
  /** Body bytes beyond the cap that were not kept. */
  dropped = 0;

  constructor(private readonly maxBodyBytes: number = MAX_STEP_BODY_BYTES) {}

  /**
   * The response head (status line and headers, through the blank line): the start of a response,
   * so whatever an earlier attempt left (an interim 1xx, a request sent again) is forgotten.
   */
  head(buf: Uint8Array, start: number, end: number): void {
    this.reset();
    this.headBytes = Buffer.from(buf.subarray(start, end));
  }

  /** A range of body bytes (chunk framing already removed). */
  body(buf: Uint8Array, start: number, end: number): void {
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
    this.chunks = [];
    this.bodyBytes = 0;
    this.dropped = 0;
  }
}
