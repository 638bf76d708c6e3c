/**
 * Flows in shards on a real local target (127.0.0.1, port 0), in this process: two shards of one
 * open-model profile with a three-step flow and a `unique` feeder run against a node:http shop,
 * their results are written and merged through the merge pipeline, and the merged result is checked
 * against the shards' own counts and against what the server saw: every request counted once, the
 * flow's rows and iterations kept, each feeder row used by one shard only, the `open` section merged.
 * Then the same with two closed-model shards (its virtual users dealt out 2 and 1).
 */
import { after, before, describe, it } from 'node:test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { runShard } from '../../src/shard/run-shard.js';
import { runMergePipeline, shardFileName } from '../../src/shard/pipeline.js';
import { saveShardResult } from '../../src/shard/write.js';
import type { ShardResult } from '../../src/shard/result.js';
import { DirectoryBaselineStore } from '../../src/baseline/directory-store.js';
import { realLoadEdges } from '../../src/edges.js';
import { parseProfile } from '../../src/profile/parse.js';
import { loadFacts } from '../../src/report/load-facts.js';
import type { Profile } from '../../src/profile/types.js';

const AjvClass = Ajv2020 as unknown as typeof Ajv2020.default;
const validate = new AjvClass({ allErrors: true, strict: true, formats: { 'date-time': true } })
  .compile(JSON.parse(await readFile(join(import.meta.dirname, '..', '..', 'schemas/result.schema.json'), 'utf8')));

const quiet = { info: () => {}, warning: () => {} };
const ROWS = 400;

