/**
 * `npm run bench:report`: the report's size and drawing time for a 10-endpoint, 10-minute run.
 * A synthetic result (tests/support/synthetic-report.ts: 600 one-second buckets per endpoint, real
 * HDR histograms) judged against a stored history of 20 runs; prints the result JSON's size with
 * and without its timeline, the stored baseline's size with and without timelines in the results
 * it came from, report.html's size, and in headless Chromium (the distribution's package, through
 * playwright-core) the time from navigation to every chart drawn, median of BENCH_ROUNDS page loads.
 * A script, not a test: figures vary with the machine.
 *
 *   BENCH_ROUNDS=5 npm run bench:report
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { renderHtml } from '../src/report/html.js';
import { chartAssets } from '../src/report/html-assets.js';
import { csvExports } from '../src/report/csv.js';
import { appendRun, baselineRunFromResult } from '../src/baseline/history.js';
import { syntheticHistory, syntheticReport } from '../tests/support/synthetic-report.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CHROMIUM = process.env.LOADGATE_CHROMIUM ?? '/usr/bin/chromium';
const names = Array.from({ length: 10 }, (_, i) => ['home', 'search', 'product', 'cart', 'checkout', 'login', 'profile', 'orders', 'reviews', 'static'][i]);
const options = { names, seconds: 600, rps: 20, factors: { search: 1.6 }, spike: { fromS: 400, toS: 410, factor: 4 } };

const kB = (n: number) => `${(n / 1024).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const history = syntheticHistory(options, 20);
const report = syntheticReport(options, history);
const json = JSON.stringify(report, null, 2);
const jsonWithout = JSON.stringify({ ...report, timeline: undefined }, null, 2);
const baselineWith = JSON.stringify(appendRun(history, report.profile, baselineRunFromResult(report), 20));
const baselineWithout = JSON.stringify(appendRun(history, report.profile, baselineRunFromResult({ ...report, timeline: undefined }), 20));

const renderStart = performance.now();
const html = renderHtml(report, { assets: chartAssets(), history: history.runs });
const renderMs = performance.now() - renderStart;
const csv = csvExports(report);
const dir = await mkdtemp(join(tmpdir(), 'loadgate-bench-report-'));
const file = join(dir, 'report.html');
await writeFile(file, html);

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
const drawn: number[] = [];
const fcp: number[] = [];
try {
  for (let round = 0; round < ROUNDS; round++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Notes the moment the last chart is drawn (an init script runs outside the page's CSP).
    await page.addInitScript(() => {
      new MutationObserver(() => {
        const charts = document.querySelectorAll('[data-chart]');
        if (charts.length > 0 && [...charts].every((c) => c.hasAttribute('data-drawn-points')) && !(window as unknown as { allDrawnMs?: number }).allDrawnMs) {
          (window as unknown as { allDrawnMs?: number }).allDrawnMs = performance.now();
        }
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-drawn-points'] });
    });
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => (window as unknown as { allDrawnMs?: number }).allDrawnMs !== undefined, null, { timeout: 60_000 });
    drawn.push(await page.evaluate(() => (window as unknown as { allDrawnMs: number }).allDrawnMs));
    fcp.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
    await page.close();
  }
} finally {
  await browser.close();
}
const charts = (html.match(/data-chart="/g) ?? []).length;

console.log(`| 10 endpoints, 600 s measured, 20 stored runs | figure |
|---|---|
| result JSON with timelines (pretty-printed) | ${kB(json.length)} |
| result JSON without timelines | ${kB(jsonWithout.length)} |
| stored baseline, timelines in the result / not | ${kB(baselineWith.length)} / ${kB(baselineWithout.length)} |
| report.html (${charts} charts, uPlot inlined) | ${kB(html.length)} |
| CSVs: stats / timeline / comparisons | ${kB(csv['stats.csv'].length)} / ${kB(csv['timeline.csv'].length)} / ${kB(csv['comparisons.csv'].length)} |
| renderHtml in Node | ${renderMs.toFixed(0)} ms |
| Chromium: first contentful paint, median of ${ROUNDS} | ${median(fcp).toFixed(0)} ms |
| Chromium: every chart drawn, median of ${ROUNDS} (min … max) | ${median(drawn).toFixed(0)} ms (${Math.min(...drawn).toFixed(0)} … ${Math.max(...drawn).toFixed(0)}) |`);
console.log(`\nmachine load average: ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
