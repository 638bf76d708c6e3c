/** The framer's byte matching, table-driven over byte strings with hand-written expectations. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { agreesWith, endsWithToken, hexValue, nameIs, parseDecimal, printable, skipSpaces, trimEnd } from '../../../src/load/http1/bytes.js';

const b = (s: string) => Buffer.from(s, 'latin1');

describe('bytes', () => {
  it('parseDecimal reads 1–15 decimal digits, else -1', () => {
    for (const [text, expected] of [
      ['0', 0], ['42', 42], ['007', 7], ['999999999999999', 999999999999999],
      ['', -1], ['1000000000000000', -1], ['-1', -1], ['1a', -1], [' 1', -1], ['+1', -1],
    ] as const) assert.equal(parseDecimal(b(`x${text}y`), 1, 1 + text.length), expected, text);
  });

  it('hexValue reads one hex digit of either case, else -1', () => {
    for (const [char, expected] of [['0', 0], ['9', 9], ['a', 10], ['F', 15], ['g', -1], ['G', -1], [' ', -1], ['/', -1], [':', -1], ['@', -1], ['`', -1]] as const) {
      assert.equal(hexValue(char.charCodeAt(0)), expected, char);
    }
  });

  it('nameIs compares with a lower-case name, ASCII case-insensitively, over the exact range', () => {
    const lower = b('content-length');
    assert.equal(nameIs(b('Content-Length'), 0, 14, lower), true);
    assert.equal(nameIs(b('CONTENT-LENGTH'), 0, 14, lower), true);
    assert.equal(nameIs(b('content-lengths'), 0, 15, lower), false);
    assert.equal(nameIs(b('content-lengt'), 0, 13, lower), false);
    assert.equal(nameIs(b('content_length'), 0, 14, lower), false);
    assert.equal(nameIs(b('xx: close'), 4, 9, b('close')), true);
  });

  it('endsWithToken reads the last item of a comma-separated list', () => {
    assert.equal(endsWithToken(b('gzip, Chunked'), 0, 13, 'chunked'), true);
    assert.equal(endsWithToken(b('chunked, gzip'), 0, 13, 'chunked'), false);
    assert.equal(endsWithToken(b('xchunked'), 0, 8, 'chunked'), false);
  });

  it('skipSpaces and trimEnd step over spaces and tabs (and a trailing CR)', () => {
    const v = b(': \t value \t\r');
    assert.equal(skipSpaces(v, 1, v.length), 4);
    assert.equal(trimEnd(v, 4, v.length), 9);
    assert.equal(skipSpaces(b('   '), 0, 3), 3);
    assert.equal(trimEnd(b('   '), 0, 3), 0);
  });

  it('agreesWith compares a prefix as far as both go', () => {
    const http = b('HTTP/1.');
    assert.equal(agreesWith(b('HTT'), 3, http), true);
    assert.equal(agreesWith(b('HTTP/1.1 200'), 12, http), true);
    assert.equal(agreesWith(b('HTTP/2 200'), 10, http), false);
    assert.equal(agreesWith(b('just text'), 9, http), false);
    assert.equal(agreesWith(b('HTX'), 2, http), true, 'only the first `length` bytes count');
  });

  it('printable keeps printable ASCII and shows other bytes as "?"', () => {
    assert.equal(printable(b('a\r\nb\x00c\xe9~'), 0, 8), 'a??b?c?~');
  });
});
