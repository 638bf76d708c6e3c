/**
 * Environment variables a profile's templates read (`{{ env API_TOKEN }}`): secrets such as tokens,
 * kept out of the profile file. The entry points check them before anything is sent (a missing
 * token is a mistake to report at once, not after a 60-second readiness wait), the action masks
 * their values in the log, and the engine is handed the values; nothing else ever sees them.
 */
import type { Endpoint } from './types.js';
import { LoadgateError } from '../errors.js';
import { getOwn, setOwn } from './read.js';
import { isTemplate, parseTemplate, templateEnvNames, type TemplateContext } from './template.js';

/**
 * Runner internals a profile may not read: the actions runtime's tokens and service URLs
 * (`ACTIONS_RUNTIME_TOKEN`, `ACTIONS_ID_TOKEN_REQUEST_TOKEN`, `ACTIONS_CACHE_URL`, `ACTIONS_RESULTS_URL`, …)
 * and the step's own inputs (`INPUT_GITHUB-TOKEN`), which are not secrets the user meant to send.
 * A token to send goes through its own variable (`env: { API_TOKEN: ${{ secrets.API_TOKEN }} }`).
 */
export function isRunnerInternal(name: string): boolean {
  return /^(ACTIONS_|INPUT_)/i.test(name);
}

/** What a header value cannot carry (RFC 9110 field-value): control characters other than tab. */
export const HEADER_UNSAFE = /[\x00-\x08\x0a-\x1f\x7f]/;

/** Every template text of an endpoint with where it sits (`endpoints[2].headers.authorization`) and its context. */
export function endpointTemplateTexts(endpoint: Endpoint, where: string): { text: string; where: string; context: TemplateContext }[] {
  const texts: { text: string; where: string; context: TemplateContext }[] = [{ text: endpoint.path, where: `${where}.path`, context: 'path' }];
  for (const [name, value] of Object.entries(endpoint.headers)) texts.push({ text: value, where: `${where}.headers.${name}`, context: 'header' });
  if (endpoint.body !== undefined) {
    const json = endpoint.bodyFormat === 'json';
    texts.push({ text: endpoint.body, where: `${where}.${json ? 'json' : 'body'}`, context: json ? 'json' : 'raw' });
  }
  return texts.filter((t) => isTemplate(t.text));
}

/** One use of an environment variable: the field that reads it and how the value is encoded there. */
export interface EnvUse {
  where: string;
  context: TemplateContext;
}

/** The variables the endpoints' templates read, each with every field that reads it, in order. */
export function templateEnvironment(endpoints: readonly Endpoint[]): Map<string, EnvUse[]> {
  const names = new Map<string, EnvUse[]>();
  endpoints.forEach((endpoint, i) => {
    for (const { text, where, context } of endpointTemplateTexts(endpoint, `endpoints[${i}]`)) {
      const parts = parseTemplate(text, context);
      if (typeof parts === 'string') continue;
      for (const name of templateEnvNames(parts)) {
        const uses = names.get(name) ?? [];
        if (!uses.some((u) => u.where === where)) uses.push({ where, context });
        names.set(name, uses);
      }
    }
  });
  return names;
}

/** One problem with the template environment, with its code (`LOADGATE_ENV_INVALID` or `LOADGATE_ENV_MISSING`). */
export interface EnvProblem {
  code: 'LOADGATE_ENV_INVALID' | 'LOADGATE_ENV_MISSING';
  message: string;
}

/**
 * The values of the variables the templates read, and every problem with them at once:
 * `LOADGATE_ENV_INVALID` for runner internals (`isRunnerInternal`), `LOADGATE_ENV_MISSING` naming
 * every unset (or empty) variable and where it is used, and `LOADGATE_ENV_INVALID` for a value
 * used in a header that holds a line break or another control character (it would split the
 * header; in a path or a body the value is encoded instead). The values never appear in a message.
 */
export function checkTemplateEnvironment(
  endpoints: readonly Endpoint[],
  env: Readonly<Record<string, string | undefined>>,
): { values: Record<string, string>; problems: EnvProblem[] } {
  const values: Record<string, string> = {};
  const missing: string[] = [];
  const invalid: string[] = [];
  const internal: string[] = [];
  for (const [name, uses] of templateEnvironment(endpoints)) {
    const value = getOwn(env, name);
    const inHeader = uses.find((u) => u.context === 'header');
    if (isRunnerInternal(name)) internal.push(`${name} (used in ${uses[0].where})`);
    else if (value === undefined || value === '') missing.push(`${name} (used in ${uses[0].where})`);
    else if (inHeader && HEADER_UNSAFE.test(value)) invalid.push(`${name} (used in ${inHeader.where})`);
    else setOwn(values, name, value);
  }
  const problems: EnvProblem[] = [];
  if (internal.length > 0) {
    problems.push({
      code: 'LOADGATE_ENV_INVALID',
      message: `the profile reads runner internals, which are never sent: ${internal.join(', ')}. ` +
        'ACTIONS_* and INPUT_* variables belong to the runner and the step; pass a secret through a variable of its own (env: { API_TOKEN: ${{ secrets.API_TOKEN }} }).',
    });
  }
  if (missing.length > 0) {
    problems.push({ code: 'LOADGATE_ENV_MISSING', message: `the profile reads environment variables that are not set: ${missing.join(', ')}. Set them in the step's env: (from secrets).` });
  }
  if (invalid.length > 0) {
    problems.push({ code: 'LOADGATE_ENV_INVALID', message: `environment variables used in a header value hold a line break or another control character, which a header cannot carry: ${invalid.join(', ')}` });
  }
  return { values, problems };
}

/** `checkTemplateEnvironment`'s values; its first problem, if any, is thrown as a LoadgateError. */
export function resolveTemplateEnvironment(
  endpoints: readonly Endpoint[],
  env: Readonly<Record<string, string | undefined>>,
): Record<string, string> {
  const { values, problems } = checkTemplateEnvironment(endpoints, env);
  if (problems.length > 0) throw new LoadgateError(problems[0].code, problems[0].message);
  return values;
}
