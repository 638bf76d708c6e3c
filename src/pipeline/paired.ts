/**
 * The pipeline in paired mode: wait for both targets, run the interleaved load (paired/run.ts), and
 * judge the candidate's trials against the baseline target's with the trial-level test (exact
 * Mann–Whitney, Holm, Hodges–Lehmann floor). The baseline store is neither read nor written: the
 * baseline is measured now, beside the candidate, which is the point.
 */
import type { LoadSpec } from '../profile/types.js';
import { buildRunResult } from '../metrics/result.js';
import { appendRun, baselineRunFromResult } from '../baseline/history.js';
import { decideVerdict } from '../verdict/decide.js';
import { judgedProfile } from '../flow/rows.js';
import { buildReport } from '../report/document.js';
import { profileFingerprint } from '../profile/fingerprint.js';
import { runPairedLoad } from '../paired/run.js';
import { LoadgateError } from '../errors.js';
import type { PipelineEdges, PipelineOptions, PipelineOutcome } from './types.js';
import { waitForTarget } from './wait.js';

/**
 * Why a load cannot run paired, or undefined. A slot is one trial: a ramp, steps, a spike or stages
 * would be replayed inside every slot, so only a closed model or an open one at a constant rate fits.
 */
export function pairedLoadProblem(load: LoadSpec): string | undefined {
  if (load.model !== 'open' || load.shape.kind === 'constant' || load.shape.kind === 'soak') return undefined;
  if (load.capacity) return 'paired mode needs a steady load, and load.capacity is a ladder of rates; judge a capacity run against the stored history (no baseline-target)';
  return `paired mode needs a steady load (a closed model, or an open model at a constant rate); load.shape is ${load.shape.kind}`;
}

/** Runs the pipeline against `options.target` (candidate) and `options.baselineTarget` (baseline). */
export async function runPairedPipeline(options: PipelineOptions & { baselineTarget: string }, edges: PipelineEdges): Promise<PipelineOutcome> {
  const { profile, target, baselineTarget } = options;
  const fingerprint = profileFingerprint(profile);
  // The set-up reports this with the other problems; the guard keeps a direct caller honest.
  const problem = pairedLoadProblem(profile.load);
  if (problem !== undefined) throw new LoadgateError('LOADGATE_PAIRED_LOAD', problem);
  await waitForTarget(edges, target, profile.readiness, 'target');
  await waitForTarget(edges, baselineTarget, profile.readiness, 'baseline target');
  const l = profile.load;
  edges.log.info(
    `Running ${profile.name} in paired mode: ${l.trials} trials on each target, interleaved A B B A, ` +
      `${l.connections} connections, ${profile.endpoints.length === 1 ? '1 endpoint' : `${profile.endpoints.length} endpoints`}`,
  );
  if (options.saveBaseline) edges.log.info('Paired mode measures its baseline now; no stored baseline is saved');
  const runner = edges.runner();
  const measured = await runPairedLoad({
    candidateUrl: target,
    baselineUrl: baselineTarget,
    load: profile.load,
    endpoints: profile.endpoints,
    ...(profile.flows ? { flows: profile.flows } : {}),
    ...(profile.websocket ? { websocket: profile.websocket } : {}),
    runLoad: edges.runLoad,
    onProgress: edges.onProgress,
    ...(profile.targetProcess ? { candidateProcess: profile.targetProcess } : {}),
    ...(options.baselineTargetProcess ? { baselineProcess: options.baselineTargetProcess } : {}),
  });
  const result = buildRunResult(profile, fingerprint, target, measured.candidate, runner);
  const baselineResult = buildRunResult(profile, fingerprint, baselineTarget, measured.baseline, runner);
  const baseline = appendRun(undefined, result.profile, baselineRunFromResult(baselineResult));
  const verdict = decideVerdict({
    profile: judgedProfile(profile),
    fingerprint,
    result,
    baseline,
    baselineUse: { status: 'found', source: baselineTarget, runs: 1, mode: 'paired' },
    failOn: options.failOn,
    mode: 'paired',
  });
  return { report: buildReport(result, verdict) };
}
