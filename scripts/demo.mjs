// `npm run demo`: start the demo service, record a baseline of one run, slow one endpoint down,
// run again and show the verdict. Everything stays on 127.0.0.1; about 20 seconds.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startDemoService } from './demo-service-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.loadgate', 'demo');
const cli = join(root, 'dist', 'cli.js');
const profile = join(root, 'fixtures', 'demo', 'profile.yml');
/** How much slower the demo makes search (its server-side delay). */
const SLOWDOWN = Number(process.env.DEMO_SLOWDOWN ?? 3);

function loadgate(args) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, 'run', '--profile', profile, ...args], { stdio: 'inherit', cwd: root });
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise(code ?? 1));
  });
}

async function withService(slow, body) {
  const service = await startDemoService(slow);
  console.log(`\n▶ demo service at ${service.url}${slow.length ? ` with ${slow.join(' ')} (injected regression)` : ''}`);
  try {
    return await body(service.url);
  } finally {
    await service.stop();
  }
}

await rm(work, { recursive: true, force: true });
const baselineDir = join(work, 'baselines');

// One stored run is enough to gate a change on some endpoints against the rest of the run:
// runner noise moves every endpoint together (docs/statistics.md). It is recorded with
// --fail-on never, since a recording run is not the one being judged.
console.log('1/2 recording a baseline of one run');
const first = await withService([], (url) => loadgate(['--target', url, '--baseline-dir', baselineDir, '--save-baseline', '--fail-on', 'never']));
if (first !== 0) {
  console.error(`the baseline run failed (exit ${first})`);
  process.exit(first);
}

console.log(`\n2/2 the same profile against the service with search ${SLOWDOWN}× slower`);
const second = await withService([`search=${SLOWDOWN}`], (url) =>
  loadgate(['--target', url, '--baseline-dir', baselineDir, '--json', join(work, 'report.json'), '--markdown', join(work, 'report.md')]),
);
console.log(`\nreports: ${join(work, 'report.json')} and ${join(work, 'report.md')}`);
console.log(`loadgate exited with ${second}${second === 1 ? ': the regression is critical, so the gate fails' : ''}`);
process.exit(second);
