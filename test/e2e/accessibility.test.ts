import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from './browser.ts';
import { countRequests, settle } from './settle.ts';
import { signIn } from './sign-in.ts';
import { apiGet, apiPost } from './api-requests.ts';

const baseUrl = inject('baseUrl');

/** WCAG 2.1 level A and AA: what Dutch public-sector procurement (EN 301 549) asks for. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const LANGUAGES = ['nl', 'en'] as const;
type TLanguage = (typeof LANGUAGES)[number];
const LANGUAGE_BUTTONS: Record<TLanguage, string> = { nl: 'NL, Nederlands', en: 'EN, English' };

type TVisitor = 'anonymous' | 'admin' | 'programme manager' | 'critical friend' | 'board member' | 'drafting manager';
const SIGNED_IN: readonly TVisitor[] = ['admin', 'programme manager', 'critical friend', 'board member'];

const ACCOUNTS: Record<Exclude<TVisitor, 'anonymous'>, string> = {
  admin: 'admin@demo.koers.nl',
  'programme manager': 'pm@demo.koers.nl',
  'critical friend': 'friend@demo.koers.nl',
  'board member': 'board@demo.koers.nl',
  // A draft assessment of their own: the open quarter of Twente Leert belongs to the assessment suite, and
  // Brabant-Zuidoost's is touched by no other suite.
  'drafting manager': 'kempen@demo.koers.nl',
};

/** What the pages need that only exists at run time: ids from the demo data and one-time links. */
type TFixture = {
  twente: string;
  brabant: string;
  submittedAssessment: string;
  draftAssessment: string;
  flag: string;
  person: string;
  instrumentVersion: number;
  invitationPath: string;
  respondentPath: string;
  /** The demo's open intervision round, facilitated by the demo critical friend. */
  intervisionRound: string;
};

type TState = {
  name: string;
  enter: (page: Page) => Promise<void>;
  /** Only these visitors reach the state; all who see the page when left out. */
  visitors?: readonly TVisitor[];
};
type TPageCase = {
  name: string;
  visitors: readonly TVisitor[];
  path: (fixture: TFixture) => string;
  /** Further states of the page worth checking: each is entered after the page as it first loads. */
  states?: readonly TState[];
};

const both = (nl: string, en: string) => new RegExp(`^(${nl}|${en})$`);

const openEveryChartTable: TState = {
  name: 'with every chart shown as a table',
  enter: async (page) => {
    const buttons = page.getByRole('button', { name: both('Toon als tabel', 'Show as table') });
    while ((await buttons.count()) > 0) await buttons.first().click();
    await page.locator('table').first().waitFor();
  },
};

/** Submits the page's (first) form empty, so every field shows its error. */
const emptyFormErrors: TState = {
  name: 'with the errors of an empty form',
  enter: async (page) => {
    await page.getByRole('main').locator('form button[type="submit"]').first().click();
    await page.locator('[aria-invalid="true"]').first().waitFor();
  },
};

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000';

