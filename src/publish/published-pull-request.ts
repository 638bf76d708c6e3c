/**
 * Which pull request a published report belongs to (the `publish` mode). The candidate comes from
 * the `workflow_run` payload's `pull_requests`, or else from the `pull-request.json` note beside the
 * report (untrusted: written by the measuring run, so it must name the measured commit). Either way
 * GitHub must confirm that the pull request's head is still the measured commit: a report that
 * arrives after a newer push would otherwise overwrite the comment written for the newer head.
 */
import { readFile } from 'node:fs/promises';
import { pullRequestNoteProblem, type PullRequestNote } from './event.js';
import type { Octokit, RepoRef } from './github-client.js';

/** Where to look for the pull request of a published report. */
export interface PublishedPullRequestInput {
  repo: RepoRef;
  /** The measured commit: the workflow_run's head SHA. */
  headSha: string;
  /** The pull request the event lists, if any. */
  fromEvent?: number;
  /** Path of the note beside the report. */
  notePath: string;
}

/**
 * The pull request to comment on, or undefined (with a warning saying why) when there is none or
 * its head has moved on. Never throws.
 */
export async function publishedPullRequest(octokit: Octokit, input: PublishedPullRequestInput, log: { warning(m: string): void }): Promise<number | undefined> {
  const number = input.fromEvent ?? (await pullRequestFromNote(input, log));
  if (number === undefined) return undefined;
  const source = input.fromEvent !== undefined ? 'the workflow_run event' : input.notePath;
  try {
    const { data } = await octokit.rest.pulls.get({ ...input.repo, pull_number: number });
    if (data.head.sha === input.headSha) return number;
    log.warning(
      `loadgate: not commenting on pull request #${number} (named by ${source}): its head is now ${data.head.sha}, ` +
        `the report measured ${input.headSha}; the comment for the newer head is left as it is`,
    );
  } catch (err) {
    log.warning(`loadgate: cannot check pull request #${number} (named by ${source}): ${(err as Error).message}`);
  }
  return undefined;
}

async function pullRequestFromNote(input: PublishedPullRequestInput, log: { warning(m: string): void }): Promise<number | undefined> {
  const text = await readFile(input.notePath, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  let note: unknown;
  try {
    note = JSON.parse(text);
  } catch {
    note = undefined;
  }
  const problem = pullRequestNoteProblem(note);
  if (problem) return void log.warning(`loadgate: ignoring ${input.notePath}: ${problem}`);
  const { number, headSha } = note as PullRequestNote;
  if (headSha !== input.headSha) return void log.warning(`loadgate: ignoring ${input.notePath}: it names commit ${headSha}, the run measured ${input.headSha}`);
  return number;
}
