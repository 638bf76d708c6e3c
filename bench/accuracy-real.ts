/**
 * Part (b) of `npm run bench:accuracy`: real paired runs on this machine. The demo service is
 * started twice on loopback — identical (A/A), or the candidate with every endpoint that has a
 * delay slowed by 25 % or 80 % (A/B) — and the real pipeline runs in paired mode with short
 * trials. Each run stops by itself (12 trials of 200 ms per target, 16 connections).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPipeline } from '../src/pipeline/run.js';
import { realEdges } from '../src/edges.js';
import { DirectoryBaselineStore } from '../src/baseline/directory-store.js';
import { parseProfile } from '../src/profile/parse.js';
import type { Profile } from '../src/profile/types.js';
import { startDemoService } from '../scripts/demo-service-process.mjs';

const PROFILE_YAML = `
name: accuracy
load:
  connections: 16
  warmup: 300ms
  duration: 2400ms
  trials: 12
endpoints:
  - { name: home, path: / }
  - { name: products, path: /api/products, weight: 2 }
  - { name: search, path: /api/search?q=shoes }
  - { name: checkout, method: POST, path: /api/checkout, json: { sku: shoe-1 }, expect_status: 201 }
regression:
  metrics: [p50, p95, throughput]  # p95 is skipped (with a note) where 200 ms trials hold too few requests
readiness:
  timeout: 10s
`;

export interface RealOutcome {
  runs: number;
  flagged: number;
  blocked: number;
  critical: number;
}

function loadProfile(): Profile {
  const parsed = parseProfile(PROFILE_YAML, 'accuracy.yml');
  if (!parsed.ok) throw new Error(`bench profile did not parse: ${JSON.stringify(parsed.problems)}`);
  return parsed.profile;
}

/** Runs `runs` paired runs with the candidate slowed by `factor` (1 = A/A). */
export async function realPaired(factor: number, runs: number, log: (line: string) => void): Promise<RealOutcome> {
  const profile = loadProfile();
  const slow = factor === 1 ? [] : ['products', 'search', 'checkout'].map((n) => `${n}=${factor}`);
  const dir = await mkdtemp(join(tmpdir(), 'loadgate-accuracy-'));
  const out: RealOutcome = { runs: 0, flagged: 0, blocked: 0, critical: 0 };
  const quiet = { info: () => {}, warning: (m: string) => log(`  warning: ${m}`) };
  try {
    for (let i = 0; i < runs; i++) {
      const a = await startDemoService([]);
      const b = await startDemoService(slow);
      try {
        const { report } = await runPipeline(
          { profile, target: b.url, baselineTarget: a.url, failOn: 'critical', saveBaseline: false },
          realEdges(new DirectoryBaselineStore(dir), quiet),
        );
        const findings = report.comparisons.filter((c) => c.severity !== 'none');
        out.runs++;
        if (findings.length > 0) out.flagged++;
        if (report.verdict.failed) out.blocked++;
        if (findings.some((c) => c.severity === 'critical')) out.critical++;
        log(`  ×${factor} run ${i + 1}/${runs}: ${report.verdict.status} (${report.verdict.maxSeverity})` +
          (findings.length ? ` — ${findings.map((c) => `${c.endpoint} ${c.metric} ${(c.change * 100).toFixed(0)}%`).join(', ')}` : ''));
      } finally {
        await b.stop();
        await a.stop();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  return out;
}

export interface RealCacheOutcome {
  label: string;
  runs: number;
  blocked: number;
  flagged: number;
}

/**
 * Cache mode from the first stored run, as a new user meets it: the demo profile (shortened) run
 * once against a fresh demo service to store a baseline of one run, then `runs` A/A runs and
 * `runs` runs with search 2× slower, each against a freshly started service, compared with that
 * one stored run. Nothing is saved after the first run.
 */
export async function realCacheOneRun(runs: number, log: (line: string) => void): Promise<RealCacheOutcome[]> {
  const text = (await readFile(new URL('../fixtures/demo/profile.yml', import.meta.url), 'utf8'))
    .replace(/duration: \S+/, 'duration: 4s')
    .replace(/warmup: \S+/, 'warmup: 500ms');
  const parsed = parseProfile(text, 'demo.yml');
  if (!parsed.ok) throw new Error(`demo profile did not parse: ${JSON.stringify(parsed.problems)}`);
  const profile = parsed.profile;
  const dir = await mkdtemp(join(tmpdir(), 'loadgate-accuracy-cache-'));
  const quiet = { info: () => {}, warning: (m: string) => log(`  warning: ${m}`) };
  const once = async (slow: string[], save: boolean) => {
    const service = await startDemoService(slow);
    try {
      return (await runPipeline({ profile, target: service.url, failOn: 'critical', saveBaseline: save }, realEdges(new DirectoryBaselineStore(dir), quiet))).report;
    } finally {
      await service.stop();
    }
  };
  try {
    await once([], true);
    const out: RealCacheOutcome[] = [];
    for (const [label, slow] of [['A/A (same build)', []], ['search 2× slower', ['search=2']]] as const) {
      const r: RealCacheOutcome = { label, runs: 0, blocked: 0, flagged: 0 };
      for (let i = 0; i < runs; i++) {
        const report = await once([...slow], false);
        const findings = report.comparisons.filter((c) => c.severity !== 'none' || (c.advisorySeverity ?? 'none') !== 'none');
        r.runs++;
        if (report.verdict.failed) r.blocked++;
        if (findings.length > 0) r.flagged++;
        log(`  ${label} run ${i + 1}/${runs}: ${report.verdict.status} (${report.verdict.maxSeverity}, advisory ${report.verdict.advisorySeverity})` +
          (findings.length ? ` — ${findings.map((c) => `${c.endpoint} ${c.metric} ${c.method} ${(c.change * 100).toFixed(0)}%`).join(', ')}` : ''));
      }
      out.push(r);
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
