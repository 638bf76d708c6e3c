/**
 * When a shard of loadgate's own engine may start, given the common start (`start-at`) the workflow
 * chose for every shard. Pure: the caller passes the clock's reading.
 *
 * ```
 *            too early                 waits                  starts late      refused
 *  ──────────────────────|─────────────────────────|─────────────────────────|──────────▶ now
 *               start-at − 15 min               start-at      start-at + warm-up + ⅒ trial
 * ```
 *
 * A shard that reaches start-at late still counts its plan from start-at: only its warm-up is shorter,
 * and its trials stay the same stretches of time as the other shards'. Later than the warm-up plus a
 * tenth of a trial it would miss measured time — the merge would call it late (merge.ts) — so it is
 * refused at once, with the reason, rather than measuring a part the merge cannot use. A start-at
 * more than MAX_START_WAIT_MS ahead is taken for a wrong value or a wrong clock: a job would sit idle.
 */
import type { TrialPlan } from '../plan/trial-plan.js';
import { LATE_SHARE_OF_TRIAL } from './merge.js';

/** Longest a shard waits for its start-at (a setup job picks a time a few minutes ahead). */
export const MAX_START_WAIT_MS = 15 * 60_000;

/** Lateness below this is the timers' and the clock's jitter: no note. */
export const LATE_START_NOTE_MS = 50;

/** Why a shard cannot start for `startAtMs` at `nowMs` (epoch ms), or undefined when it can. */
export function startAtProblem(startAtMs: number, nowMs: number, plan: TrialPlan, field: string): string | undefined {
  const at = new Date(startAtMs).toISOString();
  const aheadMs = startAtMs - nowMs;
  if (aheadMs > MAX_START_WAIT_MS) {
    return `${field}: ${at} is ${minutes(aheadMs)} from now (${new Date(nowMs).toISOString()} on this runner); a shard waits at most ${minutes(MAX_START_WAIT_MS)} — is the value, or this runner's clock, wrong?`;
  }
  const lateMs = -aheadMs;
  const allowedMs = plan.warmupMs + LATE_SHARE_OF_TRIAL * plan.trialDurationMs;
  if (lateMs > allowedMs) {
    return `${field}: ${at} was ${seconds(lateMs)} ago, more than the ${seconds(plan.warmupMs)} warm-up and a tenth of a trial (${seconds(allowedMs)} in all): ` +
      'this shard would miss measured time and the merge would count it late. Pick a start-at further ahead (a setup job: now + 3 minutes)';
  }
  return undefined;
}

/** The note of a shard whose load began `lateMs` after start-at, or undefined when that is jitter. */
export function lateStartNote(lateMs: number, warmupMs: number): string | undefined {
  if (lateMs < LATE_START_NOTE_MS) return undefined;
  return `Started ${seconds(lateMs)} after start-at: its warm-up was ${seconds(Math.max(0, warmupMs - lateMs))} instead of ${seconds(warmupMs)}; its trials are aligned with the other shards'.`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
const minutes = (ms: number) => (ms >= 3_600_000 ? `${(ms / 3_600_000).toFixed(1)} h` : `${(ms / 60_000).toFixed(1)} min`);
