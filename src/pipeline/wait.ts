/** The first step of every mode: wait until a target answers, and say so in the log. */
import type { ReadinessSettings } from '../profile/types.js';
import { joinUrl } from '../load/target-url.js';
import type { PipelineEdges } from './types.js';

/**
 * Probes `target` + the readiness path until it answers (the edge throws `LOADGATE_TARGET_UNREACHABLE`
 * when it never does). `role` names the target in the log when a run has two (paired mode).
 */
export async function waitForTarget(edges: Pick<PipelineEdges, 'waitUntilReady' | 'log'>, target: string, readiness: ReadinessSettings, role?: string): Promise<void> {
  edges.log.info(`Waiting for ${role ? `the ${role} ` : ''}${target} to answer (up to ${readiness.timeoutMs / 1000} s)`);
  const ready = await edges.waitUntilReady(joinUrl(target, readiness.path), { timeoutMs: readiness.timeoutMs });
  edges.log.info(`${role ? `The ${role}` : 'Target'} answered after ${(ready.waitedMs / 1000).toFixed(1)} s`);
}
