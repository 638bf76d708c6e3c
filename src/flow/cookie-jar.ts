/**
 * A flow iteration's session: an RFC 6265 cookie jar (tough-cookie) that keeps what `set-cookie`
 * headers set and sends back what matches each request's URL — domain, path, expiry, `Secure` on
 * https only. A fresh jar per iteration, as k6 does: every iteration is one user's visit, in the
 * closed and the open model alike. A malformed `set-cookie` is ignored, as a browser would.
 */
import { CookieJar } from 'tough-cookie';

/** The cookies of one iteration. */
export interface SessionCookies {
  /** Stores the response's `set-cookie` values, as set by an answer to `url`. */
  store(url: string, setCookie: readonly string[]): void;
  /** The `cookie` header value for a request to `url`; '' when no cookie matches. */
  header(url: string): string;
}

/** An empty jar. */
export function createSessionCookies(): SessionCookies {
  const jar = new CookieJar(undefined, { looseMode: false, rejectPublicSuffixes: false });
  let empty = true;
  return {
    store(url, setCookie) {
      for (const value of setCookie) {
        if (jar.setCookieSync(value, url, { ignoreError: true }) !== undefined) empty = false;
      }
    },
    header(url) {
      return empty ? '' : jar.getCookieStringSync(url);
    },
  };
}
