import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

// WebAuthn needs a relying party id that is a domain: the suite's Koers names itself `localhost` (its public
// URL), and it is reached that way here. Chromium counts http://localhost as a secure context.
const baseUrl = inject('baseUrl').replace('//127.0.0.1:', '//localhost:');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;

describe('a person enrols a passkey on the account page and signs in with it, without a password', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('enrols a passkey with a platform authenticator, signs out, and signs in with the passkey', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    // Chromium's virtual authenticator, as a laptop's built-in one: it keeps discoverable passkeys and
    // verifies its user (as a fingerprint would) without anyone touching it.
    const cdp = await context.newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: {
        protocol: 'ctap2',
        transport: 'internal',
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
        automaticPresenceSimulation: true,
      },
    });

    await signIn(page, baseUrl, 'board@demo.koers.nl');
    await page.goto(`${baseUrl}/account`);
    const passkeys = page.getByRole('region', { name: 'Passkeys' });
    await passkeys.getByText('Je hebt nog geen passkey.').waitFor();
    await passkeys.getByLabel('Naam van de passkey').fill('Laptop werk');
    await passkeys.getByRole('button', { name: 'Passkey toevoegen' }).click();
    await passkeys.getByRole('status').getByText('Passkey ‘Laptop werk’ is toegevoegd.').waitFor();
    const row = passkeys.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Laptop werk' }) });
    await row.getByText('Nog niet gebruikt').waitFor();
    if (SCREENSHOT_DIR)
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'account-passkeys.png'), fullPage: true });

    // The authenticator holds it as a discoverable passkey for Koers's relying party id.
    const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
    expect(credentials.map((c) => [c.isResidentCredential, c.rpId])).toEqual([[true, 'localhost']]);

    // Signing out from the account page itself (the account menu would offer the same).
    await page.getByRole('region', { name: 'Uitloggen' }).getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByText('Je bent uitgelogd.').waitFor();
    await page.getByRole('button', { name: 'Inloggen met een passkey' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();

    // Signed in as the passkey's owner, with the passkey's use recorded.
    await page.goto(`${baseUrl}/account`);
    await page.getByRole('region', { name: 'Gegevens' }).getByText('board@demo.koers.nl').waitFor();
    await row.waitFor();
    expect(await row.getByText('Nog niet gebruikt').count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
