/**
 * The workflow run's context as the runner gives it: the event's name and payload, the commit, the
 * ref and the repository. It reads what @actions/github's `context` reads (GITHUB_EVENT_NAME,
 * GITHUB_EVENT_PATH, GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY), in the same way; it is written
 * here so that a run that publishes nothing does not load Octokit, which @actions/github loads
 * with its context (tests/publish/context.test.ts compares the two).
 */
import { existsSync, readFileSync } from 'node:fs';

/** What the action reads from the run's context. */
export interface RunContext {
  eventName: string;
  /** The event's JSON (GITHUB_EVENT_PATH); empty when there is no file. */
  payload: Record<string, unknown>;
  sha: string;
  ref: string;
  /** Owner and name: GITHUB_REPOSITORY, else the payload's repository; throws when neither is there. */
  readonly repo: { owner: string; repo: string };
}

type Env = Record<string, string | undefined>;

/**
 * Reads the context from `env` (the action passes process.env). A missing event file leaves the
 * payload empty, with a line on stdout as @actions/github writes; an unset variable reads as ''.
 */
export function readRunContext(env: Env): RunContext {
  let payload: Record<string, unknown> = {};
  const eventPath = env.GITHUB_EVENT_PATH;
  if (eventPath) {
    if (existsSync(eventPath)) payload = JSON.parse(readFileSync(eventPath, 'utf8')) as Record<string, unknown>;
    else process.stdout.write(`GITHUB_EVENT_PATH ${eventPath} does not exist\n`);
  }
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    get repo() {
      return repositoryOf(env.GITHUB_REPOSITORY, payload);
    },
  };
}

function repositoryOf(repository: string | undefined, payload: Record<string, unknown>): { owner: string; repo: string } {
  if (repository) {
    const [owner, repo] = repository.split('/');
    return { owner, repo };
  }
  const fromEvent = payload.repository as { owner?: { login?: string }; name?: string } | undefined;
  if (fromEvent) return { owner: fromEvent.owner?.login as string, repo: fromEvent.name as string };
  throw new Error("context.repo requires a GITHUB_REPOSITORY environment variable like 'owner/repo'");
}
