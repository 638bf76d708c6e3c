/**
 * The response framer over byte strings, table-driven: each case is fed whole, as two ranges split at
 * every offset, and byte by byte, and must frame the same way every time. The expected responses
 * and errors are written from RFC 9112 §6.3 (message body length) and §7.1 (chunked), not taken
 * from the framer. Ranges are copied into one reused buffer between bytes that look like HTTP
 * ("\r\n\r\n0\r\n\r\n"), which is overwritten after each read: a framer that read past its range or
 * kept a view of the buffer would frame differently.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_HEAD_BYTES, ResponseFramer } from '../../../src/load/http1/response-framer.js';

/** How feeding ended: responses completed in order as [status, server closes after], and the state at the end. */
interface Outcome {
  responses: [number, boolean][];
  /** 'between': no byte of a further response read; 'inside': in the middle of one; else the error's message. */
  end: string;
}

interface Case {
  name: string;
  bytes: string;
  expected: Outcome;
  /** Indexes of the responses that answer HEAD requests. */
  headRequests?: number[];
  /** The server closes the connection after the bytes. */
  close?: boolean;
  maxHeadBytes?: number;
}

const NOISE = Buffer.from('\r\n\r\n0\r\n\r\nHTTP/1.1 200 OK\r\n\r\n');
const PAD = NOISE.length;

/** Feeds `ranges` in order through one framer, as a connection does, and reports what it framed. */
function feed(c: Case, ranges: Buffer[]): Outcome {
  const framer = new ResponseFramer({ maxHeadBytes: c.maxHeadBytes });
  const responses: [number, boolean][] = [];
  const longest = ranges.reduce((n, r) => Math.max(n, r.length), 0);
  const scratch = Buffer.alloc(longest + 2 * PAD);
  const scribble = () => {
    for (let i = 0; i < scratch.length; i += PAD) NOISE.copy(scratch, i, 0, Math.min(PAD, scratch.length - i));
  };
  for (const range of ranges) {
    scribble();
    range.copy(scratch, PAD);
    let at = PAD;
    const end = PAD + range.length;
    while (at < end) {
      const next = framer.read(scratch, at, end, c.headRequests?.includes(responses.length) ?? false);
      if (next < 0) return { responses, end: framer.error!.message };
      assert.ok(next > at || framer.complete, 'read makes progress');
      at = next;
      if (framer.complete) {
        responses.push([framer.statusCode, framer.closeAfter]);
        framer.reset();
      }
    }
  }
  scribble();
  if (c.close) {
    if (framer.closeEndsBody()) {
      responses.push([framer.statusCode, framer.closeAfter]);
      framer.reset();
    }
    const notHttp = framer.notHttpAtClose();
    if (notHttp !== null) return { responses, end: notHttp.message };
  }
  return { responses, end: framer.betweenResponses ? 'between' : 'inside' };
}

/** Every way the case is fed: whole, split in two at every offset (empty ranges included), byte by byte. */
function splits(bytes: Buffer): { how: string; ranges: Buffer[] }[] {
  const ways = [{ how: 'whole', ranges: [bytes] }];
  for (let i = 0; i <= bytes.length; i++) ways.push({ how: `split at ${i}`, ranges: [bytes.subarray(0, i), bytes.subarray(i)] });
  ways.push({ how: 'byte by byte', ranges: [...bytes].map((b) => Buffer.from([b])) });
  return ways;
}

function check(cases: Case[]): void {
  for (const c of cases) {
    it(c.name, () => {
      const bytes = Buffer.from(c.bytes, 'latin1');
      for (const { how, ranges } of splits(bytes)) assert.deepEqual(feed(c, ranges), c.expected, how);
    });
  }
}

const ok = (...responses: [number, boolean][]): Outcome => ({ responses, end: 'between' });
const bad = (message: string, ...responses: [number, boolean][]): Outcome => ({ responses, end: `malformed response: ${message}` });
const NEXT = 'HTTP/1.1 202 Accepted\r\ncontent-length: 1\r\n\r\nx';

