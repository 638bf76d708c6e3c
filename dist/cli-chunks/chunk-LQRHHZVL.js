import { createRequire as __loadgateCreateRequire } from 'node:module'; const require = __loadgateCreateRequire(import.meta.url);
import {
  LEVELS,
  formatChange,
  formatCount,
  formatMs,
  formatRps
} from "./chunk-HOUHS2GM.js";

// src/report/iteration-facts.ts
function iterationFacts(iterations, slotMs) {
  return iterations.map((i) => {
    const dropped = i.dropped > 0 && i.planned > 0 ? ` (${(100 * i.dropped / i.planned).toFixed(1)}%)` : "";
    return {
      label: `iterations of ${i.flow}`,
      text: `${formatCount(i.started)} of ${formatCount(i.planned)} started, ${formatCount(i.dropped)} dropped${dropped}, ${formatCount(i.late)} late (\u2265 ${slotMs} ms); start lag p50 ${formatMs(i.startLagMs.p50)}, p99 ${formatMs(i.startLagMs.p99)}`
    };
  });
}

// src/report/websocket-facts.ts
function websocketFacts(ws) {
  const facts = [
    {
      label: "WebSocket messages",
      text: `sent ${formatRps(ws.sentPerSecond)}, received ${formatRps(ws.receivedPerSecond)} (server-initiated ${formatRps(ws.serverPerSecond)})` + (ws.nonJson > 0 ? `; ${formatCount(ws.nonJson)} not JSON` : "")
    },
    {
      label: "WebSocket connections",
      text: `${formatCount(ws.connections)} asked, ${formatCount(ws.opened)} handshakes succeeded, ${formatCount(ws.failedHandshakes)} failed`
    }
  ];
  const codes = Object.entries(ws.disconnectsByCode).sort(([a], [b]) => Number(a) - Number(b));
  if (ws.drops > 0 || codes.length > 0) {
    const byCode = codes.map(([code, n]) => `${code}: ${formatCount(n)}`).join(", ");
    const recovery = ws.reconnectMs ? `, time to reconnect p50 ${formatMs(ws.reconnectMs.p50)}, max ${formatMs(ws.reconnectMs.max)}` : "";
    const slow = ws.reconnectsOverMaxTime > 0 ? `; ${formatCount(ws.reconnectsOverMaxTime)} not within reconnect.max_time` : "";
    facts.push({
      label: "WebSocket drops",
      text: `${formatCount(ws.drops)} (close codes ${byCode || "none"}), ${formatCount(ws.reconnects)} reconnected${recovery}${slow}`
    });
  }
  return facts;
}

// src/report/load-facts.ts
function loadFacts(result) {
  const facts = [];
  const open = result.open;
  if (open) {
    const shape = result.load.shape ? ` (${result.load.shape})` : "";
    facts.push({
      label: "arrival rate",
      text: `planned ${formatRps(open.plannedRps)}${shape}, achieved ${formatRps(open.achievedRps)}`
    });
    const perEndpoint = result.endpoints.length > 1 ? result.endpoints.filter((e) => (e.dropped ?? 0) > 0) : [];
    const which = perEndpoint.map((e) => `${e.name} ${formatCount(e.dropped)}`).join(", ");
    const share = open.dropped > 0 && open.planned > 0 ? ` (${(open.dropped / open.planned * 100).toFixed(1)}%${which ? `; ${which}` : ""})` : "";
    facts.push({
      label: "dropped",
      text: `${formatCount(open.dropped)} of ${formatCount(open.planned)} arrivals${share}; ${formatCount(open.maxInFlight)} in flight allowed, ${formatCount(open.peakInFlight)} at most`
    });
    facts.push({
      label: "send lag",
      text: `p50 ${formatMs(open.sendLagMs.p50)}, p99 ${formatMs(open.sendLagMs.p99)}, max ${formatMs(open.sendLagMs.max)}`
    });
    facts.push({
      label: `${open.slots.sizeMs} ms slots missed`,
      text: `${formatCount(open.slots.missed)} of ${formatCount(open.slots.total)}`
    });
    if (open.iterations) facts.push(...iterationFacts(open.iterations, open.slots.sizeMs));
  }
  if (result.websocket) facts.push(...websocketFacts(result.websocket));
  const target = result.targetResources;
  if (target) {
    const growth = target.rssGrowthMb >= 0 ? `+${target.rssGrowthMb.toFixed(1)}` : `\u2212${(-target.rssGrowthMb).toFixed(1)}`;
    facts.push({
      label: `target process ${target.pid}`,
      text: `CPU ${percentOfCore(target.cpuShare)} of a core (peak ${percentOfCore(target.cpuSharePeak)}), RSS ${target.rssMb.start.toFixed(1)} \u2192 ${target.rssMb.end.toFixed(1)} MB (${growth} MB, max ${target.rssMb.max.toFixed(1)} MB)`
    });
  }
  return facts;
}
function loadModelText(result) {
  const load = result.load;
  if (load.model === "open") {
    const rate = result.open ? formatRps(result.open.plannedRps) : load.rateRps !== void 0 ? formatRps(load.rateRps) : "scheduled";
    return `open model, ${rate}${load.shape ? ` ${load.shape}` : ""}`;
  }
  const pipelined = load.pipelining && load.pipelining > 1 ? ` \xD7 ${load.pipelining} pipelined` : "";
  return `${formatCount(load.connections)} connections${pipelined}`;
}
function percentOfCore(share) {
  return `${Math.round(share * 100)}%`;
}

