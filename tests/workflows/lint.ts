/**
 * Checks a GitHub workflow or action.yml the way a reviewer would, before a user copies it:
 *
 * - against SchemaStore's published schemas (github-workflow.json, github-action.json, vendored in
 *   tests/workflows/schemastore/ with their source and date), so a misspelt key or a wrong type fails;
 * - and what a schema cannot know: every `with:` key of a loadgate step (`uses: ./…` or
 *   `…/loadgate@…`) is an input action.yml declares, every `steps.<id>.outputs.<name>` read from a
 *   loadgate step is an output it declares, every job declares its `permissions:` (least privilege),
 *   and every permission a used feature needs is granted to the job that uses it (PERMISSION_NEEDS).
 *
 * Each finding names the file, the line and the key (`jobs.load.steps[1].with.commnet`), so a broken
 * example reads like a compiler error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, isPair, isScalar, type Node } from 'yaml';

// ajv is CommonJS with a default export; under NodeNext the class is on .default at type level.
const Ajv = AjvModule as unknown as typeof AjvModule.default;

const schemaDir = fileURLToPath(new URL('./schemastore/', import.meta.url));

export interface Finding {
  file: string;
  /** 1-based line of the key (or of the closest enclosing key that exists). */
  line: number;
  /** Dotted path of the key, e.g. `jobs.load.steps[1].with.commnet`. */
  key: string;
  message: string;
}

/** `file:line: key: message`, the form every finding is reported in. */
export function formatFinding(finding: Finding): string {
  return `${finding.file}:${finding.line}: ${finding.key}: ${finding.message}`;
}

/** The inputs and outputs an action declares. */
export interface ActionSpec {
  inputs: string[];
  outputs: string[];
}

/** Reads the input and output names of an action.yml text. */
export function readActionSpec(text: string): ActionSpec {
  const action = parseDocument(text).toJS() as { inputs?: object; outputs?: object };
  return { inputs: Object.keys(action.inputs ?? {}), outputs: Object.keys(action.outputs ?? {}) };
}

type Level = 'none' | 'read' | 'write';
const LEVEL_RANK: Record<Level, number> = { none: 0, read: 1, write: 2 };

/**
 * The permissions each feature needs, as docs/github.md states them: the sticky comment needs
 * `pull-requests: write`, the check run `checks: write`, downloading another run's artifact (the
 * fork-safe publish job) `actions: read`, and actions/checkout `contents: read` once `permissions:`
 * is declared (everything not listed becomes `none`).
 */
export const PERMISSION_NEEDS = {
  comment: { scope: 'pull-requests', level: 'write', feature: 'the sticky pull request comment' },
  checkRun: { scope: 'checks', level: 'write', feature: 'the check run' },
  artifactDownload: { scope: 'actions', level: 'read', feature: "downloading another run's artifact" },
  checkout: { scope: 'contents', level: 'read', feature: 'actions/checkout' },
} as const satisfies Record<string, { scope: string; level: Level; feature: string }>;

/** Events on which a gate-mode step has a pull request to comment on. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];

let compiled: { workflow: ValidateFunction; action: ValidateFunction } | undefined;
function validators(): { workflow: ValidateFunction; action: ValidateFunction } {
  if (!compiled) {
    // strict: false because SchemaStore's schemas use keywords ajv's strict mode rejects (e.g.
    // `markdownDescription`); verbose: true keeps each error's parentSchema, to tell oneOf branches apart.
    const ajv = new Ajv({ strict: false, allErrors: true, verbose: true });
    const load = (name: string) => JSON.parse(readFileSync(join(schemaDir, name), 'utf8')) as object;
    compiled = { workflow: ajv.compile(jobShapeByUses(load('github-workflow.json'))), action: ajv.compile(runsShapeByUsing(load('github-action.json'))) };
  }
  return compiled;
}

/**
 * The workflow schema says a job is `oneOf` a normal job and a reusable-workflow call, so a typo in a
 * normal job also yields the call shape's complaints ("runs-on is not allowed", "uses is required").
 * GitHub tells the two apart by `uses:`; so does this copy of the schema (if/then/else in place of
 * the oneOf), and only the shape the job has is reported.
 */
function jobShapeByUses(schema: object): object {
  const copy = structuredClone(schema) as { properties: { jobs: { patternProperties: Record<string, { oneOf?: { $ref: string }[] }> } } };
  for (const [pattern, job] of Object.entries(copy.properties.jobs.patternProperties)) {
    const refs = (job.oneOf ?? []).map((s) => s.$ref);
    if (refs.length !== 2 || !refs.includes('#/definitions/normalJob') || !refs.includes('#/definitions/reusableWorkflowCallJob')) {
      throw new Error(`github-workflow.json: jobs.${pattern} is no longer oneOf [normalJob, reusableWorkflowCallJob]; update jobShapeByUses`);
    }
    copy.properties.jobs.patternProperties[pattern] = {
      if: { required: ['uses'] },
      then: { $ref: '#/definitions/reusableWorkflowCallJob' },
      else: { $ref: '#/definitions/normalJob' },
    } as never;
  }
  return copy;
}