describe('ResponseFramer: bodies by content-length (RFC 9112 §6.3 item 6)', () => {
  check([
    { name: 'a body of content-length bytes', bytes: 'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello', expected: ok([200, false]) },
    { name: 'a zero-length body, then the next response', bytes: `HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n${NEXT}`, expected: ok([404, false], [202, false]) },
    { name: 'names case-insensitive, whitespace around the value', bytes: `HTTP/1.1 200 OK\r\nCONTENT-length: \t3 \r\n\r\nabc${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'the same content-length twice is one length', bytes: `HTTP/1.1 200 OK\r\ncontent-length: 2\r\ncontent-length: 2\r\n\r\nab${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'a body not complete yet', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc', expected: { responses: [], end: 'inside' } },
    { name: 'a head not complete yet', bytes: 'HTTP/1.1 200 OK\r\ncontent-le', expected: { responses: [], end: 'inside' } },
    { name: 'other headers, and a reason phrase with spaces', bytes: `HTTP/1.1 503 Service Unavailable\r\nretry-after: 1\r\nx-a: b:c\r\ncontent-length: 4\r\n\r\nbusy${NEXT}`, expected: ok([503, false], [202, false]) },
  ]);
});

describe('ResponseFramer: chunked bodies (RFC 9112 §7.1)', () => {
  check([
    {
      name: 'chunks with extensions, then trailers, then the next response',
      bytes: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n1A ; name="v"\r\nabcdefghijklmnopqrstuvwxyz\r\n0\r\nx-trailer: yes\r\nx-other: 2\r\n\r\n' + NEXT,
      expected: ok([200, false], [202, false]),
    },
    { name: 'upper-case hex sizes, no trailers', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nA\r\n0123456789\r\n0\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'only the last chunk (an empty body)', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'a last chunk with an extension', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n000;done\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'chunked after another coding', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: gzip, chunked\r\n\r\n2\r\nab\r\n0\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    {
      name: 'transfer-encoding overrides content-length (§6.3 item 3)',
      bytes: `HTTP/1.1 200 OK\r\ncontent-length: 100\r\ntransfer-encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n${NEXT}`,
      expected: ok([200, false], [202, false]),
    },
    { name: 'chunk data that looks like a head', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n4\r\n\r\n\r\n\r\n0\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'the trailers not ended yet', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\nx-t: 1\r\n', expected: { responses: [], end: 'inside' } },
  ]);
});

describe('ResponseFramer: responses without a body (§6.3 items 1–2)', () => {
  check([
    { name: '204 with a content-length still has no body', bytes: `HTTP/1.1 204 No Content\r\ncontent-length: 7\r\n\r\n${NEXT}`, expected: ok([204, false], [202, false]) },
    { name: '304 without headers', bytes: `HTTP/1.1 304 Not Modified\r\n\r\n${NEXT}`, expected: ok([304, false], [202, false]) },
    { name: '304 with transfer-encoding: chunked still has no body', bytes: `HTTP/1.1 304 Not Modified\r\ntransfer-encoding: chunked\r\n\r\n${NEXT}`, expected: ok([304, false], [202, false]) },
    { name: 'a HEAD answer with a content-length has no body', bytes: `HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n${NEXT}`, headRequests: [0], expected: ok([200, false], [202, false]) },
    { name: 'a HEAD answer with chunked has no body', bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n${NEXT}`, headRequests: [0], expected: ok([200, false], [202, false]) },
    { name: '100 Continue is skipped, the final answer reported', bytes: 'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\ncontent-length: 2\r\n\r\nok', expected: ok([200, false]) },
    {
      name: '103 Early Hints with headers and a 100 are skipped',
      bytes: 'HTTP/1.1 103 Early Hints\r\nlink: </a.css>; rel=preload\r\n\r\nHTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\ncontent-length: 0\r\n\r\n',
      expected: ok([201, false]),
    },
  ]);
});

describe('ResponseFramer: keep-alive, close, and bodies read to the close (§6.3 item 8, §9.3, §9.6)', () => {
  check([
    { name: 'connection: close', bytes: 'HTTP/1.1 200 OK\r\nConnection: close\r\ncontent-length: 2\r\n\r\nok', expected: ok([200, true]) },
    { name: 'connection: close among other options', bytes: 'HTTP/1.1 200 OK\r\nconnection: upgrade, Close\r\ncontent-length: 0\r\n\r\n', expected: ok([200, true]) },
    { name: 'HTTP/1.0 closes by default', bytes: 'HTTP/1.0 200 OK\r\ncontent-length: 0\r\n\r\n', expected: ok([200, true]) },
    { name: 'HTTP/1.0 with keep-alive stays open', bytes: `HTTP/1.0 200 OK\r\nConnection: Keep-Alive\r\ncontent-length: 0\r\n\r\n${NEXT}`, expected: ok([200, false], [202, false]) },
    { name: 'no framing: the body runs to the close', bytes: 'HTTP/1.0 200 OK\r\n\r\npart one part two', close: true, expected: ok([200, true]) },
    { name: 'no framing in HTTP/1.1 either: the body runs to the close', bytes: 'HTTP/1.1 200 OK\r\nx-a: b\r\n\r\nHTTP/1.1 200 OK\r\n\r\n', close: true, expected: ok([200, true]) },
    { name: 'no framing, and no close yet', bytes: 'HTTP/1.1 200 OK\r\n\r\nsome', expected: { responses: [], end: 'inside' } },
    { name: 'a close between responses', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n', close: true, expected: ok([200, false]) },
    { name: 'a close in the middle of a body', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\nonly part', close: true, expected: { responses: [], end: 'inside' } },
    { name: 'a close in the middle of a head', bytes: 'HTTP/1.1 200 OK\r\ncontent-le', close: true, expected: { responses: [], end: 'inside' } },
  ]);
});

describe('ResponseFramer: malformed responses', () => {
  check([
    { name: 'not a status line', bytes: 'SSH-2.0-OpenSSH_9.2\r\n\r\n', expected: bad('expected a status line like "HTTP/1.1 200 OK", got "SSH-2.0-OpenSSH_9.2"') },
    { name: 'HTTP/2 is not HTTP/1.x', bytes: 'HTTP/2 200\r\n\r\n', expected: bad('expected a status line like "HTTP/1.1 200 OK", got "HTTP/2 200"') },
    { name: 'a status that is not three digits', bytes: 'HTTP/1.1 2x0 OK\r\n\r\n', expected: bad('status "2x0" is not a three-digit code') },
    { name: 'a status below 100', bytes: 'HTTP/1.1 099 Odd\r\n\r\n', expected: bad('status "099" is not a three-digit code') },
    { name: 'a 101 upgrade', bytes: 'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\n\r\n', expected: bad('101 Switching Protocols: the load engine does not upgrade connections') },
    { name: 'conflicting content-lengths (§6.3 item 5)', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 3\r\ncontent-length: 4\r\n\r\nabcd', expected: bad('content-length "4" is not a valid length') },
    { name: 'a negative content-length', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: -1\r\n\r\n', expected: bad('content-length "-1" is not a valid length') },
    { name: 'a content-length list', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 5, 5\r\n\r\nhello', expected: bad('content-length "5, 5" is not a valid length') },
    { name: 'a transfer-encoding not ending in chunked (§6.3 item 4)', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked, gzip\r\n\r\n', expected: bad('transfer-encoding "chunked, gzip" does not end in chunked') },
    { name: 'a header line without a colon, not the last', bytes: 'HTTP/1.1 200 OK\r\nno colon here\r\nx-a: b\r\n\r\n', expected: bad('header line without a colon: "no colon here"') },
    { name: 'a header line without a colon', bytes: 'HTTP/1.1 200 OK\r\nno colon here\r\n\r\n', expected: bad('header line without a colon: "no colon here"') },
    { name: 'a bad chunk size', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\n', expected: bad('chunked body: "z" in a chunk size') },
    { name: 'chunk data longer than its size', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n2\r\nabc\r\n0\r\n\r\n', expected: bad('chunked body: chunk data longer than its size') },
    { name: 'an empty chunk-size line', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n\r\n', expected: bad('chunked body: empty chunk-size line') },
    { name: 'an extension without a size', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n;x=1\r\n', expected: bad('chunked body: chunk-size line without a size') },
    { name: 'a chunk size of 13 hex digits', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n1000000000000\r\n', expected: bad('chunked body: chunk size too large') },
    { name: 'a CR inside a chunk size', bytes: 'HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n5\r5\nhello\r\n0\r\n\r\n', expected: bad('chunked body: "5" after the CR of a chunk-size line (only LF may follow)') },
    { name: 'the second response malformed, the first reported', bytes: 'HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\nHTTP/1.1 abc\r\n\r\n', expected: bad('status "abc" is not a three-digit code', [200, false]) },
    {
      name: 'bytes that are not HTTP, then the close',
      bytes: 'just some text, no HTTP at all',
      close: true,
      expected: bad('expected a status line like "HTTP/1.1 200 OK", got "just some text, no HTTP at all" and then the connection closed'),
    },
  ]);
});

describe('ResponseFramer: the head size limit', () => {
  // A head of `size` bytes up to its final CRLFCRLF, padded with a header.
  const headOf = (size: number, status = '200 OK') => {
    const start = `HTTP/1.1 ${status}\r\ncontent-length: 1\r\nx-pad: `;
    return `${start}${'p'.repeat(size - start.length)}\r\n\r\n`;
  };
  const limit = 64;
  check([
    { name: 'a head of exactly the limit is read', bytes: `${headOf(limit)}a${NEXT}`, maxHeadBytes: limit, expected: ok([200, false], [202, false]) },
    { name: 'a head one byte over the limit is refused', bytes: `${headOf(limit + 1)}a`, maxHeadBytes: limit, expected: bad(`response head larger than ${limit} bytes`) },
    { name: 'a head that never ends is refused past the limit', bytes: `HTTP/1.1 200 OK\r\nx-pad: ${'p'.repeat(limit)}`, maxHeadBytes: limit, expected: bad(`response head larger than ${limit} bytes`) },
    { name: 'a head that never ends, up to the limit, is waited for', bytes: `HTTP/1.1 200 OK\r\nx-pad: ${'p'.repeat(limit - 24)}\r\n\r`, maxHeadBytes: limit, expected: { responses: [], end: 'inside' } },
    {
      name: 'a trailer line over the limit is refused',
      bytes: `HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n0\r\nx-t: ${'t'.repeat(limit)}\r\n\r\n`,
      maxHeadBytes: limit,
      expected: bad('chunked body: trailers too large'),
    },
  ]);

  it(`MAX_HEAD_BYTES is 64 KiB: a head of ${MAX_HEAD_BYTES} bytes is read, one of ${MAX_HEAD_BYTES + 1} refused, in any split`, () => {
    assert.equal(MAX_HEAD_BYTES, 65536);
    for (const [size, expected] of [
      [MAX_HEAD_BYTES, ok([200, false])],
      [MAX_HEAD_BYTES + 1, bad('response head larger than 65536 bytes')],
    ] as const) {
      const c: Case = { name: String(size), bytes: `${headOf(size)}a`, expected };
      const bytes = Buffer.from(c.bytes, 'latin1');
      const ways = [{ how: 'whole', ranges: [bytes] }, { how: 'byte by byte', ranges: [...bytes].map((b) => Buffer.from([b])) }];
      for (let i = 0; i <= bytes.length; i += 4093) ways.push({ how: `split at ${i}`, ranges: [bytes.subarray(0, i), bytes.subarray(i)] });
      for (const end of [size - 1, size, size + 1, size + 2, size + 3, size + 4]) ways.push({ how: `split at ${end}`, ranges: [bytes.subarray(0, end), bytes.subarray(end)] });
      for (const { how, ranges } of ways) assert.deepEqual(feed(c, ranges), expected, `${size}: ${how}`);
    }
  });
});

describe('ResponseFramer: where the set-cookie values are', () => {
  it('hands its sink each set-cookie value, in any case and in order, however the head is split', () => {
    const bytes = Buffer.from('HTTP/1.1 200 OK\r\nSet-Cookie: a=1; Path=/\r\nx-set-cookie: no\r\nset-cookies: no\r\nSET-COOKIE:\tb=2  \r\ncontent-length: 14\r\n\r\nset-cookie: no', 'latin1');
    for (const { how, ranges } of splits(bytes)) {
      const framer = new ResponseFramer();
      const seen: string[][] = [];
      framer.sink = {
        head: (buf, _start, _end, setCookie) => {
          const values: string[] = [];
          for (let i = 0; i < setCookie.length; i += 2) values.push(buf.toString('latin1', setCookie[i], setCookie[i + 1]));
          seen.push(values);
        },
        body: () => {},
      };
      const scratch = Buffer.alloc(bytes.length + 2 * PAD);
      for (const range of ranges) {
        // The connection reuses its read buffer: what the sink was told must be read at once.
        scratch.fill(0x7a);
        range.copy(scratch, PAD);
        framer.read(scratch, PAD, PAD + range.length, false);
      }
      assert.ok(framer.complete, how);
      assert.deepEqual(seen, [['a=1; Path=/', 'b=2']], how);
    }
  });
});
