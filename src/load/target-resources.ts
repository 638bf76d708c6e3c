/**
 * CPU and memory of the target, when it is a local process (`target_process:` in the profile, or
 * the `target-pid` input): sampled from /proc once a second during the load. A latency regression
 * that comes with twice the CPU, or a soak whose RSS climbs steadily, is worth seeing beside the
 * verdict. Linux only; elsewhere, or when the process is gone, the run goes on with a warning.
 *
 * /proc/<pid>/stat fields 14 and 15 are utime and stime in clock ticks (USER_HZ, 100 on Linux
 * for every architecture Node supports); /proc/<pid>/status's VmRSS is the resident set in kB.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { RunWarning, TargetResources } from '../metrics/types.js';
import { isLeak, rssFloorTrend, type ResourceSample } from '../metrics/endurance.js';
import { readCgroupSample } from './container-resources.js';

const TICKS_PER_SECOND = 100;
const DEFAULT_INTERVAL_MS = 1000;

type ProcSample = ResourceSample;

/** One reading of a process's CPU time and RSS, or undefined when it cannot be read. */
export function readProcSample(pid: number): ProcSample | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields count from the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rssKb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? NaN);
    if (!Number.isFinite(ticks) || !Number.isFinite(rssKb)) return undefined;
    return { atMs: performance.now(), cpuSeconds: ticks / TICKS_PER_SECOND, rssMb: rssKb / 1024 };
  } catch {
    return undefined;
  }
}

/**
 * The figures for the result from a series of samples (pure): mean CPU share over the whole span,
 * the highest share between two consecutive samples, RSS at start, end and peak, and its growth.
 */
export function summarizeSamples(pid: number, samples: readonly ProcSample[], container?: string): TargetResources | undefined {
  if (samples.length < 2) return undefined;
  const first = samples[0];
  const last = samples[samples.length - 1];
  let peak = 0;
  for (let i = 1; i < samples.length; i++) {
    const wallS = (samples[i].atMs - samples[i - 1].atMs) / 1000;
    if (wallS > 0) peak = Math.max(peak, (samples[i].cpuSeconds - samples[i - 1].cpuSeconds) / wallS);
  }
  const wallS = (last.atMs - first.atMs) / 1000;
  const r = (v: number) => Math.round(v * 1000) / 1000;
  return {
    pid,
    samples: samples.length,
    cpuShare: r(wallS > 0 ? (last.cpuSeconds - first.cpuSeconds) / wallS : 0),
    cpuSharePeak: r(peak),
    rssMb: { start: r(first.rssMb), end: r(last.rssMb), max: r(Math.max(...samples.map((s) => s.rssMb))) },
    rssGrowthMb: r(last.rssMb - first.rssMb),
    cpuSeconds: r(last.cpuSeconds - first.cpuSeconds),
    ...(container === undefined ? {} : { container }),
    ...trendFields(samples),
  };
}

/**
 * The RSS floor trend and whether it reads as a leak, when the run was long enough to have one.
 * run-load.ts calls it again with the measured phase's samples only: a warm-up's climb to the
 * target's working set is not growth.
 */
export function trendFields(samples: readonly ProcSample[]): Pick<TargetResources, 'rssTrend' | 'rssLeak'> {
  const trend = rssFloorTrend(samples);
  if (!trend) return {};
  const r = (v: number) => Math.round(v * 1000) / 1000;
  const spanMinutes = (samples[samples.length - 1].atMs - samples[0].atMs) / 60_000;
  return { rssTrend: { perMinute: r(trend.perMinute), lower: r(trend.lower), upper: r(trend.upper) }, rssLeak: isLeak(trend, spanMinutes) };
}

export interface TargetSampler {
  /** The figures, or a warning; and the samples themselves (the result's timeline is drawn from them). */
  stop(): { resources?: TargetResources; warnings: RunWarning[]; samples?: readonly ProcSample[] };
}

