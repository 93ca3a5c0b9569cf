/**
 * Issue 18 item 5: what a person in a real browser sees (Debian's chromium driven by
 * playwright-core). A GET of a ServiceStack-, an ASP.NET- and a gateway-dialect route shows the
 * HTML report, with JavaScript on and off; an error is a readable page with its status; the
 * report's CSV link downloads a file that parses back to the response's values; the two-factor
 * product's front door links all answer. Screenshots go to test-artifacts/browser/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { reportHost, sampleItems } from '../fixtures/report-app.js';
import { listen } from '../metadata/support/listen.js';
import { csvRecords } from '../support/rfc4180.js';
import { DATABASES, type TestDatabase } from '../twofactor/support/test-databases.js';
import { startApp, testConfig, type RunningApp } from '../twofactor/support/test-app.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/browser');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = !existsSync(CHROMIUM) ? 'chromium is not installed (apt-get install -y chromium)' : false;

const ROUTES = [
  { dialect: 'servicestack', path: '/report/items', op: 'GetItems' },
  { dialect: 'aspnet', path: '/api/report/items', op: 'WebGetItems' },
  { dialect: 'gateway', path: '/v1/report/items', op: 'GatewayGetItems' },
];

/** Loads a page, failing on console errors and failed requests; returns the page's status. */
async function open(page: Page, url: string, shot: string): Promise<number | undefined> {
  const errors: string[] = [];
  page.removeAllListeners('pageerror');
  page.removeAllListeners('requestfailed');
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  const res = await page.goto(url, { waitUntil: 'load' });
  await page.screenshot({ path: path.join(ARTIFACTS, `${shot}.png`), fullPage: true });
  assert.deepEqual(errors, [], url);
  return res?.status();
}

describe('what a browser user sees (issue 18 item 5)', { skip }, () => {
  let browser: Browser;
  let report: { baseUrl: string; close: () => Promise<void> };
  let db: TestDatabase;
  let product: RunningApp;
  const contexts: BrowserContext[] = [];

  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    report = await listen(reportHost().host);
    db = await DATABASES[0]!.create();
    product = await startApp(testConfig(db.url));
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await report?.close();
    await product?.stop();
    await db?.drop();
  });

  async function newPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ acceptDownloads: true, ...options });
    contexts.push(context);
    return context.newPage();
  }

  for (const route of ROUTES) {
    it(`a ${route.dialect}-dialect route shows the HTML report, with JavaScript on and off`, async () => {
      for (const javaScriptEnabled of [true, false]) {
        const page = await newPage({ javaScriptEnabled });
        assert.equal(await open(page, report.baseUrl + route.path, `report-${route.dialect}${javaScriptEnabled ? '' : '-nojs'}`), 200);
        assert.equal(await page.locator('h1 i').textContent(), route.op);
        assert.deepEqual(await page.locator('nav a').allTextContents(), ['JSON', 'XML', 'JSV', 'CSV']);
        const names = await page.locator('table.list tbody tr td:nth-child(2)').allTextContents();
        assert.deepEqual(names, sampleItems().map((i) => i.Name!.replace(/\r\n/g, '\n')), `the list's Name column (${route.dialect})`);
        for (const href of await page.locator('nav a').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href))) {
          const res = await page.request.get(href);
          assert.equal(res.status(), 200, href);
          assert.ok(!res.headers()['content-type']?.startsWith('text/html'), `${href} → ${res.headers()['content-type']}`);
        }
      }
    });
  }

  it('an error is a readable page with its status', async () => {
    const page = await newPage();
    assert.equal(await open(page, `${report.baseUrl}/report/fail/missing`, 'report-error-servicestack'), 404);
    assert.equal(await page.locator('section.error h2').textContent(), '404 Not Found · NotFound');
    assert.equal(await page.locator('section.error p').textContent(), 'No item called missing');
    assert.equal(await open(page, `${report.baseUrl}/api/report/items?Fail=true&Text=x`, 'report-error-aspnet'), 404);
    assert.equal(await page.locator('section.error h2').textContent(), '404 Not Found');
    assert.equal(await page.locator('section.error th').first().textContent(), 'Message');
    assert.equal(await open(page, `${report.baseUrl}/v1/report/items?Fail=true&Text=x`, 'report-error-gateway'), 404);
    assert.equal(await page.locator('section.error h2').textContent(), '404 Not Found');
  });

  it("the report's CSV link downloads a CSV that parses back to the response's values", async () => {
    const page = await newPage();
    await open(page, `${report.baseUrl}/report/items`, 'report-before-csv');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('nav a', { hasText: 'CSV' }).click()]);
    assert.equal(download.suggestedFilename(), 'GetItems.csv');
    const file = await download.path();
    const records = csvRecords(readFileSync(file!, 'utf8'));
    assert.deepEqual(records.map((r) => [Number(r.Id), r.Name, r.InStock === 'True']), sampleItems().map((i) => [i.Id, i.Name, i.InStock]));
  });

  it("the two-factor product's front door: every link answers", async () => {
    const page = await newPage();
    assert.equal(await open(page, `${product.baseUrl}/`, 'front-door'), 200);
    assert.equal(await page.locator('h1').textContent(), 'Stackport Two-Factor API');
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => (a as unknown as { href: string }).href));
    assert.equal(hrefs.length, 6);
    for (const href of hrefs) {
      const res = await page.goto(href, { waitUntil: 'load' });
      assert.equal(res?.status(), 200, href);
    }
  });
});
