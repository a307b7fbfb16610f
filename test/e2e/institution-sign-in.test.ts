import { createServer } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcTestProvider, type TOidcTestProvider } from '../../api/test/oidc-test-provider.ts';
import { launchBrowser } from './browser.ts';
import { startDemoKoers, type TDemoKoers } from './demo-koers.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;
const INVITED = { login: 'ilse-1', email: 'ilse.sso@hogeschool.example', name: 'Ilse van de Hogeschool' };
const CLIENT = { clientId: 'koers-e2e', clientSecret: 'the-e2e-provider-client-secret' };

/** A free port, so Koers's public URL (and the redirect URI the provider knows) is known before it starts. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/** At the provider's own login prompt, as a person would: any password, the login names the account. */
async function signInAtProvider(page: Page, login: string) {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
}

// Its own Koers, configured with a provider: the rest of the browser suite keeps the one without.
describe('signing in with the institution’s account, from the login page', () => {
  let browser: Browser;
  let provider: TOidcTestProvider;
  let koers: TDemoKoers;
  let partnershipId = '';

  beforeAll(async () => {
    provider = await startOidcTestProvider({
      [INVITED.login]: { email: INVITED.email, email_verified: true },
      'stranger-2': { email: 'stranger@elders.example', email_verified: true },
    });
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    provider.register({
      ...CLIENT,
      redirectUri: `${publicUrl}/api/auth/oidc/surf/callback`,
      postLogoutRedirectUri: `${publicUrl}/login`,
    });
    koers = await startDemoKoers((message) => console.log(`[e2e oidc] ${message}`), {
      PORT: String(port),
      KOERS_PUBLIC_URL: publicUrl,
      KOERS_OIDC_SURF_ISSUER: provider.issuer,
      KOERS_OIDC_SURF_CLIENT_ID: CLIENT.clientId,
      KOERS_OIDC_SURF_CLIENT_SECRET: CLIENT.clientSecret,
      KOERS_OIDC_SURF_LABEL: 'SURFconext',
    });
    browser = await launchBrowser();

    // The admin invites the person with the address their institution vouches for.
    const admin = await (await browser.newContext()).newPage();
    await signIn(admin, koers.url, 'admin@demo.koers.nl');
    const partnerships = (await (await admin.request.get(`${koers.url}/api/partnerships`)).json()) as {
      items: { id: string; name: string }[];
    };
    const { csrfToken } = (await (await admin.request.get(`${koers.url}/api/auth/session`)).json()) as {
      csrfToken: string;
    };
    partnershipId = partnerships.items[0]?.id ?? '';
    const invited = await admin.request.post(`${koers.url}/api/people/invitations`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        email: INVITED.email,
        displayName: INVITED.name,
        roles: [{ role: 'programme_manager', partnershipId }],
      },
    });
    expect(invited.status()).toBe(201);
    await admin.context().close();
  });

  afterAll(async () => {
    await browser?.close();
    await koers?.stop();
    await provider?.stop();
  });

  it('lets an invited person in through the provider, with the invited role, and offers the provider’s sign-out', async () => {
    for (const width of SCREENSHOT_DIR ? [390, 1366] : []) {
      const shot = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
      await shot.goto(`${koers.url}/login`);
      await shot.getByRole('link', { name: 'Inloggen met SURFconext' }).waitFor();
      await shot.screenshot({ path: path.join(SCREENSHOT_DIR ?? '', `login-sso-${width}.png`), fullPage: true });
      await shot.context().close();
    }

    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${koers.url}/login`);
    await page.getByRole('link', { name: 'Inloggen met SURFconext' }).waitFor();
    // The rest of the browser suite sees the login page without a provider: its button is checked here.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await page.getByRole('link', { name: 'Inloggen met SURFconext' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    // Koers's pages must be free of errors; the test provider's own page loads fonts it cannot reach here.
    const pageErrors = collectPageErrors(page);
    await signInAtProvider(page, INVITED.login);
    await page.waitForURL((url) => url.origin === koers.url);
    pageErrors.length = 0;

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
    expect(new URL(page.url()).origin).toBe(koers.url);
    const session = (await (await page.request.get(`${koers.url}/api/auth/session`)).json()) as {
      user: { email: string; roles: unknown[] };
    };
    expect(session.user.email).toBe(INVITED.email);
    expect(session.user.roles).toEqual([expect.objectContaining({ role: 'programme_manager', partnershipId })]);
    await page.getByRole('button', { name: INVITED.name }).click();
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    const notice = page.getByRole('status');
    await notice.getByText('Je bent uitgelogd bij Koers.').waitFor();
    const providerSignOut = notice.getByRole('link', { name: 'Ook uitloggen bij je instelling' });
    if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'signed-out-sso-1280.png') });
    expect(await providerSignOut.getAttribute('href')).toMatch(new RegExp(`^${provider.issuer}/session/end\\?`));
    expect(pageErrors).toEqual([]);
  });

  it('shows someone nobody invited the no-access page', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${koers.url}/login`);
    await page.getByRole('link', { name: 'Inloggen met SURFconext' }).click();
    await page.waitForURL((url) => url.origin === provider.issuer);
    await signInAtProvider(page, 'stranger-2');

    await page.getByRole('heading', { level: 1, name: 'Nog geen toegang' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/login/no-access');
    await page.getByText('Je hebt nog geen toegang tot Koers; vraag je beheerder om een uitnodiging.').waitFor();
    for (const width of SCREENSHOT_DIR ? [390, 1366] : []) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(SCREENSHOT_DIR ?? '', `no-access-${width}.png`), fullPage: true });
    }
  });
});
