/**
 * One WebSocket connection of a session load: its handshake, its subscribe message, the messages it
 * sends and the replies it matches to them, its drops and its reconnects. The model
 * (runner.ts) drives the send schedule and the deadline sweep; a session counts every
 * outcome into the run's tally through the host, like a request handler counts an HTTP answer:
 *
 *   pseudo-endpoint 0 (`ws/<name>`)            a message: answered (status 200, its round-trip
 *                                              time), or failed (timeout, reset when the connection
 *                                              closed under it, other when the reply is not JSON)
 *   pseudo-endpoint 1 (`ws/<name>/handshake`)  a connection attempt: opened (status 101, the
 *                                              handshake time), answered with another status, or
 *                                              failed (refused, reset, timeout)
 *
 * A message counts in the trial it was sent in; a handshake in the trial it started in, those of the
 * warm-up in the first trial (the initial connects happen then, and the gate must still see them).
 */
import WebSocket from 'ws';
import type { IncomingMessage } from 'node:http';
import { classifyFailure } from '../errors.js';
import { noteAnswer, tallyAnswer, tallyFailure } from '../tally.js';
import type { WebSocketHost } from './host.js';

const MESSAGE = 0;
const HANDSHAKE = 1;

/** A message waiting for its reply: when it went out and the trial it counts in (-1: warm-up). */
interface PendingMessage {
  sentAtMs: number;
  trial: number;
}

/** An error with a stable code, so the engine's classifier (errors.ts) counts it in the right class. */
class WebSocketError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** One connection, reconnected after a drop when the profile asks for it. */
export class WebSocketSession {
  /** True while the connection is open and sending. */
  open = false;
  /** Messages sent on the current connection since it opened (what the send schedule counts). */
  sentSinceOpen = 0;
  /** performance.now() when the current connection opened. */
  openedAtMs = 0;
  private socket: WebSocket | undefined;
  private connecting = false;
  private attemptStartMs = 0;
  /** performance.now() of the drop being recovered from; 0 when none. */
  private droppedAtMs = 0;
  private overMaxCounted = false;
  private backoffMs: number;
  private retry: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, PendingMessage>();

  constructor(private readonly host: WebSocketHost) {
    this.backoffMs = host.spec.reconnect?.backoffMs ?? 0;
  }

  /** Messages out and unanswered, plus one for a handshake under way: what the end of the run waits for. */
  get outstanding(): number {
    return this.pending.size + (this.connecting ? 1 : 0);
  }

  /** Opens the connection (the first time, or again after a drop). */
  connect(): void {
    const host = this.host;
    if (host.stopped || this.connecting || this.open) return;
    this.connecting = true;
    this.attemptStartMs = performance.now();
    const socket = new WebSocket(host.url, { handshakeTimeout: host.timeoutMs, perMessageDeflate: false, followRedirects: false });
    this.socket = socket;
    socket.on('open', () => this.onOpen(socket));
    socket.on('unexpected-response', (request, response: IncomingMessage) => {
      this.handshakeFailed(socket, response.statusCode ?? 0, undefined);
      request.destroy();
    });
    socket.on('error', (err: Error) => {
      if (this.connecting && this.socket === socket) this.handshakeFailed(socket, 0, handshakeError(err));
    });
    socket.on('message', (data: WebSocket.RawData, isBinary: boolean) => this.onMessage(data, isBinary));
    socket.on('close', (code: number) => this.onClose(socket, code));
  }

  /** Sends the next message; `seq` is its correlation number. */
  send(seq: number, text: string, nowMs: number): void {
    const socket = this.socket;
    if (!this.open || socket === undefined) return;
    this.pending.set(seq, { sentAtMs: nowMs, trial: this.host.trialAt(nowMs) });
    this.sentSinceOpen++;
    this.host.counts.sent++;
    if (this.host.inMeasuredPhase(nowMs)) this.host.measured.sent++;
    socket.send(text);
  }

