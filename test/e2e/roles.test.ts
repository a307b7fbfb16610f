import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PARTNERSHIPS } from '../../api/src/demo/demo-partnerships.ts';
import { DEMO_ACCOUNTS } from '../../api/src/demo/demo-people.ts';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, listedPartnerships, signIn, signOut } from './sign-in.ts';

const baseUrl = inject('baseUrl');

function demoAccount(email: string) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!account) throw new Error(`no demo account ${email}`);
  return account;
}

const sorted = (names: readonly string[]) => [...names].sort((a, b) => a.localeCompare(b, 'nl'));

type TRoleCase = { email: string; nav: string[]; partnerships: readonly string[] };

/** Each demo role, what its main menu offers, and exactly which partnerships it sees. */
const CASES: TRoleCase[] = [
  {
    email: 'admin@demo.koers.nl',
    nav: ['Partnerschappen', 'Bestuursoverzicht', 'Reviewwachtrij', 'Leernetwerk', 'Vragenlijst', 'Beheer'],
    partnerships: DEMO_PARTNERSHIPS.map((partnership) => partnership.name),
  },
  {
    email: 'pm@demo.koers.nl',
    nav: ['Partnerschappen', 'Leernetwerk', 'Vragenlijst'],
    partnerships: ['Partnerschap Twente Leert'],
  },
  {
    email: 'friend@demo.koers.nl',
    nav: ['Partnerschappen', 'Reviewwachtrij', 'Leernetwerk', 'Vragenlijst'],
    partnerships: demoAccount('friend@demo.koers.nl').partnerships ?? [],
  },
  {
    email: 'board@demo.koers.nl',
    nav: ['Partnerschappen', 'Bestuursoverzicht', 'Leernetwerk', 'Vragenlijst'],
    // The board's organisation takes part in these three.
    partnerships: ['Partnerschap Twente Leert', 'Samen Opleiden Amstel-Oost', 'Partnerschap Haaglanden Opleiden'],
  },
];

// One fresh browser context per role: nothing of one person's session carries over to the next.
describe('each demo role in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('checks the demo data it relies on: nineteen partnerships, a friend of five', () => {
    expect(DEMO_PARTNERSHIPS).toHaveLength(19);
    expect(demoAccount('friend@demo.koers.nl').partnerships).toHaveLength(5);
  });

  for (const { email, nav, partnerships } of CASES) {
    it(`${email} sees their menu and only their partnerships, then signs out`, async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const pageErrors = collectPageErrors(page);
      const { displayName } = demoAccount(email);

      await signIn(page, baseUrl, email);

      const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
      expect(await menu.getByRole('link').allTextContents()).toEqual(nav);
      await page.getByRole('button', { name: displayName }).waitFor();
      // An admin reaches every partnership, also those other browser tests set up; the others exactly theirs.
      if (nav.includes('Beheer'))
        expect(await listedPartnerships(page)).toEqual(expect.arrayContaining([...partnerships]));
      else expect(await listedPartnerships(page)).toEqual(sorted(partnerships));

      if (nav.includes('Beheer')) {
        await menu.getByRole('link', { name: 'Beheer' }).click();
        const admin = page.getByRole('navigation', { name: 'Beheer' });
        await admin.waitFor();
        expect(await admin.getByRole('link').allTextContents()).toEqual([
          'Organisaties',
          'Partnerschappen beheren',
          'Mensen',
          'Importeren',
          'Periodes',
          'Vragenlijstversies',
          'Signaalregels',
          'Wachtrij',
          'Auditlog',
        ]);
      } else {
        // Not in the menu, and not reachable by typing the address either.
        await page.goto(`${baseUrl}/admin/people`);
        await page.getByRole('heading', { name: 'Geen toegang' }).waitFor();
      }

      await signOut(page, displayName);
      // Signed out means signed out: the app asks to sign in again.
      await page.goto(baseUrl);
      await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
      expect(pageErrors).toEqual([]);
      await context.close();
    });
  }
});
