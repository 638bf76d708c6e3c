import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { runLoad } from '../../src/load/run-load.js';
import { runRecovery } from '../../src/verdict/recovery-reading.js';
import type { Endpoint, OpenModelLoad } from '../../src/profile/types.js';

const endpoint: Endpoint = { name: 'work', method: 'GET', path: '/', headers: {}, weight: 1, expectStatus: [], thresholds: [] };

/**
 * The queueing target in its own process (its service timers must not wait on the generator's
 * event loop): 10 workers × 50 ms = 200 requests/s (a long service time, so a timer's overhead
 * of a millisecond or two is a small share of it).
 */
async function startTarget(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['fixtures/targets/queueing.mjs', JSON.stringify({ workers: 10, serviceMs: 50 })], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.once('data', (chunk: Buffer) => resolve(JSON.parse(String(chunk)).port));
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill('SIGTERM') };
}

/**
 * 50/s with a spike of 350/s for `spikeMs`, then 50/s for 6 s. During the spike the queue grows by
 * 350 − 200 = 150 requests a second; after it, it drains at 200 − 50 = 150 a second: the designed
 * recovery equals the spike's length. The spike starts 5 s into the measured phase.
 */
function spikeLoad(spikeMs: number): OpenModelLoad {
  return {
    model: 'open', rateRps: 50, shape: { kind: 'spike', spikeRps: 350, spikeMs }, maxInFlight: 2000, connections: 2000,
    warmupMs: 1000, durationMs: 5000 + spikeMs + 5000, trials: 4, requestTimeoutMs: 10_000,
    // Back within 100% of the pre-spike p95 (≈ 50 ms: one service time) for 1 s: a queue of 10 adds 50 ms.
    recovery: { band: 1, settleMs: 1000 },
  };
}

async function recoveryAfter(url: string, spikeMs: number) {
  const load = spikeLoad(spikeMs);
  const m = await runLoad({ targetUrl: url, load, endpoints: [endpoint] });
  const recovery = runRecovery(load, m.timeline);
  assert.ok(recovery, 'a spike run has a recovery reading');
  return recovery;
}

describe('recovery after a spike, on a queueing target with a known drain', () => {
  it('a 1 s spike recovers about 1 s after it, a 3 s spike about 3 s after it: later for the bigger backlog', async () => {
    const target = await startTarget();
    try {
      const small = await recoveryAfter(target.url, 1000);
      const big = await recoveryAfter(target.url, 3000);
      assert.ok(small.recovered && big.recovered, `both recover while watched: ${JSON.stringify({ small, big })}`);
      assert.deepEqual([small.spikeStartMs, small.spikeEndMs, small.watchedMs], [5000, 6000, 5000]);
      assert.ok(small.preSpikeP95Ms >= 50 && small.preSpikeP95Ms < 100, `pre-spike p95 ${small.preSpikeP95Ms} ms is about one service time`);
      // The drain is the target's design (its timers), not our speed. The reading counts whole
      // windows from the first one wholly back, so it reads up to one window late; a busy machine
      // slows the target's timers (a lower capacity: a bigger backlog drained more slowly), so allow
      // one more second late and one early.
      for (const [r, designedMs] of [[small, 1000], [big, 3000]] as const) {
        assert.ok(r.recoveryMs! >= designedMs - 1000 && r.recoveryMs! <= designedMs + 2000, `recovered after ${r.recoveryMs} ms, designed ${designedMs} ms`);
      }
      assert.ok(big.recoveryMs! > small.recoveryMs!, `three times the backlog recovers later: ${big.recoveryMs} vs ${small.recoveryMs} ms`);
    } finally {
      target.stop();
    }
  });
});
