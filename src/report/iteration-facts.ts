/**
 * The open model's facts about flow iterations (result `open.iterations`): for each flow, how many
 * of its arrivals started an iteration, were dropped at the in-flight cap, or started late — the
 * schedule kept or not, per journey. Plain sentences, shared by the markdown report and the terminal
 * through load-facts.ts.
 */
import type { FlowArrivals } from '../metrics/types.js';
import { formatCount, formatMs } from './format.js';

/**
 * One fact per flow (load-facts.ts's `LoadFact`s, typed apart so neither file imports the other):
 * "48 of 50 started, 2 dropped (4.0%), 3 late (≥ 10 ms); start lag p50 0.21 ms, p99 12.5 ms".
 */
export function iterationFacts(iterations: readonly FlowArrivals[], slotMs: number): { label: string; text: string }[] {
  return iterations.map((i) => {
    const dropped = i.dropped > 0 && i.planned > 0 ? ` (${((100 * i.dropped) / i.planned).toFixed(1)}%)` : '';
    return {
      label: `iterations of ${i.flow}`,
      text:
        `${formatCount(i.started)} of ${formatCount(i.planned)} started, ${formatCount(i.dropped)} dropped${dropped}, ` +
        `${formatCount(i.late)} late (≥ ${slotMs} ms); start lag p50 ${formatMs(i.startLagMs.p50)}, p99 ${formatMs(i.startLagMs.p99)}`,
    };
  });
}
