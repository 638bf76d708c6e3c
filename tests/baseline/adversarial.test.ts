/**
 * Corrupt and adversarial baselines: each is `unusable` with a reason that names the field (and
 * never quotes a planted text at length), is replaced by the next save, and never crashes — through
 * the directory store, and where it matters through the bundled CLI against a real local server.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DirectoryBaselineStore } from '../../src/baseline/directory-store.js';
import { appendRun } from '../../src/baseline/history.js';
import type { Baseline } from '../../src/baseline/types.js';
import { cliEntry, makeWorkspace, spawnNode } from '../support/action-runner.js';
import { startTestServer } from '../support/servers.js';

/** A text planted in documents: no reason may carry it. */
const PLANTED = 'PLANTED-SECRET-7f3a';

const trial = { requests: 10, errors: 1, rps: 20, errorRate: 0.1, latencyMs: { p50: 1, p90: 2, p95: 3, p99: 4, max: 5, mean: 1.5 } };
const good = (): Baseline => ({
  schemaVersion: 1,
  profile: { name: 'p', fingerprint: 'f'.repeat(64) },
  runs: [{
    savedAt: '2026-01-01T00:00:00.000Z',
    runner: { cpuModel: 'x', cores: 2, os: 'linux', node: 'v20' },
    trialDurationMs: 500,
    endpoints: [{ name: 'a', requests: 20, errors: 2, trials: [structuredClone(trial), structuredClone(trial)] }],
  }],
});

type Doc = ReturnType<typeof good> & Record<string, unknown>;
/** Edits a fresh good document; `e` is its one endpoint, `t` that endpoint's first trial. */
function edited(edit: (d: Doc, e: Record<string, unknown>, t: Record<string, unknown>) => void): string {
  const d = good() as Doc;
  const e = d.runs[0].endpoints[0] as unknown as Record<string, unknown>;
  edit(d, e, (e.trials as Record<string, unknown>[])[0]);
  return JSON.stringify(d);
}

/** [what, file text, the reason it must give] — each written as p.baseline.json and restored. */
const documents: [string, string, RegExp][] = [
  ['not JSON', `{ "schemaVersion": 1, "note": "${PLANTED}", `, /^not valid JSON \(at character \d+\); its contents are not shown$/],
  ['a bare secret', `${PLANTED}\n`, /^not valid JSON/],
  ['a list', '[]', /^not a JSON object$/],
  ['a newer schema', edited((d) => void (d.schemaVersion = 2 as 1)), /schemaVersion is 2, this loadgate reads 1/],
  ['schemaVersion as a string', edited((d) => void ((d as Record<string, unknown>).schemaVersion = '1')), /schemaVersion is "1"/],
  ['schemaVersion only on a __proto__ key', `{"__proto__": {"schemaVersion": 1}, "profile": {"name": "p", "fingerprint": "f"}, "runs": []}`, /schemaVersion is missing/],
  ['another profile\'s history', edited((d) => void (d.profile.name = 'p.pr')), /holds the history of profile "p\.pr", not of "p"/],
  ['a profile name that is no name', edited((d) => void (d.profile.name = `<img src=x>${PLANTED}`)), /profile\.name is "<img src=x>PLANTE\.\.\.", not a profile name/],
  ['no runs', edited((d) => void (d.runs = [])), /runs is missing or empty/],
  ['101 runs', edited((d) => void (d.runs = Array.from({ length: 101 }, () => d.runs[0]))), /runs holds 101 entries, more than the 100 loadgate keeps/],
  ['negative requests', edited((_d, e) => void (e.requests = -5)), /endpoints\[0\]\.requests is -5, not a count/],
  ['fractional requests', edited((_d, e) => void (e.requests = 20.5)), /endpoints\[0\]\.requests is 20\.5, not a count/],
  ['requests as a string', edited((_d, _e, t) => void (t.requests = '10')), /trials\[0\]\.requests is "10", not a count/],
  ['requests as an error object', edited((_d, _e, t) => void (t.requests = { error: PLANTED })), /trials\[0\]\.requests is an object, not a count/],
  ['more errors than requests', edited((_d, _e, t) => void (t.errors = 11)), /trials\[0\] counts 11 errors in 10 requests/],
  ['a trial with requests but no latency', edited((_d, _e, t) => void delete t.latencyMs), /trials\[0\]\.latencyMs is missing: a trial needs its latency summary/],
  ['p50 = -5', edited((_d, _e, t) => void ((t.latencyMs as Record<string, number>).p50 = -5)), /latencyMs\.p50 is -5: a latency cannot be negative/],
  ['p50 = 0 after successes', edited((_d, _e, t) => void ((t.latencyMs as Record<string, number>).p50 = 0)), /latencyMs\.p50 is 0 although 9 requests succeeded: a latency must be positive/],
  ['a latency of null (NaN written as JSON)', edited((_d, _e, t) => void ((t.latencyMs as Record<string, unknown>).p95 = null)), /latencyMs\.p95 is null, not a number of milliseconds/],
  ['an infinite rate (1e999)', edited((_d, _e, t) => void (t.rps = 12345)).replace('12345', '1e999'), /trials\[0\]\.rps is null, not a rate|trials\[0\]\.rps is Infinity/],
  ['an error rate above 1', edited((_d, _e, t) => void (t.errorRate = 2)), /errorRate is 2, not a fraction between 0 and 1/],
  ['an error rate that disagrees with its counts', edited((_d, _e, t) => void (t.errorRate = 0.5)), /errorRate is 0\.5, but 1 errors in 10 requests make 0\.1/],
  ['trials that do not add up to the endpoint', edited((_d, e) => void (e.requests = 1000)), /counts 1000 requests and 2 errors, but its trials add up to 20 and 2/],
  ['an endpoint name with markup', edited((_d, e) => void (e.name = `**${PLANTED}**`)), /endpoints\[0\]\.name is "\*\*PLANTED-SECRET-\.\.\.", not an endpoint name/],
  ['one endpoint twice', edited((d) => void d.runs[0].endpoints.push(d.runs[0].endpoints[0])), /endpoints\[1\]\.name "a" appears twice in one run/],
  ['a savedAt that is no date', edited((d) => void (d.runs[0].savedAt = PLANTED)), /savedAt is "PLANTED-SECRET-7f3a", not a date/],
  ['a runner with 0 cores', edited((d) => void (d.runs[0].runner.cores = 0)), /runner\.cores is 0, not a number of cores/],
  ['a negative trial duration', edited((d) => void (d.runs[0].trialDurationMs = -1)), /trialDurationMs is -1, not a duration/],
  ['a histogram that is a number', edited((_d, e) => void (e.histogram = 5)), /histogram is not a histogram text/],
  ['201 trials', edited((_d, e) => void (e.trials = Array.from({ length: 201 }, () => ({ ...trial, requests: 0, errors: 0, errorRate: 0 })))), /trials holds 201 entries, more than the 200/],
];

