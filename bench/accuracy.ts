/**
 * `npm run bench:accuracy` — how often the gate cries wolf and how often it catches a regression.
 * A script, not a test: it prints markdown tables for docs/statistics.md.
 *
 *   npm run bench:accuracy                       # simulation (2,000 per cell) + real runs
 *   npm run bench:accuracy -- --sim-only --comparisons 500
 *   npm run bench:accuracy -- --real-only --real-runs 5
 *   npm run bench:accuracy -- --cache-only          # cache mode only (no paired rows)
 *
 * (a) bench/accuracy-sim.ts: cache mode at every history length and paired mode, through the real
 * verdict code. (b) bench/accuracy-real.ts: real runs against the demo service on loopback.
 */
import { parseArgs } from 'node:util';
import { median } from 'simple-statistics';
import { simulateAdjustedMannWhitney, simulateCache, simulatePaired, type NoiseModel, type Scenario } from './accuracy-sim.js';
import { realCacheOneRun, realPaired } from './accuracy-real.js';

const { values } = parseArgs({
  options: {
    'sim-only': { type: 'boolean' },
    'real-only': { type: 'boolean' },
    'cache-only': { type: 'boolean' },
    comparisons: { type: 'string', default: '2000' },
    'real-runs': { type: 'string', default: '10' },
    'model-b-comparisons': { type: 'string' },
  },
});
const n = Number(values.comparisons);
const realRuns = Number(values['real-runs']);
if (!(n >= 1) || !(realRuns >= 1)) throw new Error('--comparisons and --real-runs must be positive numbers');

const pct = (k: number, of: number) => `${((100 * k) / of).toFixed(k === 0 || k === of ? 0 : 1)}%`;
const NOISES = [0.05, 0.1, 0.15];
const HISTORIES = [1, 2, 3, 5, 10, 20];
const one = (factor: number): Scenario => ({ label: '', factor: (i) => (i === 0 ? factor : 1), shifted: (i) => i === 0 });
const SCENARIOS: Scenario[] = [
  { label: 'A/A', factor: () => 1, shifted: () => true },
  { ...one(2), label: 'one endpoint 2×' },
  { ...one(1.8), label: 'one endpoint +80%' },
  { ...one(1.25), label: 'one endpoint +25%' },
  { label: 'every endpoint +50%', factor: () => 1.5, shifted: () => true },
];

if (!values['real-only']) {
  let seed = 1;
  for (const [model, perEndpoint] of [['per-endpoint rest 5% (measured)', () => 0.05], ['per-endpoint rest = shared part', (c: number) => c]] as const) {
    console.log(`## (a) cache mode, simulation: ${model.startsWith('per-endpoint rest =') && values['model-b-comparisons'] ? values['model-b-comparisons'] : n} comparisons per cell, 10 endpoints × p50/p95/p99, ${model}\n`);
    console.log('| shared noise | stored runs | A/A blocked | 2× blocked | +80% critical & blocked | +25% flagged | all +50% flagged | A/A flagged | smallest detectable, one endpoint (p50) |');
    console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|');
    for (const common of NOISES) {
      for (const H of HISTORIES) {
        const started = performance.now();
        const noise: NoiseModel = { common, perEndpoint: perEndpoint(common) };
        const cellN = model.startsWith('per-endpoint rest =') && values['model-b-comparisons'] ? Number(values['model-b-comparisons']) : n;
        const [aa, two, eighty, quarter, all] = simulateCache(cellN, noise, H, SCENARIOS, seed++);
        const d = aa.detectable.length ? `+${(median(aa.detectable) * 100).toFixed(0)}%` : '—';
        console.log(
          `| ${common * 100}% | ${H} | ${pct(aa.blocked, cellN)} | ${pct(two.blocked, cellN)} | ${pct(eighty.criticalBlocked, cellN)} | ` +
            `${pct(quarter.flagged, cellN)} | ${pct(all.flagged, cellN)} | ${pct(aa.flagged, cellN)} | ${d} |`,
        );
        console.error(`  ${model}, ${common * 100}%, H = ${H}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
      }
    }
    console.log('');
  }
  const mwN = Math.min(n, 1000);
  console.log(`## (a′) would Mann–Whitney on trials be valid in cache mode once taken relative to the run's common factor? A/A, ${mwN} comparisons\n`);
  console.log('| shared noise | per-endpoint rest | stored runs | any Holm-significant finding |');
  console.log('|---|---|--:|--:|');
  for (const [common, rest] of [[0.1, 0.05], [0.1, 0.02], [0.1, 0]] as const) {
    for (const H of [1, 5]) {
      console.log(`| ${common * 100}% | ${rest * 100}% | ${H} | ${pct(simulateAdjustedMannWhitney(mwN, { common, perEndpoint: rest }, H, seed++), mwN)} |`);
    }
  }
  console.log('');
  if (!values['cache-only']) {
    console.log(`## (a″) paired mode, simulation: ${n} comparisons per cell, 12 + 12 trials\n`);
    console.log('| run-to-run noise | A/A flagged | A/A blocked | +10% found | +25% found | +50% found | +80% rated critical |');
    console.log('|---|--:|--:|--:|--:|--:|--:|');
    for (const noise of NOISES) {
      const cells = [0, 0.1, 0.25, 0.5, 0.8].map((shift) => simulatePaired(n, noise, shift, seed++));
      console.log(`| ${noise * 100}% | ${pct(cells[0].flagged, n)} | ${pct(cells[0].blocked, n)} | ${pct(cells[1].flagged, n)} | ${pct(cells[2].flagged, n)} | ${pct(cells[3].flagged, n)} | ${pct(cells[4].critical, n)} |`);
    }
    console.log('');
  }
}

if (!values['sim-only']) {
  console.log(`## (b) real cache-mode runs against the demo service on this machine: one stored run, then ${realRuns} runs each\n`);
  console.log('| candidate | runs | blocked (fail-on critical) | flagged (any severity, blocking or advisory) |');
  console.log('|---|--:|--:|--:|');
  const cache = await realCacheOneRun(realRuns, (line) => console.error(line));
  for (const r of cache) console.log(`| ${r.label} | ${r.runs} | ${r.blocked} of ${r.runs} | ${r.flagged} of ${r.runs} |`);
  console.log('');
  if (values['cache-only']) process.exit(0);
  console.log(`## (c) real paired runs against the demo service on this machine, ${realRuns} runs each\n`);
  console.log('| candidate | runs | flagged (any severity) | blocked (fail-on critical) | rated critical |');
  console.log('|---|--:|--:|--:|--:|');
  for (const [label, factor] of [['A/A (same build)', 1], ['+25% latency', 1.25], ['+80% latency', 1.8]] as const) {
    const r = await realPaired(factor, realRuns, (line) => console.error(line));
    console.log(`| ${label} | ${r.runs} | ${r.flagged} of ${r.runs} | ${r.blocked} of ${r.runs} | ${r.critical} of ${r.runs} |`);
  }
}
