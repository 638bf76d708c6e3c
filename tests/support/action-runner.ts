/**
 * Runs the bundled action (dist/index.js) as the GitHub runner does: a child `node` process with a
 * clean environment, INPUT_* variables (hyphens kept, upper-cased), GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_STATE, and cwd = the workspace.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const actionEntry = join(repoRoot, 'dist', 'index.js');
export const cliEntry = join(repoRoot, 'dist', 'cli.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

export interface ActionRunOptions {
  workspace: string;
  inputs: Record<string, string>;
  eventName: string;
  event: object;
  ref: string;
  sha?: string;
  env?: Record<string, string>;
}

/** Parses the GITHUB_OUTPUT file format (`name<<DELIMITER\nvalue\nDELIMITER`, and `name=value`). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** A run's files and environment, made before it starts; `collect` reads what it wrote. */
export interface PreparedRun {
  env: Record<string, string>;
  runnerTemp: string;
  collect(result: { code: number; stdout: string; stderr: string }): Promise<ActionRun>;
}

/**
 * The runner's side of one run: the event file, empty output, summary and state files, and the
 * environment the runner gives a step (INPUT_* as the runner spells them). `summaryFile` names a
 * summary file to use (truncated here) instead of a new one.
 */
export async function prepareRun(options: ActionRunOptions, summaryFile?: string): Promise<PreparedRun> {
  const runnerDir = await mkdtemp(join(tmpdir(), 'loadgate-runner-'));
  const runnerTemp = join(runnerDir, 'temp');
  await mkdir(runnerTemp);
  const files = {
    event: join(runnerDir, 'event.json'),
    output: join(runnerDir, 'output'),
    summary: summaryFile ?? join(runnerDir, 'summary.md'),
    state: join(runnerDir, 'state'),
  };
  await writeFile(files.event, JSON.stringify(options.event));
  await Promise.all([files.output, files.summary, files.state].map((f) => writeFile(f, '')));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: runnerDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_REF: options.ref,
    GITHUB_SHA: options.sha ?? '0123456789abcdef0123456789abcdef01234567',
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_RUN_ID: '1001',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_STATE: files.state,
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return {
    env,
    runnerTemp,
    collect: async ({ code, stdout, stderr }) => ({
      code,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(files.output, 'utf8')),
      summary: await readFile(files.summary, 'utf8'),
      runnerTemp,
    }),
  };
}

/** Runs dist/index.js once and collects what the runner would see. */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const prepared = await prepareRun(options);
  return prepared.collect(await spawnNode([actionEntry], options.workspace, prepared.env));
}

/** Runs `node ARGS` in `cwd` with exactly `env`, bounded at 120 s. */
export function spawnNode(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: code ?? (signal ? 128 : 1), stdout, stderr });
    });
  });
}

/** A fresh workspace directory. */
export function makeWorkspace(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'loadgate-ws-'));
}
