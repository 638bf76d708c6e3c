/**
 * Bad input through the bundled action and CLI: each is a clear error naming what is wrong, the
 * `error` verdict, and a failing exit code — never a stack trace or a hang.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, writeFile, readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { cliEntry, makeWorkspace, repoRoot, runAction, spawnNode } from '../support/action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import { startTestServer } from '../support/servers.js';

const pushEvent = JSON.parse(await readFile(join(repoRoot, 'fixtures/events/push-main.json'), 'utf8'));

async function workspaceWith(profile?: string): Promise<string> {
  const ws = await makeWorkspace();
  await mkdir(join(ws, '.github'));
  if (profile !== undefined) await writeFile(join(ws, '.github/loadgate.yml'), profile);
  return ws;
}

function action(workspace: string, inputs: Record<string, string>) {
  return runAction({ workspace, eventName: 'push', event: pushEvent, ref: 'refs/heads/main', inputs: { 'github-token': 'x', ...inputs } });
}

/** A loopback port with nothing listening: bound, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  await new Promise((r) => server.close(r));
  return port;
}

const minimal = (target: string, extra = '') => `name: smoke
target: ${target}
load:
  connections: 2
  warmup: 0s
  duration: 1s
  trials: 2
endpoints:
  - name: hello
    path: /
${extra}`;

test('a missing profile file names the path', async () => {
  const run = await action(await workspaceWith(), {});
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, /::error::profile \.github\/loadgate\.yml does not exist/);
  assert.match(run.summary, /loadgate — ⚠️ error/);
});

test('unparseable YAML names the file and line', async () => {
  const run = await action(await workspaceWith('name: smoke\nload: [1, 2\nendpoints: {'), {});
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, /\.github\/loadgate\.yml:\d+/);
});

test('an invalid profile reports every problem at once, with paths and lines', async () => {
  const text = `name: smoke
load:
  connections: fifty
  warmup: 5 minutes
endpoints:
  - name: hello
    metod: GET
    path: /
`;
  const run = await action(await workspaceWith(text), { target: 'http://127.0.0.1:9' });
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, /has 3 problems/);
  assert.match(run.stdout, /load\.connections[^\n]*fifty[^\n]*loadgate\.yml:3/);
  assert.match(run.stdout, /load\.warmup[^\n]*5 minutes[^\n]*loadgate\.yml:4/);
  assert.match(run.stdout, /endpoints\[0\]\.metod[^\n]*loadgate\.yml:7/);
});

test('an unknown fail-on value lists the valid ones', async () => {
  const run = await action(await workspaceWith(minimal('http://127.0.0.1:9')), { 'fail-on': 'severe' });
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, /::error::input 'fail-on': "severe" is not valid \(use one of: minor, major, critical, never\)/);
});

test('an unreachable target: URL, how long it waited, the last failure', async () => {
  const port = await closedPort();
  const profile = minimal(`http://127.0.0.1:${port}`, 'readiness:\n  timeout: 1s\n');
  const run = await action(await workspaceWith(profile), {});
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  assert.match(run.stdout, new RegExp(`127\\.0\\.0\\.1:${port}`));
  assert.match(run.stdout, /refused/i);
  assert.match(run.stdout, /\d+(\.\d+)? ?s/);
});

test('a corrupt baseline file is ignored with a warning; the run still reports', async () => {
  const service = await startDemoService();
  try {
    const ws = await workspaceWith(minimal(service.url));
    await mkdir(join(ws, '.loadgate/baselines'), { recursive: true });
    await writeFile(join(ws, '.loadgate/baselines/smoke.baseline.json'), '{ not json');
    const run = await action(ws, { 'save-baseline': 'false', 'baseline-dir': '.loadgate/baselines' });
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.outputs.verdict, 'no-baseline');
    assert.match(run.stdout, /::warning::Ignoring the baseline in [^\n]*smoke\.baseline\.json: not valid JSON/);
    assert.match(run.summary, /was ignored: not valid JSON/);
  } finally {
    await service.stop();
  }
});

test('the CLI: unknown fail-on and a missing --profile are usage errors with exit code 2', async () => {
  const ws = await workspaceWith(minimal('http://127.0.0.1:9'));
  const env = { PATH: process.env.PATH ?? '' };
  const badLevel = await spawnNode([cliEntry, 'run', '--profile', '.github/loadgate.yml', '--fail-on', 'severe'], ws, env);
  assert.equal(badLevel.code, 2);
  assert.match(badLevel.stderr, /--fail-on: "severe" is not valid \(use one of: minor, major, critical, never\)/);
  const noProfile = await spawnNode([cliEntry, 'run'], ws, env);
  assert.equal(noProfile.code, 2);
  assert.match(noProfile.stderr, /--profile FILE is required/);
  const missing = await spawnNode([cliEntry, 'run', '--profile', 'nope.yml'], ws, env);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /profile nope\.yml does not exist/);
});

// --- Bad profiles and inputs: one clear error each, the documented exit code, no load sent -------

/** A profile around `endpoints` (default: one endpoint) with `load` merged in. */
function profileText(options: { load?: string; endpoints?: string; extra?: string; target?: string } = {}): string {
  return [
    'name: bad',
    ...(options.target ? [`target: ${options.target}`] : []),
    `load: { connections: 1, warmup: 0s, duration: 400ms, trials: 2${options.load ? `, ${options.load}` : ''} }`,
    'endpoints:',
    options.endpoints ?? '  - { name: hello, path: /hello }',
    options.extra ?? '',
  ].join('\n');
}

