import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
/** Set to keep screenshots of each page, e.g. as CI artefacts or to review the design. */
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;

let browser: Browser;
let page: Page;
let pageErrors: string[] = [];

async function screenshot(name: string) {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

// One visitor walking through the app: the steps build on each other, so they share one page.
describe('Koers in a real browser', () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks a visitor to sign in, with the demo accounts listed', async () => {
    await page.goto(baseUrl);

    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(page.url()).toBe(`${baseUrl}/login`);
    await page.getByRole('region', { name: 'Demo-accounts' }).getByText('admin@demo.koers.nl').waitFor();
    await screenshot('login-nl');
  });

  it('lists the demo partnerships in Dutch', async () => {
    // The admin sees every partnership.
    await signIn(page, baseUrl, 'admin@demo.koers.nl');

    await page.getByRole('heading', { level: 1, name: 'Partnerschappen' }).waitFor();
    await page.getByRole('link', { name: 'Opleidingsschool Noorderlicht' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
    expect(await page.title()).toBe('Partnerschappen · Koers');
    expect(await page.getByRole('row').count()).toBeGreaterThan(10);
    await screenshot('partnerships-nl');
  });

  it('filters by sector and keeps the filter in the address', async () => {
    await page.getByLabel('Sector').selectOption('po');

    await page.waitForURL(/\?sector=po$/);
    await page.getByRole('link', { name: 'Samen Opleiden Waddenkust' }).waitFor();
    await page.getByRole('link', { name: 'Opleidingsschool Noorderlicht' }).waitFor({ state: 'detached' });
    const sectors = await page.getByRole('table').locator('tbody td[data-label="Sector"]').allTextContents();
    expect(sectors.length).toBeGreaterThan(0);
    expect(new Set(sectors)).toEqual(new Set(['Primair onderwijs (po)']));

    await page.getByRole('button', { name: 'Filters wissen' }).click();
    await page.getByRole('link', { name: 'Opleidingsschool Noorderlicht' }).waitFor();
  });

  it('switches to English', async () => {
    await page.getByRole('button', { name: 'EN, English' }).click();

    await page.getByRole('heading', { level: 1, name: 'Partnerships' }).waitFor();
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'EN, English' }).getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByText('Secondary education (vo)').count()).toBeGreaterThan(0);
  });

  it('shows the questionnaire: five themes, each with its indicators', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Questionnaire' }).click();

    await page.getByRole('heading', { level: 2, name: 'The five core themes' }).waitFor();
    const themes = page.locator('section[aria-labelledby^="theme-"]');
    expect(await themes.count()).toBe(5);
    for (let index = 0; index < 5; index += 1) {
      const theme = themes.nth(index);
      expect(await theme.getByRole('heading', { level: 3 }).textContent()).toContain(`Theme ${index + 1}`);
      expect(await theme.getByRole('listitem').count()).toBeGreaterThanOrEqual(4);
    }
    await page.getByText('Purpose and shared interest').waitFor();
    await page.getByText('Embedded and sustained').waitFor();
    expect(await page.title()).toBe('Questionnaire · Koers');
    await screenshot('questionnaire-en');
  });

  it('opens a partnership with its members, and survives a reload on that address', async () => {
    await page.getByRole('navigation').getByRole('link', { name: 'Partnerships' }).click();
    await page.getByRole('link', { name: 'Opleidingsschool Noorderlicht' }).click();

    await page.getByRole('heading', { level: 1, name: 'Opleidingsschool Noorderlicht' }).waitFor();
    const institutes = page.getByRole('region', { name: /^Teacher-training institutes/ });
    await institutes.getByText('Hogeschool Noorderlicht').waitFor();
    await page
      .getByRole('region', { name: /^Schools/ })
      .getByText('Zernike College')
      .waitFor();
    await screenshot('partnership-en');

    // The server hands deep links to the app, and the language choice is remembered.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Opleidingsschool Noorderlicht' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Member organisations' }).waitFor();
  });

  it('showed no script errors along the way', () => {
    expect(pageErrors).toEqual([]);
  });
});