const PAGES: readonly TPageCase[] = [
  {
    name: 'sign-in',
    visitors: ['anonymous'],
    path: () => '/login',
    states: [
      emptyFormErrors,
      {
        name: 'asking for a password reset',
        enter: async (page) => {
          await page.getByRole('button', { name: both('Wachtwoord vergeten\\?', 'Forgot your password\\?') }).click();
          await page
            .getByRole('heading', { level: 1, name: both('Wachtwoord vergeten', 'Forgot your password') })
            .waitFor();
        },
      },
    ],
  },
  {
    name: 'invitation link',
    visitors: ['anonymous'],
    path: (fixture) => fixture.invitationPath,
    states: [emptyFormErrors],
  },
  { name: 'unusable one-time link', visitors: ['anonymous'], path: () => `/link/${'x'.repeat(32)}` },
  {
    name: 'no access yet (signed in at an institution, not invited)',
    visitors: ['anonymous'],
    path: () => '/login/no-access',
  },
  { name: 'respondent questionnaire', visitors: ['anonymous'], path: (fixture) => fixture.respondentPath },
  {
    name: 'partnerships',
    visitors: SIGNED_IN,
    path: () => '/',
    states: [
      {
        name: 'with the account menu open',
        enter: async (page) => {
          await page.getByRole('banner').locator('button[aria-expanded="false"][aria-controls]').click();
          await page.getByRole('button', { name: both('Uitloggen', 'Sign out') }).waitFor();
        },
      },
    ],
  },
  { name: 'partnership', visitors: SIGNED_IN, path: (fixture) => `/partnerships/${fixture.twente}` },
  { name: 'partnership with a draft', visitors: ['drafting manager'], path: (f) => `/partnerships/${f.brabant}` },
  {
    name: 'partnership dashboard',
    visitors: SIGNED_IN,
    path: (fixture) => `/partnerships/${fixture.twente}/dashboard`,
    states: [openEveryChartTable],
  },
  { name: 'board overview', visitors: ['admin', 'board member'], path: () => '/board', states: [openEveryChartTable] },
  { name: 'review queue', visitors: ['admin', 'critical friend'], path: () => '/review-queue' },
  { name: 'flag', visitors: SIGNED_IN, path: (fixture) => `/flags/${fixture.flag}` },
  { name: 'good approaches, searched', visitors: SIGNED_IN, path: () => '/good-approaches?q=mentor' },
  {
    name: 'good approaches awaiting approval',
    visitors: ['admin', 'critical friend'],
    path: () => '/good-approaches?view=awaiting',
  },
  {
    name: 'write a good approach',
    visitors: ['admin', 'programme manager', 'critical friend'],
    path: () => '/good-approaches/new',
    states: [emptyFormErrors],
  },
  { name: 'action plan', visitors: SIGNED_IN, path: (fixture) => `/partnerships/${fixture.twente}/actions` },
  { name: 'printable report', visitors: SIGNED_IN, path: (fixture) => `/partnerships/${fixture.twente}/report` },
  { name: 'inbox', visitors: SIGNED_IN, path: () => '/inbox' },
  { name: 'network', visitors: SIGNED_IN, path: () => '/network' },
  {
    name: 'network portrait of a partnership',
    visitors: SIGNED_IN,
    path: (fixture) => `/partnerships/${fixture.twente}/portrait`,
  },
  {
    name: 'intervision',
    visitors: SIGNED_IN,
    path: () => '/intervision',
    // The form to open a round is a facilitator's.
    states: [{ ...emptyFormErrors, visitors: ['admin', 'critical friend'] }],
  },
  {
    name: 'intervision round',
    visitors: ['admin', 'programme manager', 'critical friend'],
    path: (fixture) => `/intervision/${fixture.intervisionRound}`,
    states: [
      { ...emptyFormErrors, visitors: ['programme manager'] },
      {
        name: 'with the proposed groups and their dilemmas',
        visitors: ['critical friend'],
        enter: async (page) => {
          await page
            .getByRole('button', {
              name: both(
                'Laat Koers groepen voorstellen|Opnieuw voorstellen',
                'Let Koers propose groups|Propose again',
              ),
            })
            .click();
          await page.getByRole('heading', { level: 3, name: both('Groep 1', 'Group 1') }).waitFor();
        },
      },
    ],
  },
  {
    name: 'submitted assessment',
    visitors: SIGNED_IN,
    path: (fixture) => `/assessments/${fixture.submittedAssessment}`,
    states: [
      {
        name: 'with the answers open',
        // Board members read the scores only, unless the partnership shares its narratives.
        visitors: ['admin', 'programme manager', 'critical friend'],
        enter: async (page) => {
          await page
            .getByRole('button', { name: /^(Antwoorden bekijken|View answers)/ })
            .first()
            .click();
          await page.getByRole('tablist').waitFor();
        },
      },
    ],
  },
  {
    name: 'draft assessment',
    visitors: ['drafting manager'],
    path: (fixture) => `/assessments/${fixture.draftAssessment}`,
    states: [
      {
        name: 'with the submit dialog open',
        enter: async (page) => {
          await page.getByRole('button', { name: both('Indienen…', 'Submit…') }).click();
          await page.getByRole('alertdialog').waitFor();
        },
      },
    ],
  },
  { name: 'questionnaire', visitors: SIGNED_IN, path: () => '/questionnaire' },
  { name: 'account', visitors: SIGNED_IN, path: () => '/account' },
  {
    name: 'two-step sign-in',
    visitors: ['programme manager'],
    path: () => '/account/second-factor',
    states: [
      {
        name: 'while enrolling an app',
        enter: async (page) => {
          await page
            .getByRole('button', { name: both('Authenticator-app instellen', 'Set up an authenticator app') })
            .click();
          await page
            .getByRole('img', {
              name: both(
                'QR-code om Koers toe te voegen aan je authenticator-app',
                'QR code to add Koers to your authenticator app',
              ),
            })
            .waitFor();
        },
      },
    ],
  },
  {
    name: 'history import',
    visitors: ['admin', 'programme manager'],
    path: (fixture) => `/partnerships/${fixture.twente}/import`,
    states: [
      {
        name: 'with the problems of a check',
        enter: async (page) => {
          await page.locator('textarea').fill('period;perspective;indicator;answer\n2019-Q9;coordinatie;9.9;7\n');
          await page.getByRole('button', { name: both('Controleren', 'Check') }).click();
          await page.locator('table').first().waitFor();
        },
      },
    ],
  },
  { name: 'admin: people', visitors: ['admin'], path: () => '/admin/people' },
  {
    name: 'admin: invite a person',
    visitors: ['admin'],
    path: () => '/admin/people/invite',
    states: [emptyFormErrors],
  },
  {
    name: 'admin: person',
    visitors: ['admin'],
    path: (fixture) => `/admin/people/${fixture.person}`,
    states: [
      {
        name: 'with the erase dialog open',
        enter: async (page) => {
          await page.getByRole('button', { name: both('Gegevens wissen…', 'Erase data…') }).click();
          await page.getByRole('alertdialog').waitFor();
        },
      },
    ],
  },
  { name: 'admin: organisations', visitors: ['admin'], path: () => '/admin/organisations' },
  {
    name: 'admin: import',
    visitors: ['admin'],
    path: () => '/admin/import',
    states: [
      {
        name: 'with the problems of a check',
        enter: async (page) => {
          await page.locator('input[type=file]').setInputFiles({
            name: 'personen.csv',
            mimeType: 'text/csv',
            buffer: Buffer.from('name;email;role\nIlse;ilse@;coach\n'),
          });
          await page.getByRole('button', { name: both('Controleren', 'Check') }).click();
          await page.locator('table').first().waitFor();
        },
      },
    ],
  },
  { name: 'admin: partnerships', visitors: ['admin'], path: () => '/admin/partnerships' },
  { name: 'admin: partnership', visitors: ['admin'], path: (fixture) => `/admin/partnerships/${fixture.twente}` },
  { name: 'admin: periods', visitors: ['admin'], path: () => '/admin/periods' },
  { name: 'admin: questionnaire versions', visitors: ['admin'], path: () => '/admin/questionnaire' },
  {
    name: 'admin: questionnaire version',
    visitors: ['admin'],
    path: (fixture) => `/admin/questionnaire/${fixture.instrumentVersion}`,
  },
  { name: 'admin: flag thresholds', visitors: ['admin'], path: () => '/admin/flag-settings' },
  { name: 'admin: audit log', visitors: ['admin'], path: () => '/admin/audit-log' },
  { name: 'page not found', visitors: SIGNED_IN, path: () => '/no-such-page' },
  { name: 'unknown partnership', visitors: SIGNED_IN, path: () => `/partnerships/${UNKNOWN_ID}` },
  { name: 'unknown assessment', visitors: SIGNED_IN, path: () => `/assessments/${UNKNOWN_ID}` },
  { name: 'board overview, not allowed', visitors: ['programme manager', 'critical friend'], path: () => '/board' },
  {
    name: 'admin, not allowed',
    visitors: ['programme manager', 'critical friend', 'board member'],
    path: () => '/admin',
  },
];

