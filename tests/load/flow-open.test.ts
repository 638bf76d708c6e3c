/**
 * Flows in the open model against a real node:http server on 127.0.0.1: iterations arrive at the
 * rate, each either started (the server sees its login) or dropped at max_in_flight, and the
 * result's accounting is checked against the schedule (rate × duration) and the server's counts.
 */
import { after, before, describe, it } from 'node:test';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { loadFacts } from '../../src/report/load-facts.js';
import { runLoad } from '../../src/load/run-load.js';
import { parseProfile } from '../../src/profile/parse.js';
import type { Profile } from '../../src/profile/types.js';
import type { EndpointResult, FlowArrivals } from '../../src/metrics/types.js';
import type { Measurement } from '../../src/load/types.js';

const AjvClass = Ajv2020 as unknown as typeof Ajv2020.default;
const schemaFile = join(import.meta.dirname, '..', '..', 'schemas/result.schema.json');
const validate = new AjvClass({ allErrors: true, strict: true, formats: { 'date-time': true } }).compile(JSON.parse(await readFile(schemaFile, 'utf8')));

/** /login gives a token; /cart wants it (and may be slow); /home is a plain page. */
class Shop {
  server!: http.Server;
  url = '';
  logins = 0;
  carts = 0;
  cartsWithoutToken = 0;
  homes = 0;
  /** /cart answers after this many ms (a timer: the event loop stays free). */
  cartDelayMs = 0;
  /** The login that, when it arrives, holds this process's event loop for `blockMs` (0: none). */
  blockAtLogin = 0;
  blockMs = 0;
  private readonly tokens = new Set<string>();

  async start(): Promise<void> {
    this.server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => this.answer(req, res));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  reset(): void {
    this.logins = this.carts = this.cartsWithoutToken = this.homes = 0;
    this.cartDelayMs = this.blockAtLogin = this.blockMs = 0;
    this.tokens.clear();
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = req.url ?? '/';
    if (url.startsWith('/login')) {
      const token = `tok-${++this.logins}`;
      this.tokens.add(token);
      // The generator runs in this process: holding the loop makes its arrivals due meanwhile go out late.
      if (this.logins === this.blockAtLogin) for (const end = performance.now() + this.blockMs; performance.now() < end;);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ token }));
      return;
    }
    if (url.startsWith('/cart')) {
      this.carts++;
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      if (token === undefined || !this.tokens.has(token)) this.cartsWithoutToken++;
      const send = () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"items":[1]}');
      if (this.cartDelayMs > 0) setTimeout(send, this.cartDelayMs);
      else send();
      return;
    }
    this.homes++;
    res.writeHead(200).end('ok');
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

const FLOW = `flows:
  - name: buy
    steps:
      - { name: login, method: POST, path: /login, capture: { json: $.token, as: token } }
      - { name: cart, path: /cart, headers: { authorization: "Bearer {{ token }}" } }
`;

function profileOf(yaml: string): Profile {
  const outcome = parseProfile(yaml, 'p.yml');
  assert.ok(outcome.ok, outcome.ok ? '' : JSON.stringify(outcome.problems));
  return outcome.profile;
}

function run(shop: Shop, profile: Profile): Promise<Measurement> {
  return runLoad({ targetUrl: shop.url, load: profile.load, endpoints: profile.endpoints, flows: profile.flows });
}

function row(m: Measurement, name: string): EndpointResult {
  const found = m.endpoints.find((e) => e.name === name);
  assert.ok(found, `row ${name} in ${m.endpoints.map((e) => e.name).join(', ')}`);
  return found;
}

function arrivalsOf(m: Measurement, flow: string): FlowArrivals {
  const found = m.open?.iterations?.find((i) => i.flow === flow);
  assert.ok(found, `open.iterations of ${flow}: ${JSON.stringify(m.open)}`);
  return found;
}

