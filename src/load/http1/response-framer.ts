/**
 * The HTTP/1.1 response framer: finds where each response on a connection ends, reading the status
 * line and the headers that frame the body (RFC 9112 §6.3) — and nothing else. It owns no socket:
 * it is fed byte ranges as they arrive, in any split, and says when a response is complete.
 *
 * Framing, in RFC 9112 §6.3's order: no body after a HEAD request or a 1xx, 204 or 304 status; a
 * `transfer-encoding` must end in `chunked` (chunk extensions ignored, trailers skipped); else
 * `content-length` (all copies equal); else the body runs until the server closes. Interim 1xx
 * answers are skipped; a 101 upgrade is refused. `connection: close` (or HTTP/1.0 without
 * `keep-alive`) marks the connection as closing after this response.
 *
 * Speed: a range is read in place — the caller may reuse its buffer as soon as `read` returns —
 * and a whole response in one range costs no allocation. Only a head split across ranges is
 * copied, into one buffer the framer keeps and reuses.
 */
import { agreesWith, CR, hexValue, LF, printable } from './bytes.js';
import { BadResponseError } from './errors.js';
import { parseResponseHead, type ResponseHead } from './response-head.js';

/** A response head larger than this is refused (Node's own limit is 16 KiB; undici's 16 KiB too). */
export const MAX_HEAD_BYTES = 64 * 1024;

const CRLFCRLF = Buffer.from('\r\n\r\n');
const HTTP_1 = Buffer.from('HTTP/1.');
/** The first size of the buffer for a head split across ranges; it doubles as needed. */
const FIRST_HELD_BYTES = 1024;

/**
 * Receives the bytes of a response as they are framed: the head once (status line through the
 * blank line; an interim 1xx is not passed on), then the body in ranges, chunk framing removed.
 * The ranges are of the caller's reused buffer: copy what you keep.
 */
export interface ResponseSink {
  /** `setCookie`: where the head's `set-cookie` values are in `buf` (`ResponseHead.setCookie`). */
  head(buf: Buffer, start: number, end: number, setCookie: readonly number[]): void;
  body(buf: Buffer, start: number, end: number): void;
}

/** Where the framer is in the response being read. */
const enum Body {
  /** Reading the head. */
  Head,
  /** `content-length` bytes. */
  Fixed,
  /** Chunked: reading a chunk-size line. */
  ChunkSize,
  /** Chunked: reading a chunk's data. */
  ChunkData,
  /** Chunked: the CRLF after a chunk's data. */
  ChunkEnd,
  /** Chunked: trailer lines after the last chunk, up to an empty line. */
  Trailers,
  /** No framing: the body runs until the server closes the connection. */
  UntilClose,
  /** The response is complete. */
  Done,
}

/**
 * One connection's response framer. Feed it with `read` until it reports a complete response, take
 * `statusCode` and `closeAfter`, then `reset` it for the next response.
 */
export class ResponseFramer {
  /** The status code of the response being read; final once `complete`. */
  statusCode = 0;
  /** The server closes the connection after this response (`connection: close`, HTTP/1.0, a body to the close). */
  closeAfter = false;
  /** Why the bytes are not a well-formed response, once `read` returned -1. */
  error: BadResponseError | null = null;
  /** Where the current response's bytes go, when someone wants them (set by the connection per read). */
  sink: ResponseSink | null = null;

  private body = Body.Head;
  /** Fixed, ChunkData: body bytes still to come. ChunkSize: the size read so far. */
  private remaining = 0;
  /** ChunkSize: digits seen. ChunkEnd: CRs seen. Trailers: bytes in the current line. */
  private lineBytes = 0;
  /** ChunkSize: past the size (a chunk extension or whitespace before it). */
  private inExtension = false;
  /** A chunk-size line's CR was seen: only its LF may follow. */
  private afterCR = false;
  /** The start of a head split across ranges, copied (the caller reuses its buffer): `held[0, heldLength)`. */
  private held: Buffer | null = null;
  private heldLength = 0;
  /** The head just read (reused: parsing a head allocates nothing). */
  private readonly parsed: ResponseHead = { statusCode: 0, contentLength: -1, chunked: false, keepAlive: true, setCookie: [] };
  private readonly maxHeadBytes: number;

  /** `maxHeadBytes` (default `MAX_HEAD_BYTES`): the largest head accepted, its final CRLFCRLF not counted. */
  constructor(options: { maxHeadBytes?: number } = {}) {
    this.maxHeadBytes = options.maxHeadBytes ?? MAX_HEAD_BYTES;
  }

  /** A whole response has been read: its `statusCode` and `closeAfter` are final. */
  get complete(): boolean {
    return this.body === Body.Done;
  }

