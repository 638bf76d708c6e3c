/**
 * A leak on a real target process (fixtures/targets/queueing.mjs), sampled from /proc by the engine
 * as the action does with `target-pid`: a target that keeps 8 KiB of every request grows its RSS
 * floor and reads as a leak crossing a growth limit. A short run at a high leak rate; RSS is memory,
 * not time, so a busy machine slows the run without changing what it reads.
 *
 * The other side — a GC saw-tooth with no leak reads as none — is not tested on a real process
 * here: in a run of seconds a fresh Node heap is still growing to its working set (a 10 s run once
 * read a 32 MB saw-tooth as +641 MB/min), which only a warm-up of about 30 s settles. The pure
 * saw-tooth cases are tests/metrics/endurance.test.ts; the real ones are `npm run bench:endurance`'s
 * 2-minute soaks after a 30 s warm-up (0 of 10 flagged, docs/endurance.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { runLoad } from '../../src/load/run-load.js';
import { checkRunThresholds } from '../../src/verdict/thresholds.js';
import type { OpenModelLoad } from '../../src/profile/types.js';
import { repoRoot } from '../support/action-runner.js';

function startTarget(options: object): Promise<{ url: string; pid: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['fixtures/targets/queueing.mjs', JSON.stringify(options)], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => {
      const { port, pid } = JSON.parse(String(chunk)) as { port: number; pid: number };
      resolve({ url: `http://127.0.0.1:${port}`, pid, child });
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

/** 300 requests/s for 10 s after a 4 s warm-up, the target sampled by pid. */
async function soak(options: object) {
  const target = await startTarget({ workers: 8, serviceMs: 2, ...options });
  const load: OpenModelLoad = {
    model: 'open', rateRps: 300, shape: { kind: 'constant' }, maxInFlight: 64, connections: 64,
    warmupMs: 4000, durationMs: 10_000, trials: 5, requestTimeoutMs: 5000,
  };
  try {
    const m = await runLoad({ targetUrl: target.url, load, targetProcess: { pid: target.pid }, endpoints: [{ name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] }] });
    return m.targetResources;
  } finally {
    target.child.kill('SIGTERM');
  }
}

// 8 KiB × 300/s is about 140 MB/min kept for good; the limit sits well below it.
const LIMIT = [{ metric: 'target_rss_growth' as const, severity: 'major' as const, limit: 40 }];

describe('a leak on a real target', () => {
  it('a target keeping 8 KiB a request: its RSS floor grows, reads as a leak and crosses a 40 MB/min limit', async () => {
    const r = await soak({ leakBytesPerRequest: 8192 });
    assert.ok(r?.rssTrend, 'the target was sampled and a trend fitted');
    assert.ok(r.rssTrend.lower > 40, `floor trend ${r.rssTrend.perMinute} MB/min (${r.rssTrend.lower}…${r.rssTrend.upper})`);
    assert.equal(r.rssLeak, true);
    assert.equal(checkRunThresholds({ thresholds: LIMIT }, { targetResources: r }).length, 1);
  });
});