describe('flows in the open model', () => {
  const shop = new Shop();
  before(() => shop.start());
  after(() => shop.close());

  it('starts or drops every arrival the schedule asked for, mixed with endpoints, and counts late starts', async () => {
    shop.reset();
    // 100/s for 1 s with no warm-up: 100 arrivals, shared by the flow and /home (weight 1 each).
    shop.blockAtLogin = 10;
    shop.blockMs = 60;
    const profile = profileOf(`name: shop
load: { rate: 100, warmup: 0s, duration: 1s, trials: 2, max_in_flight: 50, request_timeout: 2s }
endpoints:
  - { name: home, path: /home }
${FLOW}`);
    const m = await run(shop, profile);
    const buy = arrivalsOf(m, 'buy');
    const home = row(m, 'home');
    assert.equal(m.open!.planned, 100, 'the schedule asked for rate × duration arrivals');
    // Weights 1:1 are drawn in turn (smooth round-robin): half of the arrivals each.
    assert.equal(buy.planned, 50);
    assert.equal(home.requests + (home.dropped ?? 0), 50);
    assert.equal(buy.started + buy.dropped, buy.planned);
    assert.ok(buy.started > 0 && home.requests > 0, `both drawn: ${buy.started} iterations, ${home.requests} requests`);
    assert.equal(shop.logins, buy.started, 'each started iteration reached the server with its first step');
    assert.equal(shop.homes, home.requests);
    assert.equal(shop.cartsWithoutToken, 0, 'the captured token went on to the next step');
    assert.equal(row(m, 'buy').dropped, buy.dropped, 'dropped iterations are counted on the flow row');
    assert.ok(row(m, 'buy').requests <= buy.started, 'iterations judged are iterations started');
    // The event loop was held 60 ms while an arrival was due every 10 ms, every other one the
    // flow's: at least two of its iterations went out 10 ms late or more.
    assert.ok(buy.late >= 2, `late iterations: ${JSON.stringify(buy)}`);
    assert.ok(buy.startLagMs.max >= 10);
    assert.ok(m.open!.slots.missed > 0, 'the held loop missed slots');
    const result = buildRunResult(profile, 'f', shop.url, m, { cpuModel: 'x', cores: 2, os: 'linux', node: process.version });
    assert.ok(validate(result), JSON.stringify(validate.errors));
    const fact = loadFacts(result).find((f) => f.label === 'iterations of buy');
    assert.match(fact?.text ?? '', new RegExp(`^${buy.started} of 50 started, ${buy.dropped} dropped`));
  });

  it('a slow step holds its slot: at max_in_flight the next iterations are dropped, not queued', async () => {
    shop.reset();
    shop.cartDelayMs = 400;
    const m = await run(shop, profileOf(`name: shop
load: { rate: 20, warmup: 0s, duration: 1s, trials: 2, max_in_flight: 2, request_timeout: 2s }
${FLOW}`));
    const buy = arrivalsOf(m, 'buy');
    assert.equal(buy.planned, 20);
    assert.equal(buy.started + buy.dropped, 20);
    // Two slots, each held 400 ms or more by one iteration: at most 2 × ⌈1000 / 400⌉ iterations start in 1 s.
    assert.ok(buy.started <= 6, `started ${buy.started}`);
    assert.ok(buy.dropped >= 14, `dropped ${buy.dropped}`);
    assert.equal(shop.logins, buy.started);
    assert.equal(row(m, 'buy').dropped, buy.dropped);
    assert.ok(m.open!.peakInFlight <= 2);
    const dropped = m.warnings.find((w) => w.code === 'arrivals-dropped');
    assert.ok(dropped, JSON.stringify(m.warnings));
    // What was dropped were flow iterations, and the warning says so rather than "requests".
    assert.match(dropped.message, new RegExp(`^${m.open!.dropped} of ${m.open!.planned} scheduled arrivals \\(requests and flow iterations\\)`));
    // The iteration's duration runs from its scheduled instant and spans the slow step.
    assert.ok(row(m, 'buy').latencyMs.p50 >= 400);
  });
});
