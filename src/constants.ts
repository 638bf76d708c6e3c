/**
 * Names of the action's inputs and outputs, and the tool's version — one place, as action.yml has
 * them. The CLI's flags that set the same thing have the same names (`--target`, `--fail-on`, …).
 */
import { readFileSync } from 'node:fs';

/** Put in by scripts/build.mjs (esbuild define) from package.json; undefined when run from source. */
declare const LOADGATE_VERSION: string | undefined;

/** package.json's version, its one source: the bundle gets it from the build, a run from source (the tests) reads the file. */
export const VERSION: string =
  typeof LOADGATE_VERSION === 'string'
    ? LOADGATE_VERSION
    : (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/** The action's inputs (action.yml); a set-up problem names them as `input 'target'`, the CLI as `--target`. */
export const Inputs = {
  profile: 'profile',
  target: 'target',
  baselineTarget: 'baseline-target',
  githubToken: 'github-token',
  failOn: 'fail-on',
  baselineDir: 'baseline-dir',
  saveBaseline: 'save-baseline',
  comment: 'comment',
  mode: 'mode',
  report: 'report',
  level: 'level',
  targetPid: 'target-pid',
  // Import (src/import/): another tool's results instead of a load run.
  results: 'results',
  format: 'format',
  baselineResults: 'baseline-results',
  endpointMapping: 'endpoint-mapping',
  name: 'name',
  warmup: 'warmup',
  duration: 'duration',
  trials: 'trials',
  startAt: 'start-at',
  // Shards (src/shard/): a matrix job writes its part, a merge job gates once.
  shard: 'shard',
  shards: 'shards',
  allowMissingShards: 'allow-missing-shards',
  uploadReport: 'upload-report',
  notify: 'notify',
  targetContainer: 'target-container',
  baselineTargetPid: 'baseline-target-pid',
} as const;

/** The action's outputs (action.yml). */
export const Outputs = {
  verdict: 'verdict',
  maxSeverity: 'max-severity',
  advisorySeverity: 'advisory-severity',
  report: 'report',
  markdown: 'markdown',
  html: 'html',
  artifactUrl: 'report-artifact-url',
  commentUrl: 'comment-url',
  checkRunId: 'check-run-id',
  shardResult: 'shard-result',
} as const;

/**
 * gate: measure, publish, fail per fail-on; report-only: measure and gate, no GitHub API; publish:
 * post a report made elsewhere; merge: merge the shard results of a matrix, then gate and publish.
 */
export type ActionMode = 'gate' | 'report-only' | 'publish' | 'merge';
export const ACTION_MODES: readonly ActionMode[] = ['gate', 'report-only', 'publish', 'merge'];
/** The `comment` input: post when something is found, always, or never. */
export type CommentMode = 'auto' | 'always' | 'never';
/** Every valid `comment` value, for the input's error message. */
export const COMMENT_MODES: readonly CommentMode[] = ['auto', 'always', 'never'];
/** The `notify` input: keep the team issue of a scheduled run's trend, or write the summary only. */
export type NotifyMode = 'issue' | 'none';
/** Every valid `notify` value, for the input's error message. */
export const NOTIFY_MODES: readonly NotifyMode[] = ['issue', 'none'];
/** The file `report-only` writes beside the report, naming the pull request for `publish`. */
export const PULL_REQUEST_NOTE_FILE = 'pull-request.json';

export const DEFAULT_PROFILE_PATH = '.github/loadgate.yml';
/** The CLI's baseline directory; the action uses the actions cache unless `baseline-dir` is set. */
export const DEFAULT_BASELINE_DIR = '.loadgate/baselines';
/** Events on the default branch whose runs refresh the baseline when `save-baseline` is `auto`. */
export const BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const;
