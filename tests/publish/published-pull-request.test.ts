/**
 * The pull request a published report may comment on, against the API stand-in: the event's or the
 * note's pull request, and only while GitHub says its head is the measured commit.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startGitHubApi, type GitHubApiStandin } from '../support/github-api.js';
import { makeOctokit } from '../../src/publish/github-client.js';
import { publishedPullRequest } from '../../src/publish/published-pull-request.js';

const TOKEN = 'ghs_write';
const repo = { owner: 'octo-org', repo: 'shop' };
const MEASURED = 'a'.repeat(40);
const NEWER = 'b'.repeat(40);

describe('the pull request of a published report', () => {
  let github: GitHubApiStandin;
  let dir: string;
  before(async () => {
    github = await startGitHubApi({
      tokens: { [TOKEN]: 'write' },
      repos: [{ ...repo, defaultBranch: 'main' }],
      pulls: [
        { ...repo, number: 7, headRef: 'same', headSha: MEASURED },
        { ...repo, number: 8, headRef: 'moved-on', headSha: NEWER },
      ],
    });
    dir = await mkdtemp(join(tmpdir(), 'loadgate-note-'));
  });
  after(() => github.close());

  const note = async (name: string, content: string) => {
    const path = join(dir, name);
    await writeFile(path, content);
    return path;
  };
  const missing = () => join(dir, 'no-such-note.json');

  const cases: { name: string; fromEvent?: number; note?: [string, string]; expected: number | undefined; warning?: RegExp }[] = [
    { name: 'the event lists it and its head is the measured commit', fromEvent: 7, expected: 7 },
    { name: 'the event lists it but its head has moved on', fromEvent: 8, expected: undefined, warning: /not commenting on pull request #8 \(named by the workflow_run event\): its head is now b{40}, the report measured a{40}/ },
    { name: 'the event lists a pull request GitHub does not know', fromEvent: 99, expected: undefined, warning: /cannot check pull request #99/ },
    { name: 'the note names it with the measured commit', note: ['ok.json', JSON.stringify({ number: 7, headSha: MEASURED })], expected: 7 },
    { name: 'the note names a pull request whose head has moved on', note: ['moved.json', JSON.stringify({ number: 8, headSha: MEASURED })], expected: undefined, warning: /its head is now b{40}/ },
    { name: 'the note names another commit', note: ['other.json', JSON.stringify({ number: 7, headSha: NEWER })], expected: undefined, warning: /it names commit b{40}, the run measured a{40}/ },
    { name: 'the note is not JSON', note: ['broken.json', '{"number": 7,'], expected: undefined, warning: /not a JSON object/ },
    { name: 'the note holds a string number', note: ['string.json', JSON.stringify({ number: '7', headSha: MEASURED })], expected: undefined, warning: /number is not a pull request number/ },
    { name: 'no event pull request and no note', expected: undefined },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const warnings: string[] = [];
      const notePath = c.note ? await note(...c.note) : missing();
      const number = await publishedPullRequest(
        makeOctokit(TOKEN, { warning: () => undefined }, github.url),
        { repo, headSha: MEASURED, notePath, ...(c.fromEvent !== undefined ? { fromEvent: c.fromEvent } : {}) },
        { warning: (m) => warnings.push(m) },
      );
      assert.equal(number, c.expected);
      if (c.warning) assert.match(warnings.join('\n'), c.warning);
      else assert.deepEqual(warnings, []);
    });
  }

  it('asks GitHub even when the event names the pull request', async () => {
    const before = github.requests.length;
    await publishedPullRequest(makeOctokit(TOKEN, { warning: () => undefined }, github.url), { repo, headSha: MEASURED, fromEvent: 7, notePath: missing() }, { warning: () => undefined });
    assert.deepEqual(github.requests.slice(before).map((r) => r.operationId), ['pulls/get']);
    assert.deepEqual(github.violations, []);
  });
});
