import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createFeeder, parseCsv, parseJsonRows, uniqueRowsOfShare, type FeederRow } from '../../src/flow/feeder.js';
import { createRandomSource } from '../../src/plan/random.js';

function rows(count: number): FeederRow[] {
  return Array.from({ length: count }, (_, i) => ({ user: `u${i}` }));
}

function take(feeder: ReturnType<typeof createFeeder>, n: number): (string | undefined)[] {
  return Array.from({ length: n }, () => feeder.next()?.user);
}

describe('CSV feeder files', () => {
  it('reads a header and rows, quoted fields with commas, quotes and line breaks, CRLF and a BOM', () => {
    const parsed = parseCsv('\ufeffuser,password,note\r\nalice,"s3,cret","say ""hi"""\r\nbob,pw,"two\nlines"\r\n\r\n');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.columns, ['user', 'password', 'note']);
    assert.deepEqual(parsed.rows.map((r) => ({ ...r })), [
      { user: 'alice', password: 's3,cret', note: 'say "hi"' },
      { user: 'bob', password: 'pw', note: 'two\nlines' },
    ]);
  });

  it('reads a last line without a line break, and empty fields', () => {
    const parsed = parseCsv('a,b\n1,\n,2');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.rows.map((r) => ({ ...r })), [{ a: '1', b: '' }, { a: '', b: '2' }]);
  });

  const bad: [string, string, RegExp][] = [
    ['an empty file', '', /the file is empty/],
    ['a row with too few fields', 'a,b\n1,2\n3\n', /line 3: 1 fields, but the header names 2 columns/],
    ['a quote left open', 'a,b\n"1,2\n', /line 2: a quoted field is never closed/],
    ['a stray quote', 'a,b\n1,x"y\n', /line 2: a quote inside an unquoted field/],
    ['a nameless column', 'a,,c\n1,2,3\n', /column 2 has no name/],
    ['a column named twice', 'a,b,a\n1,2,3\n', /column "a" is named twice/],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}`, () => {
      const parsed = parseCsv(text);
      assert.equal(parsed.ok, false);
      assert.match((parsed as { message: string }).message, message);
    });
  }
});

describe('JSON feeder files', () => {
  it('reads a list of objects, scalars as text', () => {
    const parsed = parseJsonRows('[{"sku":"a-1","qty":2,"gift":false},{"sku":"b","qty":1.5,"gift":true,"extra":"ignored"}]');
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.columns, ['sku', 'qty', 'gift']);
    assert.deepEqual(parsed.rows.map((r) => ({ ...r })), [{ sku: 'a-1', qty: '2', gift: 'false' }, { sku: 'b', qty: '1.5', gift: 'true' }]);
  });

  const bad: [string, string, RegExp][] = [
    ['text that is not JSON', '[{', /not JSON/],
    ['an object', '{"a":1}', /not a non-empty list/],
    ['an empty list', '[]', /not a non-empty list/],
    ['a row that is a list', '[{"a":1},[1]]', /row 1: not an object/],
    ['a row without a column', '[{"a":1,"b":2},{"a":3}]', /row 1: has no "b"/],
    ['a nested value', '[{"a":{"b":1}}]', /row 0: "a" is object/],
    ['a null', '[{"a":null}]', /row 0: "a" is null/],
  ];
  for (const [what, text, message] of bad) {
    it(`refuses ${what}`, () => {
      const parsed = parseJsonRows(text);
      assert.equal(parsed.ok, false);
      assert.match((parsed as { message: string }).message, message);
    });
  }

  it('never gives a row a prototype member as a column', () => {
    const parsed = parseJsonRows('[{"a":"1"}]');
    assert.ok(parsed.ok);
    assert.equal((parsed.rows[0] as Record<string, string>).toString, undefined);
  });
});

describe('feeder orders', () => {
  it('sequential: file order, starting over after the last', () => {
    assert.deepEqual(take(createFeeder(rows(3), 'sequential', createRandomSource(1)), 7), ['u0', 'u1', 'u2', 'u0', 'u1', 'u2', 'u0']);
  });

  it('unique: each row once, then nothing', () => {
    const feeder = createFeeder(rows(3), 'unique', createRandomSource(1));
    assert.deepEqual(take(feeder, 5), ['u0', 'u1', 'u2', undefined, undefined]);
    assert.equal(feeder.taken, 3);
  });

  it('random: the same seed gives the same rows, another seed other rows, and every row turns up', () => {
    const a = take(createFeeder(rows(10), 'random', createRandomSource(7)), 200);
    const b = take(createFeeder(rows(10), 'random', createRandomSource(7)), 200);
    const c = take(createFeeder(rows(10), 'random', createRandomSource(8)), 200);
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
    assert.equal(new Set(a).size, 10);
    assert.notDeepEqual(a.slice(0, 10), rows(10).map((r) => r.user));
  });

  it('a shard\'s share: every N-th row of the single runner\'s sequence, so 3 shards of 7 unique rows share none and use all', () => {
    const shares = [0, 1, 2].map((offset) => take(createFeeder(rows(7), 'unique', createRandomSource(1), { offset, stride: 3 }), 4));
    assert.deepEqual(shares, [['u0', 'u3', 'u6', undefined], ['u1', 'u4', undefined, undefined], ['u2', 'u5', undefined, undefined]]);
    assert.deepEqual([0, 1, 2].map((offset) => uniqueRowsOfShare(7, { offset, stride: 3 })), [3, 2, 2]);
    assert.equal(uniqueRowsOfShare(2, { offset: 2, stride: 3 }), 0);
    // Sequential: positions k, k+N, … of the file read round and round (7 rows, shard 2 of 3).
    assert.deepEqual(take(createFeeder(rows(7), 'sequential', createRandomSource(1), { offset: 1, stride: 3 }), 5), ['u1', 'u4', 'u0', 'u3', 'u6']);
  });

  it('refuses a share without an offset >= 0 and a stride >= 1', () => {
    assert.throws(() => createFeeder(rows(3), 'unique', createRandomSource(1), { offset: 0, stride: 0 }), /share \{"offset":0,"stride":0\} needs an offset >= 0 and a stride >= 1/);
  });

  it('refuses to feed from no rows', () => {
    assert.throws(() => createFeeder([], 'sequential', createRandomSource(1)), /no rows/);
  });
});