/** Reads a pid file (trimmed, a positive integer); throws a message for a person otherwise. */
export async function readPidFile(path: string): Promise<number> {
  const text = await readFile(path, 'utf8').catch((err: Error) => {
    throw new Error(`cannot read the pid file ${path}: ${err.message}`);
  });
  const pid = Number(text.trim());
  if (!Number.isSafeInteger(pid) || pid <= 0) throw new Error(`the pid file ${path} holds ${JSON.stringify(text.trim().slice(0, 20))}, not a process id`);
  return pid;
}

/**
 * Starts sampling `pid` every `intervalMs` (default 1 s). Problems — no /proc, no such process —
 * become a `target-resources` warning rather than an error: the load result is still good.
 */
export function startTargetSampler(pid: number, intervalMs = DEFAULT_INTERVAL_MS): TargetSampler {
  return startSampler(() => readProcSample(pid), intervalMs, (samples) => summarizeSamples(pid, samples), (count) =>
    `Could not sample CPU and memory of process ${pid} from /proc (${count === 0 ? 'no such process, or not Linux' : 'the process ended during the run'}).`);
}

/**
 * Starts sampling a container's cgroup (container-resources.ts found it) every `intervalMs`. A
 * cgroup whose memory controller is off gives CPU only: its RSS figures are then left out with a
 * warning rather than reported as zero.
 */
export function startContainerSampler(cgroupDir: string, containerId: string, pid: number, intervalMs = DEFAULT_INTERVAL_MS): TargetSampler {
  let memoryKnown = true;
  const read = (): ProcSample | undefined => {
    const sample = readCgroupSample(cgroupDir);
    if (!sample) return undefined;
    memoryKnown &&= sample.memoryKnown;
    return { atMs: sample.atMs, cpuSeconds: sample.cpuSeconds, rssMb: sample.memoryKnown ? sample.rssMb : 0 };
  };
  const sampler = startSampler(read, intervalMs, (samples) => summarizeSamples(pid, samples, containerId.slice(0, 12)), (count) =>
    `Could not read the cgroup of container ${containerId.slice(0, 12)} at ${cgroupDir} (${count === 0 ? 'cpu.stat unreadable' : 'the container stopped during the run'}).`);
  return {
    stop() {
      const out = sampler.stop();
      if (!memoryKnown && out.resources) {
        out.warnings.push({ code: 'target-resources', message: `Container ${containerId.slice(0, 12)}: its cgroup has no memory.current (the memory controller is off), so only CPU was measured.` });
      }
      return out;
    },
  };
}

function startSampler(
  read: () => ProcSample | undefined,
  intervalMs: number,
  summarize: (samples: readonly ProcSample[]) => TargetResources | undefined,
  failure: (samplesTaken: number) => string,
): TargetSampler {
  const samples: ProcSample[] = [];
  const take = (): void => {
    const sample = read();
    if (sample) samples.push(sample);
  };
  take();
  const timer = setInterval(take, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      take();
      const resources = summarize(samples);
      if (resources) return { resources, warnings: [], samples };
      return { warnings: [{ code: 'target-resources', message: failure(samples.length) }], samples };
    },
  };
}

/** A `target-pid`-style setting as a target process: a whole number is a pid, anything else a pid file path. */
export function targetProcessInput(input: string): { pid: number } | { pidFile: string } {
  return /^\d+$/.test(input) ? { pid: Number(input) } : { pidFile: input };
}

/**
 * The profile with the `target-pid` input applied: a whole number is a pid, anything else a pid
 * file path; empty leaves the profile's own `target_process`.
 */
export function withTargetProcessInput<P extends { targetProcess?: { pid?: number; pidFile?: string; container?: string } }>(profile: P, input: string): P {
  if (input === '') return profile;
  const container = profile.targetProcess?.container;
  return { ...profile, targetProcess: { ...targetProcessInput(input), ...(container ? { container } : {}) } };
}

/**
 * The profile with the `target-container` input applied: the container (id or name) whose cgroup
 * is sampled instead of a local process; empty leaves the profile as it is.
 */
export function withTargetContainerInput<P extends { targetProcess?: { pid?: number; pidFile?: string; container?: string } }>(profile: P, input: string): P {
  if (input === '') return profile;
  return { ...profile, targetProcess: { ...profile.targetProcess, container: input } };
}
