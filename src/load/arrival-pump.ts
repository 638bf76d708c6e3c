/**
 * The open model's arrival pump: it turns a schedule of arrival instants (plan/rate-schedule.ts)
 * into calls, each as close to its instant as Node allows, without a busy loop.
 *
 * ```
 *  schedule  |      |  |  |         |      arrival instants, ms after the start
 *  timer     ~~~~~~~*..             ~~~~~~~*     ~ asleep until the next arrival is due
 *  answers       ^      ^  ^    ^              * wake-up: send what is due; . then wait on
 *                                                setImmediate up to SPIN_WINDOW_MS for the next
 *                                              ^ an answer comes in (poke): send what is due
 * ```
 *
 * It is driven by a timer that sleeps until the next arrival is due (Node timers have 1 ms
 * resolution) and, in between, by every answer that comes in (`poke`), so at high rates arrivals go
 * out within a fraction of a millisecond of their instant. Node timers fire on whole loop
 * milliseconds, so an arrival due just after a wake-up would wait for the next millisecond: a send
 * lag spread evenly over 0–1 ms. Right after a timer wake-up, arrivals due within the next
 * SPIN_WINDOW_MS are instead waited for on setImmediate (I/O is still served between turns), which
 * cuts that tail at a cost of at most SPIN_WINDOW_MS of CPU per millisecond; spinning the whole
 * millisecond would burn a core. The window was chosen by measurement (docs/performance.md).
 */
import { clampTimerMs } from './long-timer.js';

/** How long after a timer wake-up the pump waits for the next arrival on setImmediate (ms). */
export const SPIN_WINDOW_MS = 0.3;

/** Where the pump's arrivals go. */
export interface ArrivalSink {
  /** The arrival planned `intendedMs` after the start goes out now (`nowMs`, performance.now()). */
  arrive(intendedMs: number, nowMs: number): void;
  /** No arrival is left before the end; said at every pump from then on. */
  exhausted(): void;
}

/** Pumps one schedule of arrivals, from `start` until the schedule's end or `stop`. */
export class ArrivalPump {
  private startMs = 0;
  /** The next arrival's instant, ms after the start (Infinity once the schedule has none). */
  private nextMs: number;
  private timer: NodeJS.Timeout | undefined;
  private pumping = false;
  /** Waiting for an arrival on setImmediate, until `spinUntilMs`. */
  private spinning = false;
  private spinUntilMs = 0;
  private stopped = false;
  // Bound once, so a wake-up creates no closure.
  private readonly onTimerBound = (): void => this.onTimer();
  private readonly spinBound = (): void => this.spin();

  /**
   * `clock.next()` gives the arrival instants in order (ms after the start; Infinity when there
   * are no more); none at or after `endMs` is sent.
   */
  constructor(
    private readonly clock: { next(): number },
    private readonly endMs: number,
    private readonly sink: ArrivalSink,
  ) {
    this.nextMs = clock.next();
  }

  /**
   * Starts pumping; `startMs` (performance.now()) is the instant the schedule counts from. Arrivals
   * before `skipBeforeMs` are skipped, not sent in a burst: a shard that reached its start-at late.
   */
  start(startMs: number, skipBeforeMs = 0): void {
    this.startMs = startMs;
    while (this.nextMs < skipBeforeMs && this.nextMs < this.endMs) this.nextMs = this.clock.next();
    this.pump();
  }

  /** Something changed (an answer freed a connection): send whatever is due now. */
  poke(): void {
    if (!this.pumping) this.pump();
  }

  /** Stops for good: no arrival is sent and no timer stays armed. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Sends every arrival that is due; re-arms the timer for the next; notices the end. */
  private pump(): void {
    if (this.stopped) return;
    this.pumping = true;
    const nowMs = performance.now();
    const elapsedMs = nowMs - this.startMs;
    while (this.nextMs <= elapsedMs && this.nextMs < this.endMs) {
      this.sink.arrive(this.nextMs, nowMs);
      this.nextMs = this.clock.next();
    }
    this.pumping = false;
    if (this.nextMs >= this.endMs) {
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = undefined;
      this.sink.exhausted();
    } else if (this.timer === undefined && !this.spinning) {
      this.timer = setTimeout(this.onTimerBound, clampTimerMs(Math.floor(this.nextMs - elapsedMs)));
    }
  }

  private onTimer(): void {
    this.timer = undefined;
    this.spinUntilMs = performance.now() - this.startMs + SPIN_WINDOW_MS;
    this.spin();
  }

  private spin(): void {
    this.spinning = true; // so that pump leaves the next wake-up to us
    this.pump();
    this.spinning = false;
    if (this.stopped || this.timer !== undefined || this.nextMs >= this.endMs) return;
    const elapsedMs = performance.now() - this.startMs;
    if (this.nextMs <= this.spinUntilMs && elapsedMs < this.spinUntilMs) {
      this.spinning = true;
      setImmediate(this.spinBound);
    } else {
      this.timer = setTimeout(this.onTimerBound, clampTimerMs(Math.floor(this.nextMs - elapsedMs)));
    }
  }
}
