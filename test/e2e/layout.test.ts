import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { countRequests, settle } from './settle.ts';
import { signIn } from './sign-in.ts';
import { apiGet, apiPost } from './api-requests.ts';

const baseUrl = inject('baseUrl');

/** A phone, a tablet upright, a small laptop, the common laptop and a desktop screen. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

// English labels run longer than Dutch ones: both must fit.
const LANGUAGES = ['nl', 'en'] as const;
const LANGUAGE_BUTTONS = { nl: 'NL, Nederlands', en: 'EN, English' } as const;

type TRole = 'admin' | 'programme manager' | 'critical friend' | 'board member' | 'drafting manager';

const ACCOUNTS: Record<TRole, string> = {
  admin: 'admin@demo.koers.nl',
  'programme manager': 'pm@demo.koers.nl',
  'critical friend': 'friend@demo.koers.nl',
  'board member': 'board@demo.koers.nl',
  // The questionnaire form itself: a draft of the open quarter in Zeeland, which no other browser suite touches.
  'drafting manager': 'zeeland@demo.koers.nl',
};

type TPage = { name: string; path: string };
type TItems<T> = { items: T[] };

/** The draft of the open quarter, started (or found) by the programme manager signed in on `page`. */
async function openDraft(page: Page, partnershipId: string): Promise<string> {
  const periods = await apiGet<TItems<{ id: string; current: boolean }>>(page, '/api/periods');
  const current = periods.items.find((period) => period.current);
  if (!current) throw new Error('no open quarter');
  const draft = await apiPost<{ id: string; status: string }>(page, `/api/partnerships/${partnershipId}/assessments`, {
    periodId: current.id,
  });
  if (draft.status !== 'draft') throw new Error(`the open quarter's assessment is ${draft.status}, not a draft`);
  return draft.id;
}

/**
 * Every page the role can open, with real ids found through the API as that person: the first partnership
 * they see (Twente Leert when they see it), its newest submitted assessment and a flag of it.
 */
async function pagesOf(page: Page, role: TRole): Promise<TPage[]> {
  const partnerships = await apiGet<TItems<{ id: string; name: string }>>(page, '/api/partnerships');
  const partnership =
    partnerships.items.find((candidate) => candidate.name === 'Partnerschap Twente Leert') ?? partnerships.items[0];
  if (!partnership) throw new Error(`${role} sees no partnership`);
  const at = `/partnerships/${partnership.id}`;

  if (role === 'drafting manager') {
    return [
      { name: 'partnership with a draft', path: at },
      { name: 'questionnaire form', path: `/assessments/${await openDraft(page, partnership.id)}` },
    ];
  }

  const assessments = await apiGet<TItems<{ id: string; status: string }>>(page, `/api${at}/assessments`);
  const submitted = assessments.items.find((assessment) => assessment.status === 'submitted');
  const flags = await apiGet<TItems<{ id: string }>>(page, `/api${at}/flags?status=all`);
  const portraits = await apiGet<TItems<{ partnershipId: string }>>(page, '/api/network/portraits');
  if (!submitted || !flags.items[0] || !portraits.items[0])
    throw new Error(`demo data incomplete for ${partnership.name}`);

  const pages: TPage[] = [
    { name: 'partnerships', path: '/' },
    { name: 'partnership', path: at },
    { name: 'dashboard', path: `${at}/dashboard` },
    { name: 'action plan', path: `${at}/actions` },
    { name: 'printable report', path: `${at}/report` },
    { name: 'flag', path: `/flags/${flags.items[0].id}` },
    { name: 'submitted assessment', path: `/assessments/${submitted.id}` },
    { name: 'inbox', path: '/inbox' },
    { name: 'network', path: '/network' },
    { name: 'published portrait', path: `/network/${portraits.items[0].partnershipId}` },
    { name: 'network portrait of the partnership', path: `${at}/portrait` },
    { name: 'questionnaire', path: '/questionnaire' },
    { name: 'good approaches', path: '/good-approaches?q=mentor' },
    { name: 'account', path: '/account' },
  ];
  if (role === 'admin' || role === 'board member') pages.push({ name: 'board overview', path: '/board' });
  if (role === 'admin' || role === 'critical friend') pages.push({ name: 'review queue', path: '/review-queue' });
  if (role === 'admin' || role === 'programme manager') pages.push({ name: 'history import', path: `${at}/import` });
  if (role !== 'admin') return pages;

  const people = await apiGet<TItems<{ id: string; email: string | null }>>(page, '/api/people');
  const person = people.items.find((candidate) => candidate.email === ACCOUNTS['programme manager']);
  const versions = await apiGet<TItems<{ version: number }>>(page, '/api/instrument/versions');
  if (!person || !versions.items[0]) throw new Error('demo data incomplete for the admin pages');
  return [
    ...pages,
    { name: 'admin: people', path: '/admin/people' },
    { name: 'admin: invite a person', path: '/admin/people/invite' },
    { name: 'admin: person', path: `/admin/people/${person.id}` },
    { name: 'admin: organisations', path: '/admin/organisations' },
    { name: 'admin: partnerships', path: '/admin/partnerships' },
    { name: 'admin: partnership', path: `/admin/partnerships/${partnership.id}` },
    { name: 'admin: periods', path: '/admin/periods' },
    { name: 'admin: questionnaire versions', path: '/admin/questionnaire' },
    { name: 'admin: questionnaire version', path: `/admin/questionnaire/${versions.items[0].version}` },
    { name: 'admin: flag thresholds', path: '/admin/flag-settings' },
    { name: 'admin: audit log', path: '/admin/audit-log' },
  ];
}

