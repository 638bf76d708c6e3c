import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
