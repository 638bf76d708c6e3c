import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkThresholds } from '../../src/verdict/thresholds.js';
import { endpointResult, profileWith, trial } from '../support/builders.js';

test('the most severe crossed tier per metric is reported; throughput is a floor', () => {
  const profile = profileWith(['a', 'b'], {
    thresholds: [
      { metric: 'p95', severity: 'major', limit: 100 },
      { metric: 'p95', severity: 'critical', limit: 200 },
      { metric: 'throughput', severity: 'minor', limit: 50 },
    ],
  });
  profile.endpoints[1].thresholds = [{ metric: 'error_rate', severity: 'critical', limit: 0.01 }];
  const results = [
    endpointResult('a', [trial(150, 40)]), // p95 150 > 100 (major), < 200; 40 req/s < 50
    endpointResult('b', [trial(250, 60, 2, 100)]), // p95 250 > 200 (critical); 2% errors > 1%
  ];
  assert.deepEqual(checkThresholds(profile, results), [
    { endpoint: 'a', metric: 'p95', severity: 'major', limit: 100, actual: 150 },
    { endpoint: 'a', metric: 'throughput', severity: 'minor', limit: 50, actual: 40 },
    { endpoint: 'b', metric: 'p95', severity: 'critical', limit: 200, actual: 250 },
    { endpoint: 'b', metric: 'error_rate', severity: 'critical', limit: 0.01, actual: 0.02 },
  ]);
});

test('values at the limit do not cross it', () => {
  const profile = profileWith(['a'], { thresholds: [{ metric: 'p50', severity: 'critical', limit: 100 }, { metric: 'throughput', severity: 'critical', limit: 100 }] });
  assert.deepEqual(checkThresholds(profile, [endpointResult('a', [trial(100, 100)])]), []);
});

test('run-level thresholds: the capacity is a floor, the RSS trend a ceiling; a run without the figure crosses neither', async () => {
  const { checkRunThresholds, RUN_THRESHOLD_SUBJECT } = await import('../../src/verdict/thresholds.js');
  const profile = {
    thresholds: [
      { metric: 'capacity' as const, severity: 'major' as const, limit: 900 },
      { metric: 'capacity' as const, severity: 'critical' as const, limit: 800 },
      { metric: 'target_rss_growth' as const, severity: 'major' as const, limit: 5 },
    ],
  };
  const capacity = (capacityRps: number) => ({ capacityRps, lowerRps: capacityRps, upperRps: capacityRps + 100, heldToCeiling: false, stepsRun: 3, stepsPlanned: 9, steps: [] });
  const resources = (perMinute: number) => ({ pid: 1, samples: 60, cpuShare: 0.1, cpuSharePeak: 0.2, rssMb: { start: 1, end: 2, max: 2 }, rssGrowthMb: 1, rssTrend: { perMinute, lower: perMinute - 1, upper: perMinute + 1 } });
  assert.deepEqual(checkRunThresholds(profile, { capacity: capacity(700), targetResources: resources(6) }), [
    { endpoint: RUN_THRESHOLD_SUBJECT, metric: 'capacity', severity: 'critical', limit: 800, actual: 700 },
    { endpoint: RUN_THRESHOLD_SUBJECT, metric: 'target_rss_growth', severity: 'major', limit: 5, actual: 6 },
  ]);
  assert.deepEqual(checkRunThresholds(profile, { capacity: capacity(850) }), [
    { endpoint: RUN_THRESHOLD_SUBJECT, metric: 'capacity', severity: 'major', limit: 900, actual: 850 },
  ]);
  assert.deepEqual(checkRunThresholds(profile, { capacity: capacity(900), targetResources: resources(5) }), [], 'at the limit is not across it');
  assert.deepEqual(checkRunThresholds(profile, {}), []);
});