async function storeDir(): Promise<{ dir: string; store: DirectoryBaselineStore; file: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'lg-adversarial-'));
  const store = new DirectoryBaselineStore(dir);
  return { dir, store, file: store.fileFor({ profileName: 'p' }) };
}

/** Restores: must be unusable with `reason`, hold no planted text; then a save replaces it. */
async function assertUnusableThenReplaced(store: DirectoryBaselineStore, reason: RegExp): Promise<void> {
  const outcome = await store.restore({ profileName: 'p' });
  assert.equal(outcome.status, 'unusable', JSON.stringify(outcome));
  const why = outcome.status === 'unusable' ? outcome.reason : '';
  assert.match(why, reason);
  assert.ok(!why.includes(PLANTED.slice(0, 18)) || /savedAt/.test(why), why);
  const next = appendRun(undefined, { name: 'p', fingerprint: 'f'.repeat(64) }, good().runs[0]);
  assert.equal((await store.save({ profileName: 'p' }, next)).status, 'saved');
  const replaced = await store.restore({ profileName: 'p' });
  assert.equal(replaced.status, 'found', JSON.stringify(replaced));
}

for (const [what, text, reason] of documents) {
  test(`unusable, then replaced: ${what}`, async () => {
    const { store, file } = await storeDir();
    await writeFile(file, text);
    await assertUnusableThenReplaced(store, reason);
  });
}

test('unusable, then replaced: a file over the size cap is refused before it is read', async () => {
  const { store, file } = await storeDir();
  await writeFile(file, '{');
  await truncate(file, 50 * 1024 * 1024 + 1); // sparse: no 50 MB is written
  await assertUnusableThenReplaced(store, /it is 52428801 bytes, more than the 52428800 a baseline may have/);
});

test('unusable, then replaced: a baseline symlinked to a secret is not read, and the secret is left alone', async () => {
  const { dir, store, file } = await storeDir();
  const secret = join(await mkdtemp(join(tmpdir(), 'lg-secret-')), 'secret.txt');
  await writeFile(secret, `${PLANTED}\n`);
  await symlink(secret, file);
  await assertUnusableThenReplaced(store, /is a symbolic link; loadgate reads and writes baselines only as regular files/);
  assert.equal(await readFile(secret, 'utf8'), `${PLANTED}\n`);
  assert.deepEqual(await readdir(dir), ['p.baseline.json']);
});

