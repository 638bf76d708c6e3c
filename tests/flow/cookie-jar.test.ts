import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CookieJar } from 'tough-cookie';
import { createSessionCookies } from '../../src/flow/cookie-jar.js';

describe('session cookies', () => {
  const base = 'http://127.0.0.1:8080';

  it('sends nothing before a cookie is set', () => {
    assert.equal(createSessionCookies().header(`${base}/`), '');
  });

  it('matches paths, replaces by name, honours Max-Age=0 and ignores a malformed set-cookie', () => {
    const jar = createSessionCookies();
    jar.store(`${base}/login`, ['sid=one; Path=/; HttpOnly', 'cart=9; Path=/cart', 'no-equals-sign']);
    assert.equal(jar.header(`${base}/home`), 'sid=one');
    assert.equal(jar.header(`${base}/cart/items`), 'cart=9; sid=one');
    jar.store(`${base}/cart`, ['sid=two; Path=/', 'cart=gone; Path=/cart; Max-Age=0']);
    assert.equal(jar.header(`${base}/cart/items`), 'sid=two');
  });

  it('keeps hosts apart', () => {
    const jar = createSessionCookies();
    jar.store(`${base}/`, ['a=1; Path=/']);
    assert.equal(jar.header(`${base}/`), 'a=1');
    assert.equal(jar.header('http://127.0.0.2:8080/'), '');
  });

  it('gives each jar its own cookies', () => {
    const one = createSessionCookies();
    const two = createSessionCookies();
    one.store(`${base}/`, ['sid=1']);
    assert.equal(two.header(`${base}/`), '');
  });
});

/**
 * The jar answers as tough-cookie does, on its light path (plain session cookies) and after
 * handing a session over (anything else): each case's answers are tough-cookie's own, computed here.
 */
describe('session cookies answer as tough-cookie does', () => {
  const base = 'http://127.0.0.1:8080';
  type Step = ['set', string, string[]] | ['get', string];
  const cases: Record<string, Step[]> = {
    'one session cookie, every path': [['set', '/api/login', ['sid=abc; Path=/; HttpOnly']], ['get', '/api/cart'], ['get', '/'], ['get', '/api/orders?x=1']],
    'default path from the request path': [['set', '/api/v1/login', ['sid=1']], ['get', '/api/v1/cart'], ['get', '/api/v1'], ['get', '/api'], ['get', '/api/v10']],
    'default path of a top-level request': [['set', '/login', ['sid=1']], ['get', '/x/y']],
    'a path attribute not starting with / is the default path': [['set', '/a/b', ['sid=1; Path=x']], ['get', '/a/c'], ['get', '/b']],
    'longer paths first, then creation order': [['set', '/', ['b=1; Path=/', 'a=2; Path=/shop', 'c=3; Path=/', 'd=4; Path=/shop/cart']], ['get', '/shop/cart/x'], ['get', '/shop'], ['get', '/shopping']],
    'replacement keeps the first place': [['set', '/', ['a=1; Path=/', 'b=2; Path=/']], ['set', '/', ['a=3; Path=/']], ['get', '/'], ['set', '/', ['a=4; Path=/x']], ['get', '/x']],
    'empty value, = in the value, spaces around': [['set', '/', ['  e= ; Path=/ ', 'tok=YWJj+/==; Path=/']], ['get', '/z']],
    'SameSite and HttpOnly are sent back': [['set', '/', ['s=1; SameSite=Strict; HttpOnly; Path=/']], ['get', '/']],
    'a dot segment in the request path': [['set', '/', ['s=1; Path=/a']], ['get', '/b/../a/c'], ['get', '/a/./c']],
    'Max-Age=0 removes a cookie (hand-over)': [['set', '/', ['sid=1; Path=/', 'x=2; Path=/']], ['set', '/', ['x=gone; Path=/; Max-Age=0']], ['get', '/'], ['set', '/', ['y=3; Path=/']], ['get', '/']],
    'an Expires in the past (hand-over)': [['set', '/', ['sid=1; Path=/', 'old=1; Expires=Thu, 01 Jan 1970 00:00:00 GMT']], ['get', '/']],
    'Domain attribute (hand-over)': [['set', '/', ['a=1; Path=/', 'd=1; Domain=127.0.0.1; Path=/']], ['get', '/']],
    'Secure over http (hand-over)': [['set', '/', ['a=1', 's=1; Secure; Path=/']], ['get', '/']],
    'quoted value, space in value, odd name (hand-over)': [['set', '/', ['q="x"; Path=/', 'sp=a b; Path=/', 'n m=1; Path=/']], ['get', '/']],
    '__Host- and __Secure- prefixes (hand-over)': [['set', '/', ['__Host-a=1; Path=/', '__Secure-b=2; Path=/', 'c=3']], ['get', '/']],
    'no name, no equals sign, control character': [['set', '/', ['=v', 'noequals', 'ok=1; Path=/']], ['get', '/']],
  };
  for (const [title, steps] of Object.entries(cases)) {
    it(title, () => {
      const ours = createSessionCookies();
      const reference = new CookieJar(undefined, { looseMode: false, rejectPublicSuffixes: false });
      for (const step of steps) {
        if (step[0] === 'set') {
          ours.store(base + step[1], step[2]);
          for (const value of step[2]) reference.setCookieSync(value, base + step[1], { ignoreError: true });
        } else {
          assert.equal(ours.header(base + step[1]), reference.getCookieStringSync(base + step[1]), `cookie header for ${step[1]}`);
        }
      }
    });
  }

  it('Secure over https is kept and sent', () => {
    const ours = createSessionCookies();
    ours.store('https://shop.test/login', ['s=1; Secure; Path=/; HttpOnly']);
    assert.equal(ours.header('https://shop.test/cart'), 's=1');
    assert.equal(ours.header('https://other.test/cart'), '', 'host-only: not sent to another host');
  });
});
