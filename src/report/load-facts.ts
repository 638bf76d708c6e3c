/**
 * What the load itself did, beyond the endpoint figures: how an open-model schedule was kept
 * (planned and achieved rate, dropped arrivals, send lag, missed slots, each flow's iterations) and what the target process
 * used. One list of plain sentences, so the markdown report and the terminal say the same.
 */
import type { RunResult } from '../metrics/types.js';
import { formatCount, formatMs, formatRps } from './format.js';
import { iterationFacts } from './iteration-facts.js';
import { websocketFacts } from './websocket-facts.js';

/** One labelled fact about the load, for a table row or a terminal line. */
export interface LoadFact {
  label: string;
  text: string;
}

/** The load facts worth a reader's attention; empty for a plain closed-model run. */
export function loadFacts(result: RunResult): LoadFact[] {
  const facts: LoadFact[] = [];
  const open = result.open;
  if (open) {
    const shape = result.load.shape ? ` (${result.load.shape})` : '';
    facts.push({
      label: 'arrival rate',
      text: `planned ${formatRps(open.plannedRps)}${shape}, achieved ${formatRps(open.achievedRps)}`,
    });
    // The share, and with several endpoints which ones lost arrivals: (51.5%; home 6,180, search 2,060).
    const perEndpoint = result.endpoints.length > 1 ? result.endpoints.filter((e) => (e.dropped ?? 0) > 0) : [];
    const which = perEndpoint.map((e) => `${e.name} ${formatCount(e.dropped!)}`).join(', ');
    const share = open.dropped > 0 && open.planned > 0 ? ` (${((open.dropped / open.planned) * 100).toFixed(1)}%${which ? `; ${which}` : ''})` : '';
    facts.push({
      label: 'dropped',
      text:
        `${formatCount(open.dropped)} of ${formatCount(open.planned)} arrivals${share}; ` +
        `${formatCount(open.maxInFlight)} in flight allowed, ${formatCount(open.peakInFlight)} at most`,
    });
    facts.push({
      label: 'send lag',
      text: `p50 ${formatMs(open.sendLagMs.p50)}, p99 ${formatMs(open.sendLagMs.p99)}, max ${formatMs(open.sendLagMs.max)}`,
    });
    facts.push({
      label: `${open.slots.sizeMs} ms slots missed`,
      text: `${formatCount(open.slots.missed)} of ${formatCount(open.slots.total)}`,
    });
    if (open.iterations) facts.push(...iterationFacts(open.iterations, open.slots.sizeMs));
  }
  if (result.websocket) facts.push(...websocketFacts(result.websocket));
  const target = result.targetResources;
  if (target) {
    const growth = target.rssGrowthMb >= 0 ? `+${target.rssGrowthMb.toFixed(1)}` : `−${(-target.rssGrowthMb).toFixed(1)}`;
    facts.push({
      label: `target process ${target.pid}`,
      text:
        `CPU ${percentOfCore(target.cpuShare)} of a core (peak ${percentOfCore(target.cpuSharePeak)}), ` +
        `RSS ${target.rssMb.start.toFixed(1)} → ${target.rssMb.end.toFixed(1)} MB (${growth} MB, max ${target.rssMb.max.toFixed(1)} MB)`,
    });
  }
  return facts;
}

/** The footer's description of the load: connections for the closed model, the rate for the open one. */
export function loadModelText(result: RunResult): string {
  const load = result.load;
  if (load.model === 'open') {
    const rate = result.open ? formatRps(result.open.plannedRps) : load.rateRps !== undefined ? formatRps(load.rateRps) : 'scheduled';
    return `open model, ${rate}${load.shape ? ` ${load.shape}` : ''}`;
  }
  const pipelined = load.pipelining && load.pipelining > 1 ? ` × ${load.pipelining} pipelined` : '';
  return `${formatCount(load.connections)} connections${pipelined}`;
}

function percentOfCore(share: number): string {
  return `${Math.round(share * 100)}%`;
}