  /** Fails the messages older than the deadline as timeouts, and a drop not recovered within max_time. */
  sweep(nowMs: number): void {
    const timeoutMs = this.host.timeoutMs;
    for (const [seq, message] of this.pending) {
      if (nowMs - message.sentAtMs < timeoutMs) break; // Insertion order is send order.
      this.pending.delete(seq);
      this.fail(MESSAGE, message.trial, new WebSocketError('LOADGATE_REQUEST_TIMEOUT', `no reply within ${timeoutMs} ms`));
    }
    const maxTimeMs = this.host.spec.reconnect?.maxTimeMs;
    if (maxTimeMs !== undefined && this.droppedAtMs > 0 && !this.overMaxCounted && nowMs - this.droppedAtMs > maxTimeMs) {
      this.overMaxCounted = true;
      this.host.counts.reconnectsOverMaxTime++;
      this.fail(HANDSHAKE, this.host.trialAt(nowMs), new WebSocketError('LOADGATE_REQUEST_TIMEOUT', `not reconnected within reconnect.max_time (${maxTimeMs} ms)`));
    }
    if (this.connecting && this.host.stopped && nowMs - this.attemptStartMs >= timeoutMs) this.socket?.terminate();
  }

  /** Closes the connection for good (the run is over): no reconnect, nothing more counted. */
  close(): void {
    if (this.retry !== undefined) clearTimeout(this.retry);
    this.retry = undefined;
    this.socket?.terminate();
    this.socket = undefined;
  }

  private onOpen(socket: WebSocket): void {
    if (this.socket !== socket) return;
    const host = this.host;
    const nowMs = performance.now();
    this.connecting = false;
    this.open = true;
    this.openedAtMs = nowMs;
    this.sentSinceOpen = 0;
    this.backoffMs = host.spec.reconnect?.backoffMs ?? 0;
    host.counts.opened++;
    const trial = this.handshakeTrial();
    noteAnswer(host.run, nowMs);
    if (trial >= 0) tallyAnswer(host.run, HANDSHAKE, trial, 101, (nowMs - this.attemptStartMs) * 1000, (nowMs - this.attemptStartMs) * 1000);
    if (this.droppedAtMs > 0) {
      host.counts.reconnects++;
      host.reconnectTimesMs.push(nowMs - this.droppedAtMs);
      this.droppedAtMs = 0;
    }
    const subscribe = host.renderSubscribe?.();
    if (subscribe !== undefined) socket.send(subscribe);
  }

  private onMessage(data: WebSocket.RawData, isBinary: boolean): void {
    const host = this.host;
    if (host.run.finished) return;
    const nowMs = performance.now();
    host.counts.received++;
    if (host.inMeasuredPhase(nowMs)) host.measured.received++;
    const text = isBinary ? undefined : rawText(data);
    let parsed: unknown;
    if (host.spec.expectJson) {
      try {
        parsed = text === undefined ? undefined : JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (parsed === undefined) {
        host.counts.nonJson++;
        const oldest = this.takeOldest();
        // No code: the engine's classifier counts it as `other`, as it does a malformed HTTP answer.
        const err = new Error(`message is not JSON: ${text === undefined ? '(binary)' : JSON.stringify(text.slice(0, 60))}`);
        this.fail(MESSAGE, oldest?.trial ?? host.trialAt(nowMs), err);
        return;
      }
    }
    const correlate = host.spec.correlate;
    let message: PendingMessage | undefined;
    if (correlate.kind === 'echo') message = this.takeOldest();
    else {
      const seq = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[correlate.field] : undefined;
      if (typeof seq === 'number') {
        message = this.pending.get(seq);
        this.pending.delete(seq);
      }
    }
    if (message === undefined) {
      host.counts.serverMessages++;
      if (host.inMeasuredPhase(nowMs)) host.measured.server++;
      return;
    }
    host.counts.answered++;
    noteAnswer(host.run, nowMs);
    if (message.trial >= 0) tallyAnswer(host.run, MESSAGE, message.trial, 200, (nowMs - message.sentAtMs) * 1000, (nowMs - message.sentAtMs) * 1000);
  }

  private onClose(socket: WebSocket, code: number): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    const host = this.host;
    const wasOpen = this.open;
    this.open = false;
    if (this.connecting) {
      // Closed before the handshake completed without an error event (rare): a reset.
      this.handshakeFailed(socket, 0, new WebSocketError('LOADGATE_SOCKET_CLOSED', `closed during the handshake (code ${code})`));
    }
    if (host.run.finished || host.stopped && !wasOpen) return;
    if (wasOpen) {
      host.counts.disconnectsByCode[String(code)] = (host.counts.disconnectsByCode[String(code)] ?? 0) + 1;
      const err = new WebSocketError('LOADGATE_SOCKET_CLOSED', `connection closed with code ${code} before the reply`);
      for (const message of this.pending.values()) this.fail(MESSAGE, message.trial, err);
      this.pending.clear();
      if (host.stopped) return;
      host.counts.drops++;
      if (this.droppedAtMs === 0) {
        this.droppedAtMs = performance.now();
        this.overMaxCounted = false;
      }
    }
    this.scheduleReconnect();
  }

