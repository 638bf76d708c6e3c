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

/**
 * Splits a target URL into origin and base path. Returns a problem string instead of throwing so the
 * caller can report it with the others (only http and https are accepted; query and fragment of the
 * target are not supported and rejected rather than silently dropped).
 */
export function parseTarget(targetUrl: string): Target | string {
  let url: URL;
  try {
    url = new URL(targetUrl);
  } catch {
    return `targetUrl "${targetUrl}" is not a URL (expected e.g. http://127.0.0.1:8080)`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `targetUrl "${targetUrl}" must use http or https, not ${url.protocol.replace(':', '')}`;
  }
  const credentials = userInfoProblem(url);
  if (credentials) return `targetUrl ${credentials}`;
  if (url.search !== '' || url.hash !== '') {
    return `targetUrl "${targetUrl}" must not have a query or fragment; put them in endpoint paths`;
  }
  return { origin: url.origin, basePath: url.pathname.replace(/\/+$/, '') };
}

/** Appends an endpoint path ('/users?page=2') to a base path ('/api'), with exactly one slash between. */
export function joinPath(basePath: string, endpointPath: string): string {
  const path = endpointPath.startsWith('/') ? endpointPath : `/${endpointPath}`;
  return basePath + path;
}
