/**
 * The verdict's notes in words. The verdict gives each note a code and its figures
 * (src/verdict/notes.ts); this is the one place that turns them into the sentence the job summary,
 * the markdown and JSON reports, the comment and the terminal show. Plain text: the renderers
 * escape it for their medium, as they do any note of a report measured elsewhere.
 */
import type { VerdictNote, MetricDetectable } from '../verdict/notes.js';
import { formatCount, formatPercent } from './format.js';

/** A note as the JSON report holds it (schemas/result.schema.json `note`): its code and its sentence. */
export interface ReportNote {
  code: string;
  message: string;
}

/** The note's sentence. */
export function noteText(note: VerdictNote): string {
  switch (note.code) {
    case 'new-endpoint':
      return `${note.params.endpoint}: not in the baseline, not compared`;
    case 'no-data': {
      const { endpoint, missingIn } = note.params;
      if (missingIn === 'some-metrics') return `${endpoint}: no completed requests in this run or in the baseline for some metrics, those are not compared`;
      return `${endpoint}: no requests ${missingIn === 'current' ? 'in this run' : 'in the baseline'}, not compared`;
    }
    case 'too-few-trials': {
      const p = note.params;
      return (
        `with ${p.currentTrials} current and ${p.baselineTrials} baseline trials the smallest possible p is ${p.smallestP.toPrecision(2)}, ` +
        `but ${p.tests} tests at alpha ${p.alpha} need p < ${p.neededP.toPrecision(2)}: ` +
        `no latency or throughput regression can be detected — use more trials`
      );
    }
    case 'percentile-skipped': {
      const { metric, endpoints, fewestRequests, neededRequests } = note.params;
      return (
        `${metric} not compared on ${endpoints.join(', ')}: a trial held as few as ${formatCount(fewestRequests)} requests, ` +
        `and a ${metric} needs ${formatCount(neededRequests)} (10 beyond it) to be more than sampling noise — ` +
        `lengthen the trials or add connections`
      );
    }
    case 'other-runner': {
      const p = note.params;
      return (
        `${p.otherRuns === p.runs ? 'every' : `${p.otherRuns} of ${p.runs}`} baseline run${p.runs === 1 ? '' : 's'} ` +
        `measured on a different runner (${p.runners.join('; ')}${p.moreRunners ? '; …' : ''}) than this one ` +
        `(${p.thisRunner}): machine differences are part of what the comparison sees`
      );
    }
    case 'stale-baseline':
      return (
        `the newest baseline run was recorded ${note.params.savedAt}, ${note.params.ageDays} days before this run: ` +
        `the protected branch has likely changed since — refresh the baseline (save-baseline on pushes to it)`
      );
    case 'closed-model-throughput':
      return (
        `throughput fell on ${note.params.knockOn.join(', ')} although their latency did not rise: with a fixed number of ` +
        `connections, time spent waiting on ${note.params.slower.join(', ')} is time not spent on the others`
      );
    case 'history-sensitivity':
      return historySensitivityText(note.params);
    case 'history-too-noisy': {
      const { metrics, critical, runs } = note.params;
      return (
        `${metrics.join(', ')}: a critical change (${formatPercent(critical, 0)}) on every endpoint at once would be inside the ` +
        `spread of ${runsText(runs)}; such a change is reported as advisory until the history holds more runs`
      );
    }
    case 'cpu-not-compared': {
      const { mode, missing } = note.params;
      const lead = 'target CPU per request not compared: ';
      if (missing === 'both') return `${lead}neither target’s CPU time was sampled (give target-pid or target-container, and baseline-target-pid)`;
      if (missing === 'baseline') return `${lead}the baseline target’s CPU time was not sampled (give baseline-target-pid)`;
      return `${lead}${mode === 'paired' ? 'the target’s' : 'this run’s target'} CPU time was not sampled (give target-pid or target-container)`;
    }
    case 'run-unmeasured':
      return `the run fails: ${note.params.causes.map(causeText).join(', and ')} (see the warnings)`;
  }
}

/** Words every note, for the report document. */
export function reportNotes(notes: readonly VerdictNote[]): ReportNote[] {
  return notes.map((note) => ({ code: note.code, message: noteText(note) }));
}

function historySensitivityText(p: Extract<VerdictNote, { code: 'history-sensitivity' }>['params']): string {
  const list = (values: readonly MetricDetectable[]) => values.map(detectableText).join(', ');
  if (p.relative.length > 0) {
    return (
      `with ${runsText(p.runs)}, a change on some endpoints against the rest of the run can be detected from ` +
      `${list(p.relative)} (median over endpoints); a change on every endpoint at once from ` +
      `${list(p.history)}, since it cannot be told from a slower runner. For a stricter gate use paired mode (baseline-target)`
    );
  }
  return (
    `with ${runsText(p.runs)} and ${p.endpoints === 1 ? 'one endpoint' : 'one comparable endpoint'}, a change can only be judged against the ` +
    `run-to-run spread: the smallest detectable is ${list(p.history)}. ` +
    `A second endpoint (even a health check) lets the gate tell a slower endpoint from a slower runner`
  );
}

/** `p50 +39%`, `throughput −19%`: a worsening, in the metric's direction. */
function detectableText({ metric, detectable }: MetricDetectable): string {
  return `${metric} ${formatPercent(metric === 'throughput' ? -detectable : detectable, 0)}`;
}

function runsText(runs: number): string {
  return runs === 1 ? '1 stored run' : `${runs} stored runs`;
}

function causeText(code: string): string {
  return code === 'no-answers' ? 'no request of the measured phase was answered' : 'the target stopped answering during the run';
}