/** One line per violation and element, naming where it happened and which rule it breaks. */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    // Options first: they replace what withTags sets.
    .options({ resultTypes: ['violations'] })
    .withTags(WCAG_TAGS)
    // Koers has no frames: axe runs in the page itself instead of opening a blank page to merge results.
    .setLegacyMode()
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map(
      (node) =>
        `${where}: ${violation.id} (${violation.impact ?? 'unknown'}) ${violation.help} -> ${node.target.join(' ')}` +
        (node.failureSummary ? ` | ${node.failureSummary.replaceAll('\n', ' ')}` : ''),
    ),
  );
}

type TItems<T> = { items: T[] };

async function prepareFixture(admin: Page, manager: Page): Promise<TFixture> {
  const partnerships = await apiGet<TItems<{ id: string; name: string }>>(admin, '/api/partnerships');
  const idOf = (name: string) => {
    const found = partnerships.items.find((partnership) => partnership.name === name);
    if (!found) throw new Error(`no demo partnership ${name}`);
    return found.id;
  };
  const twente = idOf('Partnerschap Twente Leert');
  const brabant = idOf('Opleidingsschool Brabant-Zuidoost');

  const assessments = await apiGet<TItems<{ id: string; status: string }>>(
    admin,
    `/api/partnerships/${twente}/assessments`,
  );
  const submitted = assessments.items.find((assessment) => assessment.status === 'submitted');
  // Closed ones too: the follow-up suite may have closed Twente Leert's flags already.
  const flags = await apiGet<TItems<{ id: string }>>(admin, `/api/partnerships/${twente}/flags?status=all`);
  const people = await apiGet<TItems<{ id: string; email: string | null }>>(admin, '/api/people');
  const person = people.items.find((candidate) => candidate.email === ACCOUNTS['programme manager']);
  const versions = await apiGet<TItems<{ version: number }>>(admin, '/api/instrument/versions');
  const rounds = await apiGet<TItems<{ id: string }>>(admin, '/api/intervision/rounds');
  if (!submitted || !flags.items[0] || !person || !versions.items[0] || !rounds.items[0])
    throw new Error('demo data incomplete');

  // Someone invited but not signed up yet, for the invitation page: a critical friend of Brabant-Zuidoost,
  // which no other suite looks at.
  const invited = await apiPost<{ invitationUrl: string | null }>(admin, '/api/people/invitations', {
    email: `toegankelijk.${Date.now()}@example.org`,
    displayName: 'Toegankelijkheid Proef',
    roles: [{ role: 'critical_friend', partnershipId: brabant }],
  });
  if (!invited.invitationUrl) throw new Error('no invitation link (is SMTP_URL set?)');

  // The drafting manager starts (or finds) the open quarter's assessment and invites one respondent.
  const periods = await apiGet<TItems<{ id: string; current: boolean }>>(manager, '/api/periods');
  const current = periods.items.find((period) => period.current);
  if (!current) throw new Error('no open quarter');
  const draft = await apiPost<{ id: string }>(manager, `/api/partnerships/${brabant}/assessments`, {
    periodId: current.id,
  });
  const partnership = await apiGet<{ members: { id: string; kind: string }[] }>(
    manager,
    `/api/partnerships/${brabant}`,
  );
  const school = partnership.members.find((member) => member.kind === 'school');
  if (!school) throw new Error('no school in Brabant-Zuidoost');
  const respondent = await apiPost<{ link: string }>(manager, `/api/assessments/${draft.id}/respondents`, {
    name: 'Sam Schoolopleider',
    perspective: 'school',
    organisationId: school.id,
  });

  return {
    twente,
    brabant,
    submittedAssessment: submitted.id,
    draftAssessment: draft.id,
    flag: flags.items[0].id,
    person: person.id,
    instrumentVersion: versions.items[0].version,
    // The links name the API's public URL; the suite's server listens elsewhere, so keep only the path.
    invitationPath: new URL(invited.invitationUrl).pathname,
    respondentPath: new URL(respondent.link).pathname,
    intervisionRound: rounds.items[0].id,
  };
}

