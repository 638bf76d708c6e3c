import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseProfile } from '../../src/profile/parse.js';
import { profileFingerprint } from '../../src/profile/fingerprint.js';

const ENDPOINTS = 'endpoints:\n  - name: hello\n    path: /\n';
// Measured 30s, spike 6s in the middle: 12s before it, 12s watched after it.
const SPIKE = 'load:\n  rate: 50\n  shape: spike\n  spike_rate: 300\n  spike_duration: 6s\n  duration: 30s\n';

function parse(body: string) {
  return parseProfile(`name: rec\ntarget: http://127.0.0.1:8080\n${body}`, 'p.yml');
}
function problems(body: string): string[] {
  const outcome = parse(body);
  assert.ok(!outcome.ok, 'expected problems');
  return outcome.problems.map((p) => `${p.path}${p.line ? `@${p.line}` : ''}: ${p.message}`);
}

describe('load.recovery and the recovery_time threshold', () => {
  it('a spike gets the default band and settle; recovery: tunes them; recovery_time reads durations', () => {
    const plain = parse(`${SPIKE}${ENDPOINTS}`);
    assert.ok(plain.ok);
    assert.deepEqual(plain.profile.load.model === 'open' && plain.profile.load.recovery, { band: 0.2, settleMs: 3000 });
    const tuned = parse(`${SPIKE}  recovery: { band: 50%, settle: 2s }\nthresholds:\n  recovery_time: { major: 5s, critical: 10s }\n${ENDPOINTS}`);
    assert.ok(tuned.ok, JSON.stringify(!tuned.ok && tuned.problems));
    assert.deepEqual(tuned.profile.load.model === 'open' && tuned.profile.load.recovery, { band: 0.5, settleMs: 2000 });
    assert.deepEqual(tuned.profile.thresholds, [
      { metric: 'recovery_time', severity: 'major', limit: 5000 },
      { metric: 'recovery_time', severity: 'critical', limit: 10_000 },
    ]);
  });

  it('default recovery settings keep a spike profile\'s fingerprint; other settings change it', () => {
    const plain = parse(`${SPIKE}${ENDPOINTS}`);
    const same = parse(`${SPIKE}  recovery: { band: 20%, settle: 3s }\n${ENDPOINTS}`);
    const other = parse(`${SPIKE}  recovery: { band: 40% }\n${ENDPOINTS}`);
    assert.ok(plain.ok && same.ok && other.ok);
    assert.equal(profileFingerprint(same.profile), profileFingerprint(plain.profile));
    assert.notEqual(profileFingerprint(other.profile), profileFingerprint(plain.profile));
  });

  it('bad band and settle name the path, the line, the value and what is valid', () => {
    assert.deepEqual(problems(`${SPIKE}  recovery:\n    band: 0%\n    settle: 3\n    window: 1s\n${ENDPOINTS}`), [
      'load.recovery.band@10: "0%" leaves no room above the pre-spike p95; give a share above 0%, e.g. 20%',
      'load.recovery.settle@11: 3 has no unit; write "3s" for seconds (use 500ms, 30s, 5m, 1h)',
      'load.recovery.window@12: unknown key (valid: band, settle)',
    ]);
  });

  it('a settle longer than the watch after the spike is refused at recovery.settle', () => {
    const found = problems(`${SPIKE}  recovery: { settle: 20s }\n${ENDPOINTS}`);
    assert.equal(found.length, 1);
    assert.match(found[0], /^load\.recovery\.settle@9: a settle of 20s is longer than the 12s the spike leaves after it/);
  });

  it('a short spike run without recovery: is not refused: the default settle shrinks to the watch', () => {
    const short = parse(`load:\n  rate: 50\n  shape: spike\n  spike_rate: 300\n  duration: 5s\n${ENDPOINTS}`);
    assert.ok(short.ok, JSON.stringify(!short.ok && short.problems));
    assert.deepEqual(short.profile.load.model === 'open' && short.profile.load.recovery, { band: 0.2, settleMs: 2000 });
  });

  it('recovery: without a spike is refused, and so is recovery_time', () => {
    assert.deepEqual(problems(`load:\n  rate: 50\n  recovery: { band: 20% }\nthresholds:\n  recovery_time: 30s\n${ENDPOINTS}`), [
      'load.recovery@5: only applies to shape: spike (the time to recover is measured after a spike; this load\'s shape is constant)',
      'thresholds.recovery_time@7: needs a spike to recover from: give load.shape: spike (with spike_rate), or remove this threshold',
    ]);
  });

  it('a recovery_time limit as long as the watch could never be judged: refused with the duration that would do', () => {
    const found = problems(`${SPIKE}thresholds:\n  recovery_time: { minor: 5s, critical: 2m }\n${ENDPOINTS}`);
    assert.deepEqual(found, [
      'thresholds.recovery_time@10: a limit of 2m is not shorter than the 12s the run watches after the spike ((duration − spike_duration) / 2); lengthen load.duration to at least 4m8s or lower the limit',
    ]);
  });

  it('recovery_time is a figure of the whole run, refused under an endpoint', () => {
    const found = problems(`${SPIKE}endpoints:\n  - name: hello\n    path: /\n    thresholds:\n      recovery_time: 5s\n`);
    assert.match(found.join('\n'), /endpoints\[0\]\.thresholds\.recovery_time@\d+: is a figure of the whole run/);
  });
});