/**
 * The same for action.yml's `runs`, a oneOf of JavaScript, composite and Docker actions: the runner
 * picks the shape by `using`, so a bad `using: node99` is reported as a bad value, not as "main is
 * not allowed" from the two shapes it was never meant to be.
 */
function runsShapeByUsing(schema: object): object {
  const copy = structuredClone(schema) as { properties: { runs: { oneOf?: { $ref: string }[] } } };
  const refs = (copy.properties.runs.oneOf ?? []).map((s) => s.$ref).join(' ');
  if (refs !== '#/definitions/runs-javascript #/definitions/runs-composite #/definitions/runs-docker') {
    throw new Error(`github-action.json: runs is no longer oneOf [runs-javascript, runs-composite, runs-docker]; update runsShapeByUsing`);
  }
  const byUsing = (value: string, then: string, otherwise: object) => ({
    if: { required: ['using'], properties: { using: { const: value } } },
    then: { $ref: then },
    else: otherwise,
  });
  copy.properties.runs = byUsing('composite', '#/definitions/runs-composite', byUsing('docker', '#/definitions/runs-docker', { $ref: '#/definitions/runs-javascript' })) as never;
  return copy;
}

/** A parsed YAML file with a way back from a path to its line. */
class Located {
  private readonly lineCounter = new LineCounter();
  readonly doc;
  constructor(
    readonly file: string,
    text: string,
  ) {
    this.doc = parseDocument(text, { lineCounter: this.lineCounter });
  }

  get errors(): Finding[] {
    return this.doc.errors.map((error) => ({
      file: this.file,
      line: error.linePos?.[0]?.line ?? 1,
      key: '(file)',
      message: `not valid YAML: ${error.message.split('\n')[0]}`,
    }));
  }

  /** The line of the key at `path` (or of the deepest part of it that exists). */
  lineOf(path: (string | number)[]): number {
    let node: unknown = this.doc.contents;
    let offset = (node as Node | null)?.range?.[0] ?? 0;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(segment));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        offset = (node as Node).range?.[0] ?? offset;
      } else {
        break;
      }
    }
    return this.lineCounter.linePos(offset).line;
  }

  finding(path: (string | number)[], message: string): Finding {
    return { file: this.file, line: this.lineOf(path), key: keyText(path), message };
  }
}