type TLayoutFinding = { sideways: number | null; unreachable: string[] };

// The suite is typed for Node, without the DOM library; these are the few parts of the DOM the hit test uses.
type TBox = { left: number; top: number; right: number; bottom: number; width: number; height: number };
type TElement = {
  tagName: string;
  textContent: string | null;
  ownerDocument: TDocument;
  getAttribute(name: string): string | null;
  checkVisibility(options: { visibilityProperty: boolean; contentVisibilityAuto: boolean }): boolean;
  getBoundingClientRect(): TBox;
  getClientRects(): ArrayLike<TBox>;
  scrollIntoView(options: { block: 'center'; inline: 'center'; behavior: 'instant' }): void;
  parentElement: TElement | null;
  closest(selector: string): TElement | null;
  querySelector(selector: string): TElement | null;
  contains(other: TElement): boolean;
  focus(): void;
  blur(): void;
};
type TDocument = {
  defaultView: {
    getComputedStyle(element: TElement): { overflow: string; position: string; outlineStyle: string };
    innerWidth: number;
    innerHeight: number;
    scrollX: number;
    scrollY: number;
    scrollTo(x: number, y: number): void;
  };
  documentElement: { scrollWidth: number };
  querySelector(selector: string): TElement | null;
  querySelectorAll(selector: string): Iterable<TElement>;
  elementFromPoint(x: number, y: number): TElement | null;
};

/**
 * Runs in the browser. Scrolls every visible control into the middle of the screen (a table scroller
 * scrolls along, as it would for a person) and asks which element is at its centre: the control itself,
 * or something inside it, or else something covers it. Controls hidden on purpose (visually hidden for
 * screen readers, or the skip link above the page) are skipped until focus shows them.
 */
