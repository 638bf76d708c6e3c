/** The run set-up both entry points share: real profile files in a temporary directory, no load sent. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setUpRun, type RunSettings } from '../../src/pipeline/setup.js';
import { SetupError, SetupProblems, type EntryPoint } from '../../src/pipeline/problems.js';
import { FAIL_ON_VALUES } from '../../src/verdict/types.js';

const dir = await mkdtemp(join(tmpdir(), 'loadgate-setup-'));
const files: Record<string, string> = {
  'good.yml': 'name: good\ntarget: http://127.0.0.1:9/api\nload: { connections: 1, duration: 1s, trials: 2 }\nlevels: { pr: { load: { duration: 2s } } }\nendpoints:\n  - { name: a, path: "/a?k={{ env API_KEY }}" }\n',
  'no-target.yml': 'name: bare\nload: { connections: 1, duration: 1s, trials: 2 }\nendpoints:\n  - { name: a, path: /a }\n',
  'ramp.yml': 'name: ramp\nload: { rate: 100, shape: ramp, start_rate: 10, duration: 1s, trials: 2 }\nendpoints:\n  - { name: a, path: /a }\n',
  'broken.yml': 'name: broken\nload: { connections: fifty }\nendpoints:\n  - { name: a, path: /a }\n',
};
for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);

async function setUp(entry: EntryPoint, settings: RunSettings, env: Record<string, string> = { API_KEY: 'k-value' }, failOn?: string) {
  const problems = new SetupProblems(entry);
  problems.choice('fail-on', failOn, FAIL_ON_VALUES, 'critical');
  return setUpRun(settings, problems, env, dir);
}

/** The set-up's error, which must be a SetupError. */
async function failure(run: Promise<unknown>): Promise<SetupError> {
  try {
    await run;
  } catch (err) {
    assert.ok(err instanceof SetupError, String(err));
    return err;
  }
  assert.fail('the set-up succeeded');
}

