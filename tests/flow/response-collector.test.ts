import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ResponseCollector } from '../../src/flow/response-collector.js';

describe('response collector', () => {
  it('copies the head and body ranges out of a buffer the client reuses', () => {
    const collector = new ResponseCollector();
    const buffer = Buffer.from('HTTP/1.1 200 OK\r\nx: 1\r\n\r\n{"a":');
    collector.head(buffer, 0, 25);
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
