import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn, signOut } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;

/** The code an authenticator app shows for this key, `offset` seconds from now. */
const codeOf = (secret: string, offset = 0) =>
  TOTP.generate({ secret: Secret.fromBase32(secret), timestamp: Date.now() + offset * 1000 });

const screenshot = async (page: Page, name: string) => {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, name), fullPage: true });
};

// The demo's own admin needs no second factor (its password is on the login page); a real admin does.
describe('an admin who signs in with a password sets up two-step sign-in before Beheer', () => {
  let browser: Browser;
  const email = `beheer.${Date.now()}@instituut.example`;
  const password = 'een lange zin als wachtwoord voor beheer';
  let secret = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the demo admin invites a second admin, who sets a password', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, 'admin@demo.koers.nl');
    await page.goto(`${baseUrl}/admin/people/invite`);
    await page.getByLabel('Naam').fill('Bas Beheer');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Rol').selectOption({ label: 'Beheerder' });
    await page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const done = page.getByRole('region', { name: 'Bas Beheer is uitgenodigd' });
    await done.waitFor();
    const invitationUrl = await done.getByLabel('Uitnodigingslink').inputValue();
    await context.close();

    const invitee = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const link = await invitee.newPage();
    await link.goto(`${baseUrl}${new URL(invitationUrl).pathname}`);
    await link.getByLabel('Nieuw wachtwoord').fill(password);
    await link.getByLabel('Herhaal het wachtwoord').fill(password);
    await link.getByRole('button', { name: 'Account activeren' }).click();
    await link.getByText('Je wachtwoord is ingesteld.', { exact: false }).waitFor();
    await invitee.close();
  });

  it('is sent to set up the app after signing in, enrols it, and then reaches Beheer', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await signIn(page, baseUrl, email, password);

    await page.getByRole('heading', { level: 1, name: 'Inloggen in twee stappen' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/account/second-factor');
    await page.getByText('Als beheerder kun je veel zien en veranderen in Koers.', { exact: false }).waitFor();
    // Beheer itself sends them back here, with the same explanation.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('button', { name: 'Authenticator-app instellen' }).click();

    await page.getByRole('img', { name: 'QR-code om Koers toe te voegen aan je authenticator-app' }).waitFor();
    secret = (await page.locator('code').innerText()).replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, 'second-factor-enrol.png');
    await page.getByLabel('Code uit je app').fill(codeOf(secret));
    await page.getByRole('button', { name: 'Bevestigen' }).click();

    const codes = page.getByRole('list', { name: 'Herstelcodes' });
    await codes.waitFor();
    expect(await codes.getByRole('listitem').count()).toBe(10);
    await screenshot(page, 'second-factor-recovery-codes.png');
    await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await page.getByText('Inloggen in twee stappen staat aan.', { exact: false }).waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Beheer' }).waitFor();
    await page.getByRole('link', { name: 'Mensen' }).click();
    await page.getByRole('link', { name: 'Bas Beheer' }).waitFor();
    await signOut(page, 'Bas Beheer');
    expect(pageErrors).toEqual([]);
    await context.close();
  });

  it('asks for the code from the app at the next sign-in', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();

    const code = page.getByLabel('Code uit je app');
    await code.waitFor();
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    await screenshot(page, 'second-factor-sign-in.png');
    // The enrolment used the current code; the app's next one is valid too, and unused.
    await code.fill(codeOf(secret, 30));
    await page.getByRole('button', { name: 'Inloggen', exact: true }).click();
    await page.getByRole('button', { name: 'Bas Beheer' }).waitFor();
    await page.goto(`${baseUrl}/admin/people`);
    await page.getByRole('heading', { level: 1, name: 'Mensen' }).waitFor();
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
