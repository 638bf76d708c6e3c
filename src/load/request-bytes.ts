/**
 * The bytes of one HTTP/1.1 request, as the load engine writes them (see http1.ts): request line,
 * `host`, the endpoint's headers, a `content-length` when there is a body (or the method expects
 * one), the body. Pure; made once per endpoint, or once per request for a templated one.
 */

/** Methods whose requests carry a body by convention: they get `content-length: 0` when they have none. */
export const BODY_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Characters a request target cannot hold as they are (space, controls, anything outside ASCII),
 * e.g. from a template value; they are percent-encoded (UTF-8) rather than sent broken.
 */
const UNSAFE_IN_TARGET = /[^\x21-\x7e]/gu;

/** Percent-encodes what a request line cannot carry; a path without such characters is returned as is. */
export function encodeRequestTarget(path: string): string {
  UNSAFE_IN_TARGET.lastIndex = 0;
  return UNSAFE_IN_TARGET.test(path) ? path.replace(UNSAFE_IN_TARGET, (ch) => encodeURIComponent(ch)) : path;
}

/**
 * `headers` is a flat [name, value, …] list with lower-case names, already checked by the profile
 * reader (token names, no line breaks in values, no framing headers). A `host` among them replaces
 * the target's.
 */
export function serializeRequest(method: string, path: string, host: string, headers: readonly string[], body: Buffer | null): Buffer {
  let head = `${method} ${encodeRequestTarget(path)} HTTP/1.1\r\n`;
  let hasHost = false;
  for (let i = 0; i < headers.length; i += 2) if (headers[i].toLowerCase() === 'host') hasHost = true;
  if (!hasHost) head += `host: ${host}\r\n`;
  for (let i = 0; i < headers.length; i += 2) head += `${headers[i]}: ${headers[i + 1]}\r\n`;
  if (body !== null) head += `content-length: ${body.length}\r\n`;
  else if (BODY_METHODS.has(method)) head += 'content-length: 0\r\n';
  head += '\r\n';
  const headBytes = Buffer.from(head, 'utf8');
  return body === null || body.length === 0 ? headBytes : Buffer.concat([headBytes, body]);
}
