/**
 * The target process's CPU and RSS per timeline bucket, from the /proc samples taken during the
 * load (load/target-resources.ts, one a second). Pure.
 */
import type { TargetTimeline } from './types.js';
import type { ResourceSample } from './endurance.js';

/**
 * Per bucket of `bucketMs` from `originMs` (the measured phase's start, a performance.now() value):
 * the CPU share between the bucket's last sample and the sample before it, and that sample's RSS;
 * null where no sample fell in the bucket. Samples before the measured phase only serve as the
 * "before" of the first CPU share.
 */
export function targetTimeline(samples: readonly ResourceSample[], originMs: number, bucketMs: number, points: number): TargetTimeline {
  const cpuShare: (number | null)[] = new Array(points).fill(null);
  const rssMb: (number | null)[] = new Array(points).fill(null);
  for (let i = 0; i < samples.length; i++) {
    const bucket = Math.floor((samples[i].atMs - originMs) / bucketMs);
    if (bucket < 0 || bucket >= points) continue;
    rssMb[bucket] = round3(samples[i].rssMb);
    const before = samples[i - 1];
    const wallS = before ? (samples[i].atMs - before.atMs) / 1000 : 0;
    if (wallS > 0) cpuShare[bucket] = round3((samples[i].cpuSeconds - before.cpuSeconds) / wallS);
  }
  return { cpuShare, rssMb };
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