  /** A handshake that failed: another HTTP status (`status`), or an error before any answer. */
  private handshakeFailed(socket: WebSocket, status: number, err: Error | undefined): void {
    if (!this.connecting || this.socket !== socket) return;
    this.connecting = false;
    const host = this.host;
    host.counts.failedHandshakes++;
    const trial = this.handshakeTrial();
    const nowMs = performance.now();
    if (err === undefined) {
      noteAnswer(host.run, nowMs);
      if (trial >= 0) tallyAnswer(host.run, HANDSHAKE, trial, status, (nowMs - this.attemptStartMs) * 1000, (nowMs - this.attemptStartMs) * 1000);
    } else if (trial >= 0) {
      this.fail(HANDSHAKE, trial, err);
    }
    socket.terminate();
    if (this.socket === socket) this.socket = undefined;
    if (this.droppedAtMs === 0 && host.spec.reconnect) this.droppedAtMs = this.attemptStartMs;
    this.scheduleReconnect();
  }

  /** Tries again after the backoff (doubled each time, up to max_backoff), when the profile reconnects. */
  private scheduleReconnect(): void {
    const reconnect = this.host.spec.reconnect;
    if (reconnect === undefined || this.host.stopped || this.retry !== undefined || this.connecting) return;
    const waitMs = this.backoffMs;
    this.backoffMs = Math.min(reconnect.maxBackoffMs, Math.max(1, this.backoffMs * 2));
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.connect();
    }, waitMs);
  }

  private takeOldest(): PendingMessage | undefined {
    for (const [seq, message] of this.pending) {
      this.pending.delete(seq);
      return message;
    }
    return undefined;
  }

  private handshakeTrial(): number {
    const trial = this.host.trialAt(this.attemptStartMs);
    return trial === -1 ? 0 : trial < this.host.run.plan.trials.length ? trial : -1;
  }

  private fail(endpoint: number, trial: number, err: Error): void {
    const host = this.host;
    if (host.run.finished || trial < 0 || trial >= host.run.plan.trials.length) return;
    const errorClass = classifyFailure(err);
    if (errorClass === 'generator') return;
    tallyFailure(host.run, endpoint, trial, errorClass, err);
  }
}

/** A message's text (ws hands over a Buffer, or an array of them when fragmented). */
function rawText(data: WebSocket.RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.isBuffer(data) ? data.toString('utf8') : Buffer.from(data).toString('utf8');
}

/** ws reports a handshake timeout without a code; give it the engine's, so it counts as a timeout. */
function handshakeError(err: Error): Error {
  if (/handshake has timed out/i.test(err.message)) return new WebSocketError('LOADGATE_CONNECT_TIMEOUT', `no WebSocket handshake within the timeout (${err.message})`);
  return err;
}
