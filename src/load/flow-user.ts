/**
 * A virtual user that walks flows: the request handler of a flow's steps, one after the other on
 * its own connection, with captures, checks, the session's cookies and think time between steps.
 * The bookkeeping every request shares (send, note the write, the deadline, counting each step's
 * answer or failure on the step's row) is the base's (request-handler.ts); the iteration's logic —
 * what to send next, what an answer means — is the pure state machine in flow/iteration.ts; this
 * file joins the two and counts what is a flow's own (flow-tally.ts).
 *
 * A user carries one unit of work at a time — a plain endpoint's request or a whole flow
 * iteration — and tells its host when it is over: the closed model then starts the next after the
 * pause, the open model takes the slot back.
 *
 *   beginFlow ─▶ step 0 ─answer─▶ judge ─▶ (think) ─▶ step 1 … ─▶ iteration counted ─▶ host.unitDone
 *                   └─ the run is over before a step starts: the iteration is dropped, counted nowhere
 */
import { trialIndexAt } from '../plan/trial-plan.js';
import type { RandomSource } from '../plan/random.js';
import { capturedValues, completeStep, startIteration, type CompiledFlow, type Iteration, type StepOutcome } from '../flow/iteration.js';
import type { Feeder } from '../flow/feeder.js';
import { maskValues } from '../flow/mask.js';
import { ResponseCollector, type StepWants } from '../flow/response-collector.js';
import type { StepRenderer } from '../flow/step-request.js';
import { classifyFailure } from './errors.js';
import { tallyIteration, tallyStepError } from './flow-tally.js';
import { RequestHandler } from './request-handler.js';
import type { RequestTransport, RunState } from './types.js';

/** A flow made ready for a run: where its rows are, its steps' renderers, its feeder and its random stream. */
export interface PreparedFlow {
  readonly compiled: CompiledFlow;
  /** Index of the flow's own row (its iterations) in the run's endpoints and counters. */
  readonly rowIndex: number;
  /** Index of each step's row. */
  readonly stepRows: readonly number[];
  readonly renderers: readonly StepRenderer[];
  /** What each step reads of its answers: the rest is never copied. */
  readonly wants: readonly StepWants[];
  readonly feeder?: Feeder;
  /** Think times of this flow (seeded). */
  readonly random: RandomSource;
}

/** What a user asks of the model it works for. */
export interface FlowUserHost {
  /**
   * The user's unit of work is over. `pauseMs`: the think time before its next one (closed model;
   * undefined after a plain endpoint's request: the load's own think time applies); `unsent`: the
   * last request never reached the target, so the next should wait a back-off.
   */
  unitDone(user: FlowUser, pauseMs: number | undefined, unsent: boolean): void;
  /** A `unique` feeder has no row left for an iteration of `flow`. */
  feederExhausted(flow: PreparedFlow): void;
}

/** One virtual user: an `Http1Handler` on its own connection. */
export class FlowUser extends RequestHandler {
  private flow: PreparedFlow | null = null;
  private iteration: Iteration | null = null;
  private iterationStartMs = 0;
  /** When the iteration's first step was handed to the connection (the open model's start lag ends here). */
  private iterationSentMs = 0;
  private iterationTrial = -1;
  /** The trial a first step waiting in the queue (`sendSoon`) counts in; undefined for every later step. */
  private queuedTrial: number | undefined;
  /** The first failure of this iteration: what the flow's row counts it as when it does not complete. */
  private iterationFailure: { errorClass: string; message: string } | undefined;
  /** The open model's intended instant for the first step (latency runs from it); 0 otherwise. */
  private intendedAtMs = 0;
  private fromIntended = false;
  private statusCode = 0;
  private lastError: Error | null = null;
  private url = '';
  private stepTimer: NodeJS.Timeout | null = null;
  private readonly sendNextStep: () => void;
  private readonly collector = new ResponseCollector();
  /** Where the connection hands a step's head and body (null for a plain endpoint's request). */
  responseSink: ResponseCollector | null = null;