/** /login takes a user and gives a token; /cart and /order want the token; /home is a page. Counts per path. */
class Shop {
  server!: http.Server;
  url = '';
  readonly hits = new Map<string, number>();
  readonly users: string[] = [];
  withoutToken = 0;
  private readonly tokens = new Set<string>();

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => this.answer(req, res, body));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/ready') return void res.writeHead(200).end('ok');
    this.hits.set(path, (this.hits.get(path) ?? 0) + 1);
    if (path === '/login') {
      this.users.push((JSON.parse(body) as { user: string }).user);
      const token = `tok-${this.users.length}`;
      this.tokens.add(token);
      return void res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
    }
    if (path === '/cart' || path === '/order') {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined || !this.tokens.has(token)) this.withoutToken++;
      return void res.writeHead(path === '/order' ? 201 : 200, { 'content-type': 'application/json' }).end('{"items":[1]}');
    }
    res.writeHead(200).end('ok');
  }

  reset(): void {
    this.hits.clear();
    this.users.length = 0;
    this.withoutToken = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const OPEN_LOAD = '{ rate: 40, warmup: 0s, duration: 1500ms, trials: 3, max_in_flight: 20, request_timeout: 2s }';

function shopProfile(load = OPEN_LOAD): Profile {
  // No warm-up: every request the server sees belongs to a measured trial (a shard's warm-up is not in its result).
  const outcome = parseProfile(`name: shop
load: ${load}
readiness: { path: /ready, timeout: 5s }
endpoints:
  - { name: home, path: /home }
flows:
  - name: buy
    weight: 2
    feeder: { file: users.csv, order: unique }
    steps:
      - { name: login, method: POST, path: /login, json: { user: "{{ user }}" }, capture: { json: $.token, as: token } }
      - { name: cart, path: /cart, headers: { authorization: "Bearer {{ token }}" }, check: [ { json: $.items, not_empty: true } ] }
      - { name: order, method: POST, path: /order, headers: { authorization: "Bearer {{ token }}" }, json: { sku: shoe }, expect_status: 201 }
`, 'shop.yml');
  assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
  const profile = outcome.profile;
  profile.flows![0].feeder!.rows = Array.from({ length: ROWS }, (_, i) => ({ user: `u${i}` }));
  return profile;
}

describe('flows in shards on a real target', () => {
  const shop = new Shop();
  let dir: string;
  before(async () => {
    await shop.start();
    dir = await mkdtemp(join(tmpdir(), 'lg-flow-shards-'));
  });
  after(async () => {
    await shop.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('two open-model shards of a three-step flow merge to the sum of the shards and to what the server saw', async () => {
    const profile = shopProfile();
    const startAtMs = Date.now() + 500;
    const shards = await Promise.all([1, 2].map((index) =>
      runShard({ profile, target: shop.url, shard: { index, count: 2 }, startAtMs, startAtField: '--start-at' }, realLoadEdges(quiet))));
    for (const s of shards) await saveShardResult(s, join(dir, 'in', shardFileName('shop', s.shard.index, 2)));
    const outcome = await runMergePipeline(
      { dir: join(dir, 'in'), allowMissing: false, profile, failOn: 'critical', saveBaseline: false },
      { store: new DirectoryBaselineStore(join(dir, 'baselines')), log: quiet, runner: () => ({ cpuModel: 'x', cores: 2, os: 'linux', node: process.version }) },
    );
    const result = outcome.report;
    const rowOf = (s: ShardResult, name: string) => s.endpoints.find((e) => e.name === name)!;
    const shardRequests = (name: string, k: number) => shards.reduce((sum, s) => sum + rowOf(s, name).trials[k].requests, 0);

    // One run's rows: the endpoint, the flow's iterations, its steps in step order.
    assert.deepEqual(result.endpoints.map((e) => [e.name, e.method]), [['buy', 'FLOW'], ['buy/login', 'POST'], ['buy/cart', 'GET'], ['buy/order', 'POST'], ['home', 'GET']]);
    for (const e of result.endpoints) {
      e.trials.forEach((t, k) => assert.equal(t.requests, shardRequests(e.name, k), `${e.name}, trial ${k + 1}: the sum of the shards`));
      assert.equal(e.errors, 0, `${e.name}: ${JSON.stringify(e.errorsByClass)}`);
    }
    // What the server saw, request for request: no warm-up, and a step the end cuts off is never sent.
    const requests = (name: string) => result.endpoints.find((e) => e.name === name)!.requests;
    assert.equal(requests('buy/login'), shop.hits.get('/login'));
    assert.equal(requests('buy/cart'), shop.hits.get('/cart'));
    assert.equal(requests('buy/order'), shop.hits.get('/order'));
    assert.equal(requests('home'), shop.hits.get('/home'));
    assert.equal(shop.withoutToken, 0, 'each step carried the token its iteration captured');
    assert.ok(requests('buy/login') > 20, `both shards loaded: ${requests('buy/login')} logins`);

    // The open section: the shards' counts summed, and the flow's iterations.
    const open = result.open!;
    assert.equal(result.load.model, 'open');
    assert.equal(result.load.rateRps, 40);
    assert.equal(open.sent, shards[0].open!.sent + shards[1].open!.sent);
    assert.equal(open.dropped, shards[0].open!.dropped + shards[1].open!.dropped);
    assert.equal(open.sent, requests('buy/login') + requests('home'), 'every arrival sent is a login or a home request');
    assert.equal(open.maxInFlight, 20, 'the shards\' caps add up to the profile\'s');
    const [buy] = open.iterations!;
    assert.equal(buy.flow, 'buy');
    assert.equal(buy.started, shards[0].open!.iterations![0].started + shards[1].open!.iterations![0].started);
    assert.equal(buy.started, shop.hits.get('/login'), 'an iteration started is a login the server saw');
    assert.equal(buy.planned, buy.started + buy.dropped);
    // 40/s for 1.5 s, the flow weighing 2 of 3: 60 arrivals, 40 of them the flow's, unless a shard began
    // a few ms late and skipped one (then fewer, never more).
    assert.ok(open.planned <= 60 && open.planned >= 56, `planned ${open.planned}`);
    assert.ok(buy.planned <= 40 && buy.planned >= 37, `the flow's planned ${buy.planned}`);

    // A unique feeder: shard 1 took rows 0, 2, 4, …, shard 2 rows 1, 3, 5, …: no row twice.
    assert.equal(new Set(shop.users).size, shop.users.length, 'no feeder row was used twice');
    const taken = (k: number) => shards[k].open!.iterations![0].started;
    const expected = [...Array.from({ length: taken(0) }, (_, j) => `u${2 * j}`), ...Array.from({ length: taken(1) }, (_, j) => `u${2 * j + 1}`)];
    assert.deepEqual([...shop.users].sort(), expected.sort());

    assert.ok(validate(result), JSON.stringify(validate.errors));
    assert.match(loadFacts(result).find((f) => f.label === 'iterations of buy')?.text ?? '', new RegExp(`^${buy.started} of ${buy.planned} started`));
    assert.ok(result.warnings.some((w) => w.code === 'shards-merged' && /the peak in flight is the sum of the shards' peaks/.test(w.message)));
  });
  it('two closed-model shards of the flow: the users dealt out, the counts the sum of the shards and the server\'s', async () => {
    shop.reset();
    const profile = shopProfile('{ connections: 3, warmup: 0s, duration: 1s, trials: 2, request_timeout: 2s }');
    const startAtMs = Date.now() + 500;
    const shards = await Promise.all([1, 2].map((index) =>
      runShard({ profile, target: shop.url, shard: { index, count: 2 }, startAtMs, startAtField: '--start-at' }, realLoadEdges(quiet))));
    assert.deepEqual(shards.map((s) => s.connections), [2, 1]);
    assert.deepEqual(shards.map((s) => s.open), [undefined, undefined]);
    for (const s of shards) await saveShardResult(s, join(dir, 'closed', shardFileName('shop', s.shard.index, 2)));
    const { report: result } = await runMergePipeline(
      { dir: join(dir, 'closed'), allowMissing: false, profile, failOn: 'critical', saveBaseline: false },
      { store: new DirectoryBaselineStore(join(dir, 'baselines')), log: quiet, runner: () => ({ cpuModel: 'x', cores: 2, os: 'linux', node: process.version }) },
    );
    const requests = (name: string) => result.endpoints.find((e) => e.name === name)!.requests;
    for (const [row, path] of [['buy/login', '/login'], ['buy/cart', '/cart'], ['buy/order', '/order'], ['home', '/home']]) {
      assert.equal(requests(row), shards.reduce((sum, s) => sum + s.endpoints.find((e) => e.name === row)!.trials.reduce((a, t) => a + t.requests, 0), 0), `${row}: the sum of the shards`);
      assert.equal(requests(row), shop.hits.get(path), `${row}: what the server saw`);
    }
    assert.ok(requests('buy') > 0 && requests('home') > 0, 'users walked the flow and the endpoint');
    assert.equal(shop.withoutToken, 0);
    assert.equal(new Set(shop.users).size, shop.users.length, 'no unique row twice');
    assert.equal(result.load.model, 'closed');
    assert.equal(result.open, undefined);
  });
});
