/**
 * The open model, load levels and template secrets through the bundled action and CLI (dist/), as
 * the runner runs them: the secret reaches the target, is masked in the log, and appears in no file.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { cliEntry, makeWorkspace, repoRoot, runAction, spawnNode } from '../support/action-runner.js';

const SECRET = 'tok-3f9a1c77e2b4-secret';

const PROFILE = `name: open-smoke
load:
  connections: 2
  warmup: 200ms
  duration: 1s
  trials: 2
levels:
  pr:
    load: { rate: 100, max_in_flight: 20 }
endpoints:
  - name: hello
    path: /hello?n={{ seq }}
    headers:
      authorization: "Bearer {{ env LOADGATE_TEST_TOKEN }}"
`;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
}

describe('open model, levels and secrets end to end', () => {
  let server: http.Server;
  let url = '';
  const authorizations = new Set<string>();
  before(async () => {
    server = http.createServer((req, res) => {
      authorizations.add(String(req.headers.authorization));
      res.end('hello');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((r) => { server.close(() => r()); server.closeAllConnections(); }));

  it('the action runs the selected level open, masks the secret and writes it nowhere', async () => {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'profile.yml'), PROFILE);
    const run = await runAction({
      workspace: ws,
      inputs: { profile: 'profile.yml', target: url, level: 'pr', 'baseline-dir': 'baselines', 'save-baseline': 'true', 'github-token': '', 'fail-on': 'critical' },
      eventName: 'push',
      event: { repository: { default_branch: 'main' } },
      ref: 'refs/heads/main',
      env: { LOADGATE_TEST_TOKEN: SECRET },
    });
    assert.equal(run.code, 0, run.stdout + run.stderr);
    // The readiness probe carries no header; every load request carries the secret.
    assert.deepEqual([...authorizations].filter((a) => a !== 'undefined'), [`Bearer ${SECRET}`], 'the secret reached the target');
    assert.ok(run.stdout.includes(`::add-mask::${SECRET}`), 'masked in the log');
    assert.equal(run.stdout.split(SECRET).length - 1, 1, 'in the log only inside the mask command');
    const files = [...(await filesUnder(run.runnerTemp)), ...(await filesUnder(join(ws, 'baselines')))];
    assert.ok(files.some((f) => f.endsWith('open-smoke@pr.baseline.json')), `baseline kept per level: ${files.join(', ')}`);
    for (const file of files) assert.ok(!(await readFile(file, 'utf8')).includes(SECRET), `${file} holds the secret`);
    assert.ok(!run.summary.includes(SECRET));

    const report = JSON.parse(await readFile(run.outputs.report, 'utf8'));
    assert.equal(report.profile.level, 'pr');
    assert.equal(report.load.model, 'open');
    assert.equal(report.load.rateRps, 100);
    assert.equal(report.open.planned, 100);
    assert.equal(report.open.sent + report.open.dropped, 100);
    const schema = JSON.parse(await readFile(join(repoRoot, 'schemas/result.schema.json'), 'utf8'));
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    assert.ok(validate(report), JSON.stringify(validate.errors));
  });

  it('the CLI runs the minimal open profile, and names a missing secret before sending anything', async () => {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'open.yml'), 'name: minimal-open\nload:\n  rate: 100\n  warmup: 200ms\n  duration: 1s\n  trials: 2\nendpoints:\n  - name: hello\n    path: /\n');
    await writeFile(join(ws, 'profile.yml'), PROFILE);
    const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
    const ok = await spawnNode([cliEntry, 'run', '--profile', 'open.yml', '--target', url, '--json', 'r.json', '--baseline-dir', 'b'], ws, env);
    assert.equal(ok.code, 0, ok.stderr);
    const report = JSON.parse(await readFile(join(ws, 'r.json'), 'utf8'));
    assert.equal(report.load.model, 'open');
    assert.equal(report.open.planned, 100);
    assert.match(ok.stderr, /100 requests\/s \(constant, at most 1000 in flight\)/);

    const missing = await spawnNode([cliEntry, 'run', '--profile', 'profile.yml', '--target', url, '--level', 'pr'], ws, env);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /LOADGATE_TEST_TOKEN \(used in endpoints\[0\]\.headers\.authorization\)/);
    const unknown = await spawnNode([cliEntry, 'run', '--profile', 'profile.yml', '--target', url, '--level', 'nightly'], ws, { ...env, LOADGATE_TEST_TOKEN: SECRET });
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--level: "nightly" is not declared in profile\.yml \(declared: pr\)/);
  });
});