  constructor(client: RequestTransport, run: RunState, private readonly host: FlowUserHost) {
    super(client, run);
    this.sendNextStep = () => {
      this.stepTimer = null;
      this.sendStep(performance.now());
    };
  }

  /** True while a flow iteration is under way (between its steps too). */
  get busy(): boolean {
    return this.iteration !== null || this.inFlight;
  }

  /** Sends a plain endpoint's request: a unit of work of one request. `intendedAtMs`: the open model's instant. */
  beginEndpoint(endpointIndex: number, trial: number, nowMs: number, intendedAtMs = 0): void {
    this.flow = null;
    this.iteration = null;
    this.responseSink = null;
    this.intendedAtMs = intendedAtMs;
    this.fromIntended = intendedAtMs > 0;
    this.dispatch(endpointIndex, trial, nowMs);
  }

  /**
   * Starts an iteration of `flow` counted in `trial` (-1: warm-up), taking the feeder's next row.
   * Returns false, sending nothing, when a `unique` feeder has run out. `soon`: the first step waits
   * for the end of the loop's I/O phase with the other steps ready then (`sendSoon`); the closed
   * model's users start their next iteration so, while the open model sends at the arrival's instant.
   */
  beginFlow(flow: PreparedFlow, trial: number, nowMs: number, intendedAtMs = 0, soon = false): boolean {
    let row;
    if (flow.feeder) {
      row = flow.feeder.next();
      if (row === undefined) {
        this.host.feederExhausted(flow);
        return false;
      }
    }
    this.flow = flow;
    this.iteration = startIteration(flow.compiled, row);
    this.iterationFailure = undefined;
    this.iterationTrial = trial;
    this.iterationStartMs = intendedAtMs > 0 ? intendedAtMs : nowMs;
    this.intendedAtMs = intendedAtMs;
    this.fromIntended = intendedAtMs > 0;
    this.responseSink = this.collector;
    if (soon) {
      this.queuedTrial = trial;
      sendSoon(this);
    } else this.sendStep(nowMs, trial);
    return true;
  }

  /** Cancels a pending think time between steps; used when the run is torn down. */
  dispose(): void {
    if (this.stepTimer !== null) clearTimeout(this.stepTimer);
    this.stepTimer = null;
  }

  /** Sends the current step now, if the iteration is still under way (see `sendSoon`). */
  sendQueuedStep(nowMs: number): void {
    const firstTrial = this.queuedTrial;
    this.queuedTrial = undefined;
    if (this.iteration !== null && !this.inFlight) this.sendStep(nowMs, firstTrial);
  }

  /** Sends the iteration's current step, in `trial` (found from the clock for every step but the first). */
  private sendStep(nowMs: number, firstTrial?: number): void {
    const run = this.run;
    const flow = this.flow!;
    const iteration = this.iteration!;
    if (run.finished) return;
    const trial = firstTrial ?? trialIndexAt(run.plan, nowMs - run.loadStartMs);
    if (trial >= run.plan.trials.length) return this.dropIteration();
    const index = iteration.stepIndex;
    if (index === 0) {
      this.iterationSentMs = nowMs;
      // The closed model's iteration runs from its first step's send (which may have waited for
      // the end of the loop's I/O phase); the open model's from the scheduled instant.
      if (!this.fromIntended) this.iterationStartMs = nowMs;
    }
    const request = flow.renderers[index].render(iteration.vars, iteration.cookies);
    this.url = request.url;
    this.collector.reset();
    this.collector.want = flow.wants[index];
    this.dispatch(flow.stepRows[index], trial, nowMs, request.bytes);
  }

  /** The run ended mid-iteration: the iteration is neither completed nor failed, and counts nowhere. */
  private dropIteration(): void {
    this.iteration = null;
    this.flow = null;
    this.host.unitDone(this, 0, false);
  }

  /** The first step of an open-model iteration runs from the schedule's instant; every other request from its write. */
  protected override latencyOriginMs(): number {
    return this.fromIntended ? this.intendedAtMs : this.sentAtMs;
  }

