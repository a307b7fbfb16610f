import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet } from './api-requests.ts';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const MANAGER = 'pm@demo.koers.nl';

/** What axe (WCAG 2.1 A and AA) finds on the page as it is now, one line per element. */
async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode()
    .analyze();
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

/** An integration's request: the token alone, no cookie, no CSRF token. */
const integration = (secret: string, method: string, path: string) =>
  fetch(`${baseUrl}${path}`, { method, headers: { authorization: `Bearer ${secret}` } });

describe('an API token, from the account page to an integration and back', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is made on the account page, shown once, reads as its owner, only reads, and stops when revoked', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, MANAGER);
    await page.goto(`${baseUrl}/account`);
    const section = page.getByRole('region', { name: 'API-sleutels' });
    const name = `BI-koppeling ${Date.now()}`;

    await section.getByRole('textbox', { name: /^Naam/ }).fill(name);
    await section.getByRole('button', { name: 'Sleutel maken' }).click();
    const shown = section.getByRole('textbox', { name: `Je nieuwe API-sleutel “${name}”` });
    await shown.waitFor();
    const secret = await shown.inputValue();
    expect(secret).toMatch(/^koers_pat_[A-Za-z0-9_-]{43}$/);
    await section.getByRole('rowheader', { name }).waitFor();
    expect(await violations(page)).toEqual([]);

    // The integration reads exactly what the manager's session reads, and may change nothing.
    const byToken = await integration(secret, 'GET', '/api/partnerships');
    expect(byToken.status).toBe(200);
    expect(await byToken.json()).toEqual(await apiGet(page, '/api/partnerships'));
    const write = await integration(secret, 'POST', '/api/auth/logout');
    expect([write.status, ((await write.json()) as { code: string }).code]).toEqual([403, 'TOKEN_READ_ONLY']);

    // Stored away, the secret leaves the page; on the next visit the list shows the use.
    await section.getByRole('button', { name: 'Ik heb de sleutel bewaard' }).click();
    expect(await page.getByText(secret).count()).toBe(0);
    await page.reload();
    const row = section.getByRole('row', { name: new RegExp(name) });
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Nog niet gebruikt');

    // The name follows the visually hidden part of the button's label ("Intrekken : <name>" in Chromium).
    await section.getByRole('button', { name: new RegExp(`^Intrekken ?: ${name}$`) }).click();
    const dialog = page.getByRole('alertdialog', { name: 'API-sleutel intrekken?' });
    await dialog.waitFor();
    expect(await violations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Intrekken' }).click();
    await page.getByText(`De sleutel “${name}” is ingetrokken.`).waitFor();
    expect((await integration(secret, 'GET', '/api/partnerships')).status).toBe(401);

    expect(errors).toEqual([]);
    await context.close();
  });
});
