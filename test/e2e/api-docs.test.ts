import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');

// Swagger UI draws itself with script: only a real browser shows whether it runs under the page CSP.
describe('the API docs in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws every operation with nothing refused by the Content-Security-Policy', async () => {
    const page = await browser.newPage();
    // Each refusal the page meets, in the page itself (the suite's TypeScript knows no DOM types).
    await page.addInitScript({
      content: `window.refused = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          window.refused.push(event.violatedDirective + ' at ' + event.sourceFile + ':' + event.lineNumber));`,
    });
    const response = await page.goto(`${baseUrl}/api/docs/`);
    expect(response?.headers()['content-security-policy']).not.toContain('unsafe-inline');
    await page.locator('.opblock').first().click();
    await page.locator('.opblock-body').first().waitFor();
    expect(await page.locator('.opblock').count()).toBeGreaterThan(50);
    expect(await page.evaluate('window.refused')).toEqual([]);
  });
});