  /** No byte of the next response has been read yet. */
  get betweenResponses(): boolean {
    return this.body === Body.Head && this.heldLength === 0;
  }

  /** Makes ready for the next response (after a complete one, or on a new connection). */
  reset(): void {
    this.body = Body.Head;
    this.statusCode = 0;
    this.closeAfter = false;
    this.error = null;
    this.remaining = 0;
    this.lineBytes = 0;
    this.inExtension = false;
    this.afterCR = false;
    this.heldLength = 0;
  }

  /**
   * Reads `buf[at, end)` up to the end of the current response. Returns where it stopped: just after
   * the response when it is `complete` (the rest belongs to the next one), else `end`; -1 when the
   * bytes are malformed (`error` says how). `headRequest`: the response answers a HEAD request.
   */
  read(buf: Buffer, at: number, end: number, headRequest: boolean): number {
    while (at < end) {
      switch (this.body) {
        case Body.Head:
          at = this.readHead(buf, at, end, headRequest);
          if (at < 0) return -1;
          break;
        case Body.Fixed: {
          const take = Math.min(this.remaining, end - at);
          if (this.sink !== null) this.sink.body(buf, at, at + take);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) this.body = Body.Done;
          break;
        }
        case Body.ChunkData: {
          const take = Math.min(this.remaining, end - at);
          if (this.sink !== null) this.sink.body(buf, at, at + take);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            this.body = Body.ChunkEnd;
            this.lineBytes = 0;
          }
          break;
        }
        case Body.UntilClose:
          if (this.sink !== null) this.sink.body(buf, at, end);
          return end;
        case Body.Done:
          return at;
        default:
          at = this.readChunkFraming(buf, at, end);
          if (at < 0) return -1;
      }
      if (this.body === Body.Done) return at;
    }
    return at;
  }

  /** The server closed the connection: true when that ends the response (a body read to the close). */
  closeEndsBody(): boolean {
    if (this.body !== Body.UntilClose) return false;
    this.body = Body.Done;
    return true;
  }

  /**
   * The server closed the connection: the error when the bytes held of an unfinished head cannot
   * begin a status line (they were never an HTTP answer), else null.
   */
  notHttpAtClose(): BadResponseError | null {
    const held = this.held;
    if (this.body !== Body.Head || held === null || this.heldLength === 0 || agreesWith(held, this.heldLength, HTTP_1)) return null;
    return new BadResponseError(`expected a status line like "HTTP/1.1 200 OK", got "${printable(held, 0, Math.min(this.heldLength, 40))}" and then the connection closed`);
  }

  /** Reads a head from `at`: returns where the body starts, `end` when the head goes on, or -1. */
  private readHead(buf: Buffer, at: number, end: number, headRequest: boolean): number {
    let head = buf;
    let start = at;
    let headEnd: number;
    let next: number;
    if (this.heldLength === 0) {
      headEnd = buf.indexOf(CRLFCRLF, at);
      if (headEnd < 0 || headEnd + 4 > end) return this.hold(buf, at, end);
      next = headEnd + 4;
    } else {
      next = this.terminatorAcross(buf, at, end);
      if (next < 0) return this.hold(buf, at, end);
      if (this.heldLength + (next - at) - 4 > this.maxHeadBytes) return this.headTooLarge();
      this.append(buf, at, next);
      head = this.held!;
      start = 0;
      headEnd = this.heldLength - 4;
      this.heldLength = 0;
    }
    if (headEnd - start > this.maxHeadBytes) return this.headTooLarge();
    if (!this.frameHead(head, start, headEnd, headRequest)) return -1;
    return next;
  }

  /**
   * Where the head ends when its start is held: just past a CRLFCRLF that begins in the last held
   * bytes and ends in `buf`, or lies wholly in `buf[at, end)`; -1 when there is none yet.
   */
  private terminatorAcross(buf: Buffer, at: number, end: number): number {
    const held = this.held!;
    const n = this.heldLength;
    // k bytes of CRLFCRLF end the held bytes, its other 4 - k begin buf (larger k starts earlier).
    for (let k = Math.min(3, n); k >= 1; k--) {
      if (end - at < 4 - k) continue;
      let match = true;
      for (let i = 0; i < k && match; i++) match = held[n - k + i] === CRLFCRLF[i];
      for (let i = k; i < 4 && match; i++) match = buf[at + i - k] === CRLFCRLF[i];
      if (match) return at + 4 - k;
    }
    const found = buf.indexOf(CRLFCRLF, at);
    return found < 0 || found + 4 > end ? -1 : found + 4;
  }

  /** Keeps `buf[at, end)`, the start of a head, for the next range; returns `end`, or -1 when too large. */
  private hold(buf: Buffer, at: number, end: number): number {
    // At most 3 held bytes can be the start of the final CRLFCRLF: past that, the head is too large.
    if (this.heldLength + (end - at) - 3 > this.maxHeadBytes) return this.headTooLarge();
    this.append(buf, at, end);
    return end;
  }

  private append(buf: Buffer, at: number, end: number): void {
    const length = this.heldLength + (end - at);
    if (this.held === null || this.held.length < length) {
      const grown = Buffer.allocUnsafe(Math.max(length, Math.min(2 * (this.held?.length ?? FIRST_HELD_BYTES / 2), this.maxHeadBytes + 4)));
      if (this.held !== null) this.held.copy(grown, 0, 0, this.heldLength);
      this.held = grown;
    }
    buf.copy(this.held, this.heldLength, at, end);
    this.heldLength = length;
  }

  private headTooLarge(): number {
    return this.fail(`response head larger than ${this.maxHeadBytes} bytes`);
  }

  private fail(reason: string): number {
    this.error = new BadResponseError(reason);
    return -1;
  }

  /** Parses `head[start, end)` and sets the body's framing (RFC 9112 §6.3); false after failing. */
  private frameHead(head: Buffer, start: number, end: number, headRequest: boolean): boolean {
    const parsed = this.parsed;
    const reason = parseResponseHead(head, start, end, parsed);
    if (reason !== null) {
      this.fail(reason);
      return false;
    }
    const statusCode = parsed.statusCode;
    if (statusCode < 200) {
      // An interim answer (100 Continue, 103 Early Hints): the real one follows.
      this.reset();
      return true;
    }
    this.statusCode = statusCode;
    this.closeAfter = !parsed.keepAlive;
    if (this.sink !== null) this.sink.head(head, start, end + 4, parsed.setCookie);
    this.remaining = 0;
    if (headRequest || statusCode === 204 || statusCode === 304) {
      this.body = Body.Done;
    } else if (parsed.chunked) {
      this.body = Body.ChunkSize;
      this.lineBytes = 0;
      this.inExtension = false;
      this.afterCR = false;
    } else if (parsed.contentLength > 0) {
      this.body = Body.Fixed;
      this.remaining = parsed.contentLength;
    } else if (parsed.contentLength === 0) {
      this.body = Body.Done;
    } else {
      this.body = Body.UntilClose;
      this.closeAfter = true;
    }
    return true;
  }

  /**
   * Reads chunked framing (size lines, the CRLF after data, trailers) from `at`. Returns where it
   * stopped: at chunk data (body = ChunkData), at the end of the message (body = Done), or at
   * `end`; -1 after failing.
   */
  private readChunkFraming(buf: Buffer, at: number, end: number): number {
    while (at < end) {
      const byte = buf[at++];
      switch (this.body) {
        case Body.ChunkSize:
          if (byte === LF) {
            if (this.lineBytes === 0) return this.badChunk('empty chunk-size line');
            this.lineBytes = 0;
            this.inExtension = false;
            this.afterCR = false;
            if (this.remaining === 0) {
              this.body = Body.Trailers;
            } else {
              this.body = Body.ChunkData;
              return at;
            }
          } else if (this.afterCR) {
            return this.badChunk(`"${printable(buf, at - 1, at)}" after the CR of a chunk-size line (only LF may follow)`);
          } else if (byte === CR) {
            this.afterCR = true;
          } else if (this.inExtension) {
            // chunk extensions are ignored
          } else if (byte === 59 /* ; */ || byte === 32 || byte === 9) {
            if (this.lineBytes === 0) return this.badChunk('chunk-size line without a size');
            this.inExtension = true;
          } else {
            const digit = hexValue(byte);
            if (digit < 0) return this.badChunk(`"${String.fromCharCode(byte)}" in a chunk size`);
            this.remaining = this.remaining * 16 + digit;
            if (++this.lineBytes > 12) return this.badChunk('chunk size too large');
          }
          break;
        case Body.ChunkEnd:
          if (byte === LF) {
            this.body = Body.ChunkSize;
            this.remaining = 0;
            this.lineBytes = 0;
          } else if (byte !== CR || this.lineBytes++ > 0) {
            return this.badChunk('chunk data longer than its size');
          }
          break;
        case Body.Trailers:
          if (byte === LF) {
            if (this.lineBytes === 0) {
              this.body = Body.Done;
              return at;
            }
            this.lineBytes = 0;
          } else if (byte !== CR) {
            if (++this.lineBytes > this.maxHeadBytes) return this.badChunk('trailers too large');
          }
          break;
      }
    }
    return at;
  }

  private badChunk(reason: string): number {
    return this.fail(`chunked body: ${reason}`);
  }
}
