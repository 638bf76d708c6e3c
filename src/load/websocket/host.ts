/**
 * What a WebSocket session (session.ts) shares with its model (runner.ts): the run's tally and
 * clock, the validated block, the rendered subscribe message and the counters of the
 * `websocket` result section. Types only, so the two files do not import each other.
 */
import type { WebSocketSpec } from '../../profile/types.js';
import type { RunState } from '../types.js';

/** Counts over the whole run, warm-up included (what the `websocket` section reports as totals). */
export interface WebSocketCounts {
  opened: number;
  failedHandshakes: number;
  sent: number;
  received: number;
  answered: number;
  serverMessages: number;
  nonJson: number;
  drops: number;
  reconnects: number;
  reconnectsOverMaxTime: number;
  disconnectsByCode: Record<string, number>;
}

/** The model, as its sessions see it. */
export interface WebSocketHost {
  readonly run: RunState;
  readonly spec: WebSocketSpec;
  /** ws:// or wss:// URL of the block's path on the target. */
  readonly url: string;
  /** A message's reply deadline and the handshake's. */
  readonly timeoutMs: number;
  /** True once the measured phase is over: no more sends, no reconnects. */
  readonly stopped: boolean;
  readonly counts: WebSocketCounts;
  /** Counts of the measured phase only, for the per-second rates. */
  readonly measured: { sent: number; received: number; server: number };
  readonly reconnectTimesMs: number[];
  /** The next subscribe message, when the block has one. */
  readonly renderSubscribe: (() => string) | undefined;
  /** The trial an instant (performance.now()) falls in: -1 in the warm-up, K after the last. */
  trialAt(nowMs: number): number;
  inMeasuredPhase(nowMs: number): boolean;
}
