/**
 * Request templates: an endpoint's path, header values and body may hold `{{ … }}` expressions that
 * are filled in per request, so a run can spread over many ids, choose among values, or carry a
 * token from the environment. The grammar:
 *
 *   text   := { literal | "{{" expr "}}" }          (spaces inside the braces are ignored)
 *   expr   := "int" INT INT                         uniform integer in [a, b], both inclusive
 *           | "choice" ITEM { ITEM }                one of the items, uniformly
 *   ITEM   := a word without spaces or braces | '"' text without '"', braces or control characters '"'
 *           | "seq" [ INT ]                         the endpoint's request number: 1, 2, 3 … (or from INT)
 *           | "uuid"                                a version-4 UUID
 *           | "env" NAME                            an environment variable: a secret, never written out
 *           | '"{{"'                                a literal "{{" (the one text that needs escaping)
 *           | NAME                                  in a flow step only: a variable (a capture of an
 *                                                   earlier step, or a feeder column); outside data
 *                                                   like env, encoded the same way
 *
 * A "}}" outside an expression is plain text (a JSON body with nested objects ends in "}}"); an
 * opening "{{" with no closing "}}" is an error.
 * A value is encoded for where it lands (`TemplateContext`): JSON-escaped inside a `json:` body's
 * strings, percent-encoded in a path when it comes from the environment, and as written in a raw
 * body; in a header value an environment value with a line break is refused before the load.
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
  | { kind: 'env'; name: string }
  | { kind: 'var'; name: string };

const EXPRESSION = /\{\{(.*?)\}\}/gs;
/** A word, or a double-quoted item (which may hold spaces). */
const TOKEN = /"([^"]*)"|(\S+)/g;
/** Characters a quoted item may not hold: quotes close it, braces end expressions, controls break requests. */
const BAD_IN_ITEM = /[{}\x00-\x1f\x7f]/;
const INTEGER = /^-?\d{1,15}$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A flow variable's name: an identifier that is not one of the expression words. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const WORDS = new Set(['int', 'choice', 'seq', 'uuid', 'env']);
const FORMS = 'int A B, choice X Y …, seq [START], uuid, env NAME';

/** True when the text holds a template expression (or anything that looks like the start of one). */
export function isTemplate(text: string): boolean {
  return text.includes('{{');
}

/**
 * Where a template's values land, which decides how they are encoded:
 * `path` — the request target (environment values percent-encoded as a URI component);
 * `header` — a header value (environment values with a line break are refused);
 * `json` — inside a string of a `json:` body, whose text is the serialised JSON (every value
 *   JSON-escaped; the expression itself is read back from its escaped form);
 * `raw` — a `body:` as written (values as they are).
 */
export type TemplateContext = 'path' | 'header' | 'json' | 'raw';

/**
 * Parses a template into parts, or returns what is wrong with it in words (naming the expression
 * and the valid forms). Pure; the profile reader reports the message with the field's path.
 * `variables`: in a flow step, where a bare name (`{{ token }}`) reads a variable; elsewhere it is
 * an unknown expression.
 */
export function parseTemplate(text: string, context: TemplateContext = 'raw', variables = false): TemplatePart[] | string {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of text.matchAll(EXPRESSION)) {
    if (match.index > last) parts.push({ kind: 'text', text: text.slice(last, match.index) });
    let expr = match[1];
    if (context === 'json') {
      // The serialised body escapes the expression as a JSON string's content (`\"red shoes\"`).
      try {
        expr = JSON.parse(`"${expr}"`) as string;
      } catch {
        return `{{${match[1]}}}: not an expression a JSON string can hold`;
      }
    }
    const part = parseExpression(expr.trim(), variables);
    if (typeof part === 'string') return `{{${match[1]}}}: ${part}`;
    parts.push(part);
    last = match.index + match[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes('{{')) return `a "{{" is never closed by "}}" (expressions are ${FORMS}; write {{ "{{" }} for a literal "{{")`;
  if (rest !== '') parts.push({ kind: 'text', text: rest });
  return parts;
}

