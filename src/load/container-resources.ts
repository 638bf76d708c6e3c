/**
 * CPU and memory of the service container, read from its cgroup. In GitHub Actions a service runs in
 * a container on the same VM as the job, not as a child process, so /proc/<pid> sampling does not
 * reach it; its cgroup does. Hosted runners use cgroup v2, where every cgroup has
 *
 *   cpu.stat        `usage_usec N` — CPU time of every process in the group, in microseconds
 *   memory.current  bytes charged to the group now (anonymous memory and page cache)
 *   memory.peak     the highest memory.current so far (kernel 5.19+)
 *
 * The container is found in two ways, the first that works wins:
 *   1. the Docker Engine API on its unix socket: GET /containers/{name or id}/json gives the full
 *      id and the pid of the container's first process; /proc/{pid}/cgroup then names its cgroup;
 *   2. without the socket, an id (12+ hex digits) is looked for in the cgroup tree where Docker
 *      puts containers: system.slice/docker-{id}.scope (systemd driver) or docker/{id} (cgroupfs).
 * Neither → an outcome with the reasons, which the run turns into a warning: monitoring is never a
 * reason to fail a load test.
 */
import { request } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResourceSample } from '../metrics/endurance.js';

export const DOCKER_SOCKET = '/var/run/docker.sock';
const ANSWER_TIMEOUT_MS = 3000;

export interface LocateOptions {
  dockerSocket?: string;
  /** Where the cgroup v2 hierarchy is mounted; found from /sys/fs/cgroup when absent. */
  cgroupRoot?: string;
  /** Where /proc is (tests point it at a laid-out tree). */
  procRoot?: string;
}

export type LocateOutcome =
  | { found: true; cgroupDir: string; containerId: string; via: 'docker-api' | 'cgroup-tree' }
  | { found: false; reasons: string[] };

/** The v2 mount: /sys/fs/cgroup on a v2-only host, /sys/fs/cgroup/unified on a hybrid one. */
export function cgroupV2Root(): string | undefined {
  if (existsSync('/sys/fs/cgroup/cgroup.controllers')) return '/sys/fs/cgroup';
  if (existsSync('/sys/fs/cgroup/unified/cgroup.controllers')) return '/sys/fs/cgroup/unified';
  return undefined;
}

/** Finds the cgroup of the container named `container` (a name, a full id or an id prefix). */
export async function locateContainer(container: string, options: LocateOptions = {}): Promise<LocateOutcome> {
  const reasons: string[] = [];
  const root = options.cgroupRoot ?? cgroupV2Root();
  if (root === undefined) return { found: false, reasons: ['no cgroup v2 hierarchy is mounted (looked in /sys/fs/cgroup and /sys/fs/cgroup/unified)'] };
  const socket = options.dockerSocket ?? DOCKER_SOCKET;
  const procRoot = options.procRoot ?? '/proc';

  const inspected = await inspectContainer(socket, container).catch((err: Error) => {
    reasons.push(`the Docker Engine API at ${socket} did not answer (${err.message})`);
    return undefined;
  });
  if (inspected) {
    const dir = cgroupOfPid(procRoot, inspected.pid, root);
    if (dir) return { found: true, cgroupDir: dir, containerId: inspected.id, via: 'docker-api' };
    reasons.push(`container ${inspected.id.slice(0, 12)} (pid ${inspected.pid}) has no readable cgroup v2 under ${root}`);
  }

  if (/^[0-9a-f]{12,64}$/.test(container)) {
    const hit = findInTree(root, container);
    if (hit) return { found: true, cgroupDir: hit.dir, containerId: hit.id, via: 'cgroup-tree' };
    reasons.push(`no cgroup named after id ${container} under ${root}/system.slice or ${root}/docker`);
  } else {
    reasons.push(`'${container}' is a name, not an id, so without the Docker API it cannot be found in the cgroup tree (give the container id, e.g. \${{ job.services.<name>.id }})`);
  }
  return { found: false, reasons };
}

/** One reading of a cgroup: CPU time and memory, or undefined when cpu.stat cannot be read. */
export function readCgroupSample(dir: string): (ResourceSample & { memoryPeakMb?: number; memoryKnown: boolean }) | undefined {
  try {
    const cpuStat = readFileSync(join(dir, 'cpu.stat'), 'utf8');
    const usageUsec = Number(/^usage_usec (\d+)$/m.exec(cpuStat)?.[1] ?? NaN);
    if (!Number.isFinite(usageUsec)) return undefined;
    const memory = readNumber(join(dir, 'memory.current'));
    const peak = readNumber(join(dir, 'memory.peak'));
    return {
      atMs: performance.now(),
      cpuSeconds: usageUsec / 1e6,
      rssMb: memory === undefined ? Number.NaN : memory / 1048576,
      memoryKnown: memory !== undefined,
      ...(peak === undefined ? {} : { memoryPeakMb: peak / 1048576 }),
    };
  } catch {
    return undefined;
  }
}

function readNumber(path: string): number | undefined {
  try {
    const value = Number(readFileSync(path, 'utf8').trim());
    return Number.isFinite(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** GET /containers/{name}/json over the Engine API socket: the full id and the main process's pid. */
function inspectContainer(socketPath: string, container: string): Promise<{ id: string; pid: number }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { socketPath, path: `/containers/${encodeURIComponent(container)}/json`, method: 'GET', headers: { host: 'docker' }, timeout: ANSWER_TIMEOUT_MS },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          if (res.statusCode === 404) return reject(new Error(`no container named ${container}`));
          if (res.statusCode !== 200) return reject(new Error(`HTTP ${res.statusCode}`));
          try {
            const doc = JSON.parse(body) as { Id?: unknown; State?: { Pid?: unknown } };
            const pid = Number(doc.State?.Pid);
            if (typeof doc.Id !== 'string' || !Number.isSafeInteger(pid) || pid <= 0) return reject(new Error(`container ${container} is not running`));
            resolve({ id: doc.Id, pid });
          } catch {
            reject(new Error('the answer was not JSON'));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
    req.on('error', reject);
    req.end();
  });
}

/** The v2 cgroup directory of a process, from the `0::/path` line of /proc/{pid}/cgroup. */
function cgroupOfPid(procRoot: string, pid: number, root: string): string | undefined {
  try {
    const line = readFileSync(join(procRoot, String(pid), 'cgroup'), 'utf8').split('\n').find((l) => l.startsWith('0::'));
    if (line === undefined) return undefined;
    const dir = join(root, line.slice(3).trim());
    return existsSync(join(dir, 'cpu.stat')) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function findInTree(root: string, idPrefix: string): { dir: string; id: string } | undefined {
  const places: [string, RegExp][] = [
    [join(root, 'system.slice'), /^docker-([0-9a-f]{64})\.scope$/],
    [join(root, 'docker'), /^([0-9a-f]{64})$/],
  ];
  for (const [parent, pattern] of places) {
    let names: string[];
    try {
      names = readdirSync(parent);
    } catch {
      continue;
    }
    for (const name of names) {
      const id = pattern.exec(name)?.[1];
      if (id !== undefined && id.startsWith(idPrefix)) return { dir: join(parent, name), id };
    }
  }
  return undefined;
}