  /** @inheritdoc */
  override onComplete(statusCode: number): void {
    this.statusCode = statusCode;
    super.onComplete(statusCode);
  }

  /** @inheritdoc */
  override onError(err: Error): void {
    this.lastError = err;
    super.onError(err);
  }

  protected answered(): void {
    if (this.iteration === null) return this.host.unitDone(this, undefined, false);
    const answer = this.collector.take(this.statusCode);
    this.afterStep({ kind: 'answer', answer, url: this.url }, false);
  }

  protected failed(unsent: boolean): void {
    if (this.iteration === null) return this.host.unitDone(this, undefined, unsent);
    const err = this.lastError ?? new Error('the request failed');
    this.collector.reset();
    this.afterStep({ kind: 'failure', errorClass: classifyFailure(err), message: err.message }, unsent);
  }

  /** Judges the step just over, counts what is the flow's own, and sends the next step or ends the iteration. */
  private afterStep(outcome: StepOutcome, unsent: boolean): void {
    const run = this.run;
    const flow = this.flow!;
    const iteration = this.iteration!;
    const stepIndex = iteration.stepIndex;
    const stepTrial = this.trial;
    this.fromIntended = false;
    const { judgement, next } = completeStep(iteration, outcome, flow.random);
    if (!judgement.ok) {
      const message = maskValues(`${currentStepName(iteration, stepIndex)}: ${judgement.message}`, capturedValues(iteration));
      if (this.iterationFailure === undefined) this.iterationFailure = { errorClass: judgement.errorClass, message };
      if (stepTrial >= 0 && (judgement.errorClass === 'capture' || judgement.errorClass === 'check')) {
        tallyStepError(run, flow.stepRows[stepIndex], stepTrial, judgement.errorClass, judgement.message);
      }
    }
    if (next.kind === 'step') {
      if (next.pauseMs <= 0 && !unsent) return sendSoon(this);
      const nowMs = performance.now();
      const pauseMs = Math.max(next.pauseMs, 0);
      if (nowMs + pauseMs - run.loadStartMs >= run.plan.totalMs) return this.dropIteration();
      this.stepTimer = setTimeout(this.sendNextStep, pauseMs);
      return;
    }
    if (this.iterationTrial >= 0) {
      const endMs = performance.now();
      const failure = next.completed ? undefined : this.iterationFailure ?? { errorClass: 'other', message: 'the iteration did not complete' };
      tallyIteration(run, flow.rowIndex, this.iterationTrial, (endMs - this.iterationStartMs) * 1000, failure, (endMs - this.iterationSentMs) * 1000);
    }
    this.iteration = null;
    this.flow = null;
    this.host.unitDone(this, next.pauseMs, unsent);
  }
}

/**
 * Steps that follow their step at once, and the first steps of the closed model's next iterations,
 * waiting for the end of the event loop's I/O phase. Each answer read in one pass of the loop would
 * otherwise send its user's next request straight away, between the judging of the other answers,
 * and a target that went idle in between is woken once per write; sent together, back to back, it
 * is woken about once per pass. That is most of what a flow's request costs beyond a plain
 * endpoint's when the target is not busy (docs/performance.md). Latency is unaffected: a request's
 * time runs from its write.
 */
const queued: FlowUser[] = [];
let flushScheduled = false;

function flushQueued(): void {
  flushScheduled = false;
  const nowMs = performance.now();
  // Taken out first: whatever a send queues meanwhile waits for the next pass.
  const users = queued.splice(0, queued.length);
  for (const user of users) user.sendQueuedStep(nowMs);
}

function sendSoon(user: FlowUser): void {
  queued.push(user);
  if (!flushScheduled) {
    flushScheduled = true;
    setImmediate(flushQueued);
  }
}

/** `login` — the name of step `index`, for messages. */
function currentStepName(iteration: Iteration, index: number): string {
  return iteration.compiled.flow.steps[index].name;
}
