/**
 * Paired mode's load: the candidate (this build) and a second target (the protected branch's
 * build, started beside it on the same runner) loaded in alternating one-trial slots, A B B A …
 * (./schedule.ts). Both targets then see the same machine, the same noisy neighbours and the same
 * drift, so the run-to-run noise that blinds a cached baseline cancels, and a rank test of their
 * trials is a fair, strict gate.
 *
 * Each slot is one short run of the existing engine (`runLoad`, the pipeline's edge) with one
 * trial, in the profile's model: closed, or open at a steady rate (constant or soak — a ramp or
 * stages would be replayed inside every slot, so the pipeline refuses them). Every slot starts with
 * fresh connections, so each gets a short warm-up — a quarter of a trial, at most the profile's
 * warm-up — and a target's first slot gets the profile's full warm-up. Both targets are treated
 * alike, so whatever the warm-ups leave cancels too.
 */
import type { ClosedLoad, Endpoint, TargetProcess } from '../profile/types.js';
import type { LoadProgress, Measurement, RunLoadOptions } from '../load/types.js';
import { pairedSchedule, type PairedSide } from './schedule.js';
import { mergeSlotMeasurements } from './merge.js';

export interface PairedLoadOptions {
  candidateUrl: string;
  baselineUrl: string;
  /** The profile's load: `trials` trials per target, each `durationMs / trials` long. */
  load: ClosedLoad;
  endpoints: Endpoint[];
  /** The profile's flows, run in every slot beside the endpoints. */
  flows?: RunLoadOptions['flows'];
  /** A WebSocket session load, passed to every slot (its pseudo-endpoints are `endpoints`). */
  websocket?: RunLoadOptions['websocket'];
  runLoad(options: RunLoadOptions): Promise<Measurement>;
  /**
   * The two targets' processes, each sampled during its own slots, so their CPU time per request
   * is measured trial by trial like their latency (verdict/cpu-compare.ts).
   */
  candidateProcess?: TargetProcess;
  baselineProcess?: TargetProcess;
  /** Progress over the whole paired run (slots count as trials: 2 × trials of them). */
  onProgress?: (progress: LoadProgress) => void;
}

export interface PairedMeasurement {
  candidate: Measurement;
  baseline: Measurement;
}

/** The per-slot load: one trial, with the warm-up described in the file comment. */
export function slotLoad(load: ClosedLoad, firstOfItsSide: boolean): ClosedLoad {
  const trialMs = load.durationMs / load.trials;
  const warmupMs = firstOfItsSide ? load.warmupMs : Math.min(load.warmupMs, trialMs / 4);
  return { ...load, warmupMs, durationMs: trialMs, trials: 1 };
}

/** Total planned time of a paired run, for progress. */
function plannedTotalMs(load: ClosedLoad): number {
  const trialMs = load.durationMs / load.trials;
  const first = slotLoad(load, true).warmupMs;
  const later = slotLoad(load, false).warmupMs;
  return 2 * (first + trialMs) + (2 * load.trials - 2) * (later + trialMs);
}

/** Runs the paired load and returns one merged measurement per target. */
export async function runPairedLoad(options: PairedLoadOptions): Promise<PairedMeasurement> {
  const { load } = options;
  const slots = pairedSchedule(load.trials);
  const measured: Record<PairedSide, Measurement[]> = { baseline: [], candidate: [] };
  const totalMs = plannedTotalMs(load);
  let doneMs = 0;
  let requests = 0;
  let errors = 0;
  for (const slot of slots) {
    const slotSpec = slotLoad(load, slot.trial === 0);
    const targetProcess = slot.side === 'candidate' ? options.candidateProcess : options.baselineProcess;
    const m = await options.runLoad({
      targetUrl: slot.side === 'candidate' ? options.candidateUrl : options.baselineUrl,
      load: slotSpec,
      endpoints: options.endpoints,
      ...(options.flows ? { flows: options.flows } : {}),
      ...(options.websocket ? { websocket: options.websocket } : {}),
      ...(targetProcess ? { targetProcess } : {}),
      onProgress: options.onProgress
        ? (p) => {
            if (p.phase === 'done') return;
            options.onProgress?.({
              phase: p.phase === 'warmup' && slot.slot === 0 ? 'warmup' : 'measure',
              elapsedMs: doneMs + p.elapsedMs,
              totalMs,
              trial: slot.slot,
              trials: slots.length,
              requests: requests + p.requests,
              errors: errors + p.errors,
            });
          }
        : undefined,
    });
    measured[slot.side].push(m);
    doneMs += slotSpec.warmupMs + slotSpec.durationMs;
    for (const e of m.endpoints) {
      requests += e.requests;
      errors += e.errors;
    }
  }
  options.onProgress?.({ phase: 'done', elapsedMs: totalMs, totalMs, trial: slots.length, trials: slots.length, requests, errors });
  return { candidate: mergeSlotMeasurements(measured.candidate), baseline: mergeSlotMeasurements(measured.baseline) };
}
