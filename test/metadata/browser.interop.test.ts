/**
 * A real browser (Debian's chromium driven by playwright-core; never a downloaded browser)
 * loads the documentation pages of a running app: no console errors, no failed requests,
 * every same-site link answers 200, and a screenshot of each page goes to test-artifacts/.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { addMetadataPages } from '../../metadata/metadata-feature.js';
import { helloHost } from '../fixtures/hello-app.js';
import { twoFactorDocsHost } from './fixtures/two-factor-docs-app.js';
import { listen } from './support/listen.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.resolve(__dirname, '../../../test-artifacts/metadata');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const skip = !existsSync(CHROMIUM) ? 'chromium is not installed (apt-get install -y chromium)' : false;

interface Visit { errors: string[]; links: string[] }

async function visit(page: Page, url: string, shot: string): Promise<Visit> {
  const errors: string[] = [];
  page.removeAllListeners('console');
  page.removeAllListeners('pageerror');
  page.removeAllListeners('requestfailed');
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  const res = await page.goto(url, { waitUntil: 'networkidle' });
  assert.equal(res?.status(), 200, url);
  await page.screenshot({ path: path.join(ARTIFACTS, `${shot}.png`), fullPage: true });
  const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as unknown as { href: string }).href));
  return { errors, links };
}

describe('documentation pages in chromium', { skip }, () => {
  let browser: Browser;
  let apps: { baseUrl: string; close: () => Promise<void> }[];
  before(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    apps = [await listen(addMetadataPages(helloHost().host)), await listen(twoFactorDocsHost())];
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  after(async () => { await browser?.close(); for (const a of apps ?? []) await a.close(); });

  async function check(base: string, pages: [string, string][]): Promise<void> {
    const page = await browser.newPage();
    const seen = new Set<string>();
    for (const [url, shot] of pages) {
      const { errors, links } = await visit(page, base + url, shot);
      assert.deepEqual(errors, [], `${url}: ${errors.join('\n')}`);
      for (const href of links.filter((l) => l.startsWith(base))) {
        if (seen.has(href)) continue;
        seen.add(href);
        const res = await page.request.get(href);
        assert.equal(res.status(), 200, `${url} links to ${href}`);
      }
    }
    await page.close();
  }

  it('the ServiceStack metadata pages: index and an operation in each format', async () => {
    await check(apps[0]!.baseUrl, [
      ['/metadata', 'metadata-index'],
      ['/json/metadata?op=Hello', 'metadata-json-hello'],
      ['/xml/metadata?op=AllTypes', 'metadata-xml-alltypes'],
      ['/jsv/metadata?op=TenantEcho&lang=csharp', 'metadata-jsv-tenantecho-csharp'],
      ['/openapi/ui', 'openapi-ui'],
    ]);
  });

  it('the ASP.NET Help pages: index, an API page and a model page', async () => {
    await check(apps[1]!.baseUrl, [
      ['/Help', 'help-index'],
      ['/Help/Api/POST-api-TwoFactor-CreateTwoFactorSmsOtp', 'help-api-create-otp'],
      ['/Help/Api/POST-User-verify-2fa-opt-in', 'help-api-verify-opt-in'],
      ['/Help/ResourceModel?modelName=BaseResponseModel', 'help-model-base-response'],
    ]);
  });

  it('the OpenAPI UI renders every operation from the document', async () => {
    const page = await browser.newPage();
    await page.goto(`${apps[1]!.baseUrl}/openapi/ui`, { waitUntil: 'networkidle' });
    const ops = await page.$$eval('details.op', (ds) => ds.length);
    assert.ok(ops >= 5, `${ops} operations rendered`);
    await page.close();
  });
});
