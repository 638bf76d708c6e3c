import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCollector, stepWants, type StepWants } from '../../src/flow/response-collector.js';
import { parseResponseHead, type ResponseHead } from '../../src/load/http1/response-head.js';
import type { FlowStep } from '../../src/profile/types.js';
import { viewResponse } from '../../src/flow/response.js';

/** Where the framer finds the `set-cookie` values of the head `buf[start, end)` (ending in its blank line). */
function cookieRanges(buf: Buffer, start = 0, end = buf.length): number[] {
  const head: ResponseHead = { statusCode: 0, contentLength: -1, chunked: false, keepAlive: true, setCookie: [] };
  assert.equal(parseResponseHead(buf, start, end - 4, head), null);
  return head.setCookie;
}

describe('response collector', () => {
  it('copies the head and body ranges out of a buffer the client reuses', () => {
    const collector = new ResponseCollector();
    const buffer = Buffer.from('HTTP/1.1 200 OK\r\nx: 1\r\n\r\n{"a":');
    collector.head(buffer, 0, 25, cookieRanges(buffer, 0, 25));
    collector.body(buffer, 25, buffer.length);
    buffer.fill(0);
    buffer.write('1}');
    collector.body(buffer, 0, 2);
    buffer.fill(0);
    const answer = collector.take(200);
    assert.equal(Buffer.from(answer.head).toString(), 'HTTP/1.1 200 OK\r\nx: 1\r\n\r\n');
    assert.equal(Buffer.from(answer.body).toString(), '{"a":1}');
    assert.equal(answer.status, 200);
    const next = collector.take(204);
    assert.equal(next.body.byteLength, 0);
    assert.equal(next.head.byteLength, 0);
  });

  it('keeps at most the cap of a body and counts the rest', () => {
    const collector = new ResponseCollector(5);
    collector.body(Buffer.from('abc'), 0, 3);
    collector.body(Buffer.from('defgh'), 0, 5);
    assert.equal(collector.dropped, 3);
    assert.equal(Buffer.from(collector.take(200).body).toString(), 'abcde');
    assert.equal(collector.dropped, 0);
  });
});

describe('what a step keeps of its answers', () => {
  const head = (lines: string[]) => Buffer.from(`HTTP/1.1 200 OK\r\n${lines.map((l) => `${l}\r\n`).join('')}\r\n`, 'latin1');

  it('reads set-cookie lines in any case, in order, where the framer found them, and nothing that only looks like one', () => {
    const cases: [string[], string[] | undefined][] = [
      [['Set-Cookie: sid=1'], ['sid=1']],
      [['set-cookie: sid=1; Path=/'], ['sid=1; Path=/']],
      [['SET-COOKIE:sid=1  '], ['sid=1']],
      [['Set-Cookie: a=1', 'content-type: text/plain', 'sEt-CoOkIe: b=2'], ['a=1', 'b=2']],
      [['x-set-cookie: sid=1'], undefined],
      [['set-cookies: sid=1'], undefined],
      [['content-type: text/plain; set-cookie: no'], undefined],
      [['set-cookie2: a=b'], undefined],
      [[], undefined],
    ];
    for (const [lines, expected] of cases) {
      const h = head(lines);
      const bytes = Buffer.concat([Buffer.from('junk'), h, Buffer.from('set-cookie: in the body\r\n')]);
      const collector = new ResponseCollector();
      collector.want = { body: false, head: false, cookies: true };
      collector.head(bytes, 4, 4 + h.length, cookieRanges(bytes, 4, 4 + h.length));
      assert.deepEqual(collector.take(200).setCookie, expected, lines.join(' | '));
    }
  });

  it('copies the head only for a header capture or a cookie, and the body only for a capture or check', () => {
    const step = (captures: FlowStep['captures'], checks: FlowStep['checks']) => ({ captures, checks }) as FlowStep;
    const json = { as: 't', from: { kind: 'json', path: '$.t', segments: [] } } as unknown as FlowStep['captures'][number];
    const header = { as: 'h', from: { kind: 'header', name: 'x-id' } } as unknown as FlowStep['captures'][number];
    assert.deepEqual(stepWants(step([], []), false), { body: false, head: false, cookies: false });
    assert.deepEqual(stepWants(step([json], []), true), { body: true, head: false, cookies: true });
    assert.deepEqual(stepWants(step([header], []), false), { body: false, head: true, cookies: false });
    assert.deepEqual(stepWants(step([], [{ kind: 'body_contains', text: 'ok' }]), false), { body: true, head: false, cookies: false });

    const collector = new ResponseCollector();
    const plain = head(['content-type: application/json']);
    const withCookie = head(['Set-Cookie: sid=1; Path=/']);
    const body = Buffer.from('{"t":1}');
    const run = (want: StepWants, h: Buffer) => {
      collector.want = want;
      collector.head(h, 0, h.length, cookieRanges(h));
      collector.body(body, 0, body.length);
      const answer = collector.take(200);
      return [Buffer.from(answer.head).toString('latin1'), Buffer.from(answer.body).toString(), answer.setCookie];
    };
    assert.deepEqual(run({ body: false, head: false, cookies: true }, plain), ['', '', undefined]);
    assert.deepEqual(run({ body: false, head: false, cookies: true }, withCookie), ['', '', ['sid=1; Path=/']]);
    assert.deepEqual(run({ body: true, head: false, cookies: false }, withCookie), ['', '{"t":1}', undefined]);
    assert.deepEqual(run({ body: false, head: true, cookies: false }, plain), [plain.toString('latin1'), '', undefined]);
    // The view gives the same set-cookie values whether the head was kept or only its cookies.
    collector.want = { body: false, head: false, cookies: true };
    collector.head(withCookie, 0, withCookie.length, cookieRanges(withCookie));
    assert.deepEqual(viewResponse(collector.take(200)).header('set-cookie'), viewResponse({ status: 200, head: withCookie, body: Buffer.alloc(0) }).header('set-cookie'));
  });

  it('grows its body buffer across ranges and reuses it for the next answer', () => {
    const collector = new ResponseCollector();
    const big = Buffer.alloc(3000, 'x');
    collector.body(big, 0, 1500);
    collector.body(Buffer.from('y'.repeat(1500)), 0, 1500);
    assert.equal(Buffer.from(collector.take(200).body).toString(), 'x'.repeat(1500) + 'y'.repeat(1500));
    collector.body(Buffer.from('short'), 0, 5);
    assert.equal(Buffer.from(collector.take(200).body).toString(), 'short');
  });
});
