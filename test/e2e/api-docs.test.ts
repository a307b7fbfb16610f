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
    // Swagger UI draws only the tag sections near the viewport: scroll to the end and collect every
    // operation drawn on the way, then compare with the document's operations.
    const document = (await (await fetch(`${baseUrl}/api/docs/json`)).json()) as { paths: Record<string, object> };
    const operations = Object.values(document.paths).flatMap((item) =>
      Object.keys(item).filter((key) => ['get', 'post', 'put', 'patch', 'delete'].includes(key)),
    );
    expect(operations.length).toBeGreaterThan(100);
    const drawn = new Set<string>();
    // Each poll collects what is drawn and scrolls on; at the end of the page it only collects.
    await expect
      .poll(
        async () => {
          for (const id of await page.locator('.opblock').evaluateAll((blocks) => blocks.map((block) => block.id)))
            drawn.add(id);
          await page.mouse.wheel(0, 600);
          return drawn.size;
        },
        { timeout: 20_000 },
      )
      .toBe(operations.length);
    expect(await page.evaluate('window.refused')).toEqual([]);
  });
});
