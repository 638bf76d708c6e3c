/**
 * Request templates: an endpoint's path, header values and body may hold `{{ … }}` expressions that
 * are filled in per request, so a run can spread over many ids, choose among values, or carry a
 * token from the environment. The grammar:
 *
 *   text   := { literal | "{{" expr "}}" }          (spaces inside the braces are ignored)
 *   expr   := "int" INT INT                         uniform integer in [a, b], both inclusive
 *           | "choice" ITEM { ITEM }                one of the items, uniformly (items: no spaces or braces)
 *           | "seq" [ INT ]                         the endpoint's request number: 1, 2, 3 … (or from INT)
 *           | "uuid"                                a version-4 UUID
 *           | "env" NAME                            an environment variable: a secret, never written out
 *           | '"{{"'                                a literal "{{" (the one text that needs escaping)
 *
 * A "}}" outside an expression is plain text (a JSON body with nested objects ends in "}}"); an
 * opening "{{" with no closing "}}" is an error.
 * Random values come from the run's seeded source (plan/random.ts, one stream per endpoint), so the
 * n-th request to an endpoint gets the same values on every run with the same seed. Profiles, results
 * and baselines only ever hold the template text; `env` values are read when the load starts, masked
 * in the action's log, and exist nowhere else.
 */
import { randomInteger, randomUuid, type RandomSource } from '../plan/random.js';

export type TemplatePart =
  | { kind: 'text'; text: string }
  | { kind: 'int'; min: number; max: number }
  | { kind: 'choice'; items: string[] }
  | { kind: 'seq'; start: number }
  | { kind: 'uuid' }
  | { kind: 'env'; name: string };

const EXPRESSION = /\{\{(.*?)\}\}/gs;
const INTEGER = /^-?\d{1,15}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const FORMS = 'int A B, choice X Y …, seq [START], uuid, env NAME';

/** True when the text holds a template expression (or anything that looks like the start of one). */
export function isTemplate(text: string): boolean {
  return text.includes('{{');
}

/**
 * Parses a template into parts, or returns what is wrong with it in words (naming the expression
 * and the valid forms). Pure; the profile reader reports the message with the field's path.
 */
export function parseTemplate(text: string): TemplatePart[] | string {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    const part = parseExpression(match[1].trim());
    if (typeof part === 'string') return `{{${match[1]}}}: ${part}`;
    parts.push(part);
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes('{{')) return `a "{{" is never closed by "}}" (expressions are ${FORMS}; write {{ "{{" }} for a literal "{{")`;
  if (rest !== '') parts.push({ kind: 'text', text: rest });
  return parts;
}

function parseExpression(expr: string): TemplatePart | string {
  // Inside a `json:` string the template is read from the serialised body, quotes escaped.
  if (expr === '"{{"' || expr === '\\"{{\\"') return { kind: 'text', text: '{{' };
  const [word, ...args] = expr.split(/\s+/).filter((w) => w !== '');
  switch (word) {
    case 'int': {
      if (args.length !== 2 || !args.every((a) => INTEGER.test(a))) return 'int needs two whole numbers, e.g. {{ int 1 1000 }}';
      const [min, max] = args.map(Number);
      return min <= max ? { kind: 'int', min, max } : `int ${min} ${max}: the first bound must not exceed the second`;
    }
    case 'choice':
      return args.length > 0 ? { kind: 'choice', items: args } : 'choice needs at least one item, e.g. {{ choice red green }}';
    case 'seq':
      if (args.length === 0) return { kind: 'seq', start: 1 };
      return args.length === 1 && INTEGER.test(args[0]) ? { kind: 'seq', start: Number(args[0]) } : 'seq takes at most one whole number (the start)';
    case 'uuid':
      return args.length === 0 ? { kind: 'uuid' } : 'uuid takes no arguments';
    case 'env':
      return args.length === 1 && ENV_NAME.test(args[0]) ? { kind: 'env', name: args[0] } : 'env needs one variable name, e.g. {{ env API_TOKEN }}';
    default:
      return `${word === undefined ? 'an empty expression' : `"${word}"`} is not a template expression (use ${FORMS})`;
  }
}

/** The text with every expression removed, for checking the literal parts (e.g. a path has no spaces). */
export function templateLiteralText(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : 'x')).join('');
}

/** Names of the environment variables a template reads. */
export function templateEnvNames(parts: readonly TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'env' ? [p.name] : []));
}

/** What rendering one request needs: the endpoint's random stream, its request number, the env values. */
export interface RenderContext {
  random: RandomSource;
  /** 0 for an endpoint's first request, 1 for the next, … */
  requestNumber: number;
  env: Readonly<Record<string, string>>;
}

/** Fills a parsed template in. Missing env values render empty: the runner checks them before the load. */
export function renderTemplate(parts: readonly TemplatePart[], ctx: RenderContext): string {
  let out = '';
  for (const p of parts) {
    switch (p.kind) {
      case 'text': out += p.text; break;
      case 'int': out += String(randomInteger(ctx.random, p.min, p.max)); break;
      case 'choice': out += p.items[randomInteger(ctx.random, 0, p.items.length - 1)]; break;
      case 'seq': out += String(p.start + ctx.requestNumber); break;
      case 'uuid': out += randomUuid(ctx.random); break;
      case 'env': out += ctx.env[p.name] ?? ''; break;
    }
  }
  return out;
}
