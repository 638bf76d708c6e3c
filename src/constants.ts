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
  targetContainer: 'target-container',
} as const;

/** The action's outputs (action.yml). */
export const Outputs = {
  verdict: 'verdict',
  maxSeverity: 'max-severity',
  advisorySeverity: 'advisory-severity',
  report: 'report',
  markdown: 'markdown',
  commentUrl: 'comment-url',
  checkRunId: 'check-run-id',
} as const;

/** gate: measure, publish, fail per fail-on; report-only: measure and gate, no GitHub API; publish: post a report made elsewhere. */
export type ActionMode = 'gate' | 'report-only' | 'publish';
export const ACTION_MODES: readonly ActionMode[] = ['gate', 'report-only', 'publish'];
/** The file `report-only` writes beside the report, naming the pull request for `publish`. */
export const PULL_REQUEST_NOTE_FILE = 'pull-request.json';

export const DEFAULT_PROFILE_PATH = '.github/loadgate.yml';
/** The CLI's baseline directory; the action uses the actions cache unless `baseline-dir` is set. */
export const DEFAULT_BASELINE_DIR = '.loadgate/baselines';
/** Events on the default branch whose runs refresh the baseline when `save-baseline` is `auto`. */
export const BASELINE_EVENTS = ['push', 'schedule', 'workflow_dispatch'] as const;
