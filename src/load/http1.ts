/**
 * The load engine's HTTP/1.1 client: one keep-alive connection that writes prepared request bytes
 * and reads the answers in order (pipelining allowed), calling a handler per request. It does the
 * least a load generator needs — frame each response (content-length, chunked, until-close, no
 * body), read its status, keep or drop the connection — and nothing a load generator does not:
 * no header objects, no body delivery, no retries, no redirects.
 *
 * Why not undici here (measured, `npm run bench:load`): undici's raw `dispatch`, the fastest way to
 * use it, topped out at about half of wrk's requests/s on the 2-core machine, with the time spent in
 * its request queue, its per-request objects and llhttp's calls back into JS. This client writes a
 * request that was serialized once per endpoint, and reads with `onread` into one reused buffer per
 * connection, so a plain answer costs one `write` and one read callback and allocates nothing.
 * undici remains the client for everything else (readiness probe, GitHub, the cache).
 *
 * Errors carry Node's codes (ECONNREFUSED, ECONNRESET, …) or one of the `LOADGATE_*` codes below,
 * which `classifyError` (errors.ts) maps to the result's error classes.
 */
import net from 'node:net';
import tls from 'node:tls';
import { LoadgateError } from '../errors.js';
import { clampTimerMs } from './long-timer.js';

/** What a request's owner hears from the connection. Exactly one of onComplete/onError per request. */
export interface Http1Handler {
  /** The request's bytes were handed to the socket: latency starts here. */
  onWritten(): void;
  /** The whole answer arrived (head and body); `statusCode` is its status. */
  onComplete(statusCode: number): void;
  /** The request ended without an answer. */
  onError(err: Error): void;
}

/** Where a connection goes: host (no brackets for IPv6), port, and whether to speak TLS. */
export interface Http1Target {
  host: string;
  port: number;
  tls: boolean;
}

/** The connection attempt outlasted its deadline. */
export class ConnectTimeoutError extends LoadgateError {
  constructor(readonly timeoutMs: number) {
    super('LOADGATE_CONNECT_TIMEOUT', `could not connect within ${timeoutMs} ms`);
    this.name = 'ConnectTimeoutError';
  }
}

/** The connection closed while requests were still waiting for their answers. */
export class SocketClosedError extends LoadgateError {
  constructor(reason: string) {
    super('LOADGATE_SOCKET_CLOSED', reason);
    this.name = 'SocketClosedError';
  }
}

/** The target answered with something that is not a well-formed HTTP/1.x response. */
export class BadResponseError extends LoadgateError {
  constructor(reason: string) {
    super('LOADGATE_BAD_RESPONSE', `malformed response: ${reason}`);
    this.name = 'BadResponseError';
  }
}

/** The connection was destroyed by its owner (the end of the run). */
export class ConnectionDestroyedError extends LoadgateError {
  constructor() {
    super('LOADGATE_CONNECTION_DESTROYED', 'the connection was closed by loadgate');
    this.name = 'ConnectionDestroyedError';
  }
}

/** A response head larger than this is refused (Node's own limit is 16 KiB; undici's 16 KiB too). */
export const MAX_HEAD_BYTES = 64 * 1024;
/** Bytes read per read call into the connection's reused buffer. */
const READ_BUFFER_BYTES = 64 * 1024;

const CR = 13;
const LF = 10;
const CRLFCRLF = Buffer.from('\r\n\r\n');
const HTTP_1 = Buffer.from('HTTP/1.');
const NAME_CONTENT_LENGTH = Buffer.from('content-length');
const NAME_TRANSFER_ENCODING = Buffer.from('transfer-encoding');
const NAME_CONNECTION = Buffer.from('connection');
const VALUE_KEEP_ALIVE = Buffer.from('keep-alive');
const VALUE_CLOSE = Buffer.from('close');
const VALUE_CHUNKED = Buffer.from('chunked');

/** How the body of the response being read is framed. */
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
}

/** Which requests a connection failure sends again (see `fail`). */
const enum Retry {
  None,
  Unanswered,
  Behind,
}

