/**
 * A flow iteration's session: an RFC 6265 cookie jar that keeps what `set-cookie` headers set and
 * sends back what matches each request's URL — domain, path, expiry, `Secure` on https only. A
 * fresh jar per iteration, as k6 does: every iteration is one user's visit, in the closed and the
 * open model alike. A malformed `set-cookie` is ignored, as a browser would.
 *
 * tough-cookie is the jar's semantics. It is also, per request, the costliest thing a flow step
 * does (a jar and a store per iteration, URL parsing, a callback chain per call), while nearly every
 * session a load test meets is one or two plain session cookies: `sid=…; Path=/; HttpOnly`. So the
 * jar starts on a light path that handles exactly those — host-only session cookies (no Domain, no
 * Expires or Max-Age, no `__Secure-`/`__Host-` prefix, `Secure` only over https) with a token name
 * and a plain cookie-octet value — with RFC 6265's own rules for them: default path (§5.1.4), path
 * match (§5.1.4), replacement by name and path keeping the first creation order (§5.3 step 11),
 * longer paths first, then earlier created (§5.4). The first `set-cookie` outside that set hands
 * the whole session to tough-cookie, replaying what was stored in order, so from then on every
 * answer is tough-cookie's. The tests hold both paths to tough-cookie's answers.
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
  return new Session();
}

/** A cookie the light path keeps. */
interface PlainCookie {
  name: string;
  value: string;
  /** The request host it was set by (host-only: sent to that host alone), lower-case. */
  host: string;
  path: string;
}

