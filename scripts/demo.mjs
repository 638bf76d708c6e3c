// `npm run demo`: start the demo service, record a baseline history of four runs, inject a +80%
// latency regression on one endpoint, run again and show the verdict. Everything stays on 127.0.0.1; about a minute.
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startDemoService } from './demo-service-process.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const work = join(root, '.loadgate', 'demo');
const cli = join(root, 'dist', 'cli.js');
const profile = join(root, 'fixtures', 'demo', 'profile.yml');

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

// A stored history of a few runs, not one: a single stored run only gives advisory findings,
// because one run says nothing about how much runs differ from each other on this machine.
const HISTORY_RUNS = 4;
for (let i = 1; i <= HISTORY_RUNS; i++) {
  console.log(`${i}/${HISTORY_RUNS + 1} recording baseline run ${i} of ${HISTORY_RUNS}`);
  const code = await withService([], (url) => loadgate(['--target', url, '--baseline-dir', baselineDir, '--save-baseline']));
  if (code !== 0) {
    console.error(`baseline run ${i} failed (exit ${code})`);
    process.exit(code);
  }
}

console.log(`\n${HISTORY_RUNS + 1}/${HISTORY_RUNS + 1} the same profile against the service with search slowed by 80%`);
const second = await withService(['search=1.8'], (url) =>
  loadgate(['--target', url, '--baseline-dir', baselineDir, '--json', join(work, 'report.json'), '--markdown', join(work, 'report.md')]),
);
console.log(`\nreports: ${join(work, 'report.json')} and ${join(work, 'report.md')}`);
console.log(`loadgate exited with ${second}${second === 1 ? ': the regression is critical, so the gate fails' : ''}`);
process.exit(second);
