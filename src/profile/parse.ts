/**
 * Profile text in, validated `Profile` out — or every problem in it at once. Pure: no file system,
 * environment or logging; the caller reads the file and prints `formatProblems`.
 */
import { MIN_DRIFT_SPAN_MS } from '../metrics/latency-drift.js';
import { LineCounter, parseDocument } from 'yaml';
import { targetUrlProblem } from '../load/target-url.js';
import type { LoadSpec, Profile, ProfileProblem, ReadinessSettings } from './types.js';
import { findLine, indexLines } from './lines.js';
import { readEndpoints } from './endpoints.js';
import { readFlows } from './flows.js';
import { readLoad } from './load.js';
import { readLevels } from './levels.js';
import { readRegression } from './regression.js';
import { readTrend } from './trend.js';
import { readThresholds } from './thresholds.js';
import { readWebSocket, websocketEndpoints } from './websocket.js';
import { formatDurationMs } from './duration.js';
import { spikeSpan } from '../plan/rate-schedule.js';
import {
  describeValue, isMapping, joinPath, readDuration, readMapping, readName, readUrlPath, requireKey, type Issue,
} from './read.js';

export type ParseOutcome = { ok: true; profile: Profile } | { ok: false; problems: ProfileProblem[] };

const PROFILE_KEYS = [
  '$schema', 'name', 'target', 'load', 'levels', 'endpoints', 'flows', 'thresholds', 'regression', 'readiness', 'target_process', 'trend',
  'websocket',
] as const;
const TARGET_PROCESS_KEYS = ['pid', 'pid_file'] as const;
const READINESS_KEYS = ['path', 'timeout'] as const;
const MAX_READINESS_MS = 3_600_000;
/**
 * Memory one endpoint costs per trial while the load runs: its latency histogram and status counts
 * (measured: docs/profile.md). The run refuses a profile whose histograms would pass the budget.
 */
export const BYTES_PER_ENDPOINT_TRIAL = 160 * 1024;
export const HISTOGRAM_BUDGET_BYTES = 1024 * 1024 * 1024;

/** Endpoints × trials against the memory budget, for the top-level load and each level. */
function checkHistogramMemory(profile: Profile, issues: Issue[]): void {
  const loads: [string, LoadSpec][] = [['load.trials', profile.load], ...Object.entries(profile.levels ?? {}).map(([name, load]): [string, LoadSpec] => [joinPath(joinPath('levels', name), 'load'), load])];
  const endpoints = profile.endpoints.length + (profile.flows ?? []).reduce((n, f) => n + 1 + f.steps.length, 0);
  for (const [path, load] of loads) {
    const bytes = endpoints * load.trials * BYTES_PER_ENDPOINT_TRIAL;
    if (bytes <= HISTOGRAM_BUDGET_BYTES) continue;
    const mb = (n: number) => `${Math.round(n / (1024 * 1024)).toLocaleString('en-US')} MB`;
    issues.push({
      path,
      message: `${endpoints} endpoints × ${load.trials} trials need ${(endpoints * load.trials).toLocaleString('en-US')} latency histograms, about ${mb(bytes)} of memory, ` +
        `more than the ${mb(HISTOGRAM_BUDGET_BYTES)} a run may use (at most ${Math.floor(HISTOGRAM_BUDGET_BYTES / BYTES_PER_ENDPOINT_TRIAL).toLocaleString('en-US')} endpoints × trials): use fewer trials or endpoints`,
    });
  }
}

/** The target URL, by the one target-URL rule (load/target-url.ts); endpoint paths are appended to it. */
function readTarget(value: unknown, path: string, issues: Issue[]): string | undefined {
  const problem = typeof value === 'string' ? targetUrlProblem(value) : `${describeValue(value)} is not a URL (e.g. http://127.0.0.1:8080)`;
  if (problem === undefined) return value as string;
  issues.push({ path, message: problem });
  return undefined;
}