const enum State {
  Idle,
  Connecting,
  Open,
  Destroyed,
}

/**
 * One HTTP/1.1 connection. `send` may be called in any state: before the socket is up the request
 * waits and is written on connect; after the server closed the last socket a new one is opened.
 * Answers come back in request order. A failure of the socket fails every request on it, each
 * through its own handler; the next `send` connects afresh.
 */
export class Http1Connection {
  private state = State.Idle;
  private socket: net.Socket | null = null;
  private connectTimer: NodeJS.Timeout | null = null;
  /** Requests sent or waiting to be, oldest first, with whether each is a HEAD (no body comes back). */
  private readonly handlers: Http1Handler[] = [];
  private readonly heads: boolean[] = [];
  /** Each of those requests' bytes (kept so an unanswered one can be sent again) and whether it was. */
  private readonly requests: Buffer[] = [];
  private readonly resent: boolean[] = [];
  /** Answers completed on the current socket: a request written after one went onto a reused connection. */
  private answeredOnSocket = 0;
  /**
   * True while the oldest request went out alone on a reused, idle keep-alive connection and no byte
   * of its answer has come: if the server closes now, it most likely closed the connection as idle
   * just as the request went out (the keep-alive race of RFC 9112 §9.3.1), not because of the request.
   */
  private idleReuse = false;
  /** After a failed connection, later retried requests wait for the first one's answer (RFC 9112 §9.3.2). */
  private holdPipeline = false;
  /** Bytes of requests not written yet (while connecting), in order; the last `unsent.length` handlers. */
  private readonly unsent: Buffer[] = [];
  /** The reused read buffer (plain TCP), made on the first connect. */
  private readBuffer: Buffer | null = null;

  // The response being read.
  private body = Body.Head;
  private statusCode = 0;
  private remaining = 0;
  private closeAfter = false;
  /** Head bytes seen so far when a head spans reads (copied: the read buffer is reused). */
  private partialHead: Buffer | null = null;
  /** Trailers: bytes in the current line. ChunkSize: digits seen, and past ';' (an extension). */
  private lineBytes = 0;
  private inExtension = false;

  private closed: Promise<void> = Promise.resolve();
  private readonly connectTimeoutMs: number;

  constructor(
    private readonly target: Http1Target,
    options: { connectTimeoutMs: number },
  ) {
    this.connectTimeoutMs = options.connectTimeoutMs;
  }

  get destroyed(): boolean {
    return this.state === State.Destroyed;
  }

  /** Requests on this connection that have not ended yet. */
  get pending(): number {
    return this.handlers.length;
  }

  /** Writes `request` (a whole serialized request) now, or as soon as the connection is up. */
  send(request: Buffer, isHead: boolean, handler: Http1Handler): void {
    if (this.state === State.Destroyed) {
      handler.onError(new ConnectionDestroyedError());
      return;
    }
    this.handlers.push(handler);
    this.heads.push(isHead);
    this.requests.push(request);
    this.resent.push(false);
    if (this.state === State.Open && this.unsent.length === 0) {
      if (this.handlers.length === 1 && this.answeredOnSocket > 0) this.idleReuse = true;
      this.socket!.write(request);
      handler.onWritten();
      return;
    }
    this.unsent.push(request);
    if (this.state === State.Idle) this.connect();
  }

  /**
   * Abandons `handler`'s request with `err` (its deadline passed). An HTTP/1.1 answer cannot be
   * skipped, so the connection is closed; requests behind it on the same socket fail as closed.
   */
  abort(handler: Http1Handler, err: Error): void {
    const index = this.handlers.indexOf(handler);
    if (index < 0) return;
    // The requests behind it were never answered because of it, not because of the target: sent again.
    this.fail(new SocketClosedError('connection closed: an earlier request on it was abandoned at its deadline'), handler, err, Retry.Behind);
  }

