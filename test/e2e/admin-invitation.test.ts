import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, listedPartnerships, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;

// No mail server in this suite: the API hands the invitation link to the admin, who passes it on.
describe('an admin invites a person, who accepts in another browser', () => {
  let browser: Browser;
  let invitationUrl = '';
  const email = `sanne.${Date.now()}@school.example`;
  const password = 'een lange zin als wachtwoord';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('invites a critical friend of one partnership and shows the link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await signIn(page, baseUrl, 'admin@demo.koers.nl');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    await page.getByRole('link', { name: 'Anne de Beheerder' }).waitFor();
    if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-people.png'), fullPage: true });
    await page.getByRole('link', { name: 'Persoon uitnodigen' }).click();

    await page.getByLabel('Naam').fill('Sanne de Vries');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Rol').selectOption({ label: 'Kritische vriend' });
    await page.getByLabel('Partnerschap').selectOption({ label: 'Opleidingsschool Rijnmond' });
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();

    const done = page.getByRole('region', { name: 'Sanne de Vries is uitgenodigd' });
    await done.waitFor();
    invitationUrl = await done.getByLabel('Uitnodigingslink').inputValue();
    expect(invitationUrl).toMatch(/\/link\/[A-Za-z0-9_-]{20,100}$/);
    if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'admin-invited.png'), fullPage: true });

    // The new person shows in the list as invited.
    await page.getByRole('link', { name: 'Alle mensen' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Sanne de Vries' });
    await row.getByText('Uitgenodigd').waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('the invited person sets a password through the link and signs in', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    // The link names the API's public URL; the suite's server listens elsewhere, so keep only the path.
    await page.goto(`${baseUrl}${new URL(invitationUrl).pathname}`);

    await page.getByRole('heading', { level: 1, name: 'Welkom bij Koers' }).waitFor();
    await page.getByText('Welkom, Sanne de Vries.').waitFor();
    await page.getByLabel('Nieuw wachtwoord').fill(password);
    await page.getByLabel('Herhaal het wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Account activeren' }).click();

    await page.getByText('Je wachtwoord is ingesteld.', { exact: false }).waitFor();
    await signIn(page, baseUrl, email, password);
    await page.getByRole('button', { name: 'Sanne de Vries' }).waitFor();
    expect(await listedPartnerships(page)).toEqual(['Opleidingsschool Rijnmond']);

    // The link worked once.
    await page.goto(`${baseUrl}${new URL(invitationUrl).pathname}`);
    await page.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    expect(pageErrors.filter((error) => !error.includes('404'))).toEqual([]);
    await context.close();
  });
});
