/**
 * Flows against real node:http servers on 127.0.0.1: the server itself checks what the flow sends
 * (the captured token, the session cookie, the feeder's rows), and the results are checked against
 * what the server counted.
 */
import { after, before, describe, it } from 'node:test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { runLoad } from '../../src/load/run-load.js';
import { parseProfile } from '../../src/profile/parse.js';
import type { Profile } from '../../src/profile/types.js';
import type { EndpointResult } from '../../src/metrics/types.js';
import type { Measurement } from '../../src/load/types.js';

/** The shop: /login gives a fresh token (JSON) and a session cookie; /cart and /order check both. */
class Shop {
  server!: http.Server;
  url = '';
  tokens = new Set<string>();
  logins: string[] = [];
  carts = 0;
  cartsWithoutToken = 0;
  cartsWithoutCookie = 0;
  orders = 0;
  /** What /login answers: 'token' (normal), 'none' (no token in the body). */
  loginMode: 'token' | 'none' = 'token';
  /** What /cart lists. */
  cartItems: unknown[] = [{ sku: 'a' }];
  private next = 0;

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.answer(req, res, Buffer.concat(chunks).toString()));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.tokens.clear();
    this.logins = [];
    this.carts = this.cartsWithoutToken = this.cartsWithoutCookie = this.orders = 0;
    this.loginMode = 'token';
    this.cartItems = [{ sku: 'a' }];
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = req.url ?? '/';
    if (url.startsWith('/login')) {
      const user = (JSON.parse(body || '{}') as { user?: string }).user ?? '?';
      this.logins.push(user);
      const token = `tok-${++this.next}-${user}`;
      this.tokens.add(token);
      res.writeHead(200, { 'content-type': 'application/json', 'set-cookie': `sid=${token}; Path=/` });
      res.end(JSON.stringify(this.loginMode === 'token' ? { token } : { error: 'no token today' }));
      return;
    }
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const cookie = /(?:^|; )sid=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
    if (url.startsWith('/cart')) {
      this.carts++;
      if (token === undefined || !this.tokens.has(token)) this.cartsWithoutToken++;
      if (cookie !== token) this.cartsWithoutCookie++;
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ items: this.cartItems, token }));
      return;
    }
    if (url.startsWith('/order')) {
      this.orders++;
      res.writeHead(201).end('{"status":"placed"}');
      return;
    }
    res.writeHead(200).end('ok');
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function profileOf(yaml: string, rows?: Record<string, string>[]): Profile {
  const outcome = parseProfile(yaml, 'p.yml');
  assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
  if (rows) outcome.profile.flows![0].feeder!.rows = rows;
  return outcome.profile;
}

async function run(shop: Shop, profile: Profile): Promise<Measurement> {
  return runLoad({ targetUrl: shop.url, load: profile.load, endpoints: profile.endpoints, flows: profile.flows });
}

function row(m: Measurement, name: string): EndpointResult {
  const found = m.endpoints.find((e) => e.name === name);
  assert.ok(found, `row ${name} in ${m.endpoints.map((e) => e.name).join(', ')}`);
  return found;
}

const LOAD = 'load: { connections: 2, warmup: 0s, duration: 600ms, trials: 2, request_timeout: 2s }\n';
const JOURNEY = `name: shop
${LOAD}flows:
  - name: buy
    cookies: true
    steps:
      - { name: login, method: POST, path: /login, json: { user: ann }, capture: { json: $.token, as: token } }
      - name: cart
        path: /cart
        headers: { authorization: "Bearer {{ token }}" }
        check: { json: $.items, not_empty: true }
      - { name: order, method: POST, path: /order, expect_status: 201 }
`;

