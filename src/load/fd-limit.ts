/**
 * Every connection is a file descriptor. With `ulimit -n 1024` and 2,000 connections, half the
 * connects failed with EMFILE and were counted as the target's errors. So before a run the engine
 * checks the descriptor limit against what the load needs and refuses, with the numbers, a load the
 * process cannot open. There is nothing to raise: Node raises its soft RLIMIT_NOFILE to the hard
 * limit at start-up (node.cc, PlatformInit), so the soft limit read here already is the most this
 * process may have without privileges (measured: `ulimit -Sn 200` under a hard 2000 reads 2000).
 * Failures that still happen (files opened meanwhile, a system-wide ENFILE) are classed as the
 * generator's own (errors.ts: `generator`), never the target's.
 */
import { readFileSync } from 'node:fs';
import { LoadgateError } from '../errors.js';

/** Descriptors kept for everything besides the load's sockets: stdio, Node's own, the readiness probe, files. */
export const FD_HEADROOM = 64;

export interface FdLimits {
  soft: number;
  hard: number;
}

/** The run needs more descriptors than the process may open, and the limit could not be raised. */
export class FdLimitError extends LoadgateError {
  constructor(message: string) {
    super('LOADGATE_FD_LIMIT', message);
    this.name = 'FdLimitError';
  }
}

/** Reads "Max open files" from /proc/<pid>/limits; undefined where there is no /proc (not Linux). */
export function readFdLimits(pid: number | 'self' = 'self'): FdLimits | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/limits`, 'utf8');
  } catch {
    return undefined;
  }
  const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(text);
  if (!m) return undefined;
  const value = (s: string) => (s === 'unlimited' ? Number.POSITIVE_INFINITY : Number(s));
  return { soft: value(m[1]), hard: value(m[2]) };
}

/**
 * Whether a run that opens `sockets` connections fits the limits (pure): undefined when it does (or
 * the limits are unknown), else the refusal naming `field`, its value, the limits and the ways out.
 */
export function fdLimitProblem(sockets: number, field: string, limits: FdLimits | undefined): string | undefined {
  if (limits === undefined || limits.soft >= sockets + FD_HEADROOM) return undefined;
  return refusal(sockets, field, limits);
}

function refusal(sockets: number, field: string, limits: FdLimits): string {
  const n = (v: number) => (Number.isFinite(v) ? v.toLocaleString('en-US') : 'unlimited');
  return (
    `${field} is ${n(sockets)}, which needs about ${n(sockets + FD_HEADROOM)} file descriptors (one per connection plus ${FD_HEADROOM}), ` +
    `but this process may open only ${n(limits.soft)} (ulimit -n; hard limit ${n(limits.hard)}). ` +
    `Lower ${field} to at most ${n(Math.max(0, limits.soft - FD_HEADROOM))}, or raise the limit before loadgate runs ` +
    `(e.g. \`ulimit -n ${n(sockets + FD_HEADROOM)}\`; above the hard limit that needs an administrator).`
  );
}

/** Throws FdLimitError (LOADGATE_FD_LIMIT) when this process may not open `sockets` connections. */
export function ensureFdLimit(sockets: number, field: string): void {
  const problem = fdLimitProblem(sockets, field, readFdLimits());
  if (problem !== undefined) throw new FdLimitError(problem);
}
