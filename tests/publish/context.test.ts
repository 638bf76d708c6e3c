/**
 * The run context the action reads itself (src/publish/context.ts) against the one it replaced,
 * @actions/github's `context`, built from the same environment.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as github from '@actions/github';
import { readRunContext } from '../../src/publish/context.js';

type Env = Record<string, string | undefined>;
const GitHubContext = github.context.constructor as new () => typeof github.context;

/**
 * @actions/github's Context, read while process.env is `env` (its `repo` getter reads process.env
 * when called, so it is read here too), then process.env put back.
 */
function referenceContext(env: Env): { eventName: string; sha: string; ref: string; payload: object; repo: unknown } {
  const names = ['GITHUB_EVENT_PATH', 'GITHUB_EVENT_NAME', 'GITHUB_SHA', 'GITHUB_REF', 'GITHUB_REPOSITORY'];
  const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
  const write = process.stdout.write;
  try {
    for (const n of names) {
      if (env[n] === undefined) delete process.env[n];
      else process.env[n] = env[n];
    }
    process.stdout.write = () => true;
    const context = new GitHubContext();
    return { eventName: context.eventName, sha: context.sha, ref: context.ref, payload: context.payload, repo: repoOrError(() => context.repo) };
  } finally {
    process.stdout.write = write;
    for (const n of names) {
      if (saved[n] === undefined) delete process.env[n];
      else process.env[n] = saved[n];
    }
  }
}

function repoOrError(read: () => { owner: string; repo: string }): unknown {
  try {
    return read();
  } catch (err) {
    return `throws: ${(err as Error).message}`;
  }
}

test('the run context agrees with @actions/github for the events the action reads', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'loadgate-context-'));
  try {
    const pullRequest = join(dir, 'pull_request.json');
    await writeFile(pullRequest, JSON.stringify({ pull_request: { number: 7, head: { sha: 'f'.repeat(40), ref: 'feature' } }, repository: { name: 'shop', owner: { login: 'octo-org' }, default_branch: 'main' } }));
    const noRepository = join(dir, 'schedule.json');
    await writeFile(noRepository, JSON.stringify({ schedule: '0 3 * * *' }));
    const base = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA: 'a'.repeat(40), GITHUB_REF: 'refs/pull/7/merge' };
    const cases: Array<{ name: string; env: Env }> = [
      { name: 'pull request, GITHUB_REPOSITORY set', env: { ...base, GITHUB_EVENT_PATH: pullRequest, GITHUB_REPOSITORY: 'octo-org/shop' } },
      { name: 'repository from the payload', env: { ...base, GITHUB_EVENT_PATH: pullRequest } },
      { name: 'GITHUB_REPOSITORY wins over the payload', env: { ...base, GITHUB_EVENT_PATH: pullRequest, GITHUB_REPOSITORY: 'other/fork' } },
      { name: 'no repository anywhere', env: { ...base, GITHUB_EVENT_NAME: 'schedule', GITHUB_EVENT_PATH: noRepository } },
      { name: 'event file missing', env: { ...base, GITHUB_EVENT_PATH: join(dir, 'gone.json'), GITHUB_REPOSITORY: 'octo-org/shop' } },
      { name: 'no event file named', env: { ...base, GITHUB_REPOSITORY: 'octo-org/shop' } },
    ];
    const write = process.stdout.write;
    for (const { name, env } of cases) {
      const reference = referenceContext(env);
      process.stdout.write = () => true;
      const ours = (() => {
        try {
          return readRunContext(env);
        } finally {
          process.stdout.write = write;
        }
      })();
      assert.deepEqual(ours.payload, reference.payload, name);
      assert.equal(ours.eventName, reference.eventName, name);
      assert.equal(ours.sha, reference.sha, name);
      assert.equal(ours.ref, reference.ref, name);
      assert.deepEqual(repoOrError(() => ours.repo), reference.repo, name);
    }
    // The cases above cover both ways of naming the repository, and the refusal.
    assert.deepEqual(readRunContext(cases[1].env).repo, { owner: 'octo-org', repo: 'shop' });
    assert.throws(() => readRunContext(cases[3].env).repo, /GITHUB_REPOSITORY/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a variable the runner did not set reads as empty, where @actions/github gives undefined', () => {
  const ours = readRunContext({});
  assert.deepEqual({ eventName: ours.eventName, sha: ours.sha, ref: ours.ref, payload: ours.payload }, { eventName: '', sha: '', ref: '', payload: {} });
  const reference = referenceContext({});
  assert.equal(reference.sha, undefined);
});
