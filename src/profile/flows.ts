/**
 * The `flows:` list: user journeys. A flow's steps run in order; values captured from one step's
 * response fill the templates of the later steps of the same iteration. The grammar (defaults in
 * brackets):
 *
 *   flows:                 list of at most 100 steps and flows in all, with the endpoints; names unique
 *     - name               required; also the name of the flow's iteration figures; not an endpoint's name
 *       weight             [1] share of iterations against other flows and endpoints (a request counts as one)
 *       think_time         pause between steps: a duration or { min, max } [none]
 *       iteration_think_time   pause after an iteration before the next (closed model) [none]
 *       cookies            [false] a fresh cookie jar per iteration (RFC 6265)
 *       feeder:            { file: users.csv | rows.json, order: [sequential] random unique }
 *       on_failure         [abort] abort | continue: after a bad status or failed check
 *       thresholds         on the iteration: duration percentiles, error_rate (1 − completion), throughput
 *       steps:             required, non-empty; each an endpoint's keys (no weight), name unique in the flow,
 *                          plus capture and check (flow-checks.ts); templates may read {{ NAME }}
 *
 * A variable must be captured by an earlier step, or come from the feeder: with no feeder an unknown
 * name is an error here; with one it is taken for a column and checked when the file is read
 * (feeder-file.ts). A variable captured only by the same or a later step is an error either way.
 */
import type { Endpoint, FeederColumnUse, FeederSpec, Flow, FlowStep, SeverityCutoffs } from './types.js';
import { readRequest, MAX_ENDPOINTS } from './endpoints.js';
import { endpointTemplateTexts } from './env.js';
import { readThinkTime } from './load.js';
import { readCaptures, readChecks } from './flow-checks.js';
import { readThresholds } from './thresholds.js';
import { suggestKey } from './suggest.js';
import { parseTemplate, templateVariableNames } from './template.js';
import {
  describeValue, joinPath, readInteger, readMapping, readName, requireKey, type Issue, type Mapping,
} from './read.js';

const FLOW_KEYS = ['name', 'weight', 'steps', 'think_time', 'iteration_think_time', 'cookies', 'feeder', 'on_failure', 'thresholds'] as const;
const STEP_KEYS = [
  'name', 'method', 'path', 'headers', 'body', 'json', 'expect_status', 'thresholds', 'severity', 'timeout', 'capture', 'check',
] as const;
const FEEDER_KEYS = ['file', 'order'] as const;
const ORDERS = ['sequential', 'random', 'unique'] as const;

type LineOf = (path: string) => number | undefined;

function readFeeder(value: unknown, path: string, lineOf: LineOf, issues: Issue[]): FeederSpec | undefined {
  const mapping = readMapping(value, path, FEEDER_KEYS, issues);
  if (!mapping || !requireKey(mapping, 'file', path, 'a CSV or JSON file of rows, relative to the profile', issues)) return undefined;
  const where = joinPath(path, 'file');
  const file = mapping.file;
  const format = typeof file === 'string' ? /\.(csv|json)$/i.exec(file)?.[1].toLowerCase() : undefined;
  if (format === undefined) {
    issues.push({ path: where, message: `${describeValue(file)} is not a .csv or .json file name` });
    return undefined;
  }
  const order = mapping.order ?? 'sequential';
  if (!ORDERS.includes(order as never)) {
    issues.push({ path: joinPath(path, 'order'), message: `${describeValue(order)} is not a feeder order (use ${ORDERS.join(', ')})` });
    return undefined;
  }
  const line = lineOf(where);
  return { file: file as string, format: format as 'csv' | 'json', order: order as FeederSpec['order'], columnsUsed: [], where, ...(line === undefined ? {} : { line }) };
}

function readStep(item: unknown, path: string, severityBase: SeverityCutoffs, lineOf: LineOf, issues: Issue[]): FlowStep | undefined {
  const mapping = readMapping(item, path, STEP_KEYS, issues);
  if (!mapping) return undefined;
  const { capture, check, ...request } = mapping;
  const endpoint = readRequest(request, path, severityBase, issues, true);
  const line = lineOf(path);
  return {
    ...endpoint,
    ...(line === undefined ? {} : { line }),
    captures: readCaptures(capture, joinPath(path, 'capture'), issues),
    checks: readChecks(check, joinPath(path, 'check'), issues),
  };
}

/**
 * Checks that each variable a step reads is defined before it: captured by an earlier step, or
 * (with a feeder) a column of the file, recorded in `feeder.columnsUsed` for feeder-file.ts.
 */
function checkVariables(flow: Flow, path: string, lineOf: LineOf, issues: Issue[]): void {
  const capturedAt = new Map<string, number>();
  flow.steps.forEach((step, i) => {
    for (const capture of step.captures) if (!capturedAt.has(capture.as)) capturedAt.set(capture.as, i);
  });
  const columns: FeederColumnUse[] = [];
  flow.steps.forEach((step, i) => {
    const stepPath = joinPath(joinPath(path, 'steps'), i);
    for (const { text, where, context } of endpointTemplateTexts(step, stepPath)) {
      const parts = parseTemplate(text, context, true);
      if (typeof parts === 'string') continue;
      for (const name of templateVariableNames(parts)) {
        const at = capturedAt.get(name);
        if (at !== undefined && at < i) continue;
        if (at !== undefined) {
          const by = flow.steps[at];
          issues.push({
            path: where,
            message: `{{ ${name} }} is captured by step "${by.name}" (${joinPath(joinPath(path, 'steps'), at)}), which ${at === i ? 'is this step' : 'runs later'}; a step can read only what earlier steps captured`,
          });
        } else if (flow.feeder) {
          const line = lineOf(where);
          columns.push({ column: name, where, ...(line === undefined ? {} : { line }) });
        } else {
          const known = [...capturedAt.keys()].filter((n) => capturedAt.get(n)! < i);
          const guess = suggestKey(name, [...capturedAt.keys()]);
          issues.push({
            path: where,
            message: `{{ ${name} }} in step "${step.name}" is not a variable of flow "${flow.name}" (${known.length === 0 ? 'no earlier step captures anything' : `earlier steps capture ${known.join(', ')}`}; add a capture or a feeder)${guess === undefined ? '' : `; did you mean "${guess}"?`}`,
          });
        }
      }
    }
  });
  if (flow.feeder) flow.feeder.columnsUsed = columns;
}

