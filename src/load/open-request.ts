/**
 * One request slot of the open model: a connection (its own `Http1Connection`, one request at a time)
 * that is either idle, waiting in the model's pool, or carrying one scheduled arrival. It never sends
 * on its own: the model hands it an arrival, and once the request is over (counted by the base,
 * request-handler.ts) it returns itself to the pool.
 *
 * Two latencies per request: from the *intended* send time (the schedule's instant — what a user
 * arriving then would have waited, so generator lag and connection shortage are not hidden:
 * coordinated-omission correction) into the trial histograms the statistics use, and from the
 * actual write to the socket into a whole-run histogram, for comparison.
 */
import { RequestHandler } from './request-handler.js';
import type { RequestTransport, RunState, SlotPool } from './types.js';

/** An open-model slot: the `Http1Handler` of the arrivals it carries. */
export class OpenRequest extends RequestHandler {
  private intendedAtMs = 0;

  constructor(
    client: RequestTransport,
    run: RunState,
    private readonly pool: SlotPool<OpenRequest>,
  ) {
    super(client, run);
  }

  /**
   * Sends one arrival now. `intendedAtMs` is the schedule's instant and `nowMs` the present, both
   * performance.now() values; `trial` is -1 in the warm-up (nothing is counted then).
   */
  send(endpointIndex: number, trial: number, intendedAtMs: number, nowMs: number): void {
    this.intendedAtMs = intendedAtMs;
    this.dispatch(endpointIndex, trial, nowMs);
  }

  /** Latency runs from the schedule's instant, not from the (possibly late) write. */
  protected override latencyOriginMs(): number {
    return this.intendedAtMs;
  }

  /** Back to the pool. */
  protected answered(): void {
    this.pool.returnSlot(this);
  }

  /** Back to the pool: the schedule, not this slot, decides when the next request goes. */
  protected failed(): void {
    this.pool.returnSlot(this);
  }
}
