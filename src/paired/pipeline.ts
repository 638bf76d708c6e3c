/**
 * The pipeline in paired mode: wait for both targets, run the interleaved load, and judge the
 * candidate's trials against the baseline target's with the trial-level test (exact Mann–Whitney,
 * Holm, Hodges–Lehmann floor). The baseline store is neither read nor written: the baseline is
 * measured now, beside the candidate, which is the point.
 */
import type { PipelineEdges, PipelineOptions, PipelineOutcome } from '../pipeline.js';
import { joinUrl } from '../pipeline.js';
import { buildRunResult } from '../metrics/result.js';
import { appendRun, baselineRunFromResult } from '../baseline/history.js';
import { decideVerdict } from '../verdict/decide.js';
import { judgedProfile } from '../flow/rows.js';
import { buildReport } from '../report/document.js';
import { profileFingerprint } from '../profile/fingerprint.js';
import { runPairedLoad } from './run.js';
import { LoadgateError } from '../errors.js';

/** Runs the pipeline against `options.target` (candidate) and `options.baselineTarget` (baseline). */
export async function runPairedPipeline(options: PipelineOptions, edges: PipelineEdges): Promise<PipelineOutcome> {
  const { profile, target } = options;
  const baselineTarget = options.baselineTarget as string;
  const fingerprint = profileFingerprint(profile);
  if (profile.load.model === 'open' && profile.load.shape.kind !== 'constant' && profile.load.shape.kind !== 'soak') {
    // A slot is one trial; a ramp, steps, a spike or stages would be replayed inside every slot.
    throw new LoadgateError(
      'LOADGATE_PAIRED_LOAD',
      `paired mode needs a steady load (a closed model, or an open model at a constant rate); load.shape is ${profile.load.shape.kind}`,
    );
  }
  for (const [role, url] of [['target', target], ['baseline target', baselineTarget]] as const) {
    edges.log.info(`Waiting for the ${role} ${url} to answer (up to ${profile.readiness.timeoutMs / 1000} s)`);
    const ready = await edges.waitUntilReady(joinUrl(url, profile.readiness.path), { timeoutMs: profile.readiness.timeoutMs });
    edges.log.info(`The ${role} answered after ${(ready.waitedMs / 1000).toFixed(1)} s`);
  }
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
    runLoad: edges.runLoad,
    onProgress: edges.onProgress,
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