  /** Closes the connection for good; requests still out fail with `ConnectionDestroyedError`. */
  destroy(): Promise<void> {
    if (this.state !== State.Destroyed) {
      // Destroyed first: a handler told of its failure must not open a new socket.
      this.state = State.Destroyed;
      this.fail(new ConnectionDestroyedError());
    }
    return this.closed;
  }

  private connect(): void {
    this.state = State.Connecting;
    this.answeredOnSocket = 0;
    this.idleReuse = false;
    this.resetResponse();
    const { host, port } = this.target;
    let socket: net.Socket;
    if (this.target.tls) {
      socket = tls.connect({ host, port, servername: net.isIP(host) === 0 ? host : undefined, ALPNProtocols: ['http/1.1'] });
      socket.on('data', (chunk: Buffer) => this.onBytes(socket, chunk, chunk.length));
    } else {
      const buffer = (this.readBuffer ??= Buffer.allocUnsafe(READ_BUFFER_BYTES));
      socket = net.connect({
        host,
        port,
        onread: { buffer, callback: (bytes: number, buf: Uint8Array) => (this.onBytes(socket, buf as Buffer, bytes), true) },
      });
    }
    this.socket = socket;
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
    socket.setNoDelay(true);
    this.connectTimer = setTimeout(() => {
      this.connectTimer = null;
      if (this.socket === socket) this.fail(new ConnectTimeoutError(this.connectTimeoutMs));
    }, clampTimerMs(this.connectTimeoutMs));
    socket.once(this.target.tls ? 'secureConnect' : 'connect', () => this.onConnected(socket));
    socket.on('error', (err) => {
      if (this.socket === socket) this.fail(err, undefined, undefined, Retry.Unanswered);
    });
    socket.on('end', () => this.onEnd(socket));
    socket.on('close', () => {
      if (this.socket === socket) this.fail(new SocketClosedError('other side closed the connection'), undefined, undefined, Retry.Unanswered);
    });
  }

  private onConnected(socket: net.Socket): void {
    if (this.socket !== socket) return;
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
    this.state = State.Open;
    this.flushUnsent(socket, this.holdPipeline ? 1 : this.unsent.length);
  }

  /** Writes the first `count` waiting requests and tells their handlers. */
  private flushUnsent(socket: net.Socket, count: number): void {
    const waiting = Math.min(count, this.unsent.length);
    const first = this.handlers.length - this.unsent.length;
    if (waiting > 1) socket.cork();
    for (let i = 0; i < waiting; i++) socket.write(this.unsent[i]);
    if (waiting > 1) socket.uncork();
    this.unsent.splice(0, waiting);
    // Handlers may send again from onWritten; only the ones just written are told.
    const told = this.handlers.slice(first, first + waiting);
    for (const handler of told) {
      if (this.socket !== socket) return;
      handler.onWritten();
    }
  }

  /** The server closed its side: an until-close body ends here; anything else still out failed. */
  private onEnd(socket: net.Socket): void {
    if (this.socket !== socket) return;
    if (this.body === Body.UntilClose && this.handlers.length > 0) {
      this.finishResponse(socket);
      if (this.socket !== socket) return;
    }
    const head = this.partialHead;
    if (this.body === Body.Head && head !== null && !startsLikeStatusLine(head)) {
      // Bytes that never were an HTTP answer (no status line) are a malformed answer, not a reset.
      this.fail(new BadResponseError(`expected a status line like "HTTP/1.1 200 OK", got "${printable(head, 0, Math.min(head.length, 40))}" and then the connection closed`));
      return;
    }
    this.fail(new SocketClosedError(this.body === Body.Head && head === null
      ? 'other side closed the connection'
      : 'other side closed the connection in the middle of a response'), undefined, undefined, Retry.Unanswered);
  }

