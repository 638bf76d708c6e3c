/**
 * The life of one HTTP/1.1 connection of the load engine: connect (TCP or TLS) within a deadline,
 * write prepared request bytes, hand what the socket reads to the response framer, and when the
 * connection fails, send again what the server cannot have processed (RFC 9112 §9.3.1, §9.3.2,
 * §9.6) and fail the rest, each request through its own handler.
 *
 * Speed: plain TCP reads with `onread` into one buffer per connection, reused for every read; the
 * framer reads it in place. A request costs one `write`, a response one read callback, and neither
 * allocates (no closure or object per request: the handler is the caller's, reused).
 */
import net from 'node:net';
import tls from 'node:tls';
import { clampTimerMs } from '../long-timer.js';
import { BadResponseError, ConnectionDestroyedError, ConnectTimeoutError, SocketClosedError } from './errors.js';
import { isIdempotent } from './idempotent.js';
import { ResponseFramer, type ResponseSink } from './response-framer.js';
import type { Http1Target } from './target.js';

/** What a request's owner hears from the connection. Exactly one of onComplete/onError per request. */
export interface Http1Handler {
  /**
   * Where this request's response head and body bytes go, when the handler needs them (a flow
   * step's captures and checks); absent or null for every other request, which then costs nothing.
   */
  readonly responseSink?: ResponseSink | null;
  /** The request's bytes were handed to the socket: latency starts here. */
  onWritten(): void;
  /** The whole answer arrived (head and body); `statusCode` is its status. */
  onComplete(statusCode: number): void;
  /** The request ended without an answer. */
  onError(err: Error): void;
}

/** Bytes read per read call into the connection's reused buffer. */
const READ_BUFFER_BYTES = 64 * 1024;

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
  private readonly requests: (Buffer | string)[] = [];
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
  private readonly unsent: (Buffer | string)[] = [];
  /** The reused read buffer (plain TCP), made on the first connect. */
  private readBuffer: Buffer | null = null;
  /** Frames the responses of the current socket. */
  private readonly framer = new ResponseFramer();

  private closed: Promise<void> = Promise.resolve();
  private readonly connectTimeoutMs: number;

  constructor(
    private readonly target: Http1Target,
    options: { connectTimeoutMs: number },
  ) {
    this.connectTimeoutMs = options.connectTimeoutMs;
  }

  /** Whether `destroy` was called: every later `send` fails at once. */
  get destroyed(): boolean {
    return this.state === State.Destroyed;
  }

  /** Requests on this connection that have not ended yet. */
  get pending(): number {
    return this.handlers.length;
  }

  /** Writes `request` (a whole serialized request) now, or as soon as the connection is up. */
  send(request: Buffer | string, isHead: boolean, handler: Http1Handler): void {
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
    this.framer.reset();
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

  /** Reads `length` bytes of `buf` from `socket`: as many responses, or parts of one, as they hold. */
  private onBytes(socket: net.Socket, buf: Buffer, length: number): void {
    if (this.socket !== socket) return;
    const framer = this.framer;
    let at = 0;
    while (at < length) {
      if (this.handlers.length === 0 || this.state !== State.Open) {
        this.fail(new BadResponseError('bytes arrived with no request waiting for them'));
        return;
      }
      framer.sink = this.handlers[0].responseSink ?? null;
      at = framer.read(buf, at, length, this.heads[0]);
      if (at < 0) {
        this.fail(framer.error!);
        return;
      }
      if (framer.complete) {
        this.finishResponse(socket);
        if (this.socket !== socket) return;
      }
    }
  }

  /** The server closed its side: an until-close body ends here; anything else still out failed. */
  private onEnd(socket: net.Socket): void {
    if (this.socket !== socket) return;
    const framer = this.framer;
    if (this.handlers.length > 0 && framer.closeEndsBody()) {
      this.finishResponse(socket);
      if (this.socket !== socket) return;
    }
    // Bytes that never were an HTTP answer (no status line) are a malformed answer, not a reset.
    const notHttp = framer.notHttpAtClose();
    if (notHttp !== null) {
      this.fail(notHttp);
      return;
    }
    this.fail(new SocketClosedError(framer.betweenResponses
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
    const oldestUntouched = this.framer.betweenResponses && this.idleReuse;
    const failed = this.handlers.splice(0);
    const heads = this.heads.splice(0);
    const requests = this.requests.splice(0);
    const resent = this.resent.splice(0);
    this.unsent.length = 0;
    this.framer.reset();
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
  private requeue(handler: Http1Handler, isHead: boolean, request: Buffer | string): void {
    this.handlers.push(handler);
    this.heads.push(isHead);
    this.requests.push(request);
    this.resent.push(true);
    this.unsent.push(request);
  }

  /** The response at the head of the queue is complete: hand it to its request's owner. */
  private finishResponse(socket: net.Socket): void {
    const handler = this.handlers.shift()!;
    this.heads.shift();
    this.requests.shift();
    this.resent.shift();
    this.answeredOnSocket++;
    this.idleReuse = false;
    const statusCode = this.framer.statusCode;
    const closeAfter = this.framer.closeAfter;
    this.framer.reset();
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
