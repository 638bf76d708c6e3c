/**
 * The verdict of a report measured elsewhere: recomputed from its comparisons and breaches, never
 * more lenient than they are, and marked with the measuring run. Expected verdicts are written out
 * by hand from the rules in docs/github.md.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ReportDocument } from '../../src/report/document.js';
import type { FailOn, Level, MetricComparison, ThresholdBreach } from '../../src/verdict/types.js';
import { buildRunResult } from '../../src/metrics/result.js';
import { preparePublished, recomputeVerdict, stricterFailOn } from '../../src/publish/published-report.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';

const result = buildRunResult(profileWith(['home', 'search'], { name: 'shop' }), 'fp', 'http://127.0.0.1:8080', {
  startedAt: new Date('2026-11-20T10:00:00Z'),
  finishedAt: new Date('2026-11-20T10:00:10Z'),
  trialDurationMs: 1000,
  endpoints: ['home', 'search'].map((n) => endpointResult(n, [1, 2, 3, 4].map((v) => trial(v)))),
  warnings: [],
}, { cpuModel: 'cpu', cores: 2, os: 'linux', node: 'v20' });

const comparison = (endpoint: string, severity: Level): MetricComparison => ({
  endpoint, metric: 'p95', baseline: 1, current: 2, change: 1, changeKind: 'relative', p: 0.001, pAdjusted: 0.002, n1: 4, n2: 4,
  significant: severity !== 'none', direction: 'worse', severity,
});
const breach = (severity: 'minor' | 'major' | 'critical'): ThresholdBreach => ({ endpoint: 'home', metric: 'p95', severity, limit: 1, actual: 2 });

function report(verdict: ReportDocument['verdict'], comparisons: MetricComparison[], breaches: ThresholdBreach[] = []): ReportDocument {
  return { ...result, verdict, comparisons, breaches, baseline: { status: 'found', source: 'cache', runs: 3 }, notes: [] };
}

describe('recomputing a published verdict', () => {
  const cases: {
    name: string;
    report: ReportDocument;
    here: FailOn;
    expected: ReportDocument['verdict'];
    overruled: boolean;
  }[] = [
    {
      name: 'every comparison critical but the verdict says pass',
      report: report({ status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }, [comparison('home', 'critical'), comparison('search', 'critical')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'critical', failOn: 'critical', failed: true },
      overruled: true,
    },
    {
      name: 'an honest pass',
      report: report({ status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }, [comparison('home', 'none')]),
      here: 'critical',
      expected: { status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false },
      overruled: false,
    },
    {
      name: 'an honest critical regression',
      report: report({ status: 'regressed', maxSeverity: 'critical', failOn: 'critical', failed: true }, [comparison('home', 'critical')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'critical', failOn: 'critical', failed: true },
      overruled: false,
    },
    {
      name: 'a major breach hidden behind pass, fail-on critical',
      report: report({ status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }, [comparison('home', 'none')], [breach('major')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'major', failOn: 'critical', failed: false },
      overruled: true,
    },
    {
      name: 'fail-on never in the report does not beat the publishing step',
      report: report({ status: 'regressed', maxSeverity: 'critical', failOn: 'never', failed: false }, [comparison('home', 'critical')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'critical', failOn: 'critical', failed: true },
      overruled: true,
    },
    {
      name: "the report's stricter fail-on is kept",
      report: report({ status: 'regressed', maxSeverity: 'minor', failOn: 'minor', failed: true }, [comparison('home', 'minor')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'minor', failOn: 'minor', failed: true },
      overruled: false,
    },
    {
      name: "the publishing step's stricter fail-on applies",
      report: report({ status: 'regressed', maxSeverity: 'major', failOn: 'critical', failed: false }, [comparison('home', 'major')]),
      here: 'major',
      expected: { status: 'regressed', maxSeverity: 'major', failOn: 'major', failed: true },
      overruled: true,
    },
    {
      name: 'a claimed error stays an error and fails',
      report: report({ status: 'error', maxSeverity: 'none', failOn: 'critical', failed: true }, []),
      here: 'critical',
      expected: { status: 'error', maxSeverity: 'none', failOn: 'critical', failed: true },
      overruled: false,
    },
    {
      name: 'a pass with nothing compared is no baseline',
      report: report({ status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }, []),
      here: 'critical',
      expected: { status: 'no-baseline', maxSeverity: 'none', failOn: 'critical', failed: false },
      overruled: true,
    },
    {
      name: 'a report may claim worse than its lists (a failure no comparison shows)',
      report: report({ status: 'regressed', maxSeverity: 'major', failOn: 'critical', failed: true }, [comparison('home', 'none')]),
      here: 'critical',
      expected: { status: 'regressed', maxSeverity: 'major', failOn: 'critical', failed: true },
      overruled: false,
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const { verdict, overruled } = recomputeVerdict(c.report, c.here);
      assert.deepEqual(verdict, c.expected);
      assert.equal(overruled !== undefined, c.overruled);
      if (overruled) assert.deepEqual(overruled, c.report.verdict);
    });
  }

  it('orders fail-on from minor (strictest) to never', () => {
    assert.equal(stricterFailOn('critical', 'minor'), 'minor');
    assert.equal(stricterFailOn('never', 'critical'), 'critical');
    assert.equal(stricterFailOn('major', 'never'), 'major');
  });
});

describe('preparing a published report', () => {
  const lying = report({ status: 'pass', maxSeverity: 'none', failOn: 'critical', failed: false }, [comparison('home', 'critical')]);

  it('links the measuring run, names the commit, and says what the report claimed', () => {
    const { report: published, measuredElsewhere } = preparePublished(lying, 'critical', {
      commit: 'feedfacefeedfacefeedfacefeedfacefeedface', runId: 2002, serverUrl: 'https://github.com', repository: 'octo-org/shop',
    });
    assert.equal(published.verdict.status, 'regressed');
    assert.equal(measuredElsewhere.runUrl, 'https://github.com/octo-org/shop/actions/runs/2002');
    assert.equal(measuredElsewhere.commit, 'feedfacefeedfacefeedfacefeedfacefeedface');
    assert.equal(
      measuredElsewhere.overruled,
      "the report's own verdict (pass, worst none, the gate passes (fail-on critical)) does not match its comparisons and thresholds; " +
        'shown here is the verdict they give: regressed, worst critical, the gate fails (fail-on critical)',
    );
  });

  it('makes no link without a run id or from a repository name that is not owner/name', () => {
    assert.equal(preparePublished(lying, 'critical', { serverUrl: 'https://github.com', repository: 'octo-org/shop' }).measuredElsewhere.runUrl, undefined);
    assert.equal(preparePublished(lying, 'critical', { runId: 5, serverUrl: 'https://github.com', repository: 'a/b/../c' }).measuredElsewhere.runUrl, undefined);
  });
});