// src/report/run-metrics.ts
var CAUSE_TEXT = {
  latency: "latency",
  errors: "errors",
  rate: "the rate (arrivals dropped or sent late)"
};
function capacitySentence(result) {
  const c = result.capacity;
  if (!c) return void 0;
  if (c.heldToCeiling) return `capacity at least ${formatRps(c.capacityRps)} (every step held, up to the ceiling)`;
  const interval = `(${formatRps(c.lowerRps).replace("/s", "")}\u2026${formatRps(c.upperRps)})`;
  const broke = c.brokeAt ? c.targetStopped ? `, broke at ${formatRps(c.brokeAt.rateRps)} (target stopped answering)` : `, broke at ${formatRps(c.brokeAt.rateRps)} on ${c.brokeAt.causes.map((k) => CAUSE_TEXT[k]).join(" and ") || "the SLO"}` : "";
  const early = c.stepsRun < c.stepsPlanned ? `; stopped after ${c.stepsRun} of ${c.stepsPlanned} steps` : "";
  return `capacity ${formatRps(c.capacityRps)} ${interval}${broke}${early}`;
}
function rssTrendSentence(result) {
  const trend = result.targetResources?.rssTrend;
  if (!trend) return void 0;
  const mb = (v) => Math.abs(v) < 0.05 ? "0.0" : v.toFixed(1).replace("-", "\u2212");
  const verb = trend.perMinute >= 0 ? "grows" : "shrinks";
  const leak = result.targetResources?.rssLeak ? " \u2014 a leak: the floor rises through the whole interval" : "";
  return `RSS ${verb} ${mb(Math.abs(trend.perMinute))} MB/min (${mb(trend.lower)}\u2026${mb(trend.upper)})${leak}`;
}
function cpuPerRequestSentence(result) {
  const cpu = result.targetResources?.cpuPerRequest;
  if (!cpu) return void 0;
  const n = cpu.trialsMs.length;
  const range = n > 1 ? `; ${formatMs(Math.min(...cpu.trialsMs)).replace(" ms", "")}\u2026${formatMs(Math.max(...cpu.trialsMs))}` : "";
  return `target CPU ${formatMs(cpu.medianMs)} per request (${n === 1 ? "one trial" : `median of ${n} trials`}${range})`;
}
function recoverySentence(result) {
  const r = result.recovery;
  if (!r) return void 0;
  const seconds = (ms) => `${(ms / 1e3).toFixed(1)} s`;
  const rule = `p95 back within ${Math.round(r.band * 100)}% of ${formatMs(r.preSpikeP95Ms)}, without errors, for ${seconds(r.settleMs)}`;
  const spike = `spike at ${(r.spikeStartMs / 1e3).toFixed(1)}\u2013${seconds(r.spikeEndMs)} of the measured phase`;
  if (r.recovered && r.recoveryMs !== void 0) return `recovered ${seconds(r.recoveryMs)} after the spike (${rule}; ${spike})`;
  return `not recovered in the ${seconds(r.watchedMs)} watched after the spike (needs ${rule}; ${spike})`;
}
function driftSentence(result) {
  const drifts = result.latencyDrift;
  if (!drifts || drifts.length === 0) return void 0;
  const surest = drifts.reduce((a, b) => b.lower > a.lower ? b : a);
  if (surest.lower <= 0) return "p95 holds steady (no endpoint drifts beyond its noise)";
  const ms = (v) => v.toFixed(2).replace("-", "\u2212");
  return `p95 drifts +${ms(surest.perMinute)} ms/min on ${surest.endpoint} (${ms(surest.lower)}\u2026${ms(surest.upper)})`;
}
function runMetricSentences(result) {
  return [capacitySentence(result), recoverySentence(result), rssTrendSentence(result), driftSentence(result), cpuPerRequestSentence(result)].filter((s) => s !== void 0);
}