describe('flows in the closed model', () => {
  const shop = new Shop();
  before(() => shop.start());
  after(() => shop.close());

  it('carries the captured token and the session cookie to the next steps', async () => {
    shop.reset();
    const m = await run(shop, profileOf(JOURNEY));
    assert.deepEqual(m.endpoints.map((e) => e.name), ['buy', 'buy/login', 'buy/cart', 'buy/order']);
    const cart = row(m, 'buy/cart');
    assert.ok(shop.carts > 10, `the flow reached the cart (${shop.carts})`);
    assert.equal(shop.cartsWithoutToken, 0, 'every cart request carried a token the server issued');
    assert.equal(shop.cartsWithoutCookie, 0, 'every cart request carried the session cookie');
    assert.equal(cart.errors, 0);
    const flow = row(m, 'buy');
    assert.ok(flow.requests > 5, `iterations counted (${flow.requests})`);
    assert.equal(flow.errors, 0);
    assert.equal(flow.method, 'FLOW');
    // An iteration spans its three steps: its median is above each step's.
    assert.ok(flow.latencyMs.p50 >= row(m, 'buy/login').latencyMs.p50);
    assert.ok(row(m, 'buy/order').requests <= row(m, 'buy/cart').requests);
  });

  it('without cookies: true the session cookie is not sent back', async () => {
    shop.reset();
    await run(shop, profileOf(JOURNEY.replace('    cookies: true\n', '')));
    assert.ok(shop.carts > 0);
    assert.equal(shop.cartsWithoutCookie, shop.carts);
  });

  it('a capture that finds nothing fails the step as capture and ends the iteration', async () => {
    shop.reset();
    shop.loginMode = 'none';
    const m = await run(shop, profileOf(JOURNEY));
    const login = row(m, 'buy/login');
    assert.ok(login.requests > 0);
    assert.equal(login.errorsByClass.capture, login.requests);
    assert.match(login.errorSamples!.capture![0], /capture json \$\.token → token found nothing: the body has no value at \$\.token/);
    assert.equal(shop.carts, 0, 'no step ran after the failed capture');
    const flow = row(m, 'buy');
    assert.equal(flow.errors, flow.requests);
    assert.equal(flow.errorsByClass.capture, flow.requests);
  });

  it('a failed check ends the iteration by default, and not with on_failure: continue', async () => {
    shop.reset();
    shop.cartItems = [];
    const m = await run(shop, profileOf(JOURNEY));
    const cart = row(m, 'buy/cart');
    assert.ok(cart.requests > 0);
    assert.equal(cart.errorsByClass.check, cart.requests);
    assert.match(cart.errorSamples!.check![0], /json \$\.items not_empty: found an empty array/);
    assert.equal(shop.orders, 0, 'the order step never ran');
    assert.equal(row(m, 'buy').errorsByClass.check, row(m, 'buy').requests);

    shop.reset();
    shop.cartItems = [];
    const goOn = await run(shop, profileOf(JOURNEY.replace('    cookies: true\n', '    cookies: true\n    on_failure: continue\n')));
    assert.ok(shop.orders > 0, 'the order step ran after the failed check');
    assert.equal(row(goOn, 'buy/order').errors, 0);
    assert.equal(row(goOn, 'buy').errors, row(goOn, 'buy').requests, 'no iteration completed');
  });

  it('masks a captured token a failed check quotes', async () => {
    shop.reset();
    const m = await run(shop, profileOf(JOURNEY.replace('check: { json: $.items, not_empty: true }', 'check: { json: $.token, equals: other }')));
    const sample = row(m, 'buy/cart').errorSamples!.check![0];
    assert.match(sample, /json \$\.token equals "other": found "\*\*\*"/);
    assert.doesNotMatch(sample, /tok-/);
  });

  it('takes feeder rows in file order, and the same random rows for the same seed', async () => {
    const rows = ['a', 'b', 'c', 'd', 'e'].map((user) => ({ user }));
    const text = (order: string, seed: number) => JOURNEY
      .replace('connections: 2', 'connections: 1')
      .replace('request_timeout: 2s', `request_timeout: 2s, seed: ${seed}`)
      .replace('    cookies: true\n', `    cookies: true\n    feeder: { file: users.csv, order: ${order} }\n`)
      .replace('json: { user: ann }', 'json: { user: "{{ user }}" }');
    shop.reset();
    await run(shop, profileOf(text('sequential', 1), rows));
    assert.ok(shop.logins.length > 6);
    assert.deepEqual(shop.logins, shop.logins.map((_, i) => rows[i % 5].user));

    const randomRun = async (seed: number) => {
      shop.reset();
      await run(shop, profileOf(text('random', seed), rows));
      return shop.logins.slice(0, 6);
    };
    const first = await randomRun(3);
    assert.deepEqual(await randomRun(3), first);
    assert.notDeepEqual(await randomRun(4), first);
  });

  it('stops the run when a unique feeder runs out, with that reason', async () => {
    const rows = ['a', 'b', 'c'].map((user) => ({ user }));
    const text = JOURNEY
      .replace('duration: 600ms', 'duration: 5s')
      .replace('    cookies: true\n', '    cookies: true\n    feeder: { file: users.csv, order: unique }\n')
      .replace('json: { user: ann }', 'json: { user: "{{ user }}" }');
    shop.reset();
    const m = await run(shop, profileOf(text, rows));
    assert.deepEqual([...shop.logins].sort(), ['a', 'b', 'c'], 'each row exactly once');
    const warning = m.warnings.find((w) => w.code === 'feeder-exhausted');
    assert.ok(warning, JSON.stringify(m.warnings));
    assert.match(warning.message, /feeder file users\.csv ran out of rows \(order: unique\) after 3 iterations/);
    assert.equal(row(m, 'buy').requests, 3);
  });
});