function findLayoutProblems(root: TElement): TLayoutFinding {
  const document = root.ownerDocument;
  const window = document.defaultView;
  const describe = (element: TElement) => {
    const text = (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
    const name = text || element.getAttribute('name') || element.getAttribute('href') || '';
    return `${element.tagName.toLowerCase()} "${name.slice(0, 60)}"`;
  };
  // The visually-hidden pattern: a box of 1 px that hides its overflow (a table header read out to screen
  // readers where the rows are shown as cards, for one), around the control or the control itself.
  const visuallyHidden = (element: TElement) => {
    const box = element.getBoundingClientRect();
    return box.width <= 1 || box.height <= 1;
  };
  const visible = (element: TElement) => {
    if (!element.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
    for (let at: TElement | null = element; at; at = at.parentElement) {
      if (visuallyHidden(at) && window.getComputedStyle(at).overflow !== 'visible') return false;
    }
    return !visuallyHidden(element);
  };
  const hitTest = (element: TElement): string | null => {
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    // A link that wraps is a box per line; between the lines lies its parent. Aim at the first line, as a hand would.
    const box = element.getClientRects()[0] ?? element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return 'off screen';
    const found = document.elementFromPoint(x, y);
    if (found && (found === element || element.contains(found))) return null;
    return found ? `covered by ${describe(found)}` : 'nothing at its centre';
  };
  // Something wholly above or left of the page cannot be scrolled to: hidden on purpose until focused.
  const parkedOutside = (element: TElement) => {
    const box = element.getBoundingClientRect();
    return box.bottom + window.scrollY <= 0 || box.right + window.scrollX <= 0;
  };

  const unreachable: string[] = [];
  const controls = document.querySelectorAll('a, button, [role=button], input, select, textarea, summary');
  for (const element of controls) {
    if (!visible(element)) continue;
    let problem: string | null;
    if (parkedOutside(element)) {
      element.focus();
      problem = parkedOutside(element) ? null : hitTest(element);
      element.blur();
    } else {
      problem = hitTest(element);
    }
    if (problem) unreachable.push(`${describe(element)}: ${problem}`);
  }
  window.scrollTo(0, 0);
  const { scrollWidth } = document.documentElement;
  return { sideways: scrollWidth > window.innerWidth ? scrollWidth - window.innerWidth : null, unreachable };
}

type THistory = {
  history: { pushState(state: null, unused: string, url: string): void };
  dispatchEvent(event: unknown): void;
};
type TPopStateEvent = new (type: 'popstate') => unknown;

/**
 * Opens a page inside the running app, as its own links do (no reload): the app's code and the data it
 * already has stay loaded, which keeps this suite of hundreds of page visits within a few minutes.
 */
async function openInApp(page: Page, path: string) {
  await page.evaluate((to) => {
    const window = globalThis as unknown as THistory & { PopStateEvent: TPopStateEvent };
    window.history.pushState(null, '', to);
    window.dispatchEvent(new window.PopStateEvent('popstate'));
  }, path);
}

// Each role, on each of its pages, at phone to desktop widths, in both languages: nothing covers a control
// (the header's menu once lay under the account menu), and no page scrolls sideways.
describe('layout at every width', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  const ROLES = Object.keys(ACCOUNTS) as TRole[];
  it.each(ROLES)(
    'every link and button of the %s can be reached, and no page scrolls sideways',
    async (role) => {
      const context = await browser.newContext({ viewport: VIEWPORTS[0] });
      const page = await context.newPage();
      const inFlight = countRequests(page);
      await signIn(page, baseUrl, ACCOUNTS[role]);
      const pages = await pagesOf(page, role);
      const problems: string[] = [];

      for (const language of LANGUAGES) {
        await page.getByRole('button', { name: LANGUAGE_BUTTONS[language] }).click();
        for (const viewport of VIEWPORTS) {
          await page.setViewportSize(viewport);
          for (const [index, { name, path }] of pages.entries()) {
            const where = `${role}, ${language}, ${viewport.width} px, ${name}`;
            // Each width starts with a fresh load, so nothing measured at the last width lingers.
            if (index === 0) await page.goto(`${baseUrl}${path}`);
            else await openInApp(page, path);
            await settle(page, inFlight);
            const found = await page.locator('html').evaluate(findLayoutProblems);
            if (found.sideways !== null) problems.push(`${where}: the page scrolls ${found.sideways} px sideways`);
            problems.push(...found.unreachable.map((problem) => `${where}: ${problem}`));
          }
        }
      }

      await context.close();
      expect(problems, `${problems.length} layout problems:\n${problems.join('\n')}`).toEqual([]);
    },
    600_000,
  );
});

type TFocusedAnswer = {
  /** The answer card around the focused radio button, as drawn. */
  card: { name: string; top: number; bottom: number; outline: string };
  /** Where the sticky progress block ends (0 when it scrolls away with the page). */
  coveredTo: number;
  viewportHeight: number;
};

/** Runs in the browser, on the focused radio button: where its answer card sits, and what covers the top. */
function focusedAnswer(radio: TElement): TFocusedAnswer {
  const document = radio.ownerDocument;
  const window = document.defaultView;
  const card = radio.closest('label');
  if (!card) throw new Error(`${radio.tagName} has no answer card around it`);
  // The block that holds the progress bar, if it stays on screen while the page scrolls.
  let sticky: TElement | null = null;
  for (let at = document.querySelector('main progress'); at; at = at.parentElement) {
    if (window.getComputedStyle(at).position === 'sticky') sticky = at;
  }
  const box = card.getBoundingClientRect();
  return {
    card: {
      // The indicator's code and text: each card of a group starts with the same answer.
      name: (radio.closest('fieldset')?.querySelector('legend')?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 40),
      top: box.top,
      bottom: box.bottom,
      outline: window.getComputedStyle(card).outlineStyle,
    },
    coveredTo: sticky ? sticky.getBoundingClientRect().bottom : 0,
    viewportHeight: window.innerHeight,
  };
}

// Tab and Shift+Tab through a theme's answers: the ring goes round the whole answer card, and the card is
// in full view, below the sticky progress block and clear of the bottom edge.
describe('keyboard focus in the questionnaire', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([VIEWPORTS[0], VIEWPORTS[3]])(
    'at $width px the focused answer is ringed and in full view',
    async (viewport) => {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const inFlight = countRequests(page);
      await signIn(page, baseUrl, ACCOUNTS['drafting manager']);
      const form = (await pagesOf(page, 'drafting manager')).find((one) => one.name === 'questionnaire form');
      if (!form) throw new Error('no questionnaire form');
      await page.goto(`${baseUrl}${form.path}`);
      await settle(page, inFlight);
      await page.getByRole('tabpanel').locator('input[type="radio"]').first().waitFor();

      const problems: string[] = [];
      let seen = 0;
      const look = async (direction: string) => {
        const focus = page.locator(':focus');
        if ((await focus.getAttribute('type')) !== 'radio') return false;
        const { card, coveredTo, viewportHeight } = await focus.evaluate(focusedAnswer);
        const where = `${viewport.width} px, ${direction}, "${card.name}"`;
        if (card.outline === 'none') problems.push(`${where}: no focus ring round the answer card`);
        if (card.top < coveredTo)
          problems.push(`${where}: card top ${card.top} under the progress block (${coveredTo})`);
        if (card.bottom > viewportHeight - 16) {
          problems.push(`${where}: card bottom ${card.bottom} at the screen's edge (${viewportHeight})`);
        }
        seen += 1;
        return true;
      };

      // Into the first answer, then on through each indicator's group (Tab leaves a radio group) ...
      do await page.keyboard.press('Tab');
      while ((await page.locator(':focus').getAttribute('type')) !== 'radio');
      while (await look('Tab')) await page.keyboard.press('Tab');
      // ... and back up again.
      await page.keyboard.press('Shift+Tab');
      while (await look('Shift+Tab')) await page.keyboard.press('Shift+Tab');

      await context.close();
      expect(seen).toBeGreaterThanOrEqual(8);
      expect(problems, problems.join('\n')).toEqual([]);
    },
    120_000,
  );
});