/** `['jobs', 'load', 'steps', 1, 'with']` → `jobs.load.steps[1].with`. */
function keyText(path: (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(top level)';
}

function pathOf(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/**
 * Turns ajv's errors into findings a person can act on. A workflow job or step is a `oneOf` of
 * several shapes, so one typo yields errors from every shape; an unknown key is reported only when
 * every shape that has a key list rejects it, and when unknown keys explain the failure the other
 * branches' complaints (a `uses` the other shape requires) are left out.
 */
function schemaFindings(located: Located, errors: ErrorObject[], schemaName: string): Finding[] {
  const plain = errors.filter((e) => !['oneOf', 'anyOf', 'if', 'then', 'else', 'not'].includes(e.keyword));
  const unknownByPlace = new Map<string, { schemas: Set<unknown>; byKey: Map<string, Set<unknown>> }>();
  for (const e of plain.filter((e) => e.keyword === 'additionalProperties')) {
    const place = unknownByPlace.get(e.instancePath) ?? { schemas: new Set(), byKey: new Map() };
    place.schemas.add(e.parentSchema);
    const key = String((e.params as { additionalProperty: string }).additionalProperty);
    place.byKey.set(key, (place.byKey.get(key) ?? new Set()).add(e.parentSchema));
    unknownByPlace.set(e.instancePath, place);
  }
  const findings: Finding[] = [];
  for (const [instancePath, place] of unknownByPlace) {
    for (const [key, schemas] of place.byKey) {
      if (schemas.size === place.schemas.size) {
        findings.push(located.finding([...pathOf(instancePath), key], `"${key}" is not a key the ${schemaName} schema allows here`));
      }
    }
  }
  if (findings.length > 0) return findings;
  const seen = new Set<string>();
  for (const e of plain) {
    const path = pathOf(e.instancePath);
    const detail =
      e.keyword === 'enum'
        ? `${JSON.stringify(e.data)} is not one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`
        : e.keyword === 'required'
          ? `missing "${(e.params as { missingProperty: string }).missingProperty}"`
          : `${e.message ?? e.keyword} (${JSON.stringify(e.data)?.slice(0, 80)})`;
    const text = formatFinding(located.finding(path, detail));
    if (seen.has(text)) continue;
    seen.add(text);
    findings.push(located.finding(path, `${detail} — the ${schemaName} schema`));
  }
  return findings;
}

/** Checks an action.yml text against SchemaStore's github-action schema. */
export function lintAction(file: string, text: string): Finding[] {
  const located = new Located(file, text);
  if (located.errors.length > 0) return located.errors;
  const validate = validators().action;
  return validate(located.doc.toJS()) ? [] : schemaFindings(located, validate.errors ?? [], 'github-action');
}

interface Step {
  id?: string;
  uses?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on?: unknown;
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

/** Whether a `uses:` names loadgate: a local action (`./`, `./pr`) or `owner/loadgate@ref`. */
export function isLoadgateStep(uses: string | undefined): boolean {
  return typeof uses === 'string' && (uses.startsWith('./') || /(^|\/)loadgate(\/[^@]*)?@/.test(uses));
}

function eventNames(on: unknown): string[] {
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  if (on && typeof on === 'object') return Object.keys(on);
  return [];
}

/** `permissions:` as a scope → level function; undefined when not declared. */
function grants(permissions: unknown): ((scope: string) => Level) | undefined {
  if (permissions === undefined || permissions === null) return undefined;
  if (permissions === 'read-all') return () => 'read';
  if (permissions === 'write-all') return () => 'write';
  if (typeof permissions === 'object') {
    const map = permissions as Record<string, Level>;
    return (scope) => (Object.hasOwn(map, scope) ? map[scope] : 'none');
  }
  return () => 'none';
}

/** Every string in `value` with its path, for finding `steps.<id>.outputs.<name>` expressions. */
function* strings(value: unknown, path: (string | number)[]): Generator<[string, (string | number)[]]> {
  if (typeof value === 'string') yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, [...path, i]);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, [...path, k]);
}

/** Checks a workflow text: the schema first, then loadgate's inputs, outputs and permissions. */
export function lintWorkflow(file: string, text: string, action: ActionSpec): Finding[] {
  const located = new Located(file, text);
  if (located.errors.length > 0) return located.errors;
  const workflow = located.doc.toJS() as Workflow;
  const validate = validators().workflow;
  if (!validate(workflow)) return schemaFindings(located, validate.errors ?? [], 'github-workflow');

  const findings: Finding[] = [];
  const events = eventNames(workflow.on);
  for (const [jobId, job] of Object.entries(workflow.jobs ?? {})) {
    const jobPath = ['jobs', jobId];
    const needs: { scope: string; level: Level; why: string; line: number }[] = [];
    const loadgateIds = new Set<string>();
    for (const [index, step] of (job.steps ?? []).entries()) {
      const stepPath = [...jobPath, 'steps', index];
      const line = located.lineOf(stepPath);
      if (typeof step.uses === 'string' && /^actions\/checkout@/.test(step.uses)) {
        needs.push({ ...PERMISSION_NEEDS.checkout, why: PERMISSION_NEEDS.checkout.feature, line });
      }
      if (typeof step.uses === 'string' && /^actions\/download-artifact@/.test(step.uses) && step.with?.['run-id'] !== undefined) {
        needs.push({ ...PERMISSION_NEEDS.artifactDownload, why: PERMISSION_NEEDS.artifactDownload.feature, line });
      }
      if (!isLoadgateStep(step.uses)) continue;
      if (step.id) loadgateIds.add(step.id);
      const inputs = step.with ?? {};
      for (const key of Object.keys(inputs)) {
        if (!action.inputs.includes(key)) {
          findings.push(located.finding([...stepPath, 'with', key], `"${key}" is not an input of action.yml (inputs: ${action.inputs.join(', ')})`));
        }
      }
      const mode = String(inputs.mode ?? 'gate');
      const apiCalls = mode !== 'report-only' && inputs['github-token'] !== '';
      if (!apiCalls) continue;
      needs.push({ ...PERMISSION_NEEDS.checkRun, why: `${PERMISSION_NEEDS.checkRun.feature} (mode ${mode})`, line });
      const commentable = mode === 'publish' || events.some((e) => PULL_REQUEST_EVENTS.includes(e));
      if (commentable && String(inputs.comment ?? 'auto') !== 'never') {
        needs.push({ ...PERMISSION_NEEDS.comment, why: `${PERMISSION_NEEDS.comment.feature} (comment: ${String(inputs.comment ?? 'auto')})`, line });
      }
    }

    for (const [value, path] of strings(job, jobPath)) {
      for (const match of value.matchAll(/steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g)) {
        if (loadgateIds.has(match[1]) && !action.outputs.includes(match[2])) {
          findings.push(located.finding(path, `reads steps.${match[1]}.outputs.${match[2]}, but "${match[2]}" is not an output of action.yml (outputs: ${action.outputs.join(', ')})`));
        }
      }
    }

    const declaredAt = job.permissions !== undefined ? [...jobPath, 'permissions'] : workflow.permissions !== undefined ? ['permissions'] : undefined;
    const granted = grants(job.permissions ?? workflow.permissions);
    if (!granted || !declaredAt) {
      findings.push(located.finding(jobPath, 'declares no permissions: (neither the job nor the workflow), so the token gets the repository default, which may be write-all; grant only what the job needs, e.g. contents: read'));
      continue;
    }
    for (const need of needs) {
      if (LEVEL_RANK[granted(need.scope)] < LEVEL_RANK[need.level]) {
        findings.push(located.finding([...declaredAt, need.scope], `missing "${need.scope}: ${need.level}", which ${need.why} needs (step at line ${need.line}); granted: ${granted(need.scope)}`));
      }
    }
  }
  return findings;
}
