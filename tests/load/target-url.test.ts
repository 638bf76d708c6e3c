import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { joinPath, joinUrl, parseTarget, targetUrlProblem } from '../../src/load/target-url.js';

describe('parseTarget', () => {
  const cases: [string, ReturnType<typeof parseTarget>][] = [
    ['http://127.0.0.1:8080', { origin: 'http://127.0.0.1:8080', basePath: '' }],
    ['http://127.0.0.1:8080/', { origin: 'http://127.0.0.1:8080', basePath: '' }],
    ['http://localhost:8080/api', { origin: 'http://localhost:8080', basePath: '/api' }],
    ['https://[::1]:8443/api/v2/', { origin: 'https://[::1]:8443', basePath: '/api/v2' }],
  ];
  for (const [url, expected] of cases) it(url, () => assert.deepEqual(parseTarget(url), expected));

  it('returns problems instead of throwing', () => {
    assert.match(String(parseTarget('127.0.0.1:8080')), /^targetUrl "127\.0\.0\.1:8080" is not an absolute URL/);
    assert.match(String(parseTarget('not a url')), /^targetUrl "not a url" is not an absolute URL/);
    assert.match(String(parseTarget('ftp://127.0.0.1/')), /^targetUrl "ftp:\/\/127\.0\.0\.1\/" must use http or https, not ftp$/);
    assert.match(String(parseTarget('http://127.0.0.1/?x=1')), /query or fragment/);
  });
});

describe('targetUrlProblem: the one rule for every target URL', () => {
  const cases: [string, RegExp | undefined][] = [
    ['http://127.0.0.1:8080', undefined],
    ['https://[::1]:8443/api/', undefined],
    ['localhost:8080', /^"localhost:8080" is not an absolute URL \(use http:\/\/ or https:\/\/, e\.g\. http:\/\/localhost:8080\)$/],
    ['/api', /^"\/api" is not an absolute URL \(use http:\/\/ or https:\/\/, e\.g\. http:\/\/127\.0\.0\.1:8080\)$/],
    ['http:/127.0.0.1', /^"http:\/127\.0\.0\.1" is not an absolute URL/],
    ['ftp://127.0.0.1', /^"ftp:\/\/127\.0\.0\.1" must use http or https, not ftp$/],
    ['http://127.0.0.1/#top', /^"http:\/\/127\.0\.0\.1\/#top" must not have a query or fragment/],
    ['http://admin:hunter2@127.0.0.1/api', /^"http:\/\/\*\*\*@127\.0\.0\.1\/api" must not carry a user name or password/],
    // User info is refused before the scheme, so an ftp URL with a password never prints it.
    ['ftp://admin:hunter2@127.0.0.1', /^"ftp:\/\/\*\*\*@127\.0\.0\.1" must not carry/],
    ['admin:hunter2@127.0.0.1:80', /^"\*\*\*@127\.0\.0\.1:80" is not an absolute URL/],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      const problem = targetUrlProblem(text);
      if (expected === undefined) assert.equal(problem, undefined);
      else assert.match(String(problem), expected);
      assert.ok(!String(problem).includes('hunter2'));
    });
  }
});

describe('joinUrl', () => {
  it('appends a path to a base URL with or without a trailing slash', () => {
    assert.equal(joinUrl('http://127.0.0.1:8080', '/health'), 'http://127.0.0.1:8080/health');
    assert.equal(joinUrl('http://127.0.0.1:8080/api/', '/health'), 'http://127.0.0.1:8080/api/health');
  });
});

describe('joinPath', () => {
  it('joins with exactly one slash and keeps the query', () => {
    assert.equal(joinPath('', '/users'), '/users');
    assert.equal(joinPath('/api', '/users?page=2'), '/api/users?page=2');
    assert.equal(joinPath('/api', 'users'), '/api/users');
  });
});