// src/report/labels.ts
var SEVERITY_TEXT = { none: "\u2014", minor: "\u{1F7E1} minor", major: "\u{1F7E0} major", critical: "\u{1F534} critical" };
function severityCell(c, advisoryTable = false) {
  if (c.severity !== "none" || !c.advisorySeverity || c.advisorySeverity === "none") return SEVERITY_TEXT[c.severity];
  return advisoryTable ? SEVERITY_TEXT[c.advisorySeverity] : `(${SEVERITY_TEXT[c.advisorySeverity]}, advisory)`;
}
function intervalText(c) {
  return c.interval ? `${formatChange(c.interval.lower, c.changeKind)} \u2026 ${formatChange(c.interval.upper, c.changeKind)}` : "\u2014";
}
function gateLine(report) {
  const { verdict } = report;
  const counts = ["critical", "major", "minor"].map((s) => [s, report.comparisons.filter((c) => c.severity === s).length + report.breaches.filter((b) => b.severity === s).length]).filter(([, n]) => n > 0).map(([s, n]) => `${n} ${s}`);
  const gate = verdict.failed ? `fail-on \`${verdict.failOn}\`: **the gate fails**` : `fail-on \`${verdict.failOn}\`: the gate passes`;
  return counts.length > 0 ? `${gate} \xB7 ${counts.join(" \xB7 ")}` : `${gate} \xB7 no regressions`;
}
var rank = (l) => LEVELS.indexOf(l ?? "none");
function advisorySeverityOf(report) {
  const stated = report.verdict.advisorySeverity;
  if (stated !== void 0 && LEVELS.includes(stated)) return stated;
  return report.comparisons.reduce((worst, c) => rank(c.advisorySeverity) > rank(worst) ? c.advisorySeverity ?? "none" : worst, "none");
}
function hasUnconfirmedChange(report) {
  return rank(advisorySeverityOf(report)) >= rank("major");
}
function statusLabel(report) {
  const { verdict } = report;
  const worst = verdict.maxSeverity === "none" ? "" : ` (${verdict.maxSeverity})`;
  switch (verdict.status) {
    case "pass":
      return hasUnconfirmedChange(report) ? "\u26A0\uFE0F passes" : "\u2705 pass";
    case "regressed":
      return `\u274C regressed${worst}`;
    case "no-baseline":
      return `\u26AA no baseline${worst}`;
    case "error":
      return "\u26A0\uFE0F error";
  }
}
function unconfirmedSentence(report, name = (s) => s) {
  if (!hasUnconfirmedChange(report)) return void 0;
  const seen = report.comparisons.filter((c) => c.severity === "none" && rank(c.advisorySeverity) >= rank("major")).sort((a, b) => rank(b.advisorySeverity) - rank(a.advisorySeverity) || Math.abs(b.change) - Math.abs(a.change));
  if (seen.length === 0) return void 0;
  const listed = seen.slice(0, 3).map((c) => `${name(c.endpoint)} ${c.metric} ${formatChange(c.change, c.changeKind)}`);
  const more = seen.length > 3 ? ` and ${seen.length - 3} more` : "";
  const why = report.baseline.mode === "paired" ? "significant only before Holm\u2019s correction for the number of tests" : allEndpointsMoved(report.comparisons, seen) ? `could not be told apart from a slower runner with ${runsText(report.baseline.runs)}: every endpoint moved together` : `could not be told apart from runner noise with ${runsText(report.baseline.runs)}`;
  return `${listed.join(", ")}${more} ${why}; ${seen.length === 1 ? "it does" : "they do"} not fail the step`;
}
function runsText(runs) {
  return runs === 1 ? "1 stored run" : `${runs ?? "the"} stored runs`;
}
function allEndpointsMoved(all, seen) {
  const endpoints = new Set(all.map((c) => c.endpoint));
  const moved = new Set(seen.map((c) => c.endpoint));
  return endpoints.size > 1 && moved.size === endpoints.size;
}
function methodText(report) {
  if (report.comparisons.length === 0) return "nothing compared with a baseline";
  if (report.baseline.mode === "paired") return "paired trials interleaved A B B A, Mann\u2013Whitney U, Holm-corrected";
  const methods = new Set(report.comparisons.map((c) => c.method ?? "trials"));
  const cacheEndpoints = new Set(report.comparisons.filter((c) => c.method === "history" || c.method === "relative").map((c) => c.endpoint));
  const tests = [
    methods.has("trials") ? "Mann\u2013Whitney U per trial" : void 0,
    methods.has("relative") || cacheEndpoints.size >= 2 ? "each endpoint against the rest of its run" : void 0,
    methods.has("history") ? "against the stored runs\u2019 run-to-run spread (Student t)" : void 0
  ].filter(Boolean);
  return `${tests.join(" and ")}, Holm-corrected`;
}

export {
  loadFacts,
  loadModelText,
  runMetricSentences,
  SEVERITY_TEXT,
  severityCell,
  intervalText,
  gateLine,
  advisorySeverityOf,
  statusLabel,
  unconfirmedSentence,
  methodText
};
