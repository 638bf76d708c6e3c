import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { prepareStep } from '../../src/flow/step-request.js';
import { parseProfile } from '../../src/profile/parse.js';
import type { FlowStep } from '../../src/profile/types.js';

const target = { origin: 'http://127.0.0.1:9', host: '127.0.0.1:9', basePath: '/base' };

function stepOf(yaml: string): FlowStep {
  const outcome = parseProfile(`name: t\nflows:\n  - name: f\n    feeder: { file: rows.csv }\n    steps:\n      - ${yaml}\n`, 'p.yml');
  assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
  return outcome.profile.flows![0].steps[0];
}

/** A request as the socket writes it: bytes as they are, text as UTF-8. */
const text = (bytes: Buffer | string) => Buffer.from(bytes as Buffer).toString('utf8');

describe('step requests', () => {
  it('reuses the bytes of a step without templates or cookies', () => {
    const step = prepareStep(stepOf('{ name: a, path: /x }'), target, 1, {});
    const first = step.render({});
    assert.equal(text(first.bytes), 'GET /base/x HTTP/1.1\r\nhost: 127.0.0.1:9\r\n\r\n');
    assert.equal(first.url, 'http://127.0.0.1:9/base/x');
    assert.equal(step.render({}), first);
  });

  it('fills variables: percent-encoded in the path, JSON-escaped in a json body, as they are in a header', () => {
    const step = prepareStep(stepOf('{ name: a, method: POST, path: "/u/{{ id }}", headers: { authorization: "Bearer {{ token }}" }, json: { note: "{{ note }}" } }'), target, 1, {});
    const request = step.render({ id: 'a b/c', token: 't.1', note: 'say "hi"' });
    const [head, body] = text(request.bytes).split('\r\n\r\n');
    assert.match(head, /^POST \/base\/u\/a%20b%2Fc HTTP\/1\.1\r\n/);
    assert.match(head, /\r\nauthorization: Bearer t\.1\r\n/);
    assert.deepEqual(JSON.parse(body), { note: 'say "hi"' });
    assert.match(head, new RegExp(`content-length: ${Buffer.byteLength(body)}`));
    assert.equal(request.url, 'http://127.0.0.1:9/base/u/a%20b%2Fc');
  });

  it('adds the session cookies for the URL, joined to a cookie header the step sets itself', () => {
    const jar = { header: (url: string) => (url === 'http://127.0.0.1:9/base/x' ? 'sid=1' : '') };
    const plain = prepareStep(stepOf('{ name: a, path: /x }'), target, 1, {});
    assert.match(text(plain.render({}, jar).bytes), /\r\ncookie: sid=1\r\n/);
    const own = prepareStep(stepOf('{ name: a, path: /x, headers: { cookie: "lang=en" } }'), target, 1, {});
    const sent = text(own.render({}, jar).bytes);
    assert.match(sent, /\r\ncookie: lang=en; sid=1\r\n/);
    assert.equal(sent.match(/cookie:/g)!.length, 1);
  });

  it('lays a templated step out byte for byte: request line, host, headers in order, cookies, length, body', () => {
    const jar = { header: () => 'sid=9' };
    const step = prepareStep(stepOf('{ name: a, method: POST, path: /o, headers: { authorization: "Bearer {{ token }}", x-k: v }, json: { sku: "é" } }'), target, 1, {});
    const body = '{"sku":"é"}';
    assert.equal(text(step.render({ token: 't1' }, jar).bytes),
      `POST /base/o HTTP/1.1\r\nhost: 127.0.0.1:9\r\nauthorization: Bearer t1\r\nx-k: v\r\ncontent-type: application/json\r\ncookie: sid=9\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    const bare = prepareStep(stepOf('{ name: a, method: POST, path: "/o/{{ id }}", headers: { host: shop.test } }'), target, 1, {});
    assert.equal(text(bare.render({ id: '7' }).bytes), 'POST /base/o/7 HTTP/1.1\r\nhost: shop.test\r\ncontent-length: 0\r\n\r\n');
  });

  it('draws random forms from the step’s seeded stream, and env values from env', () => {
    const render = (seed: number) => {
      const step = prepareStep(stepOf('{ name: a, path: "/i/{{ int 1 1000000 }}/{{ seq }}", headers: { x-key: "{{ env KEY }}" } }'), target, seed, { KEY: 'k1' });
      return [0, 1, 2].map(() => text(step.render({}).bytes).split('\r\n')[0]);
    };
    assert.deepEqual(render(5), render(5));
    assert.notDeepEqual(render(5), render(6));
    assert.match(render(5)[2], /\/3 HTTP/);
  });
});
