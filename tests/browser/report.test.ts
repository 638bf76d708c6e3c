/**
 * The HTML report in a real browser: headless Chromium (the distribution's package, driven by
 * playwright-core with its executablePath; no browser download) opens the page from file:// and
 * the tests check what a reader would see: no console error, no request beyond the file itself,
 * every chart drawn with as many points as the report's data has, the verdict and the findings on
 * screen. Screenshots of the regressed and the passing page are kept under test-artifacts/.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { renderHtml } from '../../src/report/html.js';
import { chartAssets } from '../../src/report/html-assets.js';
import type { ReportDocument } from '../../src/report/document.js';
import type { Baseline } from '../../src/baseline/types.js';
import { syntheticHistory, syntheticReport, syntheticTrend } from '../support/synthetic-report.js';
import { repoRoot } from '../support/action-runner.js';

const CHROMIUM = process.env.LOADGATE_CHROMIUM ?? '/usr/bin/chromium';
const artifacts = join(repoRoot, 'test-artifacts');

interface Opened {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(browser: Browser, name: string, report: ReportDocument, history?: Baseline): Promise<Opened> {
  const file = join(artifacts, `${name}.html`);
  await writeFile(file, renderHtml(report, { assets: chartAssets(), ...(history ? { history: history.runs } : {}) }));
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const opened: Opened = { page, consoleErrors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') opened.consoleErrors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (err) => opened.consoleErrors.push(`page error: ${err.message}`));
  page.on('request', (r) => opened.requests.push(r.url()));
  page.on('dialog', (d) => {
    opened.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => [...document.querySelectorAll('[data-chart]')].every((el) => el.hasAttribute('data-drawn-points')), null, { timeout: 120_000 });
  return { ...opened, requests: opened.requests.filter((url) => url !== pathToFileURL(file).href) };
}

/** Chart id → points drawn, as the page reports them. */
async function drawn(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-chart]')].map((el) => [el.getAttribute('data-chart'), Number(el.getAttribute('data-drawn-points'))])));
}

describe('report.html in Chromium', () => {
  let browser: Browser;
  const shop = { names: ['home', 'search', 'checkout'], seconds: 60, spike: { fromS: 40, toS: 43, factor: 5 } };
  const history = syntheticHistory(shop, 6);

  before(async () => {
    assert.ok(existsSync(CHROMIUM), `no browser at ${CHROMIUM}: install the distribution's package (apt-get install chromium), as .ci/run does, or set LOADGATE_CHROMIUM`);
    await mkdir(artifacts, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
  });

  it('a regressed run: every chart drawn with the report’s points, verdict and findings visible, nothing fetched', async () => {
    const report = { ...syntheticReport({ ...shop, factors: { search: 1.8 } }, history), trend: syntheticTrend(history, 'search', 3) };
    const { page, consoleErrors, requests } = await open(browser, 'report-regressed', report, history);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
    const points = await drawn(page);
    report.endpoints.forEach((e, i) => {
      assert.equal(points[`latency-${i}`], report.timeline!.endpoints[i].p50Ms.length, `${e.name} latency`);
      assert.equal(points[`throughput-${i}`], report.timeline!.endpoints[i].requests.length, `${e.name} throughput`);
      assert.equal(points[`trend-${i}`], history.runs.length + 1, `${e.name} trend`);
      assert.equal(points[`spectrum-${i}`], 11, `${e.name} spectrum`);
    });
    assert.equal(Object.keys(points).length, 4 * report.endpoints.length);
    // The nightly trend's change points: two within the stored runs drawn, marked on search's trend chart only.
    assert.equal(await page.locator('[data-chart="trend-1"]').getAttribute('data-drawn-marks'), '2');
    assert.equal(await page.locator('[data-chart="trend-0"]').getAttribute('data-drawn-marks'), '0');
    assert.ok(await page.locator('#chart-trend-1 table.changes').isVisible());
    assert.equal(await page.locator('#chart-trend-1 table.changes tbody tr').count(), 3);
    assert.match(await page.locator('#chart-trend-1 table.since').innerText(), /\+2\.0%/);
    assert.equal(await page.locator('#verdict').innerText(), 'regressed (critical)');
    const findings = page.locator('table.findings tbody tr');
    assert.ok((await findings.count()) >= 1);
    assert.match(await findings.first().innerText(), /search/);
    assert.ok(await findings.first().isVisible());
    // A chart's table: opened, one row per point.
    await page.locator('details[data-table="latency-1"] summary').click();
    // The table is built on the details' toggle event, which fires after the click returns.
    await page.locator('details[data-table="latency-1"] table').waitFor();
    assert.equal(await page.locator('details[data-table="latency-1"] tbody tr').count(), 60);
    await page.screenshot({ path: join(artifacts, 'report-regressed.png'), fullPage: true });
    await page.close();
  });

  it('a passing run: drawn, passes', async () => {
    const report = syntheticReport({ ...shop, spike: undefined, seed: 7 }, history);
    assert.equal(report.verdict.status, 'pass');
    const { page, consoleErrors, requests } = await open(browser, 'report-pass', report, history);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
    assert.match(await page.locator('#verdict').innerText(), /^pass/);
    assert.ok(await page.getByText('No regression and no threshold crossed.').isVisible());
    const points = await drawn(page);
    assert.equal(points['trend-0'], history.runs.length + 1);
    assert.equal(points['latency-2'], 60);
    await page.screenshot({ path: join(artifacts, 'report-pass.png'), fullPage: true });
    await page.close();
  });

  it('a result without timelines or history: drawn from what it has, says what it lacks', async () => {
    const report = syntheticReport({ ...shop, withoutTimeline: true }, undefined);
    const { page, consoleErrors, requests } = await open(browser, 'report-bare', report);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('#verdict').innerText(), 'no baseline');
    assert.ok(await page.getByText('This result has no timelines').isVisible());
    assert.ok(await page.getByText('No stored history was available').isVisible());
    const points = await drawn(page);
    assert.deepEqual(Object.keys(points).sort(), ['spectrum-0', 'spectrum-1', 'spectrum-2', 'trend-0', 'trend-1', 'trend-2']);
    assert.equal(points['trend-0'], 1);
    await page.close();
  });

  it('an endpoint named with markup runs nothing and shows the name as text', async () => {
    const evil = `</script><img src=x onerror="alert(1)"><script>alert(2)</script>`;
    const names = ['home', evil];
    const h = syntheticHistory({ names, seconds: 10 }, 2);
    const report = syntheticReport({ names, seconds: 10 }, h);
    const { page, consoleErrors, requests, dialogs } = await open(browser, 'report-hostile', report, h);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(requests, []);
    assert.equal(await page.locator('#endpoint-1 h2').innerText(), evil);
    assert.equal(await page.locator('img').count(), 0);
    await page.close();
  });
});
