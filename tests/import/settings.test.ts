/** The import settings both entry points share: every problem at once, each naming its flag. */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStartAt, readImportSettings, type SettingNames } from '../../src/import/settings.js';

const FLAGS: SettingNames = {
  format: '--format', results: '--results', baselineResults: '--baseline-results', mapping: '--mapping', name: '--name',
  warmup: '--warmup', duration: '--duration', trials: '--trials', startAt: '--start-at',
};

it('reads good settings into a window', async () => {
  const s = await readImportSettings({ format: 'k6', results: 'r.json', warmup: '5s', duration: '1m', trials: '12', startAt: '2026-11-30T14:00:00Z' }, FLAGS);
  assert.deepEqual(s, { format: 'k6', file: 'r.json', window: { warmupMs: 5000, durationMs: 60_000, trials: 12, startAtMs: Date.UTC(2026, 10, 30, 14) } });
});

it('names each bad flag, its value and what is valid, all at once', async () => {
  await assert.rejects(readImportSettings({ format: 'gatling', warmup: '5', duration: '0s', trials: '0', startAt: 'soon', name: 'a b' }, FLAGS), (err: Error) => {
    for (const line of [
      /--format: "gatling" is not a results format loadgate imports \(use one of: jmeter, k6, locust, artillery, autocannon\)/,
      /--results: required/,
      /--warmup: "5" is not a duration \(use e\.g\. 5s/,
      /--duration: "0s" is not a positive duration/,
      /--trials: "0" is not a whole number from 1 to 1000/,
      /--start-at: "soon" is not a time/,
      /--name: "a b" is not a run name/,
    ]) assert.match(err.message, line);
    assert.match(err.message, /^7 problems:/);
    return true;
  });
});

it('start times: ISO 8601, epoch ms, epoch seconds', () => {
  assert.equal(parseStartAt('1796047845523'), 1796047845523);
  assert.equal(parseStartAt('1796047845'), 1796047845000);
  assert.equal(parseStartAt('2026-11-30T14:00:00.250Z'), Date.UTC(2026, 10, 30, 14, 0, 0, 250));
  assert.equal(parseStartAt('yesterday'), undefined);
});