  /**
   * Detaches the socket and fails every request on it: `firstErr` for `first`, `err` for the rest.
   * The connection is reusable afterwards (the next send connects again) unless destroyed. State is
   * reset before any handler runs, since a handler may send its next request from onError.
   *
   * `retry` says which requests are sent again on a new connection instead of failing, each at most
   * once and only when idempotent (RFC 9110 §9.2.2: GET, HEAD, PUT, DELETE, OPTIONS, TRACE), since
   * the server may have processed them (RFC 9112 §9.3.1):
   * - `Unanswered` (the server closed or reset the connection): the requests behind the oldest one,
   *   pipelined and not answered, and the oldest one too when no byte of its answer came and it was
   *   written alone on a reused idle connection (the server closing an idle keep-alive connection
   *   just as it went out). An oldest request that was being answered, or was sent on a busy or new
   *   connection, is the target's failure.
   * - `Behind`: the requests behind `first` (abandoned at its deadline by us).
   * After a failed connection the retried requests are not pipelined at once: the first goes alone
   * and the rest follow its answer (RFC 9112 §9.3.2).
   */
  private fail(err: Error, first?: Http1Handler, firstErr?: Error, retry: Retry = Retry.None): void {
    const socket = this.socket;
    // Only requests that went out on an open connection can have been left unanswered.
    if (this.state !== State.Open) retry = Retry.None;
    this.socket = null;
    if (this.connectTimer !== null) clearTimeout(this.connectTimer);
    this.connectTimer = null;
    if (this.state !== State.Destroyed) this.state = State.Idle;
    socket?.destroy();
    const oldestUntouched = this.body === Body.Head && this.partialHead === null && this.idleReuse;
    const failed = this.handlers.splice(0);
    const heads = this.heads.splice(0);
    const requests = this.requests.splice(0);
    const resent = this.resent.splice(0);
    this.unsent.length = 0;
    this.resetResponse();
    this.idleReuse = false;
    let again = 0;
    if (retry !== Retry.None && this.state !== State.Destroyed) {
      for (let i = 0; i < failed.length; i++) {
        const eligible = i > 0 || (retry === Retry.Unanswered && oldestUntouched);
        if (!eligible || resent[i] || !isIdempotent(requests[i])) continue;
        this.requeue(failed[i], heads[i], requests[i]);
        failed[i] = null!;
        again++;
      }
      if (again > 0) {
        this.holdPipeline = again > 1;
        this.connect();
      }
    }
    for (const handler of failed) {
      if (handler !== null) handler.onError(handler === first && firstErr !== undefined ? firstErr : err);
    }
  }

  /** Puts a request back in the queue, to be written on the next connection; marked as sent again. */
  private requeue(handler: Http1Handler, isHead: boolean, request: Buffer): void {
    this.handlers.push(handler);
    this.heads.push(isHead);
    this.requests.push(request);
    this.resent.push(true);
    this.unsent.push(request);
  }

  private resetResponse(): void {
    this.body = Body.Head;
    this.statusCode = 0;
    this.remaining = 0;
    this.closeAfter = false;
    this.partialHead = null;
    this.lineBytes = 0;
    this.inExtension = false;
  }

  /** Reads `length` bytes of `buf` from `socket`: as many responses, or parts of one, as they hold. */
  private onBytes(socket: net.Socket, buf: Buffer, length: number): void {
    if (this.socket !== socket) return;
    let at = 0;
    while (at < length) {
      if (this.handlers.length === 0 || this.state !== State.Open) {
        this.fail(new BadResponseError('bytes arrived with no request waiting for them'));
        return;
      }
      switch (this.body) {
        case Body.Head: {
          const next = this.readHead(buf, at, length);
          if (next < 0) return; // failed, or the head continues in the next read
          at = next;
          break;
        }
        case Body.Fixed: {
          const take = Math.min(this.remaining, length - at);
          at += take;
          this.remaining -= take;
          break;
        }
        case Body.ChunkData: {
          const take = Math.min(this.remaining, length - at);
          at += take;
          this.remaining -= take;
          if (this.remaining === 0) {
            this.body = Body.ChunkEnd;
            this.lineBytes = 0;
          }
          continue;
        }
        case Body.UntilClose:
          return;
        default: {
          const next = this.readChunkFraming(buf, at, length);
          if (next < 0) return;
          at = next;
          if (this.body !== Body.Trailers || this.remaining !== -1) continue;
        }
      }
      // A fixed body or the trailers may have just ended.
      if ((this.body === Body.Fixed && this.remaining === 0) || (this.body === Body.Trailers && this.remaining === -1)) {
        this.finishResponse(socket);
        if (this.socket !== socket) return;
      }
    }
  }