const VISITORS: readonly TVisitor[] = [
  'anonymous',
  'admin',
  'programme manager',
  'critical friend',
  'board member',
  'drafting manager',
];

// Every page, in both languages, as each kind of visitor who can open it: axe must find nothing.
describe('accessibility (axe, WCAG 2.1 A and AA)', () => {
  let browser: Browser;
  const contexts = new Map<TVisitor, BrowserContext>();
  const pages = new Map<TVisitor, Page>();
  const requestCounts = new Map<TVisitor, () => number>();
  let fixture: TFixture;

  beforeAll(async () => {
    browser = await launchBrowser();
    for (const visitor of VISITORS) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      contexts.set(visitor, context);
      pages.set(visitor, page);
      requestCounts.set(visitor, countRequests(page));
      if (visitor === 'anonymous') await page.goto(`${baseUrl}/login`);
      else await signIn(page, baseUrl, ACCOUNTS[visitor]);
    }
    fixture = await prepareFixture(pages.get('admin') as Page, pages.get('drafting manager') as Page);
  });

  afterAll(async () => {
    for (const context of contexts.values()) await context.close();
    await browser?.close();
  });

  describe.each(VISITORS)('as %s', (visitor) => {
    test.each(LANGUAGES)(
      'every page in %s has no violations',
      async (language: TLanguage) => {
        const page = pages.get(visitor) as Page;
        const inFlight = requestCounts.get(visitor) as () => number;
        // A reload closes whatever the last state opened; the language switch remembers the choice (in
        // localStorage) for every page loaded after it.
        await page.reload();
        await page.getByRole('button', { name: LANGUAGE_BUTTONS[language] }).click();
        const found: string[] = [];
        const cases = PAGES.filter((candidate) => candidate.visitors.includes(visitor));
        expect(cases.length).toBeGreaterThan(0);

        for (const pageCase of cases) {
          const where = `${pageCase.name} (${visitor}, ${language})`;
          await page.goto(`${baseUrl}${pageCase.path(fixture)}`);
          await settle(page, inFlight);
          expect(await page.locator('html').getAttribute('lang'), where).toBe(language);
          // Not an axe rule under these tags, but a page without a main heading is hard to find one's way in.
          if ((await page.locator('h1').count()) !== 1) found.push(`${where}: not exactly one h1`);
          found.push(...(await violations(page, where)));
          for (const state of (pageCase.states ?? []).filter((one) => one.visitors?.includes(visitor) ?? true)) {
            await state.enter(page);
            await settle(page, inFlight);
            found.push(...(await violations(page, `${pageCase.name}, ${state.name} (${visitor}, ${language})`)));
          }
        }

        expect(found, `axe found ${found.length} violations:\n${found.join('\n')}`).toEqual([]);
      },
      240_000,
    );
  });
});
