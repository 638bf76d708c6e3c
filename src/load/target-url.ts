/**
 * Where requests go. A target may carry a base path (`http://host:8080/api`) when the service sits
 * behind a prefix; endpoint paths in the profile are written relative to it (`/users` → `/api/users`).
 */

export interface Target {
  /** `http://host:port`: what the engine's connections (and the readiness probe) connect to. */
  origin: string;
  /** The target's path without a trailing slash ('' for none), prefixed to every endpoint path. */
  basePath: string;
}

/**
 * A URL that carries user info (`http://user:pass@host`) is refused: the credentials would be
 * printed wherever the target is (log, report, comment) and never sent. Returns the problem with
 * the URL shown without them, or undefined.
 */
export function userInfoProblem(url: URL): string | undefined {
  if (url.username === '' && url.password === '') return undefined;
  return `"${url.protocol}//***@${url.host}${url.pathname === '/' ? '' : url.pathname}" must not carry a user name or password ` +
    '(they would be printed in the log and report, and are never sent); send credentials in a header from a secret instead, ' +
    'e.g. headers: { authorization: "Basic {{ env API_CREDENTIALS }}" }';
}

/** Text that is not a URL, quoted for a message; anything before an `@` may be a password and is hidden. */
function quoteNonUrl(text: string): string {
  const shown = text.replace(/^[^/]*@/, '***@');
  return JSON.stringify(shown.length > 60 ? `${shown.slice(0, 57)}...` : shown);
}

/**
 * The one rule for a target URL, wherever it is given (the profile's `target:`, the `target` and
 * `baseline-target` inputs, the `--target` and `--baseline-target` flags, the engine's options):
 * an absolute http or https URL, without user info (userInfoProblem), query or fragment; it may
 * have a base path. Returns the problem in words, starting with the quoted value and never showing
 * a password, or undefined. The caller puts the field's name in front.
 */
export function targetUrlProblem(text: string): string | undefined {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (url === undefined || !text.includes('://')) {
    const example = /^[\w.-]+(:\d+)?(\/.*)?$/.test(text) ? `http://${text}` : 'http://127.0.0.1:8080';
    return `${quoteNonUrl(text)} is not an absolute URL (use http:// or https://, e.g. ${example})`;
  }
  const credentials = userInfoProblem(url);
  if (credentials) return credentials;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `"${text}" must use http or https, not ${url.protocol.replace(':', '')}`;
  }
  if (url.search !== '' || url.hash !== '') return `"${text}" must not have a query or fragment (put those in each endpoint path)`;
  return undefined;
}

/**
 * Splits a target URL into origin and base path. Returns a problem string (targetUrlProblem's, with
 * the option's name) instead of throwing, so the caller can report it with the others.
 */
export function parseTarget(targetUrl: string): Target | string {
  const problem = targetUrlProblem(targetUrl);
  if (problem) return `targetUrl ${problem}`;
  const url = new URL(targetUrl);
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}

/** Appends a path to a base URL that may itself have a path (`http://host/api` + `/health`). */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/** Appends an endpoint path ('/users?page=2') to a base path ('/api'), with exactly one slash between. */
export function joinPath(basePath: string, endpointPath: string): string {
  const path = endpointPath.startsWith('/') ? endpointPath : `/${endpointPath}`;
  return basePath + path;
}