test('unusable, then replaced: a directory or a FIFO where the file should be (no hang)', async () => {
  const { store, file } = await storeDir();
  execFileSync('mkfifo', [file]);
  const fifo = await store.restore({ profileName: 'p' });
  assert.match(fifo.status === 'unusable' ? fifo.reason : '', /not a regular file/);
  // A directory cannot be replaced by a rename: the save fails, naming the file, without a throw.
  const other = await storeDir();
  await mkdir(other.file);
  const dir = await other.store.restore({ profileName: 'p' });
  assert.match(dir.status === 'unusable' ? dir.reason : '', /not a regular file/);
  assert.equal((await other.store.save({ profileName: 'p' }, good())).status, 'failed');
});

test('a save never writes through a symbolic link planted at a temporary file name', async () => {
  const { dir, store, file } = await storeDir();
  const victim = join(await mkdtemp(join(tmpdir(), 'lg-victim-')), 'victim.txt');
  await writeFile(victim, 'untouched\n');
  // The names a predictable store would use: pid-based, in the directory.
  for (const name of [`${file}.${process.pid}.tmp`, `${file}.tmp`, join(dir, '.p.baseline.json.tmp')]) await symlink(victim, name);
  assert.equal((await store.save({ profileName: 'p' }, good())).status, 'saved');
  assert.equal(await readFile(victim, 'utf8'), 'untouched\n');
  const restored = await store.restore({ profileName: 'p' });
  assert.equal(restored.status, 'found');
});

test('an endpoint with no requests is valid and left out of the restored baseline', async () => {
  const { store, file } = await storeDir();
  const doc = good();
  doc.runs[0].endpoints.push({ name: 'rare', requests: 0, errors: 0, trials: [{ requests: 0, errors: 0, rps: 0, errorRate: 0, latencyMs: { p50: 0, p90: 0, p95: 0, p99: 0, max: 0, mean: 0 } }] });
  await writeFile(file, JSON.stringify(doc));
  const restored = await store.restore({ profileName: 'p' });
  assert.equal(restored.status, 'found', JSON.stringify(restored));
  assert.deepEqual(restored.status === 'found' && restored.baseline.runs[0].endpoints.map((e) => e.name), ['a']);
});

test('endpoint names that are Object.prototype keys are plain names in a stored run', async () => {
  const { store, file } = await storeDir();
  const doc = good();
  doc.runs[0].endpoints = ['constructor', 'toString', '__proto__'].map((name) => ({ ...doc.runs[0].endpoints[0], name }));
  await writeFile(file, JSON.stringify(doc));
  const restored = await store.restore({ profileName: 'p' });
  assert.equal(restored.status, 'found', JSON.stringify(restored));
  assert.deepEqual(restored.status === 'found' && restored.baseline.runs[0].endpoints.map((e) => e.name), ['constructor', 'toString', '__proto__']);
});

test('a level\'s baseline has its own file: profile "p" at level "pr" and profile "p.pr" do not share one', async () => {
  const { dir, store } = await storeDir();
  const levelDoc = good();
  const otherDoc = { ...good(), profile: { name: 'p.pr', fingerprint: 'e'.repeat(64) } };
  assert.equal((await store.save({ profileName: 'p', level: 'pr' }, levelDoc)).status, 'saved');
  assert.equal((await store.save({ profileName: 'p.pr' }, otherDoc)).status, 'saved');
  assert.deepEqual((await readdir(dir)).sort(), ['p.pr.baseline.json', 'p@pr.baseline.json']);
  const level = await store.restore({ profileName: 'p', level: 'pr' });
  assert.equal(level.status === 'found' && level.baseline.profile.name, 'p');
  const other = await store.restore({ profileName: 'p.pr' });
  assert.equal(other.status === 'found' && other.baseline.profile.name, 'p.pr');
});

test('a level\'s baseline saved under the old name is read until the next save, if it is this profile\'s', async () => {
  const { dir, store } = await storeDir();
  await writeFile(join(dir, 'p.pr.baseline.json'), JSON.stringify(good()));
  const old = await store.restore({ profileName: 'p', level: 'pr' });
  assert.equal(old.status, 'found');
  assert.equal(old.source, join(dir, 'p.pr.baseline.json'));
  // The old file belongs to profile "p.pr" instead: not taken for "p" at level "pr".
  await writeFile(join(dir, 'p.pr.baseline.json'), JSON.stringify({ ...good(), profile: { name: 'p.pr', fingerprint: 'e' } }));
  assert.equal((await store.restore({ profileName: 'p', level: 'pr' })).status, 'missing');
});

