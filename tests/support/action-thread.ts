/**
 * The action's `run()` (src/main.ts) in worker threads of the test process, for tests that run it
 * many times over and read only what it writes: one start of the sources per thread instead of a
 * start of the bundle per run. Each run gets the environment `runAction` gives the bundle (clean,
 * INPUT_*, the runner's files) and its stdout is captured, so the same assertions apply; a
 * thread's process.env, stdout and exit code are its own, not the test process's.
 *
 * Several threads run side by side: a publishing run spends most of its time idle, in the GitHub
 * client's spacing of write requests (one second apart, as GitHub asks), and each thread has its
 * own client. Within a thread, runs take turns.
 *
 * What it does not do: change the working directory (threads cannot), so every path in the inputs
 * must be absolute; and it runs src/, not dist/ — keep a few runs of the bundle (runAction) beside
 * it for what only the bundle can show.
 */
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { prepareRun, type ActionRun, type ActionRunOptions } from './action-runner.js';

interface RunRequest {
  id: number;
  env: Record<string, string>;
}
interface RunReply {
  id: number;
  code: number;
  stdout: string;
  error?: string;
}

/** Inputs that name files: relative, they would be read from the test process's directory. */
const PATH_INPUTS = /^(profile|report|baseline-dir|results|baseline-results|shards)$/;

/** One worker thread running the action's sources, one run at a time. */
class ActionThread {
  // The thread's entry is this file, loaded through tsx's API: the test process's `--import tsx`
  // does not reach a worker thread on Node 20.
  private readonly worker = new Worker(
    `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`,
    { eval: true },
  );
  private readonly pending = new Map<number, (reply: RunReply) => void>();
  private nextId = 0;
  private queue: Promise<unknown> = Promise.resolve();
  /** Why the thread is gone (it failed to start, threw, or exited): later runs fail at once instead of waiting. */
  private gone?: string;
  /** Runs waiting for this thread or running on it. */
  waiting = 0;
  /** @actions/core keeps the first summary path it sees: every run of a thread writes the same file. */
  private readonly summaryFile = mkdtemp(join(tmpdir(), 'loadgate-thread-')).then((dir) => join(dir, 'summary.md'));

  constructor() {
    this.worker.on('message', (reply: RunReply) => {
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
    const end = (why: string) => {
      this.gone ??= why;
      for (const settle of this.pending.values()) settle({ id: -1, code: 1, stdout: '', error: why });
      this.pending.clear();
    };
    this.worker.on('error', (err) => end(err.stack ?? String(err)));
    this.worker.on('exit', (code) => end(`the thread exited (${code})`));
  }

  run(options: ActionRunOptions): Promise<ActionRun> {
    this.waiting++;
    const next = this.queue.then(() => this.runNow(options)).finally(() => this.waiting--);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async runNow(options: ActionRunOptions): Promise<ActionRun> {
    const prepared = await prepareRun(options, await this.summaryFile);
    if (this.gone) throw new Error(`the action's thread failed: ${this.gone}`);
    const id = this.nextId++;
    const reply = await new Promise<RunReply>((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, env: prepared.env } satisfies RunRequest);
    });
    if (reply.error) throw new Error(`the action's thread failed: ${reply.error}`);
    return prepared.collect({ code: reply.code, stdout: reply.stdout, stderr: '' });
  }

  close(): Promise<number> {
    return this.worker.terminate();
  }
}

/** A few threads running the action's sources; a run goes to the least busy one. */
export class ActionThreads {
  private readonly threads: ActionThread[];

  constructor(count: number) {
    this.threads = Array.from({ length: count }, () => new ActionThread());
  }

  /** Runs the action once as `runAction` runs the bundle, and collects what the runner would see. */
  run(options: ActionRunOptions): Promise<ActionRun> {
    for (const [name, value] of Object.entries(options.inputs)) {
      if (PATH_INPUTS.test(name) && value && !isAbsolute(value)) {
        return Promise.reject(new Error(`input ${name}: ${value} is relative; a worker thread cannot change directory, give an absolute path`));
      }
    }
    const thread = this.threads.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    return thread.run(options);
  }

  /** Ends the threads. */
  async close(): Promise<void> {
    await Promise.all(this.threads.map((t) => t.close()));
  }
}

if (!isMainThread) {
  const { run } = await import('../../src/main.js');
  parentPort!.on('message', async ({ id, env }: RunRequest) => {
    for (const name of Object.keys(process.env)) delete process.env[name];
    Object.assign(process.env, env);
    const out: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string | Uint8Array) => out.push(String(chunk)) > 0) as typeof process.stdout.write;
    process.exitCode = 0;
    let error: string | undefined;
    try {
      await run();
    } catch (err) {
      error = (err as Error)?.stack ?? String(err);
    } finally {
      process.stdout.write = write;
    }
    const code = Number(process.exitCode ?? 0);
    process.exitCode = 0;
    parentPort!.postMessage({ id, code, stdout: out.join(''), ...(error ? { error } : {}) } satisfies RunReply);
  });
}