const PASSWORD = 'hunter2-pw';
const SECRET_VALUE = 'runtime-token-value';

interface BadCase {
  what: string;
  profile: string;
  /** Extra CLI arguments; `{url}` is the counting server's URL. */
  args?: string[];
  env?: Record<string, string>;
  error: RegExp;
  /** Texts that must appear nowhere in the output. */
  never?: string[];
}

const manyEndpoints = (n: number) => Array.from({ length: n }, (_, i) => `  - { name: e${i}, path: /hello }`).join('\n');

const badCases: BadCase[] = [
  { what: 'a 600h duration (overflowed the timer)', profile: profileText({ load: 'duration: 600h' }).replace('duration: 400ms, ', ''), error: /load\.duration: "600h" is longer than 24h, the most this key allows — bad\.yml:\d+/ },
  { what: 'a 2h warm-up', profile: profileText({ load: 'request_timeout: 1s' }).replace('warmup: 0s', 'warmup: 2h'), error: /load\.warmup: "2h" is longer than 1h/ },
  { what: 'a 1h request timeout', profile: profileText({ load: 'request_timeout: 1h' }), error: /load\.request_timeout: "1h" is longer than 10m/ },
  { what: 'an endpoint timeout of 11m', profile: profileText({ endpoints: '  - { name: hello, path: /hello, timeout: 11m }' }), error: /endpoints\[0\]\.timeout: "11m" is longer than 10m/ },
  { what: 'a 2h readiness timeout', profile: profileText({ extra: 'readiness: { timeout: 2h }' }), error: /readiness\.timeout: "2h" is longer than 1h/ },
  { what: 'a 25h think time', profile: profileText({ load: 'think_time: 25h' }), error: /load\.think_time: "25h" is longer than 24h/ },
  { what: 'stages longer than a day', profile: profileText().replace(/load: .*/, 'load: { warmup: 0s, trials: 2, stages: [{ duration: 20h, rate: 1 }, { duration: 5h, rate: 1 }] }'), error: /load\.stages: the stages measure 25h after the warm-up, longer than 24h/ },
  { what: '101 endpoints', profile: profileText({ endpoints: manyEndpoints(101) }), error: /endpoints: 101 endpoints are more than the 100 a profile may have/ },
  { what: '40 endpoints × 200 trials', profile: profileText({ endpoints: manyEndpoints(40) }).replace('trials: 2', 'trials: 200').replace('400ms', '40s'), error: /load\.trials: 40 endpoints × 200 trials need 8,000 latency histograms, about 1,250 MB of memory, more than the 1,024 MB/ },
  { what: 'a level over the memory budget', profile: profileText({ endpoints: manyEndpoints(40), extra: 'levels: { soak: { load: { trials: 200, duration: 40s } } }' }), error: /levels\.soak\.load: 40 endpoints × 200 trials need/ },
  { what: 'user info in --target', profile: profileText(), args: ['--target', `http://admin:${PASSWORD}@127.0.0.1:{port}`], error: /--target: "http:\/\/\*\*\*@127\.0\.0\.1:\d+" must not carry a user name or password[^\n]*headers: \{ authorization/, never: [PASSWORD] },
  { what: 'user info in the profile target', profile: profileText({ target: `http://admin:${PASSWORD}@127.0.0.1:9/api` }), args: [], error: /target: "http:\/\/\*\*\*@127\.0\.0\.1:9\/api" must not carry a user name or password/, never: [PASSWORD] },
  { what: 'user info in --baseline-target', profile: profileText(), args: ['--target', '{url}', '--baseline-target', `http://u:${PASSWORD}@127.0.0.1:9`], error: /--baseline-target: "http:\/\/\*\*\*@127\.0\.0\.1:9" must not carry/, never: [PASSWORD] },
  { what: 'an ftp target', profile: profileText(), args: ['--target', 'ftp://127.0.0.1:{port}'], error: /--target: "ftp:\/\/127\.0\.0\.1:\d+" must use http or https, not ftp/ },
  { what: 'a --target without a scheme', profile: profileText(), args: ['--target', '127.0.0.1:{port}'], error: /--target: "127\.0\.0\.1:\d+" is not an absolute URL \(use http:\/\/ or https:\/\/, e\.g\. http:\/\/127\.0\.0\.1:\d+\)/ },
  { what: 'no target anywhere', profile: profileText(), args: [], error: /--target: not given, and bad\.yml has no target: either/ },
  { what: 'a ramp in paired mode', profile: profileText().replace(/load: .*/, 'load: { warmup: 0s, trials: 2, duration: 400ms, rate: 10, shape: ramp, start_rate: 1 }'), args: ['--target', '{url}', '--baseline-target', 'http://127.0.0.1:9'], error: /--baseline-target: paired mode needs a steady load[^\n]*load\.shape is ramp/ },
  { what: '--level constructor (a prototype key) on a profile with levels', profile: profileText({ extra: 'levels: { pr: { load: { duration: 1s } } }' }), args: ['--level', 'constructor'], error: /--level: "constructor" is not declared in bad\.yml \(declared: pr\)/ },
  { what: '--level toString on a profile without levels', profile: profileText(), args: ['--level', 'toString'], error: /--level: "toString": bad\.yml declares no levels/ },
  { what: '{{ env ACTIONS_RUNTIME_TOKEN }}', profile: profileText({ endpoints: '  - { name: hello, path: /hello, headers: { authorization: "Bearer {{ env ACTIONS_RUNTIME_TOKEN }}" } }' }), env: { ACTIONS_RUNTIME_TOKEN: SECRET_VALUE }, error: /reads runner internals, which are never sent: ACTIONS_RUNTIME_TOKEN \(used in endpoints\[0\]\.headers\.authorization\)/, never: [SECRET_VALUE] },
  { what: '{{ env INPUT_GITHUB_TOKEN }}', profile: profileText({ endpoints: '  - { name: hello, path: "/hello?t={{ env INPUT_GITHUB_TOKEN }}" }' }), env: { INPUT_GITHUB_TOKEN: SECRET_VALUE }, error: /runner internals[^\n]*INPUT_GITHUB_TOKEN \(used in endpoints\[0\]\.path\)/, never: [SECRET_VALUE] },
  { what: 'a header secret with a line break', profile: profileText({ endpoints: '  - { name: hello, path: /hello, headers: { x-key: "{{ env KEY }}" } }' }), env: { KEY: `${SECRET_VALUE}\r\nx-admin: 1` }, error: /used in a header value hold a line break or another control character[^\n]*KEY \(used in endpoints\[0\]\.headers\.x-key\)/, never: [SECRET_VALUE] },
  { what: 'a static header with a line break', profile: profileText({ endpoints: '  - { name: hello, path: /hello, headers: { x-key: "a\\r\\nx-admin: 1" } }' }), error: /endpoints\[0\]\.headers\.x-key: contains a line break or another control character/ },
  { what: 'a header secret with a control character (BEL)', profile: profileText({ endpoints: '  - { name: hello, path: /hello, headers: { x-key: "k {{ env KEY }}" } }' }), env: { KEY: `${SECRET_VALUE}\u0007` }, error: /used in a header value hold a line break or another control character[^\n]*KEY \(used in endpoints\[0\]\.headers\.x-key\)/, never: [SECRET_VALUE] },
  { what: 'a missing env variable', profile: profileText({ endpoints: '  - { name: hello, path: "/hello?k={{ env NOT_SET_ANYWHERE }}" }' }), error: /not set: NOT_SET_ANYWHERE \(used in endpoints\[0\]\.path\)/ },
  { what: '{{ env constructor }} (a prototype key) when unset', profile: profileText({ endpoints: '  - { name: hello, path: "/hello?k={{ env constructor }}" }' }), error: /not set: constructor \(used in endpoints\[0\]\.path\)/ },
  { what: 'a quoted choice item left open', profile: profileText({ endpoints: '  - { name: hello, path: "/hello?c={{ choice \\"red shoes }}" }' }), error: /endpoints\[0\]\.path: \{\{ choice "red shoes \}\}: "\\"red": a quote must open and close a whole item/ },
  { what: 'an unknown expression in a json: body', profile: profileText({ endpoints: '  - { name: hello, path: /hello, method: POST, json: { a: "{{ nope }}" } }' }), error: /endpoints\[0\]\.json: \{\{ nope \}\}: "nope" is not a template expression/ },
  { what: 'one endpoint name twice, a prototype key', profile: profileText({ endpoints: '  - { name: __proto__, path: /hello }\n  - { name: __proto__, path: /hello }' }), error: /endpoints\[1\]\.name: "__proto__" is already the name of endpoints\[0\]/ },
  { what: 'a level named constructor with a 600h duration', profile: profileText({ extra: 'levels: { constructor: { load: { duration: 600h } } }' }), error: /levels\.constructor\.load\.duration: "600h" is longer than 24h/ },
];

test('every set-up problem at once, each naming its flag or input: the CLI and the action word them alike', async () => {
  const text = profileText({ extra: 'levels: { pr: { load: { duration: 1s } } }' });
  const ws = await workspaceWith(text);
  await writeFile(join(ws, 'bad.yml'), text);
  const cli = await spawnNode(
    [cliEntry, 'run', '--profile', 'bad.yml', '--fail-on', 'severe', '--level', 'nightly', '--target', 'ftp://127.0.0.1:9', '--baseline-target', `http://u:${PASSWORD}@127.0.0.1:8`],
    ws,
    { PATH: process.env.PATH ?? '' },
  );
  assert.equal(cli.code, 2);
  assert.match(cli.stderr, /^loadgate: 4 problems in the run's set-up:\n/);
  assert.match(cli.stderr, /\n- --fail-on: "severe" is not valid \(use one of: minor, major, critical, never\)\n/);
  assert.match(cli.stderr, /\n- --level: "nightly" is not declared in bad\.yml \(declared: pr\)\n/);
  assert.match(cli.stderr, /\n- --target: "ftp:\/\/127\.0\.0\.1:9" must use http or https, not ftp\n/);
  assert.match(cli.stderr, /\n- --baseline-target: "http:\/\/\*\*\*@127\.0\.0\.1:8" must not carry a user name or password/);
  assert.ok(!cli.stderr.includes(PASSWORD));
  const run = await action(ws, { 'fail-on': 'severe', level: 'nightly', target: 'ftp://127.0.0.1:9', mode: 'gates' });
  assert.equal(run.code, 1);
  assert.equal(run.outputs.verdict, 'error');
  // The runner's log carries the multi-line message with its line breaks encoded.
  const error = run.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '';
  assert.match(error, /^::error::4 problems in the run's set-up:%0A/);
  assert.match(error, /%0A- input 'mode': "gates" is not valid \(use one of: gate, report-only, publish, merge\)%0A/);
  assert.match(error, /%0A- input 'fail-on': "severe" is not valid \(use one of: minor, major, critical, never\)%0A/);
  assert.match(error, /%0A- input 'level': "nightly" is not declared in \.github\/loadgate\.yml \(declared: pr\)%0A/);
  assert.match(error, /%0A- input 'target': "ftp:\/\/127\.0\.0\.1:9" must use http or https, not ftp/);
  assert.match(run.summary, /4 problems in the run's set-up/);
});

test(`${badCases.length} bad profiles and inputs through the CLI: one error naming the field, exit 2, no request sent`, async () => {
  assert.ok(badCases.length >= 20);
  const server = await startTestServer();
  try {
    const failures: string[] = [];
    for (const c of badCases) {
      const ws = await makeWorkspace();
      await writeFile(join(ws, 'bad.yml'), c.profile);
      const args = (c.args ?? ['--target', server.url]).map((a) => a.replace('{port}', String(server.port)).replace('{url}', server.url));
      const run = await spawnNode([cliEntry, 'run', '--profile', 'bad.yml', '--baseline-dir', 'b', ...args], ws, { PATH: process.env.PATH ?? '', ...c.env });
      const output = run.stdout + run.stderr;
      const wrong = [
        run.code === 2 ? '' : `exit ${run.code}`,
        c.error.test(run.stderr) ? '' : `no ${c.error}`,
        /unexpected error|\n\s+at /.test(run.stderr) ? 'a stack trace' : '',
        ...(c.never ?? []).map((text) => (output.includes(text) ? `"${text}" printed` : '')),
        server.totalHits() === 0 ? '' : 'the target got a request',
      ].filter((w) => w !== '');
      if (wrong.length > 0) failures.push(`${c.what}: ${wrong.join('; ')}\n${run.stderr}`);
    }
    assert.deepEqual(failures, []);
  } finally {
    await server.close();
  }
});

test('the action: user info in the target input and an ACTIONS_ variable in a template are errors before any request', async () => {
  const server = await startTestServer();
  try {
    const withCredentials = await action(await workspaceWith(profileText()), { target: server.url.replace('://', `://admin:${PASSWORD}@`) });
    assert.equal(withCredentials.code, 1);
    assert.equal(withCredentials.outputs.verdict, 'error');
    assert.match(withCredentials.stdout, /::error::input 'target': "http:\/\/\*\*\*@127\.0\.0\.1:\d+" must not carry a user name or password/);
    assert.ok(!(withCredentials.stdout + withCredentials.summary).includes(PASSWORD));
    const internal = await runAction({
      workspace: await workspaceWith(profileText({ endpoints: '  - { name: hello, path: /hello, headers: { x-t: "{{ env ACTIONS_ID_TOKEN_REQUEST_TOKEN }}" } }' })),
      eventName: 'push', event: pushEvent, ref: 'refs/heads/main',
      inputs: { 'github-token': 'x', target: server.url, 'baseline-dir': 'b' },
      env: { ACTIONS_ID_TOKEN_REQUEST_TOKEN: SECRET_VALUE },
    });
    assert.equal(internal.code, 1);
    assert.match(internal.stdout, /::error::the profile reads runner internals[^\n]*ACTIONS_ID_TOKEN_REQUEST_TOKEN/);
    assert.ok(!(internal.stdout + internal.summary).includes(SECRET_VALUE));
    assert.equal(server.totalHits(), 0);
  } finally {
    await server.close();
  }
});

test('names that are Object.prototype keys work as plain names: endpoints, a header, a level', async () => {
  const server = await startTestServer();
  try {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'proto.yml'), [
      'name: proto',
      'load: { connections: 1, warmup: 0s, duration: 400ms, trials: 2 }',
      'levels: { constructor: { load: { duration: 600ms } } }',
      'endpoints:',
      '  - { name: constructor, path: "/hello?e=constructor", headers: { constructor: c, tostring: t } }',
      '  - { name: toString, path: "/hello?e=toString" }',
      '  - { name: __proto__, path: "/hello?e=proto" }',
      '',
    ].join('\n'));
    const run = await spawnNode([cliEntry, 'run', '--profile', 'proto.yml', '--target', server.url, '--level', 'constructor', '--baseline-dir', 'b', '--save-baseline', '--json', 'r.json'], ws, { PATH: process.env.PATH ?? '' });
    assert.equal(run.code, 0, run.stderr);
    const report = JSON.parse(await readFile(join(ws, 'r.json'), 'utf8'));
    assert.equal(report.profile.level, 'constructor');
    assert.equal(report.load.durationMs, 600);
    assert.deepEqual(report.endpoints.map((e: { name: string }) => e.name), ['constructor', 'toString', '__proto__']);
    for (const e of report.endpoints) assert.ok(e.requests > 0, `${e.name} got requests`);
    for (const path of ['/hello?e=constructor', '/hello?e=toString', '/hello?e=proto']) assert.ok((server.hits.get(path) ?? 0) > 0, path);
    const saved = JSON.parse(await readFile(join(ws, 'b/proto@constructor.baseline.json'), 'utf8'));
    assert.deepEqual(saved.runs[0].endpoints.map((e: { name: string }) => e.name), ['constructor', 'toString', '__proto__']);
    // The stored baseline reads back on the next run.
    const again = await spawnNode([cliEntry, 'run', '--profile', 'proto.yml', '--target', server.url, '--level', 'constructor', '--baseline-dir', 'b', '--json', 'r.json'], ws, { PATH: process.env.PATH ?? '' });
    assert.ok(again.code === 0 || again.code === 1, again.stderr);
    assert.equal(JSON.parse(await readFile(join(ws, 'r.json'), 'utf8')).baseline.status, 'found');
  } finally {
    await server.close();
  }
});

test('a profile larger than 1 MB is refused before it is parsed (CLI exit 2, no request)', async () => {
  const server = await startTestServer();
  try {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'huge.yml'), `name: huge\n# ${'x'.repeat(2 * 1024 * 1024)}\n`);
    const run = await spawnNode([cliEntry, 'run', '--profile', 'huge.yml', '--target', server.url], ws, { PATH: process.env.PATH ?? '' });
    assert.equal(run.code, 2, run.stderr);
    assert.match(run.stderr, /profile huge\.yml is larger than 1048576 bytes/);
    assert.equal(server.totalHits(), 0);
  } finally {
    await server.close();
  }
});

test('an engine shard without start-at, with a baseline target, is refused naming both inputs before any load', async () => {
  const ws = await workspaceWith(minimal('http://127.0.0.1:9'));
  const noStart = await action(ws, { shard: '2/4', 'baseline-target': 'http://127.0.0.1:10' });
  assert.equal(noStart.code, 1);
  assert.equal(noStart.outputs.verdict, 'error');
  assert.match(noStart.stdout, /input 'shard': "2\/4" needs input 'start-at': the common start every shard aligns its trials to/);
  assert.match(noStart.stdout, /input 'baseline-target': not used with input 'shard'/);
  assert.equal(noStart.outputs['shard-result'], undefined);
});