function parseExpression(expr: string, variables: boolean): TemplatePart | string {
  if (expr === '"{{"') return { kind: 'text', text: '{{' };
  const tokens = tokenize(expr);
  if (typeof tokens === 'string') return tokens;
  const [word, ...args] = tokens;
  if (variables && args.length === 0 && VARIABLE_NAME.test(word ?? '') && !WORDS.has(word)) return { kind: 'var', name: word };
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

/** Splits an expression into words and quoted items; a quote left open or a bad character is an error. */
function tokenize(expr: string): string[] | string {
  const tokens: string[] = [];
  let end = 0;
  for (const m of expr.matchAll(TOKEN)) {
    if (expr.slice(end, m.index).trim() !== '') break;
    end = m.index + m[0].length;
    if (m[1] !== undefined) {
      if (BAD_IN_ITEM.test(m[1])) return `the quoted item ${JSON.stringify(m[1])} holds a brace or a control character`;
      tokens.push(m[1]);
    } else if (m[2].includes('"')) {
      return `${JSON.stringify(m[2])}: a quote must open and close a whole item, e.g. {{ choice "red shoes" blue }}`;
    } else {
      tokens.push(m[2]);
    }
  }
  return tokens;
}

/** The text with every expression removed, for checking the literal parts (e.g. a path has no spaces). */
export function templateLiteralText(parts: readonly TemplatePart[]): string {
  return parts.map((p) => (p.kind === 'text' ? p.text : 'x')).join('');
}

/** Names of the environment variables a template reads. */
export function templateEnvNames(parts: readonly TemplatePart[]): string[] {
  return parts.flatMap((p) => (p.kind === 'env' ? [p.name] : []));
}

/** Names of the flow variables a template reads, in order of first use. */
export function templateVariableNames(parts: readonly TemplatePart[]): string[] {
  const names: string[] = [];
  for (const p of parts) if (p.kind === 'var' && !names.includes(p.name)) names.push(p.name);
  return names;
}

/** What rendering one request needs: the endpoint's random stream, its request number, the env values. */
export interface RenderContext {
  random: RandomSource;
  /** 0 for an endpoint's first request, 1 for the next, … */
  requestNumber: number;
  env: Readonly<Record<string, string>>;
  /** A flow iteration's variables (captures and the feeder row); absent outside flows. */
  vars?: Readonly<Record<string, string>>;
}

/**
 * Fills a parsed template in, each value encoded for `context` (see TemplateContext). Missing env
 * values render empty: the runner checks them before the load. A choice item in a path is the
 * profile's own text and goes as written (the request line percent-encodes a space in it); an
 * environment value is outside data, so in a path it cannot add segments or query parameters.
 */
export function renderTemplate(parts: readonly TemplatePart[], ctx: RenderContext, context: TemplateContext = 'raw'): string {
  const json = context === 'json';
  let out = '';
  for (const p of parts) {
    switch (p.kind) {
      case 'text': out += p.text; break;
      case 'int': out += String(randomInteger(ctx.random, p.min, p.max)); break;
      case 'choice': {
        const item = p.items[randomInteger(ctx.random, 0, p.items.length - 1)];
        out += json ? jsonStringContent(item) : item;
        break;
      }
      case 'seq': out += String(p.start + ctx.requestNumber); break;
      case 'uuid': out += randomUuid(ctx.random); break;
      case 'env':
      case 'var': {
        const source = p.kind === 'env' ? ctx.env : ctx.vars;
        const value = (source !== undefined && Object.hasOwn(source, p.name) ? source[p.name] : undefined) ?? '';
        out += json ? jsonStringContent(value) : context === 'path' ? encodeURIComponent(value) : value;
        break;
      }
    }
  }
  return out;
}

/** A value as the inside of a JSON string: quotes, backslashes and control characters escaped. */
function jsonStringContent(value: string): string {
  return JSON.stringify(value).slice(1, -1);
}
