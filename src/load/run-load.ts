/**
 * The load edge the pipeline calls: one entry point for both models, so the pipeline (and paired
 * mode, which runs one short load per slot) stays the same whichever model the profile asks for.
 * It also samples the target process's CPU and memory during the load when one is named.
 */
import { runClosedLoad } from './closed-runner.js';
import { runOpenLoad } from './open-runner.js';
import { loadPart } from '../parts/load-part.js';
import { readPidFile, startContainerSampler, startTargetSampler, trendFields } from './target-resources.js';
import { locateContainer } from './container-resources.js';
import { ensureFdLimit } from './fd-limit.js';
import { capacityStop } from './capacity-stop.js';
import { ladderRates } from '../plan/capacity-ladder.js';
import type { Measurement, RunLoadOptions } from './types.js';
import { targetTimeline } from '../metrics/target-timeline.js';
import { cpuPerRequest, type ResourceSample } from '../metrics/endurance.js';
import type { TargetResources } from '../metrics/types.js';

/** Runs the WebSocket session model for a `websocket` block, else the closed engine for `load.model: 'closed'` and the open engine for `'open'`. */
export async function runLoad(options: RunLoadOptions): Promise<Measurement> {
  const load = options.load;
  if (options.websocket) ensureFdLimit(options.websocket.connections, 'websocket.connections');
  else if (load.model === 'open') ensureFdLimit(load.maxInFlight, 'load.max_in_flight');
  else ensureFdLimit(load.connections, 'load.connections');
  const container = options.targetProcess?.container;
  const located = container === undefined ? undefined : await locateContainer(container, options.containerLocation);
  const pid = container === undefined ? await resolvePid(options.targetProcess) : undefined;
  const intervalMs = samplingIntervalMs(load.durationMs / load.trials);
  const sampler = located?.found
    ? startContainerSampler(located.cgroupDir, located.containerId, 0, intervalMs)
    : typeof pid === 'number' ? startTargetSampler(pid, intervalMs) : undefined;
  let measurement: Measurement;
  try {
    if (load.model === 'open' && load.capacity && !options.stopAfterTrial) {
      // A capacity ladder climbs no further once a step clearly broke (capacity-stop.ts).
      const stop = capacityStop(load.capacity, ladderRates(load.capacity));
      measurement = await runOpenLoad({ ...options, stopAfterTrial: stop.stopAfterTrial });
      if (stop.targetStopped()) measurement.targetStopped = true;
    } else {
      measurement = await runModel(options);
    }
  } finally {
    if (sampler && measurement! === undefined) sampler.stop();
  }
  if (typeof pid === 'string') measurement.warnings.push({ code: 'target-resources', message: pid });
  if (located && !located.found) {
    // Infrastructure trouble degrades: the run is measured without the container's figures.
    measurement.warnings.push({ code: 'target-resources', message: `Container ${container} not monitored: ${located.reasons.join('; ')}.` });
  }
  if (sampler) {
    const { resources, warnings, samples } = sampler.stop();
    const { timeline, timelineOriginMs } = measurement;
    if (resources && samples && timeline && timelineOriginMs !== undefined) timeline.target = targetTimeline(samples, timelineOriginMs, timeline.bucketMs, timeline.points);
    if (resources) measurement.targetResources = samples && timelineOriginMs !== undefined ? measuredPhaseFigures(resources, samples, timelineOriginMs, measurement) : resources;
    measurement.warnings.push(...warnings);
  }
  return measurement;
}

/**
 * How often the target is sampled: once a second, or four times a trial when trials are shorter (a
 * paired slot is one trial), so the CPU readings around each trial boundary are close to it and the
 * per-trial CPU time is interpolated over at most a quarter of a trial. Reading /proc or a cgroup
 * costs microseconds; 100 ms is the floor because CPU time itself moves in 10 ms clock ticks.
 */
export function samplingIntervalMs(trialMs: number): number {
  return Math.min(1000, Math.max(100, Math.floor(trialMs / 4)));
}

/**
 * The figures that belong to the measured phase: the RSS trend from its samples only (a warm-up's
 * climb to the working set is not growth), and the CPU per request of each trial.
 */
function measuredPhaseFigures(resources: TargetResources, samples: readonly ResourceSample[], originMs: number, m: Measurement): TargetResources {
  const { rssTrend: _trend, rssLeak: _leak, ...rest } = resources;
  const cpu = cpuPerRequest(samples, originMs, m.trialDurationMs, requestsPerTrial(m));
  return { ...rest, ...trendFields(samples.filter((s) => s.atMs >= originMs)), ...(cpu ? { cpuPerRequest: cpu } : {}) };
}

/** Requests of each trial, all endpoints together (the engine's trials share one plan). */
function requestsPerTrial(m: Measurement): number[] {
  const trials = m.trialsRun ?? Math.max(0, ...m.endpoints.map((e) => e.trials.length));
  return Array.from({ length: trials }, (_, k) => m.endpoints.reduce((a, e) => a + (e.trials[k]?.requests ?? 0), 0));
}

/** The model's engine: WebSocket sessions, flows (in either model: flow-runner.ts), or endpoints alone. */
function runModel(options: RunLoadOptions): Promise<Measurement> {
  const websocket = options.websocket;
  // The WebSocket and flow engines (with ws, and the cookie jar's tough-cookie) load only for profiles that use them.
  if (websocket) return loadPart('WebSocket engine', () => import('./websocket/runner.js')).then(({ runWebSocketLoad }) => runWebSocketLoad({ ...options, websocket }));
  const flows = options.flows ?? [];
  if (flows.length > 0) return loadPart('flow engine', () => import('./flow-runner.js')).then(({ runFlowLoad }) => runFlowLoad({ ...options, flows }));
  return options.load.model === 'open' ? runOpenLoad(options) : runClosedLoad(options);
}

/** The pid to sample, a warning text when the pid file cannot be read, or undefined for none. */
async function resolvePid(target: { pid?: number; pidFile?: string } | undefined): Promise<number | string | undefined> {
  if (target?.pid !== undefined) return target.pid;
  if (target?.pidFile === undefined) return undefined;
  return readPidFile(target.pidFile).catch((err: Error) => `Target resources not sampled: ${err.message}`);
}
