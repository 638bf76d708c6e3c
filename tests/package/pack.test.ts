/**
 * The command line as a user outside this repository gets it: `npm pack`, then `npm install` of the
 * tarball into an empty folder with the network shut (--offline, an empty cache), then the installed
 * `loadgate` bin — `run --help`, `--version`, and a real run against a local node:http server.
 * The bundle is self-contained, so the package declares no dependencies and installs alone.
 * Runs the working tree's dist/ (npm run build first after a source change).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/action-runner.js';
import { startTestServer, type TestServer } from '../support/servers.js';

let work = '';
let app = '';
let packed: { filename: string; files: { path: string }[]; size: number; unpackedSize: number };
const pkg = JSON.parse(await readFile(join(repoRoot, 'package.json'), 'utf8')) as { version: string; private?: boolean; dependencies?: object };

/** Runs a command asynchronously (a server in this process must keep answering), bounded at 60 s. */
function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { PATH: process.env.PATH ?? '', HOME: work, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

before(async () => {
  work = await mkdtemp(join(tmpdir(), 'loadgate-pack-'));
  const pack = spawnSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  assert.equal(pack.status, 0, pack.stderr);
  [packed] = JSON.parse(pack.stdout) as (typeof packed)[];
  app = join(work, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'someone-else', private: true }));
  const install = await run('npm', ['install', join(work, packed.filename), '--offline', '--no-audit', '--no-fund', '--cache', join(work, 'npm-cache')], app);
  assert.equal(install.code, 0, `npm install of the tarball failed offline:\n${install.stderr}`);
});

after(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

test('the package is publishable and declares no runtime dependencies (the bundle has them)', () => {
  assert.equal(pkg.private, undefined, 'package.json is private: npm publish refuses it');
  assert.equal(pkg.dependencies, undefined, 'dependencies would be installed with the CLI although dist/ bundles them');
});

test('the tarball holds the CLI bundle and nothing of the sources, tests or the action bundle', () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.ok(files.includes('dist/cli.js'));
  assert.ok(files.includes('package.json'));
  assert.ok(files.includes('README.md'));
  // The CLI's parts (src/parts/), loaded when a command needs them, are in dist/cli-chunks/.
  assert.ok(files.some((f) => /^dist\/cli-chunks\/measuring-\w+\.js$/.test(f)), files.join(', '));
  assert.ok(files.some((f) => /^dist\/cli-chunks\/[\w-]+\.js\.LEGAL\.txt$/.test(f)), 'the bundled licences go with the bundle');
  assert.deepEqual(files.filter((f) => /^(src|tests|fixtures|bench|scripts|node_modules|\.github|examples)\//.test(f) || /^dist\/(index\.js|chunks\/)/.test(f)), []);
  assert.ok(packed.unpackedSize < 5 * 1024 * 1024, `unpacked ${packed.unpackedSize} bytes`);
});

test('the install from the tarball is loadgate alone, and its bin is linked', async () => {
  assert.deepEqual((await readdir(join(app, 'node_modules'))).filter((d) => !d.startsWith('.')), ['loadgate']);
  assert.ok((await readdir(join(app, 'node_modules', '.bin'))).includes('loadgate'));
});

test('the installed bin answers --version and run --help', async () => {
  const bin = join(app, 'node_modules', '.bin', 'loadgate');
  const version = await run(bin, ['--version'], app);
  assert.equal(version.code, 0, version.stderr);
  assert.equal(version.stdout, `loadgate ${pkg.version}\n`);
  const help = await run(bin, ['run', '--help'], app);
  assert.equal(help.code, 0, help.stderr);
  assert.match(help.stdout, /^usage: loadgate run --profile FILE \[options\]/);
  assert.match(help.stdout, /--baseline-target URL/);
});

test('the installed CLI loads a local server, writes its report and saves a baseline', async () => {
  let server: TestServer | undefined;
  try {
    server = await startTestServer();
    await writeFile(
      join(app, 'profile.yml'),
      ['name: packed', 'load: { connections: 2, warmup: 100ms, duration: 1s, trials: 4 }', 'endpoints:', '  - name: hello', '    path: /hello', 'readiness: { path: /hello, timeout: 10s }', ''].join('\n'),
    );
    const result = await run(join(app, 'node_modules', '.bin', 'loadgate'), ['run', '--profile', 'profile.yml', '--target', server.url, '--json', 'report.json', '--save-baseline'], app);
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    const report = JSON.parse(await readFile(join(app, 'report.json'), 'utf8')) as { tool: { version: string }; endpoints: { name: string; requests: number; errors: number }[]; verdict: { status: string } };
    assert.equal(report.tool.version, pkg.version);
    assert.equal(report.verdict.status, 'no-baseline');
    const [hello] = report.endpoints;
    assert.equal(hello.name, 'hello');
    assert.equal(hello.errors, 0);
    assert.ok(hello.requests > 0, 'no measured request');
    assert.ok(hello.requests <= (server.hits.get('/hello') ?? 0), `the report counts ${hello.requests} requests, the server saw ${server.hits.get('/hello')}`);
    const saved = await readdir(join(app, '.loadgate', 'baselines'));
    assert.equal(saved.length, 1, saved.join(', '));
    assert.match(saved[0], /^packed\b.*\.json$/);
  } finally {
    await server?.close();
  }
});
