/**
 * The WebSocket session model: `connections` WebSocket connections opened at `connect_rate`, each
 * sending `rate` messages a second (after its subscribe message) for the warm-up and the K trials,
 * replies matched to their messages (session.ts). It runs on the one lifecycle (lifecycle.ts) like
 * the HTTP models, so the plan, the clock, the end, teardown, run health and the generator's own
 * figures are shared; what it adds is its send schedule, its deadline sweep and the `websocket`
 * section of the result.
 *
 * ```
 *  conn 0  |hs|sub|m m m m m m m m m m m m m m m m m m |   (rate messages/s, from its own open)
 *  conn 1     |hs|sub|m m m m m m m ×drop  |hs|m m m m |   (reconnect after backoff, when asked)
 *          0   warm-up   |  trial 0  | … |  trial K-1  | replies awaited up to the timeout, then close
 * ```
 *
 * One 2 ms ticker sends every connection's due messages (due = elapsed since its open × rate, so a
 * late tick catches up and the achieved rate is the planned one) instead of a timer per connection,
 * whose drift would lower the rate; a 50 ms sweep fails replies past the timeout and ends the run
 * once the last reply is in.
 */
import type { ClosedModelLoad, WebSocketSpec } from '../../profile/types.js';
import { deriveSeed } from '../../plan/random.js';
import { trialIndexAt } from '../../plan/trial-plan.js';
import type { WebSocketResult } from '../../metrics/types.js';
import { InvalidLoadOptionsError } from '../errors.js';
import { runLifecycle, type LoadModel, type ModelFigures, type RunContext } from '../lifecycle.js';
import { DEFAULT_SEED } from '../prepare.js';
import type { Measurement, RunLoadOptions, RunState } from '../types.js';
import type { WebSocketCounts, WebSocketHost } from './host.js';
import { messageRenderer, websocketEnvNames, type MessageRenderer } from './messages.js';
import { WebSocketSession } from './session.js';

const TICK_MS = 2;
const SWEEP_MS = 50;
/** At most this many messages per connection per tick: a stalled loop catches up without a burst. */
const MAX_CATCH_UP = 10;

/**
 * Runs the WebSocket session load of `options.websocket` (its pseudo-endpoints are
 * `options.endpoints`) and returns the measurement, with the `websocket` section. Ends by itself:
 * nothing is sent after the last trial, replies are awaited up to the timeout, and every connection
 * is closed before this returns.
 */
export function runWebSocketLoad(options: RunLoadOptions & { websocket: WebSocketSpec }): Promise<Measurement> {
  const spec = options.websocket;
  const env: Record<string, string> = {};
  const missing: string[] = [];
  for (const name of websocketEnvNames(spec)) {
    const value = options.env?.[name];
    if (value === undefined) missing.push(name);
    else env[name] = value;
  }
  if (missing.length > 0) {
    throw new InvalidLoadOptionsError(missing.map((name) => `websocket: the message reads {{ env ${name} }}, which is not set (set it in the step's env or the shell)`));
  }
  return runLifecycle<ClosedModelLoad>(options, {
    model: 'closed',
    create: (ctx, load) => new WebSocketModel(ctx, load, spec, websocketUrl(options.targetUrl, spec.path), env),
  });
}

/** The block's path on the target, as a ws:// (http) or wss:// (https) URL. */
export function websocketUrl(targetUrl: string, path: string): string {
  const url = new URL(targetUrl);
  const base = url.pathname.replace(/\/+$/, '');
  return `${url.protocol === 'https:' ? 'wss:' : 'ws:'}//${url.host}${base}${path}`;
}

