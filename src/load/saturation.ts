/**
 * Is the load generator itself the bottleneck? A closed-model generator that runs out of CPU or
 * whose event loop stalls measures its own queueing, not the service: latencies rise and throughput
 * flattens on both sides of a comparison for reasons that have nothing to do with the change under
 * test. The report cannot fix that, but it can say so — as a warning, which is data.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { RunWarning } from '../metrics/types.js';

export interface SaturationLimits {
  /** Event-loop delay p99 above which the generator is called saturated. */
  eventLoopDelayP99Ms: number;
  /** CPU time / wall time of this process (1 = one core busy) above which it is saturated. */
  cpuShare: number;
}

/** 0.8: keep ~20% of the generator's core idle, as load-testing practice advises, or it measures itself. */
export const DEFAULT_SATURATION_LIMITS: SaturationLimits = { eventLoopDelayP99Ms: 50, cpuShare: 0.8 };

export interface SaturationSample {
  eventLoopDelayP99Ms: number;
  cpuShare: number;
  /** Wall time the sample covers, ms. */
  wallMs: number;
}

/**
 * Shorter samples are not judged: the first few hundred milliseconds of a run are start-up (JIT
 * compilation, connection set-up), which alone gave a 0.2 s run "238% of a core".
 */
export const MIN_SATURATION_SAMPLE_MS = 2000;

/**
 * The warning (at most one, code `generator-saturated`) a sample calls for; none for a sample shorter
 * than MIN_SATURATION_SAMPLE_MS. Pure, so the wording and the thresholds are tested without having
 * to saturate anything.
 */
export function saturationWarnings(
  sample: SaturationSample,
  limits: SaturationLimits = DEFAULT_SATURATION_LIMITS,
): RunWarning[] {
  if (sample.wallMs < MIN_SATURATION_SAMPLE_MS) return [];
  const reasons: string[] = [];
  if (sample.eventLoopDelayP99Ms > limits.eventLoopDelayP99Ms) {
    reasons.push(
      `event-loop delay p99 was ${sample.eventLoopDelayP99Ms.toFixed(1)} ms (limit ${limits.eventLoopDelayP99Ms} ms)`,
    );
  }
  if (sample.cpuShare > limits.cpuShare) {
    reasons.push(
      `the load generator used ${Math.round(sample.cpuShare * 100)}% of a CPU core (limit ${Math.round(limits.cpuShare * 100)}%)`,
    );
  }
  if (reasons.length === 0) return [];
  return [
    {
      code: 'generator-saturated',
      message:
        `The load generator was saturated: ${reasons.join('; ')}. Latency and throughput may reflect ` +
        'the generator rather than the service; use fewer connections or a bigger runner.',
    },
  ];
}

export interface SaturationMonitor {
  /** Stops measuring and returns what was seen. */
  stop(): SaturationSample;
}

/**
 * Starts sampling the event-loop delay (perf_hooks, 10 ms resolution) and this process's CPU time.
 * CPU share counts user + system time of the whole process; when a test server shares the process it
 * is counted too, which errs on the side of warning.
 */
export function startSaturationMonitor(): SaturationMonitor {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const cpuStart = process.cpuUsage();
  const wallStartMs = performance.now();
  return {
    stop(): SaturationSample {
      delay.disable();
      const cpu = process.cpuUsage(cpuStart);
      const wallMs = performance.now() - wallStartMs;
      const p99Ns = delay.count > 0 ? delay.percentile(99) : 0;
      return {
        eventLoopDelayP99Ms: p99Ns / 1e6,
        cpuShare: wallMs > 0 ? (cpu.user + cpu.system) / 1000 / wallMs : 0,
        wallMs,
      };
    },
  };
}