/** Reads `readiness:` — path "/" and timeout 60s by default. */
function readReadiness(value: unknown, path: string, issues: Issue[]): ReadinessSettings {
  const readiness: ReadinessSettings = { path: '/', timeoutMs: 60_000 };
  if (value === undefined) return readiness;
  const mapping = readMapping(value, path, READINESS_KEYS, issues);
  if (!mapping) return readiness;
  if (mapping.path !== undefined) readiness.path = readUrlPath(mapping.path, joinPath(path, 'path'), issues) ?? readiness.path;
  if (mapping.timeout !== undefined) {
    readiness.timeoutMs = readDuration(mapping.timeout, joinPath(path, 'timeout'), false, issues, MAX_READINESS_MS) ?? readiness.timeoutMs;
  }
  return readiness;
}

/**
 * Reads `target_process:` — `pid` (a number) or `pid_file` (a path, read when the load starts) of the
 * local process serving the target, whose CPU and memory the run then samples from /proc.
 */
function readTargetProcess(value: unknown, path: string, issues: Issue[]): Profile['targetProcess'] {
  if (value === undefined) return undefined;
  const mapping = readMapping(value, path, TARGET_PROCESS_KEYS, issues);
  if (!mapping) return undefined;
  const hasPid = mapping.pid !== undefined;
  const hasFile = mapping.pid_file !== undefined;
  if (hasPid === hasFile) {
    issues.push({ path, message: 'give either pid (a process id) or pid_file (a file holding one), exactly one of them' });
    return undefined;
  }
  if (hasPid) {
    const pid = mapping.pid;
    if (typeof pid === 'number' && Number.isInteger(pid) && pid > 0) return { pid };
    issues.push({ path: joinPath(path, 'pid'), message: `${describeValue(pid)} is not a process id (a whole number > 0)` });
    return undefined;
  }
  if (typeof mapping.pid_file === 'string' && mapping.pid_file !== '') return { pidFile: mapping.pid_file };
  issues.push({ path: joinPath(path, 'pid_file'), message: `${describeValue(mapping.pid_file)} is not a file path` });
  return undefined;
}

/** Checks the whole document; every reader records its problems and carries on with a default. */
function readProfile(root: unknown, lineOf: (path: string) => number | undefined, issues: Issue[]): Profile | undefined {
  if (!isMapping(root)) {
    issues.push({ path: '', message: `the profile is ${describeValue(root)}, not a mapping (it needs at least name and endpoints)` });
    return undefined;
  }
  const mapping = readMapping(root, '', PROFILE_KEYS, issues) ?? root;
  const name = requireKey(mapping, 'name', '', 'a name such as "checkout-api"', issues)
    ? readName(mapping.name, 'name', issues) : undefined;
  const target = mapping.target === undefined ? undefined : readTarget(mapping.target, 'target', issues);
  const regression = readRegression(mapping.regression, 'regression', issues);
  const load = readLoad(mapping.load, 'load', issues);
  const websocket = readWebSocket(mapping.websocket, 'websocket', load, issues);
  if (mapping.websocket !== undefined && mapping.endpoints !== undefined) {
    issues.push({ path: 'websocket', message: 'a profile runs either endpoints or a websocket block, not both: split it into two profiles' });
  }
  const profile: Profile = {
    name: name ?? '',
    ...(target === undefined ? {} : { target }),
    load,
    endpoints: websocket ? websocketEndpoints(websocket, lineOf('websocket'))
      : mapping.websocket !== undefined || (mapping.endpoints === undefined && mapping.flows !== undefined) ? []
      : requireKey(mapping, 'endpoints', '', 'a list of endpoints, each with name and path (or flows, or a websocket block)', issues)
        ? readEndpoints(mapping.endpoints, 'endpoints', regression.severity, lineOf, issues) : [],
    thresholds: readThresholds(mapping.thresholds, 'thresholds', issues),
    regression,
    readiness: readReadiness(mapping.readiness, 'readiness', issues),
  };
  const flows = readFlows(mapping.flows, 'flows', profile.endpoints, regression.severity, lineOf, issues);
  if (flows.length > 0) profile.flows = flows;
  const levels = readLevels(mapping.levels, mapping.load, 'levels', issues);
  if (levels) profile.levels = levels;
  if (flows.length > 0) {
    const loads: [string, LoadSpec][] = [['load', profile.load], ...Object.entries(levels ?? {}).map(([name, load]): [string, LoadSpec] => [joinPath(joinPath('levels', name), 'load'), load])];
    for (const [path, load] of loads) {
      // A ladder's steps are read as requests/s over every row; a flow's row counts iterations and
      // its steps' rows the same requests again, so the reading would mean nothing.
      if (load.model === 'open' && load.capacity) issues.push({ path: joinPath(path, 'capacity'), message: 'a capacity ladder measures endpoints\' requests/s, and cannot be run with flows: remove flows from this profile, or use rate or stages' });
    }
  }
  if (mapping.trend !== undefined) profile.trend = readTrend(mapping.trend, 'trend', issues);
  for (const [level, spec] of websocket ? Object.entries(levels ?? {}) : []) {
    if (spec.model !== 'closed') issues.push({ path: joinPath(joinPath('levels', level), 'load'), message: 'a websocket profile runs by warmup, duration and trials of a closed load; rate, stages and max_in_flight do not apply' });
  }
  const targetProcess = readTargetProcess(mapping.target_process, 'target_process', issues);
  if (targetProcess) profile.targetProcess = targetProcess;
  if (websocket) profile.websocket = websocket;
  if (websocket && flows.length > 0) issues.push({ path: 'flows', message: 'cannot be combined with a websocket block: a profile runs either HTTP endpoints and flows, or WebSocket sessions' });
  checkHistogramMemory(profile, issues);
  if (profile.thresholds.some((t) => t.metric === 'capacity') && !(profile.load.model === 'open' && profile.load.capacity)) {
    issues.push({ path: 'thresholds.capacity', message: 'needs a capacity ladder to measure the capacity: add load.capacity, or remove this threshold' });
  }
  checkRecoveryThresholds(profile, issues);
  if (profile.thresholds.some((t) => t.metric === 'p95_drift') && profile.load.durationMs < MIN_DRIFT_SPAN_MS) {
    issues.push({ path: 'thresholds.p95_drift', message: `needs a measured phase of at least ${formatDurationMs(MIN_DRIFT_SPAN_MS)} to read a drift per minute (load.duration is ${formatDurationMs(profile.load.durationMs)}): lengthen load.duration, or remove this threshold` });
  }
  return profile;
}

