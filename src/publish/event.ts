/**
 * What the event says about where results go: the pull request (for the comment), the commit the
 * check run belongs to, and the branch a saved baseline is filed under. Pure over the payload.
 *
 * The check run goes on the pull request's head SHA, not GITHUB_SHA (the merge commit GitHub made
 * for the run, which no reviewer sees); on a merge queue on the queue's head SHA; on a
 * `workflow_run` (the `publish` mode) on the measured run's head SHA.
 */
export interface EventTarget {
  /** The pull request to comment on, when there is one. */
  pullRequest?: number;
  /** The commit the check run is attached to. */
  headSha: string;
  /** The branch that was measured (a pull request's head branch), for cache keys. */
  branch: string;
  /** On a `workflow_run`: the id of the run that measured (the publish mode links to it). */
  measuringRunId?: number;
}

interface Payload {
  pull_request?: { number?: number; head?: { sha?: string; ref?: string } };
  merge_group?: { head_sha?: string; head_ref?: string };
  workflow_run?: { id?: number; head_sha?: string; head_branch?: string; pull_requests?: { number?: number }[] };
}

/** Reads the target from the event name, payload, GITHUB_SHA and GITHUB_REF. */
export function eventTarget(eventName: string, payload: unknown, sha: string, ref: string): EventTarget {
  const p = (payload ?? {}) as Payload;
  const refName = ref.replace(/^refs\/(heads|tags)\//, '');
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && p.pull_request) {
    const number = p.pull_request.number;
    return {
      ...(Number.isInteger(number) ? { pullRequest: number } : {}),
      headSha: p.pull_request.head?.sha || sha,
      branch: p.pull_request.head?.ref || refName,
    };
  }
  if (eventName === 'merge_group' && p.merge_group) {
    return { headSha: p.merge_group.head_sha || sha, branch: p.merge_group.head_ref?.replace(/^refs\/heads\//, '') || refName };
  }
  if (eventName === 'workflow_run' && p.workflow_run) {
    const number = p.workflow_run.pull_requests?.[0]?.number;
    const runId = p.workflow_run.id;
    return {
      ...(Number.isInteger(number) ? { pullRequest: number } : {}),
      ...(Number.isSafeInteger(runId) ? { measuringRunId: runId } : {}),
      headSha: p.workflow_run.head_sha || sha,
      branch: p.workflow_run.head_branch || refName,
    };
  }
  return { headSha: sha, branch: refName };
}

/** The pull request file `report-only` writes beside the report, for `publish` to read. */
export interface PullRequestNote {
  number: number;
  headSha: string;
}

/** Checks a pull request note read from an artifact (untrusted): a positive number and a hex SHA. */
export function pullRequestNoteProblem(doc: unknown): string | undefined {
  const d = doc as Partial<PullRequestNote> | null;
  if (typeof d !== 'object' || d === null) return 'not a JSON object';
  if (!Number.isInteger(d.number) || (d.number as number) < 1 || (d.number as number) > 1e9) return 'number is not a pull request number';
  if (typeof d.headSha !== 'string' || !/^[0-9a-f]{40}$/.test(d.headSha)) return 'headSha is not a 40-digit commit id';
  return undefined;
}