function readSteps(value: unknown, path: string, severityBase: SeverityCutoffs, lineOf: LineOf, issues: Issue[]): FlowStep[] {
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path, message: `${Array.isArray(value) ? 'an empty list' : describeValue(value)} is not a list of steps (give at least one, with name and path)` });
    return [];
  }
  const steps: FlowStep[] = [];
  const names = new Map<string, number>();
  value.forEach((item, i) => {
    const stepPath = joinPath(path, i);
    const step = readStep(item, stepPath, severityBase, lineOf, issues);
    if (!step) return;
    const first = names.get(step.name);
    if (step.name !== '' && first !== undefined) {
      issues.push({ path: joinPath(stepPath, 'name'), message: `"${step.name}" is already the name of ${joinPath(path, first)}; step names must be unique in a flow` });
    } else {
      names.set(step.name, i);
    }
    steps.push(step);
  });
  return steps;
}

function readFlow(mapping: Mapping, path: string, severityBase: SeverityCutoffs, lineOf: LineOf, issues: Issue[]): Flow {
  const at = (key: string) => joinPath(path, key);
  const name = requireKey(mapping, 'name', path, 'a name such as "checkout"', issues) ? readName(mapping.name, at('name'), issues) : undefined;
  const flow: Flow = {
    name: name ?? '',
    weight: mapping.weight === undefined ? 1 : readInteger(mapping.weight, at('weight'), 1, undefined, issues) ?? 1,
    steps: requireKey(mapping, 'steps', path, 'a list of steps, each with name and path', issues) ? readSteps(mapping.steps, at('steps'), severityBase, lineOf, issues) : [],
    cookies: false,
    onFailure: 'abort',
    thresholds: readThresholds(mapping.thresholds, at('thresholds'), issues),
  };
  const line = lineOf(path);
  if (line !== undefined) flow.line = line;
  if (mapping.think_time !== undefined) {
    const think = readThinkTime(mapping.think_time, at('think_time'), issues);
    if (think) flow.thinkTime = think;
  }
  if (mapping.iteration_think_time !== undefined) {
    const think = readThinkTime(mapping.iteration_think_time, at('iteration_think_time'), issues);
    if (think) flow.iterationThinkTime = think;
  }
  if (mapping.cookies !== undefined) {
    if (typeof mapping.cookies === 'boolean') flow.cookies = mapping.cookies;
    else issues.push({ path: at('cookies'), message: `${describeValue(mapping.cookies)} is not true or false` });
  }
  if (mapping.on_failure !== undefined) {
    if (mapping.on_failure === 'abort' || mapping.on_failure === 'continue') flow.onFailure = mapping.on_failure;
    else issues.push({ path: at('on_failure'), message: `${describeValue(mapping.on_failure)} is not abort or continue` });
  }
  if (mapping.feeder !== undefined) {
    const feeder = readFeeder(mapping.feeder, at('feeder'), lineOf, issues);
    if (feeder) flow.feeder = feeder;
  }
  checkVariables(flow, path, lineOf, issues);
  return flow;
}

/**
 * Reads `flows:` (optional). Flow names must be unique and differ from every endpoint's name, since
 * the flow's iteration figures are reported under it; steps and flows count against the same
 * limit of MAX_ENDPOINTS rows as endpoints.
 */
export function readFlows(
  value: unknown,
  path: string,
  endpoints: readonly Endpoint[],
  severityBase: SeverityCutoffs,
  lineOf: LineOf,
  issues: Issue[],
): Flow[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length === 0) {
    issues.push({ path, message: `${Array.isArray(value) ? 'an empty list' : describeValue(value)} is not a list of flows (give at least one, with name and steps)` });
    return [];
  }
  const flows: Flow[] = [];
  const taken = new Map<string, string>(endpoints.map((e, i) => [e.name, `endpoints[${i}]`]));
  value.forEach((item, i) => {
    const itemPath = joinPath(path, i);
    const mapping = readMapping(item, itemPath, FLOW_KEYS, issues);
    if (!mapping) return;
    const flow = readFlow(mapping, itemPath, severityBase, lineOf, issues);
    const other = taken.get(flow.name);
    if (flow.name !== '' && other !== undefined) {
      issues.push({ path: joinPath(itemPath, 'name'), message: `"${flow.name}" is already the name of ${other}; flows and endpoints need distinct names (results list both)` });
    } else {
      taken.set(flow.name, itemPath);
    }
    flows.push(flow);
  });
  const rows = endpoints.length + flows.reduce((n, f) => n + 1 + f.steps.length, 0);
  if (rows > MAX_ENDPOINTS) {
    issues.push({ path, message: `${endpoints.length} endpoints, ${flows.length} flows and their steps make ${rows} result rows, more than the ${MAX_ENDPOINTS} a profile may have (split the profile)` });
  }
  return flows;
}
