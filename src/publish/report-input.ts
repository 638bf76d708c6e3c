/**
 * Reading a report produced elsewhere (the `publish` mode): the file comes from a pull request's
 * run, possibly from a fork, so it is untrusted data. It is size-bounded before parsing, validated
 * against schemas/result.schema.json (bundled, so the action needs no file beside it), and held to
 * limits the schema leaves open: names that a profile could have produced, bounded counts and
 * string lengths. Anything else is refused with every problem named; the renderers escape the
 * free text that remains (notes, refs, sources).
 */
import { readFile, stat } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';
import schema from '../../schemas/result.schema.json' with { type: 'json' };
import type { ReportDocument } from '../report/document.js';
import { LoadgateError } from '../errors.js';
import { ROW_NAME } from '../baseline/types.js';

/** Limits on an untrusted report that the schema leaves open: size, counts, string lengths. */
export const REPORT_MAX_BYTES = 10 * 1024 * 1024;
export const REPORT_MAX_ENDPOINTS = 1000;
export const REPORT_MAX_TRIALS = 200;
export const REPORT_MAX_ITEMS = 20_000;
export const REPORT_MAX_STRING_CHARS = 2000;
const NAME = /^[A-Za-z0-9._-]{1,64}$/;
const MAX_PROBLEMS = 10;

const AjvClass = Ajv2020 as unknown as typeof Ajv2020.default;
const validate = new AjvClass({ allErrors: true, strict: true, formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/ } }).compile(schema);

/**
 * Checks a parsed report. Returns the problems (at most ten, each with its JSON path), none when
 * the document can be rendered and published.
 */
export function reportProblems(doc: unknown): string[] {
  if (!validate(doc)) {
    const named = (validate.errors ?? []).map((e) => {
      const extra = (e.params as { additionalProperty?: string }).additionalProperty;
      return `${e.instancePath || '/'}: ${e.message ?? 'is invalid'}${extra ? ` ("${extra.slice(0, 64)}")` : ''}`;
    });
    return [...new Set(named)].slice(0, MAX_PROBLEMS);
  }
  const d = doc as Partial<ReportDocument>;
  const problems: string[] = [];
  for (const field of ['verdict', 'comparisons', 'breaches', 'baseline', 'notes'] as const) {
    if (d[field] === undefined) problems.push(`/${field}: is required in a report to publish`);
  }
  if (!NAME.test(d.profile!.name)) problems.push(`/profile/name: must be 1–64 of A-Z a-z 0-9 . _ -`);
  if (d.endpoints!.length > REPORT_MAX_ENDPOINTS) problems.push(`/endpoints: more than ${REPORT_MAX_ENDPOINTS} endpoints`);
  d.endpoints!.forEach((e, i) => {
    if (!ROW_NAME.test(e.name)) problems.push(`/endpoints/${i}/name: must be 1–64 of A-Z a-z 0-9 . _ -, or up to three such names joined by / (a flow's step, a WebSocket pseudo-endpoint)`);
    if (e.trials.length > REPORT_MAX_TRIALS) problems.push(`/endpoints/${i}/trials: more than ${REPORT_MAX_TRIALS} trials`);
  });
  for (const list of ['comparisons', 'breaches', 'notes', 'warnings'] as const) {
    if ((d[list]?.length ?? 0) > REPORT_MAX_ITEMS) problems.push(`/${list}: more than ${REPORT_MAX_ITEMS} items`);
  }
  const names = new Set(d.endpoints!.map((e) => e.name));
  [...(d.comparisons ?? []), ...(d.breaches ?? [])].forEach((c, i) => {
    if (!names.has(c.endpoint)) problems.push(`comparisons/breaches item ${i}: endpoint "${c.endpoint.slice(0, 64)}" is not among /endpoints`);
  });
  const long = longString(doc, '');
  if (long) problems.push(`${long}: longer than ${REPORT_MAX_STRING_CHARS} characters`);
  return problems.slice(0, MAX_PROBLEMS);
}

/** An endpoint's encoded histogram: long by nature, bounded by the schema's maxLength instead. */
const HISTOGRAM_PATH = /^\/endpoints\/\d+\/histogram$/;

function longString(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.length > REPORT_MAX_STRING_CHARS && !HISTOGRAM_PATH.test(path) ? path || '/' : undefined;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const found = longString(v, `${path}/${i}`);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = longString(v, `${path}/${k}`);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Reads and checks the report at `path`. Throws LOADGATE_REPORT_INVALID naming the file and every
 * problem when it is missing, too large, not JSON or not a valid report.
 */
export async function readUntrustedReport(path: string): Promise<ReportDocument> {
  const fail = (why: string) => new LoadgateError('LOADGATE_REPORT_INVALID', `report ${path}: ${why}`);
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) throw fail('no such file (download the artifact that holds it first)');
  if (info.size > REPORT_MAX_BYTES) throw fail(`${info.size} bytes is over the ${REPORT_MAX_BYTES}-byte limit`);
  let doc: unknown;
  try {
    doc = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw fail(`not valid JSON (${(err as Error).message})`);
  }
  const problems = reportProblems(doc);
  if (problems.length > 0) throw fail(`not a loadgate report this version can publish:\n${problems.join('\n')}`);
  return doc as ReportDocument;
}