describe('setUpRun', () => {
  it('a good set-up: the level applied, the profile target as fallback, the template values as secrets', async () => {
    const run = await setUp('cli', { profile: 'good.yml', level: 'pr', targetPid: '4242' });
    assert.equal(run.target, 'http://127.0.0.1:9/api');
    assert.equal(run.profile.level, 'pr');
    assert.equal(run.profile.load.durationMs, 2000);
    assert.deepEqual(run.profile.targetProcess, { pid: 4242 });
    assert.deepEqual(run.secrets, ['k-value']);
    assert.equal(run.baselineTarget, undefined);
  });

  it('the target setting wins over the profile target; empty settings count as not given', async () => {
    assert.equal((await setUp('action', { profile: 'good.yml', target: 'http://[::1]:8080' })).target, 'http://[::1]:8080');
    const empty = await setUp('action', { profile: 'good.yml', target: '', level: '', baselineTarget: '' });
    assert.equal(empty.target, 'http://127.0.0.1:9/api');
    assert.equal(empty.profile.level, undefined);
  });

  it('the CLI: every problem at once, each naming its flag and the bad value', async () => {
    const err = await failure(setUp('cli', { profile: 'good.yml', level: 'nightly', target: 'ftp://127.0.0.1:9', baselineTarget: 'http://u:pw@127.0.0.1:8' }, {}, 'severe'));
    assert.equal(err.code, 'LOADGATE_SETUP_INVALID');
    assert.deepEqual(err.problems.map((p) => p.code), ['LOADGATE_INPUT_INVALID', 'LOADGATE_LEVEL_UNKNOWN', 'LOADGATE_INPUT_INVALID', 'LOADGATE_INPUT_INVALID']);
    const lines = err.problems.map((p) => p.message);
    assert.match(lines[0], /^--fail-on: "severe" is not valid \(use one of: minor, major, critical, never\)$/);
    assert.match(lines[1], /^--level: "nightly" is not declared in good\.yml \(declared: pr\)$/);
    assert.match(lines[2], /^--target: "ftp:\/\/127\.0\.0\.1:9" must use http or https, not ftp$/);
    assert.match(lines[3], /^--baseline-target: "http:\/\/\*\*\*@127\.0\.0\.1:8" must not carry a user name or password/);
    assert.match(err.message, /^4 problems in the run's set-up:\n- --fail-on: [^\n]*\n- --level: [^\n]*\n- --target: [^\n]*\n- --baseline-target: /);
    assert.ok(!err.message.includes('pw@'));
  });

  it('the action names its inputs; a template variable that is not set is reported beside them', async () => {
    const err = await failure(setUp('action', { profile: 'good.yml', level: 'pr', target: 'localhost:8080' }, {}));
    assert.deepEqual(err.problems.map((p) => p.code), ['LOADGATE_ENV_MISSING', 'LOADGATE_INPUT_INVALID']);
    assert.match(err.problems[0].message, /not set: API_KEY \(used in endpoints\[0\]\.path\)/);
    assert.match(err.problems[1].message, /^input 'target': "localhost:8080" is not an absolute URL \(use http:\/\/ or https:\/\/, e\.g\. http:\/\/localhost:8080\)$/);
  });

  it('one problem alone is thrown with its own code and message', async () => {
    const err = await failure(setUp('action', { profile: 'no-target.yml' }));
    assert.equal(err.code, 'LOADGATE_INPUT_INVALID');
    assert.equal(err.message, "input 'target': not given, and no-target.yml has no target: either (give the service's base URL, e.g. http://127.0.0.1:8080)");
    const cli = await failure(setUp('cli', { profile: 'no-target.yml' }));
    assert.match(cli.message, /^--target: not given, and no-target\.yml has no target: either/);
  });

  it('a broken profile is reported with the settings that can still be checked', async () => {
    const err = await failure(setUp('cli', { profile: 'broken.yml', target: 'http://127.0.0.1:9/?q=1', baselineTarget: 'http://127.0.0.1:9/' }));
    assert.deepEqual(err.problems.map((p) => p.code), ['LOADGATE_PROFILE_INVALID', 'LOADGATE_INPUT_INVALID']);
    assert.match(err.problems[0].message, /^profile broken\.yml has \d+ problems?:\nload\.connections: "fifty"/);
    assert.match(err.problems[1].message, /^--target: "http:\/\/127\.0\.0\.1:9\/\?q=1" must not have a query or fragment/);
    // The profile's own lines are indented under its item.
    assert.match(err.message, /\n- profile broken\.yml has \d+ problems?:\n  load\.connections: /);
    const missing = await failure(setUp('action', { profile: 'nope.yml', target: 'http://127.0.0.1:9' }));
    assert.equal(missing.code, 'LOADGATE_PROFILE_MISSING');
    assert.match(missing.message, /^profile nope\.yml does not exist/);
  });

  it('paired mode: the baseline target must be a second address, and the load steady', async () => {
    const same = await failure(setUp('cli', { profile: 'good.yml', target: 'http://127.0.0.1:9', baselineTarget: 'http://127.0.0.1:9/' }));
    assert.match(same.message, /^--baseline-target: "http:\/\/127\.0\.0\.1:9\/" is the target itself/);
    const ramp = await failure(setUp('action', { profile: 'ramp.yml', target: 'http://127.0.0.1:9', baselineTarget: 'http://127.0.0.1:8' }));
    assert.equal(ramp.code, 'LOADGATE_PAIRED_LOAD');
    assert.match(ramp.message, /^input 'baseline-target': paired mode needs a steady load [^\n]*load\.shape is ramp$/);
    const paired = await setUp('cli', { profile: 'good.yml', baselineTarget: 'http://127.0.0.1:8' });
    assert.equal(paired.baselineTarget, 'http://127.0.0.1:8');
    assert.equal(paired.baselineTargetProcess, undefined);
  });

  it('paired mode: the baseline target’s process, as a pid or a pid file, only beside a baseline target', async () => {
    const byPid = await setUp('cli', { profile: 'good.yml', baselineTarget: 'http://127.0.0.1:8', baselineTargetPid: '4243' });
    assert.deepEqual(byPid.baselineTargetProcess, { pid: 4243 });
    const byFile = await setUp('action', { profile: 'good.yml', baselineTarget: 'http://127.0.0.1:8', baselineTargetPid: ' base.pid ' });
    assert.deepEqual(byFile.baselineTargetProcess, { pidFile: 'base.pid' });
    const alone = await failure(setUp('action', { profile: 'good.yml', baselineTargetPid: '4243' }));
    assert.equal(alone.message, `input 'baseline-target-pid': "4243" names the baseline target's process, but there is no baseline target: give baseline-target too (paired mode), or leave this empty`);
  });
});
