/**
 * Waiting for the target to come up. In CI the service under test is usually started in the step
 * before loadgate (or as a background process) and may need seconds to listen; loading it before it
 * answers would measure connection refusals, not the service.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'undici';
import { describeFailure, isTlsFailure, OperationAbortedError, TargetTlsError, TargetUnreachableError } from './errors.js';

export interface WaitUntilReadyOptions {
  /** Give up after this long. */
  timeoutMs: number;
  /** Pause between failed probes; default 250 ms. */
  intervalMs?: number;
  signal?: AbortSignal;
}

/** One probe never waits longer than this, so a hanging target still gets several tries. */
const MAX_PROBE_MS = 2000;
const DEFAULT_INTERVAL_MS = 250;

/**
 * Probes `url` with GET until any HTTP answer arrives — any status counts, a 404 or a 503 still
 * proves the server is listening and speaking HTTP — and returns how long that took. After
 * `timeoutMs` it throws `TargetUnreachableError` (`LOADGATE_TARGET_UNREACHABLE`) naming the URL, the
 * time waited, the number of attempts and the last failure in words ("connection refused"), which
 * is what a person needs to fix a CI job. Each probe has its own timeout of min(2 s, time left).
 * A TLS failure (an untrusted certificate, a plain-HTTP port behind an https URL) throws
 * `TargetTlsError` (`LOADGATE_TARGET_TLS`) at once with a hint, instead of retrying until the timeout.
 */
export async function waitUntilReady(
  url: string,
  options: WaitUntilReadyOptions,
): Promise<{ waitedMs: number; attempts: number }> {
  const { timeoutMs, signal } = options;
  const intervalMs = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const target = new URL(url);
  const client = new Client(target.origin, { pipelining: 1 });
  const startMs = performance.now();
  const elapsed = (): number => performance.now() - startMs;
  let attempts = 0;
  let lastFailure = 'no attempt was made';
  try {
    for (;;) {
      if (signal?.aborted) throw new OperationAbortedError('Waiting for the target');
      const probeMs = Math.max(1, Math.ceil(Math.min(MAX_PROBE_MS, timeoutMs - elapsed())));
      attempts++;
      const failure = await probe(client, target, probeMs, signal);
      if (failure === undefined) return { waitedMs: elapsed(), attempts };
      if (signal?.aborted) throw new OperationAbortedError('Waiting for the target');
      // A last probe cut short by the overall deadline says nothing about the target ("no answer
      // within 1 ms"): the failure before it is the one worth reporting.
      const cutByDeadline = probeMs < MAX_PROBE_MS && failure.startsWith('no answer within');
      if (!(cutByDeadline && attempts > 1)) lastFailure = failure;
      const leftMs = timeoutMs - elapsed();
      if (leftMs <= 0) break;
      await sleep(Math.min(intervalMs, leftMs), undefined, { signal }).catch(() => undefined);
      if (elapsed() >= timeoutMs) break;
    }
    throw new TargetUnreachableError(url, elapsed(), attempts, lastFailure);
  } finally {
    await client.destroy().catch(() => {});
  }
}

/** One GET; undefined when any HTTP answer came, else the failure described for a person. */
async function probe(
  client: Client,
  target: URL,
  probeMs: number,
  signal: AbortSignal | undefined,
): Promise<string | undefined> {
  const timeout = AbortSignal.timeout(probeMs);
  try {
    const response = await client.request({
      method: 'GET',
      path: target.pathname + target.search,
      signal: signal === undefined ? timeout : AbortSignal.any([timeout, signal]),
      headersTimeout: probeMs,
      bodyTimeout: probeMs,
    });
    // The answer itself proves readiness; the body is only drained so the socket can be reused.
    await response.body.dump().catch(() => undefined);
    return undefined;
  } catch (err) {
    if (timeout.aborted) return `no answer within ${Math.round(probeMs)} ms`;
    // Something answered, but not with a TLS session we can use: no point waiting for it.
    if (isTlsFailure(err)) throw new TargetTlsError(target.href, describeFailure(err));
    return describeFailure(err);
  }
}
