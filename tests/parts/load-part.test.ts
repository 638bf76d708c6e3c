import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadPart } from '../../src/parts/load-part.js';
import { isUserError, LoadgateError } from '../../src/errors.js';

test('loadPart returns what the part exports', async () => {
  const part = await loadPart('shard merge', () => import('../../src/parts/shards.js'));
  assert.equal(typeof part.runMergePipeline, 'function');
  assert.equal(part.shardFileName('shop', 1, 2), (await import('../../src/shard/pipeline.js')).shardFileName('shop', 1, 2));
});

test('a part that is not there: LOADGATE_PART_MISSING naming the part and what the loader said', async () => {
  const missing = '../../src/parts/no-such-part.js';
  const err = await loadPart('WebSocket engine', () => import(missing)).then(
    () => assert.fail('a missing module loaded'),
    (e: unknown) => e,
  );
  assert.ok(err instanceof LoadgateError);
  assert.ok(isUserError(err), 'reported as a message for people, without a stack trace');
  assert.equal(err.code, 'LOADGATE_PART_MISSING');
  assert.match(err.message, /^could not load the WebSocket engine \(/);
  assert.match(err.message, /no-such-part/, "the loader's own words name the file");
  assert.match(err.message, /npm run build/);
  assert.equal((err.cause as { code?: string }).code, 'ERR_MODULE_NOT_FOUND');
});

test('a part whose module throws while loading is reported the same way', async () => {
  const err = await loadPart('flow engine', () => Promise.reject(new SyntaxError('Unexpected end of input'))).catch((e: unknown) => e);
  assert.ok(err instanceof LoadgateError);
  assert.match(err.message, /^could not load the flow engine \(Unexpected end of input\): this copy of loadgate is incomplete/);
});
