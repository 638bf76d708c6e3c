/**
 * One connection of the closed model: it sends a request, waits for the whole answer, records it and
 * sends the next, until the plan says stop. The bookkeeping every request shares is the base's
 * (request-handler.ts); what is the closed model's own is here: choosing the next endpoint, the
 * think time between requests, the back-off after a failure that never reached the target, and
 * telling the model when this connection has stopped for good.
 */
import { trialIndexAt } from '../plan/trial-plan.js';
import { RequestHandler } from './request-handler.js';
import type { RequestTransport, RunState } from './types.js';

/** Pause after a failed connection attempt, so a target that is down is not hammered in a hot loop. */
export const REFUSED_BACKOFF_MS = 25;

/** What a closed-model connection asks of its model between requests. */
export interface ClosedLoop {
  /** Think time before a connection's next request (ms), when the profile sets one. */
  readonly thinkMs?: () => number;
  /** Called once per connection when it has stopped for good. */
  onConnectionIdle(): void;
}

/**
 * A closed-model request loop and, at the same time, the `Http1Handler` of its requests. With
 * pipelining N, N of these share one `Http1Connection`.
 */
export class LoadConnection extends RequestHandler {
  /** True once the connection has stopped for good. */
  idle = false;

  private backoffTimer: NodeJS.Timeout | null = null;
  private readonly startAfterBackoff: () => void;

  constructor(
    client: RequestTransport,
    private readonly pickEndpoint: () => number,
    run: RunState,
    private readonly loop: ClosedLoop,
  ) {
    super(client, run);
    // Bound once here, so a back-off does not create a closure.
    this.startAfterBackoff = () => {
      this.backoffTimer = null;
      this.start();
    };
  }

  /** Sends the next request, or stops for good when the measured phase is over. */
  start(): void {
    const run = this.run;
    if (run.finished || this.idle) return;
    const nowMs = performance.now();
    const trial = trialIndexAt(run.plan, nowMs - run.loadStartMs);
    if (trial >= run.plan.trials.length) return this.stopForGood();
    this.dispatch(this.pickEndpoint(), trial, nowMs);
  }

  /** Cancels a pending back-off; used when the run is torn down. */
  dispose(): void {
    if (this.backoffTimer !== null) clearTimeout(this.backoffTimer);
    this.backoffTimer = null;
  }

  /** The next request at once, or after the think time; idle at once if the think would outlast the run. */
  protected answered(): void {
    const thinkMs = this.loop.thinkMs;
    if (thinkMs === undefined) return this.start();
    const pauseMs = thinkMs();
    const run = this.run;
    if (performance.now() + pauseMs - run.loadStartMs >= run.plan.totalMs) return this.stopForGood();
    this.backoffTimer = setTimeout(this.startAfterBackoff, pauseMs);
  }

  /** A request that never reached the target would fail again at once: wait a little instead of spinning. */
  protected failed(unsent: boolean): void {
    if (unsent) this.backoffTimer = setTimeout(this.startAfterBackoff, REFUSED_BACKOFF_MS);
    else this.answered();
  }

  private stopForGood(): void {
    this.idle = true;
    this.loop.onConnectionIdle();
  }
}