  /**
   * Reads a response head starting at `at`. Returns where the body starts (the body state set, or the
   * response finished when it has none), or -1 when the head is incomplete (kept for the next read)
   * or malformed (the connection failed).
   */
  private readHead(buf: Buffer, at: number, length: number): number {
    let head = buf;
    let start = at;
    let end: number;
    let consumedFromBuf: number;
    if (this.partialHead === null) {
      end = buf.indexOf(CRLFCRLF, at);
      if (end < 0 || end + 4 > length) {
        this.keepPartialHead(buf.subarray(at, length));
        return -1;
      }
      consumedFromBuf = end + 4;
    } else {
      const before = this.partialHead.length;
      head = Buffer.concat([this.partialHead, buf.subarray(at, length)]);
      start = 0;
      end = head.indexOf(CRLFCRLF, Math.max(0, before - 3));
      if (end < 0) {
        this.partialHead = null;
        this.keepPartialHead(head);
        return -1;
      }
      consumedFromBuf = at + (end + 4 - before);
      this.partialHead = null;
    }
    if (end - start > MAX_HEAD_BYTES) {
      this.fail(new BadResponseError(`response head larger than ${MAX_HEAD_BYTES} bytes`));
      return -1;
    }
    if (!this.parseHead(head, start, end)) return -1;
    if (this.statusCode < 200 && this.statusCode !== 101) {
      // An interim answer (100 Continue, 103 Early Hints): the real one follows.
      this.resetResponse();
      return consumedFromBuf;
    }
    if (this.body === Body.Fixed && this.remaining === 0) {
      this.finishResponse(this.socket!);
      return this.socket === null ? -1 : consumedFromBuf;
    }
    return consumedFromBuf;
  }

  private keepPartialHead(bytes: Buffer): void {
    if (bytes.length > MAX_HEAD_BYTES) {
      this.fail(new BadResponseError(`response head larger than ${MAX_HEAD_BYTES} bytes`));
      return;
    }
    // A copy: `bytes` may be a view of the reused read buffer.
    this.partialHead = Buffer.from(bytes);
  }

