/**
 * The set-up the end-to-end tests of the bundled action share: the fixture events, a workspace
 * holding the profile at the action's default path (.github/loadgate.yml), and one run of the
 * action against a fresh demo service (fixtures/demo-service.mjs, optionally slowed), with the
 * baseline kept in the workspace.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { makeWorkspace, repoRoot, runAction, type ActionRun } from './action-runner.js';
import { startDemoService } from '../../scripts/demo-service-process.mjs';
import { startGitHubApi, type GitHubApiStandin } from './github-api.js';

const event = async (name: string) => JSON.parse(await readFile(join(repoRoot, 'fixtures/events', name), 'utf8')) as Record<string, unknown>;

/** fixtures/events: a push to main, pull request #7, and a scheduled run. */
export const fixtureEvents = {
  push: await event('push-main.json'),
  pullRequest: await event('pull-request.json'),
  schedule: await event('schedule.json'),
};

/** How the runner names each trigger: the event, its payload and GITHUB_REF. */
export const TRIGGERS = {
  push: { eventName: 'push', event: fixtureEvents.push, ref: 'refs/heads/main' },
  pull_request: { eventName: 'pull_request', event: fixtureEvents.pullRequest, ref: 'refs/pull/7/merge' },
} as const;

/** A fresh workspace with the profile at .github/loadgate.yml: a file of the repository, or YAML text. */
export async function workspaceWithProfile(profile: { fixture: string } | { yaml: string }): Promise<string> {
  const workspace = await makeWorkspace();
  await mkdir(join(workspace, '.github'));
  const path = join(workspace, '.github/loadgate.yml');
  if ('fixture' in profile) await copyFile(join(repoRoot, profile.fixture), path);
  else await writeFile(path, profile.yaml);
  return workspace;
}

/** The inputs of a gate on the demo service: fail on critical, the baseline in the workspace, saved per `auto`. */
export const DEMO_INPUTS = { 'baseline-dir': '.loadgate/baselines', 'fail-on': 'critical', 'save-baseline': 'auto', 'github-token': 'unused' } as const;

/**
 * Starts the demo service (`slow` like ['search=3']), runs the bundled action once on `trigger`
 * against it with DEMO_INPUTS (and `inputs` over them), and stops the service.
 */
export async function runAgainstDemo(workspace: string, slow: string[], trigger: keyof typeof TRIGGERS, inputs: Record<string, string> = {}): Promise<ActionRun> {
  const service = await startDemoService(slow);
  try {
    return await runAction({ workspace, ...TRIGGERS[trigger], inputs: { target: service.url, ...DEMO_INPUTS, ...inputs } });
  } finally {
    await service.stop();
  }
}

/** A GitHub REST API stand-in that knows the fixture pull request (#7 on octo-org/shop) and accepts `token` for writes. */
export async function startPullRequestGitHub(token: string): Promise<GitHubApiStandin> {
  const pr = fixtureEvents.pullRequest as { number: number; pull_request: { head: { ref: string; sha: string } } };
  return startGitHubApi({
    tokens: { [token]: 'write' },
    repos: [{ owner: 'octo-org', repo: 'shop', defaultBranch: 'main' }],
    pulls: [{ owner: 'octo-org', repo: 'shop', number: pr.number, headRef: pr.pull_request.head.ref, headSha: pr.pull_request.head.sha, baseRef: 'main' }],
  });
}

/** One run of the bundled action on the fixture pull request, publishing to `github` with `token`, against `target`. */
export function runOnPullRequest(workspace: string, github: GitHubApiStandin, token: string, target: string, runId: string): Promise<ActionRun> {
  return runAction({
    workspace,
    ...TRIGGERS.pull_request,
    inputs: { 'github-token': token, 'fail-on': 'critical', target },
    env: { GITHUB_API_URL: github.url, GITHUB_RUN_ID: runId },
  });
}