/** RFC 6265 §4.1.1 cookie-name (an RFC 2616 token) and cookie-value (cookie-octets, unquoted). */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const COOKIE_OCTETS = /^[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*$/;
/** A path WHATWG URL parsing leaves as it is (no dot segment, nothing to percent-encode). */
const PLAIN_PATH = /^(?:\/(?!\.)[A-Za-z0-9\-_~!$&'()*+,;=:@%.]*)*$/;

class Session implements SessionCookies {
  /** The light path's cookies in creation order; null once tough-cookie holds the session. */
  private plain: PlainCookie[] | null = [];
  /** What the light path stored, to replay into tough-cookie if it takes over. */
  private replay: [url: string, setCookie: string][] = [];
  private jar: CookieJar | undefined;
  private jarEmpty = true;

  store(url: string, setCookie: readonly string[]): void {
    for (const value of setCookie) {
      if (this.plain !== null) {
        const cookie = plainCookie(value, url);
        if (cookie !== undefined) {
          this.keep(this.plain, cookie);
          this.replay.push([url, value]);
          continue;
        }
        this.handOver();
      }
      if (this.jar!.setCookieSync(value, url, { ignoreError: true }) !== undefined) this.jarEmpty = false;
    }
  }

  header(url: string): string {
    const plain = this.plain;
    if (plain === null) return this.jarEmpty ? '' : this.jar!.getCookieStringSync(url);
    if (plain.length === 0) return '';
    const { host, path } = hostAndPath(url);
    let out = '';
    let matched: PlainCookie[] | undefined;
    let samePath = true;
    for (const c of plain) {
      if (c.host !== host || !pathMatch(path, c.path)) continue;
      if (matched === undefined) matched = [c];
      else {
        if (c.path.length !== matched[0].path.length) samePath = false;
        matched.push(c);
      }
    }
    if (matched === undefined) return '';
    // §5.4: longer paths first; among equal lengths, earlier created first (sort is stable).
    if (!samePath) matched.sort((a, b) => b.path.length - a.path.length);
    for (const c of matched) out += out === '' ? `${c.name}=${c.value}` : `; ${c.name}=${c.value}`;
    return out;
  }

  /** §5.3 step 11: a cookie with the same name, host and path is replaced, keeping its place in creation order. */
  private keep(plain: PlainCookie[], cookie: PlainCookie): void {
    for (const c of plain) {
      if (c.name === cookie.name && c.host === cookie.host && c.path === cookie.path) {
        c.value = cookie.value;
        return;
      }
    }
    plain.push(cookie);
  }

  /** tough-cookie takes the session over, with what the light path stored, in order. */
  private handOver(): void {
    this.jar = new CookieJar(undefined, { looseMode: false, rejectPublicSuffixes: false });
    for (const [url, value] of this.replay) {
      if (this.jar.setCookieSync(value, url, { ignoreError: true }) !== undefined) this.jarEmpty = false;
    }
    this.plain = null;
    this.replay = [];
  }
}

/**
 * The cookie `setCookie` sets for a request to `url`, when the light path can keep it; undefined
 * when tough-cookie must decide (anything else, including what it would refuse). Parsed as RFC 6265
 * §5.2 and tough-cookie parse it: trimmed, the pair up to the first `;`, attributes after.
 */
function plainCookie(setCookie: string, url: string): PlainCookie | undefined {
  const text = setCookie.trim();
  const semi = text.indexOf(';');
  const pair = semi < 0 ? text : text.slice(0, semi);
  const eq = pair.indexOf('=');
  if (eq <= 0) return undefined;
  const name = pair.slice(0, eq).trim();
  const value = pair.slice(eq + 1).trim();
  if (!TOKEN.test(name) || name.startsWith('__') || !COOKIE_OCTETS.test(value)) return undefined;
  const https = url.startsWith('https:');
  let path: string | null = null;
  for (let at = semi; at >= 0 && at < text.length;) {
    const next = text.indexOf(';', at + 1);
    const av = text.slice(at + 1, next < 0 ? text.length : next).trim();
    at = next;
    if (av === '') continue;
    const sep = av.indexOf('=');
    const key = (sep < 0 ? av : av.slice(0, sep)).trim().toLowerCase();
    if (key === 'path') {
      const attr = av.slice(sep + 1).trim();
      path = sep >= 0 && attr[0] === '/' ? attr : null;
    } else if (key === 'secure') {
      if (!https) return undefined;
    } else if (key !== 'httponly' && key !== 'samesite') return undefined;
  }
  const target = hostAndPath(url);
  return { name, value, host: target.host, path: path ?? defaultPath(target.path) };
}

/** §5.1.4 default-path: the request path up to, not including, its last `/` ("/" when that is the first). */
function defaultPath(path: string): string {
  if (path[0] !== '/' || path === '/') return '/';
  const slash = path.lastIndexOf('/');
  return slash === 0 ? '/' : path.slice(0, slash);
}

/** §5.1.4 path-match. */
function pathMatch(requestPath: string, cookiePath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/** URLs already split (a run's steps send a handful of URLs again and again), up to `SPLIT_CACHE_SIZE`. */
const splitCache = new Map<string, { host: string; path: string }>();
const SPLIT_CACHE_SIZE = 1024;

/** The URL's host (lower-case, as WHATWG URL gives it) and path (no query or fragment). */
function hostAndPath(url: string): { host: string; path: string } {
  let split = splitCache.get(url);
  if (split === undefined) {
    split = splitUrl(url);
    // Templated paths can make any number of URLs: start over rather than grow without bound.
    if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.clear();
    splitCache.set(url, split);
  }
  return split;
}

function splitUrl(url: string): { host: string; path: string } {
  const start = url.indexOf('//') + 2;
  let slash = url.indexOf('/', start);
  if (slash < 0) slash = url.length;
  const host = new URL(url.slice(0, slash)).hostname;
  let end = url.length;
  const query = url.indexOf('?', slash);
  if (query >= 0) end = query;
  const hash = url.indexOf('#', slash);
  if (hash >= 0 && hash < end) end = hash;
  const path = slash === url.length ? '/' : url.slice(slash, end);
  return { host, path: PLAIN_PATH.test(path) ? path : new URL(url).pathname };
}
