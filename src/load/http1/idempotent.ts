/**
 * Which serialized requests a connection may send a second time: only idempotent ones (RFC 9110
 * §9.2.2), since a request that reached the socket may have been processed (RFC 9112 §9.3.1).
 */

const METHOD_PREFIXES = ['GET ', 'HEAD ', 'PUT ', 'DELETE ', 'OPTIONS ', 'TRACE '];
const IDEMPOTENT_METHODS = METHOD_PREFIXES.map((m) => Buffer.from(m));

/** Whether a serialized request's method is idempotent (RFC 9110 §9.2.2), read from its first bytes or characters. */
export function isIdempotent(request: Buffer | string): boolean {
  if (typeof request === 'string') return METHOD_PREFIXES.some((m) => request.length > m.length && request.startsWith(m));
  return IDEMPOTENT_METHODS.some((m) => request.length > m.length && request.compare(m, 0, m.length, 0, m.length) === 0);
}