// --- Through the bundled CLI, against a real local server -----------------------------------------

const env = { PATH: process.env.PATH ?? '' };

/**
 * The run a defect report describes: an open rate of 4/s for 1 s in 2 trials, endpoints weighted
 * 50:1, so the rare one gets no request and the saved run holds a 0-request endpoint; the next run
 * must still end with a report.
 */
test('CLI: a run that stored a 0-request endpoint is followed by a run that reports (exit 0 or 1, never 2)', async () => {
  const server = await startTestServer();
  try {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'rare.yml'), [
      'name: rare',
      'load: { rate: 4, duration: 1s, trials: 2, warmup: 0s }',
      'endpoints:',
      '  - { name: common, path: /hello, weight: 50 }',
      '  - { name: rare, path: /status/204, weight: 1 }',
      '',
    ].join('\n'));
    const args = [cliEntry, 'run', '--profile', 'rare.yml', '--target', server.url, '--baseline-dir', 'baselines', '--save-baseline', '--json', 'report.json'];
    const first = await spawnNode(args, ws, env);
    assert.equal(first.code, 0, first.stdout + first.stderr);
    const firstReport = JSON.parse(await readFile(join(ws, 'report.json'), 'utf8'));
    const rare = firstReport.endpoints.find((e: { name: string }) => e.name === 'rare');
    assert.equal(rare.requests, 0, 'the scenario needs the rare endpoint to get no request');
    assert.equal(server.hits.get('/status/204') ?? 0, 0);
    for (const attempt of [2, 3]) {
      const next = await spawnNode(args, ws, env);
      assert.ok(next.code === 0 || next.code === 1, `run ${attempt} exited ${next.code}: ${next.stderr}`);
      assert.match(next.stdout, /verdict: /);
      assert.match(next.stderr, new RegExp(`Baseline saved to .*rare\\.baseline\\.json \\(${attempt} runs\\)`));
      const report = JSON.parse(await readFile(join(ws, 'report.json'), 'utf8'));
      assert.equal(report.baseline.status, 'found');
    }
  } finally {
    await server.close();
  }
});

test('CLI: negative counts and a symlink to a secret are ignored with a warning, reported without the secret, and replaced', async () => {
  const server = await startTestServer();
  try {
    const ws = await makeWorkspace();
    await writeFile(join(ws, 'p.yml'), [
      'name: p',
      'load: { connections: 1, warmup: 0s, duration: 400ms, trials: 2 }',
      'endpoints:',
      '  - { name: a, path: /hello }',
      '',
    ].join('\n'));
    await mkdir(join(ws, 'baselines'));
    const secret = join(ws, 'secret.txt');
    await writeFile(secret, `${PLANTED}\n`);
    const cases: [string, () => Promise<void>, RegExp][] = [
      ['negative counts', () => writeFile(join(ws, 'baselines/p.baseline.json'), edited((_d, e) => void (e.requests = -5))), /endpoints\[0\]\.requests is -5, not a count/],
      ['a symlink to a secret', () => symlink(secret, join(ws, 'baselines/p.baseline.json')), /is a symbolic link/],
    ];
    for (const [what, plant, reason] of cases) {
      await plant();
      const run = await spawnNode([cliEntry, 'run', '--profile', 'p.yml', '--target', server.url, '--baseline-dir', 'baselines', '--save-baseline', '--json', 'r.json', '--markdown', 'r.md'], ws, env);
      assert.equal(run.code, 0, `${what}: ${run.stderr}`);
      assert.match(run.stderr, new RegExp(`warning: Ignoring the baseline in .*p\\.baseline\\.json: .*${reason.source}`));
      const outputs = run.stdout + run.stderr + (await readFile(join(ws, 'r.json'), 'utf8')) + (await readFile(join(ws, 'r.md'), 'utf8'));
      assert.ok(!outputs.includes(PLANTED), `${what}: the planted text reached the output`);
      const saved = JSON.parse(await readFile(join(ws, 'baselines/p.baseline.json'), 'utf8'));
      assert.equal(saved.runs.length, 1, what);
      assert.equal(await readFile(secret, 'utf8'), `${PLANTED}\n`);
      await rm(join(ws, 'baselines/p.baseline.json'));
    }
  } finally {
    await server.close();
  }
});
