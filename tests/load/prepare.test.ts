/**
 * Template values reach a real server encoded for where they land: a secret holding a quote, a
 * backslash and a line break stays one JSON string in a `json:` body (the server parses it back to
 * the same text, and no key is injected), and one path segment or query value in a path.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseProfile } from '../../src/profile/parse.js';
import { runLoad } from '../../src/load/run-load.js';

interface Seen {
  url: string;
  body: string;
  contentType: string | undefined;
}

async function recordingServer(): Promise<{ url: string; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c) => (body += c));
    req.on('end', () => {
      seen.push({ url: req.url ?? '', body, contentType: req.headers['content-type'] });
      res.end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => new Promise<void>((r) => {
      server.close(() => r());
      server.closeAllConnections();
    }),
  };
}

const SECRET = 'p"w\\d\nx", "role": "admin';

test('a secret with a quote, a backslash and a line break is JSON-escaped in a json: body and percent-encoded in a path', async () => {
  const outcome = parseProfile([
    'name: enc',
    'load: { rate: 20, duration: 400ms, trials: 2, warmup: 0s }',
    'endpoints:',
    '  - name: login',
    '    method: POST',
    '    path: /login/{{ env SECRET }}?q={{ env SECRET }}',
    '    json: { user: "u", password: "{{ env SECRET }}", tags: ["{{ choice \\"red shoes\\" blue }}"] }',
    '',
  ].join('\n'), 'enc.yml');
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  const server = await recordingServer();
  try {
    const measurement = await runLoad({ targetUrl: server.url, load: outcome.profile.load, endpoints: outcome.profile.endpoints, env: { SECRET } });
    assert.ok(server.seen.length > 0, 'the server got requests');
    assert.equal(measurement.endpoints[0].errors, 0);
    const encoded = encodeURIComponent(SECRET);
    for (const { url, body, contentType } of server.seen) {
      assert.equal(contentType, 'application/json');
      const doc = JSON.parse(body);
      assert.deepEqual(Object.keys(doc), ['user', 'password', 'tags']);
      assert.equal(doc.password, SECRET);
      assert.ok(['red shoes', 'blue'].includes(doc.tags[0]), doc.tags[0]);
      assert.equal(url, `/login/${encoded}?q=${encoded}`);
      assert.equal(new URL(url, server.url).searchParams.get('q'), SECRET);
    }
  } finally {
    await server.close();
  }
});

test('a quoted choice item goes into a path with its space percent-encoded', async () => {
  const outcome = parseProfile([
    'name: shoes',
    'load: { rate: 20, duration: 400ms, trials: 2, warmup: 0s }',
    'endpoints:',
    '  - { name: search, path: "/search?q={{ choice \\"red shoes\\" }}" }',
    '',
  ].join('\n'), 'shoes.yml');
  assert.ok(outcome.ok, JSON.stringify(!outcome.ok && outcome.problems));
  const server = await recordingServer();
  try {
    await runLoad({ targetUrl: server.url, load: outcome.profile.load, endpoints: outcome.profile.endpoints, env: {} });
    assert.ok(server.seen.length > 0);
    for (const { url } of server.seen) assert.equal(url, '/search?q=red%20shoes');
  } finally {
    await server.close();
  }
});
