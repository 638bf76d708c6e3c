/**
 * Errors a user can fix, with stable codes (as undici's `UND_ERR_*`). Anything else that reaches
 * the top is a bug, and only then is a stack trace printed. What each code means and what to do
 * about it: docs/errors.md.
 */

/**
 * Every code loadgate gives an error, one list: `LoadgateError` takes only these, so a typo in a
 * code fails the type check. A new code goes here and into docs/errors.md's table (a test checks
 * that the table and this list agree, and that every code in src/ is one of them).
 */
export const LOADGATE_CODES = [
  // Set-up: the action's inputs, the CLI's flags, the profile and what it reads.
  'LOADGATE_USAGE',
  'LOADGATE_INPUT_INVALID',
  'LOADGATE_SETUP_INVALID',
  'LOADGATE_PROFILE_MISSING',
  'LOADGATE_PROFILE_INVALID',
  'LOADGATE_LEVEL_UNKNOWN',
  'LOADGATE_ENV_MISSING',
  'LOADGATE_ENV_INVALID',
  'LOADGATE_PAIRED_LOAD',
  'LOADGATE_REPORT_INVALID',
  // Imports and shards: another tool's results file, the shard results of a matrix.
  'LOADGATE_IMPORT_INVALID',
  'LOADGATE_SHARDS_MISSING',
  // The target before the load.
  'LOADGATE_TARGET_UNREACHABLE',
  'LOADGATE_TARGET_TLS',
  // The load engine: refusals before the run, and what a request can end with.
  'LOADGATE_FD_LIMIT',
  'LOADGATE_INVALID_LOAD_OPTIONS',
  'LOADGATE_ABORTED',
  'LOADGATE_REQUEST_TIMEOUT',
  'LOADGATE_RUN_ENDED',
  'LOADGATE_CONNECT_TIMEOUT',
  'LOADGATE_SOCKET_CLOSED',
  'LOADGATE_BAD_RESPONSE',
  'LOADGATE_CONNECTION_DESTROYED',
  // The statistics were handed data no test can run on (a bug upstream).
  'LOADGATE_STATS_INPUT',
  // The installation: a part of the bundle that could not be loaded (src/parts/load-part.ts).
  'LOADGATE_PART_MISSING',
] as const;

/** One of `LOADGATE_CODES`. */
export type LoadgateCode = (typeof LOADGATE_CODES)[number];

const CODES: ReadonlySet<string> = new Set(LOADGATE_CODES);

/** An error whose message is written for a person, with one of the stable codes. */
export class LoadgateError extends Error {
  constructor(
    readonly code: LoadgateCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'LoadgateError';
  }
}

/** True for an error whose message is written for the user: one carrying a code of `LOADGATE_CODES`. */
export function isUserError(err: unknown): err is Error & { code: LoadgateCode } {
  const code = (err as { code?: unknown } | undefined)?.code;
  return err instanceof Error && typeof code === 'string' && CODES.has(code);
}