  /** Parses the status line and the framing headers of `head[start, end)`; false after failing. */
  private parseHead(head: Buffer, start: number, end: number): boolean {
    if (end - start < 12 || head.compare(HTTP_1, 0, HTTP_1.length, start, start + HTTP_1.length) !== 0 || head[start + 8] !== 32) {
      this.fail(new BadResponseError(`expected a status line like "HTTP/1.1 200 OK", got "${printable(head, start, Math.min(end, start + 40))}"`));
      return false;
    }
    const d0 = head[start + 9] - 48;
    const d1 = head[start + 10] - 48;
    const d2 = head[start + 11] - 48;
    if (d0 < 1 || d0 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) {
      this.fail(new BadResponseError(`status "${printable(head, start + 9, start + 12)}" is not a three-digit code`));
      return false;
    }
    const statusCode = d0 * 100 + d1 * 10 + d2;
    if (statusCode === 101) {
      this.fail(new BadResponseError('101 Switching Protocols: the load engine does not upgrade connections'));
      return false;
    }
    const http10 = head[start + 7] === 48;
    let contentLength = -1;
    let chunked = false;
    let keepAlive = !http10;
    let line = head.indexOf(LF, start) + 1;
    while (line > 0 && line < end) {
      let lineEnd = head.indexOf(LF, line);
      if (lineEnd < 0 || lineEnd > end) lineEnd = end;
      const colon = head.indexOf(58, line);
      if (colon > line && colon < lineEnd) {
        const valueStart = skipSpaces(head, colon + 1, lineEnd);
        const valueEnd = trimEnd(head, valueStart, lineEnd);
        if (nameIs(head, line, colon, NAME_CONTENT_LENGTH)) {
          const n = parseDecimal(head, valueStart, valueEnd);
          if (n < 0 || (contentLength >= 0 && n !== contentLength)) {
            this.fail(new BadResponseError(`content-length "${printable(head, valueStart, valueEnd)}" is not a valid length`));
            return false;
          }
          contentLength = n;
        } else if (nameIs(head, line, colon, NAME_TRANSFER_ENCODING)) {
          chunked = nameIs(head, valueStart, valueEnd, VALUE_CHUNKED) || endsWithToken(head, valueStart, valueEnd, 'chunked');
          if (!chunked) {
            this.fail(new BadResponseError(`transfer-encoding "${printable(head, valueStart, valueEnd)}" does not end in chunked`));
            return false;
          }
        } else if (nameIs(head, line, colon, NAME_CONNECTION)) {
          // The two common values without making a string (nginx sends keep-alive on every answer).
          if (nameIs(head, valueStart, valueEnd, VALUE_KEEP_ALIVE)) keepAlive = true;
          else if (nameIs(head, valueStart, valueEnd, VALUE_CLOSE)) keepAlive = false;
          else {
            const value = head.toString('latin1', valueStart, valueEnd).toLowerCase();
            if (/(^|[\s,])close($|[\s,])/.test(value)) keepAlive = false;
            else if (/(^|[\s,])keep-alive($|[\s,])/.test(value)) keepAlive = true;
          }
        }
      } else if (lineEnd - line > 1) {
        this.fail(new BadResponseError(`header line without a colon: "${printable(head, line, Math.min(lineEnd, line + 40))}"`));
        return false;
      }
      line = lineEnd + 1;
    }
    this.statusCode = statusCode;
    this.closeAfter = !keepAlive;
    if (statusCode < 200) {
      this.body = Body.Head;
    } else if (this.heads[0] || statusCode === 204 || statusCode === 304) {
      this.body = Body.Fixed;
      this.remaining = 0;
    } else if (chunked) {
      this.body = Body.ChunkSize;
      this.remaining = 0;
      this.lineBytes = 0;
      this.inExtension = false;
    } else if (contentLength >= 0) {
      this.body = Body.Fixed;
      this.remaining = contentLength;
    } else {
      this.body = Body.UntilClose;
      this.closeAfter = true;
    }
    return true;
  }

  /**
   * Reads chunked framing (size lines, the CRLF after data, trailers) from `at`. Returns where it
   * stopped: at chunk data (body = ChunkData), at the end of the message (body = Trailers with
   * remaining = -1), or at `length`; -1 after failing.
   */
  private readChunkFraming(buf: Buffer, at: number, length: number): number {
    while (at < length) {
      const byte = buf[at++];
      switch (this.body) {
        case Body.ChunkSize:
          if (byte === LF) {
            if (this.lineBytes === 0) return this.badChunk('empty chunk-size line');
            this.lineBytes = 0;
            this.inExtension = false;
            if (this.remaining === 0) {
              this.body = Body.Trailers;
            } else {
              this.body = Body.ChunkData;
              return at;
            }
          } else if (this.inExtension || byte === CR) {
            // chunk extensions are ignored; CR waits for its LF
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
              this.remaining = -1;
              return at;
            }
            this.lineBytes = 0;
          } else if (byte !== CR) {
            if (++this.lineBytes > MAX_HEAD_BYTES) return this.badChunk('trailers too large');
          }
          break;
      }
    }
    return at;
  }

  private badChunk(reason: string): number {
    this.fail(new BadResponseError(`chunked body: ${reason}`));
    return -1;
  }

  /** The response at the head of the queue is complete: hand it to its request's owner. */
  private finishResponse(socket: net.Socket): void {
    const handler = this.handlers.shift()!;
    this.heads.shift();
    this.requests.shift();
    this.resent.shift();
    this.answeredOnSocket++;
    this.idleReuse = false;
    const statusCode = this.statusCode;
    const closeAfter = this.closeAfter;
    this.resetResponse();
    if (closeAfter) {
      // The server will not read more on this socket (RFC 9112 §9.6: after a "close" it processes no
      // further request), so the requests behind this one were not processed whatever their method:
      // they go again, in order, on a new connection — nginx's keepalive_requests does this every
      // N answers, and it is no failure of the target.
      this.socket = null;
      if (this.state !== State.Destroyed) this.state = State.Idle;
      socket.destroy();
      const rest = this.handlers.splice(0);
      const heads = this.heads.splice(0);
      const requests = this.requests.splice(0);
      this.resent.length = 0;
      this.unsent.length = 0;
      if (this.state !== State.Destroyed && rest.length > 0) {
        for (let i = 0; i < rest.length; i++) this.requeue(rest[i], heads[i], requests[i]);
        this.holdPipeline = false;
        this.connect();
      }
      handler.onComplete(statusCode);
      return;
    }
    if (this.holdPipeline) {
      // The first retried request was answered: the ones held behind it may go now.
      this.holdPipeline = false;
      if (this.unsent.length > 0) this.flushUnsent(socket, this.unsent.length);
      if (this.socket !== socket) return;
    }
    handler.onComplete(statusCode);
  }
}

