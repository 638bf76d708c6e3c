/**
 * One flow iteration as a state machine, without I/O or clocks: the runner sends the step this says,
 * hands back what came of it, and is told what to do next — the next step after a pause, or the
 * end of the iteration (completed or not) and the pause before the next one.
 *
 *   start ──▶ step 0 ──answer──▶ judge: status → captures → checks ──ok──▶ pause ──▶ step 1 … ──▶ end (completed)
 *                 │                         │ failed                                              ▲
 *                 └── no answer ────────────┴──▶ abort (on_failure: abort, or the step captures) ─┘ (not completed)
 *                                               or go on (on_failure: continue) ──▶ … ──▶ end (not completed)
 *
 * A failed capture always ends the iteration: later steps would send the template with a value
 * missing. Each step counts at most one error, of the first failing class.
 */
import type { Flow, FlowStep, PauseRange } from '../profile/types.js';
import { HEADER_UNSAFE } from '../profile/env.js';
import { parseTemplate, templateVariableNames } from '../profile/template.js';
import { randomInteger, type RandomSource } from '../plan/random.js';
import { applyCaptures } from './capture.js';
import { runChecks } from './check.js';
import { createSessionCookies, type SessionCookies } from './cookie-jar.js';
import type { FeederRow } from './feeder.js';
import { viewResponse, type StepAnswer } from './response.js';

/** Error classes a step's answer can earn, beyond the transport's (refused, reset, timeout, other). */
export type StepErrorClass = 'status' | 'capture' | 'check';

/** What the flow needs worked out once, before its first iteration. */
export interface CompiledFlow {
  readonly flow: Flow;
  /** Variables some step's header reads: their values may not hold a line break. */
  readonly headerVariables: ReadonlySet<string>;
  /** Regexes of the regex captures, compiled once. */
  readonly regexCache: Map<string, RegExp>;
}

/** Works out what every iteration of `flow` shares. */
export function compileFlow(flow: Flow): CompiledFlow {
  const headerVariables = new Set<string>();
  for (const step of flow.steps) {
    for (const value of Object.values(step.headers)) {
      const parts = parseTemplate(value, 'header', true);
      if (typeof parts !== 'string') for (const name of templateVariableNames(parts)) headerVariables.add(name);
    }
  }
  return { flow, headerVariables, regexCache: new Map() };
}

/** One iteration's state: where it is, its variables and its cookies. */
export interface Iteration {
  readonly compiled: CompiledFlow;
  /** The step to send next (or the one in flight). */
  stepIndex: number;
  /** The feeder row's columns, then what captures set; a null-prototype record. */
  readonly vars: Record<string, string>;
  /** Names the captures set so far: their values are masked in every message (mask.ts). */
  readonly captured: Set<string>;
  /** The session's cookie jar, when the flow keeps cookies. */
  readonly cookies: SessionCookies | undefined;
  /** A step failed (with on_failure: continue the iteration goes on, but does not count as completed). */
  failed: boolean;
}

/** How a step ended: an answer, or a failure the transport already classified. */
export type StepOutcome =
  | { kind: 'answer'; answer: StepAnswer; url: string }
  | { kind: 'failure'; errorClass: string; message: string };

/** The step's verdict: no error, or the class and message of its error. */
export type StepJudgement = { ok: true } | { ok: false; errorClass: string; message: string };

export type IterationNext =
  | { kind: 'step'; stepIndex: number; pauseMs: number }
  | { kind: 'end'; completed: boolean; pauseMs: number };

/** A new iteration of the compiled flow, its variables seeded with the feeder row. */
export function startIteration(compiled: CompiledFlow, row?: FeederRow): Iteration {
  const vars = Object.create(null) as Record<string, string>;
  if (row) for (const name of Object.keys(row)) vars[name] = row[name];
  return { compiled, stepIndex: 0, vars, captured: new Set(), cookies: compiled.flow.cookies ? createSessionCookies() : undefined, failed: false };
}

/** The step the iteration sends next. */
export function currentStep(iteration: Iteration): FlowStep {
  return iteration.compiled.flow.steps[iteration.stepIndex];
}

/** The values captured so far (to be masked). */
export function capturedValues(iteration: Iteration): string[] {
  return [...iteration.captured].map((name) => iteration.vars[name]);
}

/** True when the step expects this status: its `expect_status` list, or any 2xx when it has none. */
export function statusExpected(step: FlowStep, status: number): boolean {
  return step.expectStatus.length === 0 ? status >= 200 && status < 300 : step.expectStatus.includes(status);
}

const OK: StepJudgement = { ok: true };

/** Judges an answer: status, then captures (into the iteration's variables), then checks; stores cookies. */
export function judgeAnswer(iteration: Iteration, answer: StepAnswer, url: string): StepJudgement {
  const step = currentStep(iteration);
  const response = viewResponse(answer);
  if (iteration.cookies && (answer.setCookie !== undefined || answer.head.byteLength > 0)) iteration.cookies.store(url, response.header('set-cookie'));
  if (!statusExpected(step, answer.status)) return { ok: false, errorClass: 'status', message: `unexpected status ${answer.status}` };
  const captureError = applyCaptures(step.captures, response, iteration.vars, iteration.compiled.regexCache);
  if (captureError !== undefined) return { ok: false, errorClass: 'capture', message: captureError };
  for (const capture of step.captures) {
    iteration.captured.add(capture.as);
    if (iteration.compiled.headerVariables.has(capture.as) && HEADER_UNSAFE.test(iteration.vars[capture.as])) {
      return { ok: false, errorClass: 'capture', message: `capture ${capture.as}: the value holds a line break or another control character, and a later step sends it in a header` };
    }
  }
  if (step.checks.length > 0 && runChecks(step.checks, response) !== undefined) {
    // Checks are pure: run again with the captured values to mask in the message, only when one failed.
    return { ok: false, errorClass: 'check', message: `check ${runChecks(step.checks, response, capturedValues(iteration))!}` };
  }
  return OK;
}

/** A pause drawn from a range (fixed when min = max; none when absent). */
export function drawPause(range: PauseRange | undefined, random: RandomSource): number {
  if (!range) return 0;
  return range.minMs === range.maxMs ? range.minMs : randomInteger(random, range.minMs, range.maxMs);
}

/**
 * Takes the current step's outcome and says what comes next. Returns the step's judgement (the
 * runner counts it) and the next move. `random` draws the think times.
 */
export function completeStep(iteration: Iteration, outcome: StepOutcome, random: RandomSource): { judgement: StepJudgement; next: IterationNext } {
  const flow = iteration.compiled.flow;
  const step = currentStep(iteration);
  const judgement: StepJudgement = outcome.kind === 'answer'
    ? judgeAnswer(iteration, outcome.answer, outcome.url)
    : { ok: false, errorClass: outcome.errorClass, message: outcome.message };
  if (!judgement.ok) {
    iteration.failed = true;
    const abort = flow.onFailure === 'abort' || judgement.errorClass === 'capture' || step.captures.length > 0;
    if (abort) return { judgement, next: { kind: 'end', completed: false, pauseMs: drawPause(flow.iterationThinkTime, random) } };
  }
  if (iteration.stepIndex + 1 >= flow.steps.length) {
    return { judgement, next: { kind: 'end', completed: !iteration.failed, pauseMs: drawPause(flow.iterationThinkTime, random) } };
  }
  iteration.stepIndex++;
  return { judgement, next: { kind: 'step', stepIndex: iteration.stepIndex, pauseMs: drawPause(flow.thinkTime, random) } };
}