/**
 * `thresholds.recovery_time` needs a spike to recover from, and a watch after it longer than every
 * limit: a run that has not recovered when the watch ends must be past the limit, not unjudged.
 */
function checkRecoveryThresholds(profile: Profile, issues: Issue[]): void {
  const tiers = profile.thresholds.filter((t) => t.metric === 'recovery_time');
  if (tiers.length === 0) return;
  const load = profile.load;
  if (load.model !== 'open' || load.shape.kind !== 'spike') {
    issues.push({ path: 'thresholds.recovery_time', message: 'needs a spike to recover from: give load.shape: spike (with spike_rate), or remove this threshold' });
    return;
  }
  const span = spikeSpan(load.shape.spikeMs, load.durationMs);
  const watchMs = load.durationMs - span.endMs;
  const longest = Math.max(...tiers.map((t) => t.limit));
  if (longest >= watchMs) {
    issues.push({
      path: 'thresholds.recovery_time',
      message: `a limit of ${formatDurationMs(longest)} is not shorter than the ${formatDurationMs(watchMs)} the run watches after the spike ((duration − spike_duration) / 2); lengthen load.duration to at least ${formatDurationMs(2 * (longest + 1000) + span.endMs - span.startMs)} or lower the limit`,
    });
  }
}

/** A YAML library message without its trailing "at line X, column Y:" and source excerpt. */
function yamlMessage(message: string): string {
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses and validates a profile. The format (snake_case keys; defaults in brackets):
 *
 *   $schema          any (ignored; lets editors find schemas/profile.schema.json)
 *   name             required; 1..64 of A-Z a-z 0-9 . _ -
 *   target           http(s) URL, no user info, query or fragment [none: the CLI or action supplies it]
 *   load:            closed: connections [50] 1..10000 · think_time (duration or {min, max}) ·
 *                    pipelining [1] 1..256 — or open: rate (requests/s) · shape [constant] constant
 *                    ramp step spike soak with start_rate / steps / spike_rate, spike_duration —
 *                    or stages [{duration, rate}] with start_rate · max_in_flight [1000] 1..10000;
 *                    both: warmup [2s] 0..1h · duration [30s] > 0, at most 24h (not with stages) ·
 *                    trials [10] 2..200 · request_timeout [10s] > 0, at most 10m · seed ·
 *                    at least 100ms per trial · endpoints × trials within the histogram budget
 *   levels:          { <name>: { load: {…} } }, each merged over load (see levels.ts)
 *   target_process:  pid or pid_file of the local target, sampled from /proc during the run
 *   endpoints:       required unless flows are given, non-empty list of at most 100; names unique; each:
 *                    name (required) · method [GET] GET HEAD POST PUT PATCH DELETE OPTIONS, any case ·
 *                    path (required, starts with /) · headers {name: string} · body (string) xor
 *                    json (any value; adds content-type: application/json) · weight [1] >= 1 ·
 *                    expect_status [any 2xx] code or list of codes 100..599 ·
 *                    thresholds (as below) · severity (cut-offs, as in regression; unset keys inherit) ·
 *                    timeout [load.request_timeout] · path, header values and body may hold
 *                    {{ … }} templates (template.ts)
 *   flows:           user journeys of steps with captures, checks, think time, cookies and a
 *                    feeder (grammar in flows.ts); steps and flows count toward the 100; in the
 *                    open model iterations arrive at the rate; not with a capacity ladder
 *   thresholds       see the grammar in thresholds.ts, e.g. { p95: { major: 300ms, critical: 1s } }
 *   regression:      metrics [p50, p95, throughput, error_rate] from p50 p90 p95 p99 mean throughput
 *                    error_rate · alpha [0.05] in (0, 0.5) · severity [minor 10%, major 25%,
 *                    critical 50%] percent or fraction, > 0, strictly increasing ·
 *                    history [20] runs a saved baseline keeps, 2..100
 *   readiness:       path [/] · timeout [60s] > 0, at most 1h
 *   trend:           alpha [0.01] in (0, 0.5) · min_change [5%] > 0 · history [100] runs of
 *                    summaries kept for change points, 10..1000 (see trend.ts)
 *   websocket:       a WebSocket session load instead of endpoints (grammar in websocket.ts)
 *
 * Durations need a unit (500ms, 2s, 1m30s). Unknown keys are errors. Problems carry their YAML
 * path and 1-based line; a document YAML cannot parse yields the YAML library's errors alone.
 */
export function parseProfile(text: string, fileName: string): ParseOutcome {
  void fileName; // Kept for callers' symmetry with formatProblems: problems hold no file name.
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error): ProfileProblem => {
      const position = error.linePos?.[0];
      const message = error.code === 'MULTIPLE_DOCS'
        ? 'the file holds more than one YAML document; a profile is one (remove the "---" line)'
        : `YAML syntax: ${yamlMessage(error.message)}${position ? ` (column ${position.col})` : ''}`;
      return position ? { path: '', line: position.line, message } : { path: '', message };
    });
    return { ok: false, problems };
  }
  if (doc.contents === null) {
    return { ok: false, problems: [{ path: '', line: 1, message: 'the profile is empty (it needs at least name and endpoints)' }] };
  }
  const index = indexLines(doc, lineCounter);
  const lineOf = (path: string) => findLine(index, path);
  const issues: Issue[] = [];
  let root: unknown;
  try {
    root = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // Only alias abuse ("billion laughs") makes toJS throw once the document has parsed.
    return { ok: false, problems: [{ path: '', message: `YAML: ${(error as Error).message}` }] };
  }
  const profile = readProfile(root, lineOf, issues);
  if (profile && issues.length === 0) return { ok: true, profile };
  const problems = issues.map(({ path, message }): ProfileProblem => {
    const line = lineOf(path);
    return line === undefined ? { path, message } : { path, line, message };
  });
  // In file order, as an editor shows them; sort is stable, so one line's problems keep theirs.
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems };
}

/**
 * One line per problem, ready for a terminal or an annotation:
 * `load.connections: "fifty" is not a whole number between 1 and 10000 — profile.yml:5`.
 */
export function formatProblems(problems: ProfileProblem[], fileName: string): string {
  return problems
    .map(({ path, line, message }) => {
      const where = line === undefined ? fileName : `${fileName}:${line}`;
      return `${path === '' ? '' : `${path}: `}${message} — ${where}`;
    })
    .join('\n');
}