const IDEMPOTENT_METHODS = ['GET ', 'HEAD ', 'PUT ', 'DELETE ', 'OPTIONS ', 'TRACE '].map((m) => Buffer.from(m));

/** Whether a serialized request's method is idempotent (RFC 9110 §9.2.2), read from its first bytes. */
export function isIdempotent(request: Buffer): boolean {
  return IDEMPOTENT_METHODS.some((m) => request.length > m.length && request.compare(m, 0, m.length, 0, m.length) === 0);
}

/** Whether `bytes` (the start of an answer) agree with "HTTP/1." as far as they go. */
function startsLikeStatusLine(bytes: Buffer): boolean {
  const n = Math.min(bytes.length, HTTP_1.length);
  return bytes.compare(HTTP_1, 0, n, 0, n) === 0;
}

function skipSpaces(buf: Buffer, at: number, end: number): number {
  while (at < end && (buf[at] === 32 || buf[at] === 9)) at++;
  return at;
}

function trimEnd(buf: Buffer, start: number, end: number): number {
  while (end > start && (buf[end - 1] === 32 || buf[end - 1] === 9 || buf[end - 1] === CR)) end--;
  return end;
}

/**
 * ASCII case-insensitive comparison of `buf[start, end)` with a lower-case name or token (`| 0x20`
 * folds letters only; the names compared contain no byte it would confuse).
 */
function nameIs(buf: Buffer, start: number, end: number, lowerName: Buffer): boolean {
  if (end - start !== lowerName.length) return false;
  for (let i = 0; i < lowerName.length; i++) if ((buf[start + i] | 0x20) !== lowerName[i]) return false;
  return true;
}

/** A non-negative decimal in `buf[start, end)`, or -1. */
function parseDecimal(buf: Buffer, start: number, end: number): number {
  if (start >= end || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function endsWithToken(buf: Buffer, start: number, end: number, token: string): boolean {
  const value = buf.toString('latin1', start, end).toLowerCase();
  const codings = value.split(',');
  return codings[codings.length - 1].trim() === token;
}

function hexValue(byte: number): number {
  if (byte >= 48 && byte <= 57) return byte - 48;
  const lower = byte | 0x20;
  if (lower >= 97 && lower <= 102) return lower - 87;
  return -1;
}

/** Bytes for an error message: printable ASCII kept, others as '?'. */
function printable(buf: Buffer, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += buf[i] >= 32 && buf[i] < 127 ? String.fromCharCode(buf[i]) : '?';
  return s;
}

/** The host and port an origin (`http://127.0.0.1:8080`, `https://[::1]`) connects to. */
export function http1Target(origin: string): Http1Target {
  const url = new URL(origin);
  const secure = url.protocol === 'https:';
  const host = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return { host, port: url.port === '' ? (secure ? 443 : 80) : Number(url.port), tls: secure };
}