class WebSocketModel implements LoadModel, WebSocketHost {
  readonly maxPauseMs = 0;
  readonly run: RunState;
  readonly timeoutMs: number;
  readonly counts: WebSocketCounts = {
    opened: 0, failedHandshakes: 0, sent: 0, received: 0, answered: 0, serverMessages: 0, nonJson: 0,
    drops: 0, reconnects: 0, reconnectsOverMaxTime: 0, disconnectsByCode: {},
  };
  readonly measured = { sent: 0, received: 0, server: 0 };
  readonly reconnectTimesMs: number[] = [];
  readonly renderSubscribe: (() => string) | undefined;
  stopped = false;
  private readonly sessions: WebSocketSession[] = [];
  private readonly renderMessage: MessageRenderer;
  private seq = 0;
  private connected = 0;
  private stoppedAtMs = 0;
  private ticker: NodeJS.Timeout | undefined;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: RunContext,
    load: ClosedModelLoad,
    readonly spec: WebSocketSpec,
    readonly url: string,
    env: Record<string, string>,
  ) {
    this.run = ctx.run;
    this.timeoutMs = spec.timeoutMs ?? load.requestTimeoutMs;
    const seed = load.seed ?? DEFAULT_SEED;
    const field = spec.correlate.kind === 'field' ? spec.correlate.field : undefined;
    this.renderMessage = messageRenderer(spec.message, field, deriveSeed(seed, 0), env);
    if (spec.subscribe) {
      const subscribe = messageRenderer(spec.subscribe, undefined, deriveSeed(seed, 1), env);
      this.renderSubscribe = () => subscribe(0);
    }
    for (let i = 0; i < spec.connections; i++) this.sessions.push(new WebSocketSession(this));
    ctx.own({ destroy: async () => this.closeAll() });
  }

  trialAt(nowMs: number): number {
    return trialIndexAt(this.run.plan, nowMs - this.run.loadStartMs);
  }

  inMeasuredPhase(nowMs: number): boolean {
    const elapsed = nowMs - this.run.loadStartMs;
    return elapsed >= this.run.plan.warmupMs && elapsed < this.run.plan.totalMs;
  }

  /** Opens the first connections and starts the send schedule and the sweep. */
  start(): void {
    this.tick();
    this.ticker = setInterval(() => this.tick(), TICK_MS);
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS);
  }

  /** Stops the timers; the lifecycle closes the connections (`own`). */
  stop(): void {
    this.stopped = true;
    clearInterval(this.ticker);
    clearInterval(this.sweeper);
  }

  /** The `websocket` section and the connection count. */
  figures(): ModelFigures {
    const seconds = this.run.plan.trialDurationMs * this.run.plan.trials.length / 1000;
    const perSecond = (n: number) => Math.round((n / seconds) * 10) / 10;
    const times = [...this.reconnectTimesMs].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 10) / 10;
    const c = this.counts;
    const websocket: WebSocketResult = {
      name: this.spec.name,
      connections: this.spec.connections,
      opened: c.opened,
      failedHandshakes: c.failedHandshakes,
      sent: c.sent,
      received: c.received,
      answered: c.answered,
      serverMessages: c.serverMessages,
      nonJson: c.nonJson,
      sentPerSecond: perSecond(this.measured.sent),
      receivedPerSecond: perSecond(this.measured.received),
      serverPerSecond: perSecond(this.measured.server),
      disconnectsByCode: c.disconnectsByCode,
      drops: c.drops,
      reconnects: c.reconnects,
      ...(times.length > 0 ? { reconnectMs: { p50: round(times[Math.floor((times.length - 1) / 2)]), max: round(times[times.length - 1]) } } : {}),
      reconnectsOverMaxTime: c.reconnectsOverMaxTime,
    };
    return { websocket, connections: this.spec.connections };
  }

  /** Connections due by the connect rate, then each open connection's due messages. */
  private tick(): void {
    if (this.stopped) return;
    const nowMs = performance.now();
    const elapsedMs = nowMs - this.run.loadStartMs;
    if (elapsedMs >= this.run.plan.totalMs) {
      this.stopped = true;
      this.stoppedAtMs = nowMs;
      clearInterval(this.ticker);
      return;
    }
    const dueConnections = Math.min(this.sessions.length, Math.floor((elapsedMs / 1000) * this.spec.connectRatePerS) + 1);
    while (this.connected < dueConnections) this.sessions[this.connected++].connect();
    const perMs = this.spec.rateRps / 1000;
    const intervalMs = 1000 / this.spec.rateRps;
    const sessions = this.sessions;
    for (let i = 0; i < sessions.length; i++) {
      const session = sessions[i];
      if (!session.open) continue;
      // Each connection's schedule is offset by its share of one interval, so connections opened
      // together do not all send in the same tick (a burst the target would queue and the RTT see).
      const sinceFirstMs = nowMs - session.openedAtMs - (i / sessions.length) * intervalMs;
      if (sinceFirstMs < 0) continue;
      const due = Math.floor(sinceFirstMs * perMs) + 1;
      let burst = 0;
      while (session.sentSinceOpen < due && burst++ < MAX_CATCH_UP) {
        const seq = ++this.seq;
        session.send(seq, this.renderMessage(seq), performance.now());
      }
      // Behind by more than a burst (a stalled loop): the missed sends are skipped, not bunched.
      if (session.sentSinceOpen < due) session.sentSinceOpen = due;
    }
  }

  /** Replies past the deadline fail; after the last trial, the run ends once nothing is outstanding. */
  private sweep(): void {
    if (this.run.finished) return;
    const nowMs = performance.now();
    let outstanding = 0;
    for (const session of this.sessions) {
      session.sweep(nowMs);
      outstanding += session.outstanding;
    }
    if (this.stopped && (outstanding === 0 || nowMs - this.stoppedAtMs > this.timeoutMs + SWEEP_MS)) {
      clearInterval(this.sweeper);
      this.closeAll();
      this.ctx.done();
    }
  }

  private closeAll(): void {
    for (const session of this.sessions) session.close();
  }
}
