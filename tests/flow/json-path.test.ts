import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluateJsonPath, parseJsonPath } from '../../src/flow/json-path.js';

function path(text: string) {
  const parsed = parseJsonPath(text);
  assert.ok(typeof parsed !== 'string', String(parsed));
  return parsed;
}

describe('JSON path', () => {
  const document = {
    token: 'abc',
    data: { items: [{ id: 7 }, { id: 8 }, { id: 9 }], 'content-type': 'x', 'a b': { "it's": true } },
    empty: [],
    zero: 0,
    nothing: null,
  };

  const found: [string, unknown][] = [
    ['$', document],
    ['$.token', 'abc'],
    ['$.data.items[0].id', 7],
    ['$.data.items[-1].id', 9],
    ['$.data.items[1]', { id: 8 }],
    ['$.data["content-type"]', 'x'],
    ["$.data['a b']['it\\'s']", true],
    ['$["data"].items[2].id', 9],
    ['$.zero', 0],
    ['$.nothing', null],
    ['$.empty', []],
  ];
  for (const [text, expected] of found) {
    it(`finds ${text}`, () => assert.deepEqual(evaluateJsonPath(document, path(text)), expected));
  }

  const nowhere = ['$.missing', '$.data.items[3]', '$.data.items[-4]', '$.token.length', '$.token[0]', '$.data.items.id', '$.constructor', '$.__proto__', '$.data.toString', '$.empty[0]'];
  for (const text of nowhere) {
    it(`finds nothing at ${text}`, () => assert.equal(evaluateJsonPath(document, path(text)), undefined));
  }

  const bad: [string, RegExp][] = [
    ['token', /does not start with "\$"/],
    ['$..token', /after "\." comes a key name/],
    ['$.items[?(@.price < 10)]', /filters and wildcards are not supported/],
    ['$.items[*]', /filters and wildcards are not supported/],
    ['$.a[(process.exit())]', /is not a segment/],
    ['$["unclosed]', /is not a segment/],
    ['$.1abc', /after "\." comes a key name/],
    [`$${'.a'.repeat(65)}`, /more than 64 segments/],
  ];
  for (const [text, message] of bad) {
    it(`refuses ${text.slice(0, 30)}`, () => {
      const parsed = parseJsonPath(text);
      assert.equal(typeof parsed, 'string');
      assert.match(parsed as string, message);
    });
  }
});
