/**
 * Flows in the open model: flow *iterations* (and plain endpoints' requests) arrive at the
 * profile's rate, whatever the service does, as k6's arrival-rate executors start iterations. Each
 * arrival is drawn by weight among the endpoints and the flows; a flow's arrival starts a whole
 * iteration on a free virtual user (flow-user.ts) — its own connection and cookie jar — which holds
 * that slot through every step and think time until the iteration ends. When `max_in_flight`
 * iterations and requests are already under way, the arrival is dropped and counted on the flow's
 * row, never queued.
 *
 * ```
 *  schedule  |    |    |    |    |    |    |      (arrival instants at the rate)
 *  slot 0    [login|cart|order]    [login|cart|order]
 *  slot 1         [login|cart|  slow order  ]
 *  slot 2              [login|cart|order]  x       x = dropped: every slot busy (max_in_flight 3)
 * ```
 *
 * The schedule, the cap and the send-lag accounting are the open model's (open-runner.ts); this
 * file says what an arrival is and keeps each flow's own accounting: iterations started, dropped
 * and late (first step out 10 ms or more after its instant), in the result's `open.iterations`.
 * The first step's latency, and the iteration's duration, run from the scheduled instant
 * (coordinated-omission correction); later steps from their own write.
 */
import type { Endpoint } from '../profile/types.js';
import { createLatencyHistogram } from '../metrics/histogram.js';
import { flowArrivals, SLOT_MS, type FlowArrivalCounts } from '../metrics/open-summary.js';
import type { ModelFigures, RunContext } from './lifecycle.js';
import { FeederExhaustion } from './flow-prepare.js';
import { FlowUser, type FlowUserHost, type PreparedFlow } from './flow-user.js';
import type { OpenWork } from './open-runner.js';
import type { OpenLoadResult } from '../metrics/types.js';
import type { RequestTransport, RunState, SlotPool } from './types.js';

/** The open model's work with flows: arrivals are endpoints' requests (picks 0…E-1) or flows' iterations (E…). */
export class FlowOpenWork implements OpenWork<FlowUser>, FlowUserHost {
  readonly weights: readonly number[];
  readonly maxPauseMs: number;
  private pool: SlotPool<FlowUser> | undefined;
  private readonly exhausted = new FeederExhaustion();
  /** Per flow, what its arrivals became. */
  private readonly counts: FlowArrivalCounts[];

  private readonly endpointCount: number;

  constructor(
    private readonly ctx: RunContext,
    endpoints: readonly Endpoint[],
    private readonly flows: readonly PreparedFlow[],
  ) {
    this.endpointCount = endpoints.length;
    this.weights = [...endpoints.map((e) => e.weight), ...flows.map((f) => f.compiled.flow.weight)];
    this.maxPauseMs = Math.max(0, ...flows.map((f) => f.compiled.flow.thinkTime?.maxMs ?? 0));
    this.counts = flows.map(() => ({ started: 0, dropped: 0, late: 0, lag: createLatencyHistogram() }));
  }

  /** A virtual user on its own connection, handed back to the model's pool after each unit of work. */
  createSlot(client: RequestTransport, run: RunState, pool: SlotPool<FlowUser>): FlowUser {
    this.pool = pool;
    return new FlowUser(client, run, this);
  }

  /** An endpoint's request, or an iteration of a flow (false once a `unique` feeder has run out). */
  begin(user: FlowUser, pick: number, trial: number, intendedAtMs: number, nowMs: number): boolean {
    if (pick < this.endpointCount) {
      user.beginEndpoint(pick, trial, nowMs, intendedAtMs);
      return true;
    }
    if (this.exhausted.happened) return false;
    return user.beginFlow(this.flows[pick - this.endpointCount], trial, nowMs, intendedAtMs);
  }

  /** A dropped flow arrival counts on the flow's row; an endpoint's on the endpoint's. */
  rowOf(pick: number): number {
    return pick < this.endpointCount ? pick : this.flows[pick - this.endpointCount].rowIndex;
  }

  /** A flow's measured arrival: started (and how late) or dropped. */
  noteArrival(pick: number, lagMs: number | undefined): void {
    if (pick < this.endpointCount) return;
    const c = this.counts[pick - this.endpointCount];
    if (lagMs === undefined) {
      c.dropped++;
      return;
    }
    c.started++;
    c.lag.recordMicros(lagMs * 1000);
    if (lagMs >= SLOT_MS) c.late++;
  }

  /** Cancels a pending think time between steps. */
  dispose(user: FlowUser): void {
    user.dispose();
  }

  /** @inheritdoc */
  unitDone(user: FlowUser): void {
    // The schedule, not the user, decides when the next iteration starts: pauses after an
    // iteration (iteration_think_time, the load's think time) have no place here.
    this.pool!.returnSlot(user);
  }

  /** @inheritdoc */
  feederExhausted(flow: PreparedFlow): void {
    this.exhausted.note(flow, performance.now() - this.ctx.run.loadStartMs);
  }

  /** Each flow's arrivals (`open.iterations`) and the feeder warning. */
  figures(): { open: Partial<OpenLoadResult>; warnings: ModelFigures['warnings'] } {
    return {
      open: { iterations: this.flows.map((f, i) => flowArrivals(f.compiled.flow.name, this.counts[i])) },
      warnings: this.exhausted.warnings(),
    };
  }

  /** Each flow's arrival counts and start-lag histogram, unsummarised (valid until `release`). */
  iterationCounts(): Array<{ flow: string; counts: FlowArrivalCounts }> {
    return this.flows.map((f, i) => ({ flow: f.compiled.flow.name, counts: this.counts[i] }));
  }

  /** Frees the start-lag histograms. */
  release(): void {
    for (const c of this.counts) c.lag.release();
  }
}
