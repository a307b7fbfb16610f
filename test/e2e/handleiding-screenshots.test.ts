import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { startDemoKoers, type TDemoKoers } from './demo-koers.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

// The Dutch user guide (docs/handleiding/) shows these pictures; this suite makes them from the demo data,
// so they change with the screens. Committed with the guide, so GitHub shows them.
const GUIDE_DIR = path.resolve(import.meta.dirname, '../../docs/handleiding');
const IMAGE_DIR = path.join(GUIDE_DIR, 'img');

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const TWENTE = 'Partnerschap Twente Leert';
const MANAGER = 'pm@demo.koers.nl';

/** Every picture this run wrote, as the guide links it (`img/<name>.png`). */
const written = new Set<string>();
let runStartedAt = 0;

/** Waits until nothing on the page is still loading: no loading text, no region marked busy. */
async function untilDrawn(page: Page) {
  const loading = page.getByText(/^(Bezig met laden…|Resultaten bijwerken…)$/).or(page.locator('[aria-busy="true"]'));
  while ((await loading.count()) > 0) await loading.first().waitFor({ state: 'detached' });
}

/** Waits until a chart's figure holds its drawn lines (Recharts loads after the page's first paint). */
async function untilChartDrawn(region: Locator, lines: number) {
  await region
    .locator('.recharts-line')
    .nth(lines - 1)
    .waitFor();
  expect(await region.locator('.recharts-line').count()).toBe(lines);
}

/** Scrolls the page so that `element` is at the top (or the middle) of the window. */
async function scrollTo(element: Locator, block: 'start' | 'center' = 'start') {
  await element.evaluate((node, where) => node.scrollIntoView({ block: where }), block);
}

/** Writes `img/<name>.png`: the visible window of a page (no full page: pictures stay small), or one element. */
async function picture(target: Page | Locator, name: string) {
  const file = `img/${name}.png`;
  const page = 'page' in target ? target.page() : target;
  // No hover state (a chart's tooltip, a highlighted link) and no focus ring left from the last click or key.
  await page.mouse.move(0, 0);
  const focused = page.locator(':focus');
  if ((await focused.count()) > 0) await focused.first().blur();
  await target.screenshot({ path: path.join(GUIDE_DIR, file), animations: 'disabled', caret: 'hide' });
  written.add(file);
}

/** The images a markdown file shows: `![alt](img/x.png)`. */
function imagesIn(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
}

describe('the user guide’s screenshots, made from the demo data', () => {
  // A Koers of its own, not the one the other browser suites share: the pictures show the demo data as it
  // is loaded, never what another suite did to it first (a test quarter it opened, a flag it closed).
  let koers: TDemoKoers;
  let baseUrl = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  // Each page's list fills while the page runs, so the lists are kept, not copied.
  const pageErrors: string[][] = [];

  async function newPage(viewport = DESKTOP): Promise<Page> {
    const context = await browser.newContext({
      viewport,
      deviceScaleFactor: 1,
      locale: 'nl-NL',
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    const page = await context.newPage();
    pageErrors.push(collectPageErrors(page));
    return page;
  }

  async function signedIn(email: string, viewport = DESKTOP): Promise<Page> {
    const page = await newPage(viewport);
    await signIn(page, baseUrl, email);
    await untilDrawn(page);
    return page;
  }

  async function heading(page: Page, name: string | RegExp) {
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await untilDrawn(page);
  }

  beforeAll(async () => {
    runStartedAt = Date.now();
    koers = await startDemoKoers((message) => console.log(`[handleiding] ${message}`));
    baseUrl = koers.url;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await koers?.stop();
  });

  it('signing in', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/login`);
    await heading(page, 'Inloggen');
    await page.getByRole('heading', { name: 'Demo-accounts' }).waitFor();
    await picture(page, 'inloggen');

    const phone = await newPage(PHONE);
    await phone.goto(`${baseUrl}/login`);
    await heading(phone, 'Inloggen');
    await picture(phone, 'inloggen-telefoon');
  });

  it('the programme manager: partnership, dashboard, trend and action plan', async () => {
    const page = await signedIn(MANAGER);
    await heading(page, 'Partnerschappen');
    await page.getByRole('link', { name: TWENTE }).waitFor();
    await picture(page, 'programmamanager-start');

    await page.getByRole('link', { name: TWENTE }).click();
    await heading(page, TWENTE);
    await page.getByRole('region', { name: 'Zelfevaluaties' }).getByRole('table').waitFor();
    await picture(page, 'programmamanager-partnerschap');

    await page.getByRole('link', { name: /^Bekijk het dashboard/ }).click();
    await heading(page, new RegExp(TWENTE));
    const flags = page.getByRole('region', { name: 'Signalen om over te praten' });
    await flags.getByText('Zwak thema').waitFor();
    await flags.getByText('Draagt het fundament thema 5?').waitFor();
    const trend = page.getByRole('region', { name: 'Trend over de kwartalen' });
    await untilChartDrawn(trend, 5);
    await page
      .getByRole('region', { name: 'De vijf thema’s in één beeld' })
      .locator('.recharts-radar')
      .first()
      .waitFor();
    await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
    await picture(page, 'programmamanager-dashboard');
    await picture(trend, 'programmamanager-trend');

    await page.getByRole('link', { name: 'Naar het partnerschap' }).click();
    await heading(page, TWENTE);
    await page.getByRole('link', { name: /^Bekijk het actieplan/ }).click();
    await heading(page, new RegExp(TWENTE));
    await page.getByRole('region', { name: 'Actie toevoegen' }).getByLabel('Wat gaat er gebeuren?').waitFor();
    await picture(page, 'programmamanager-actieplan');
  });

  it('the programme manager: the quarter’s self-assessment, on a computer and a phone', async () => {
    const page = await signedIn(MANAGER);
    await page.getByRole('link', { name: TWENTE }).click();
    await heading(page, TWENTE);
    await page.getByRole('button', { name: /^Zelfevaluatie \S+ starten$/ }).click();
    await heading(page, /^Zelfevaluatie \S+$/);
    const tabs = page.getByRole('tablist').getByRole('tab');
    expect(await tabs.count()).toBe(5);

    const answer = (indicator: string, option: RegExp) =>
      page
        .getByRole('group', { name: new RegExp(`^${indicator.replace('.', '\\.')} `) })
        .getByRole('radio', { name: option });
    await answer('1.1', /^3 Functionerend/).check();
    await answer('1.2', /^2 In ontwikkeling/).check();
    await page.getByText('2 van 20 indicatoren beantwoord').waitFor();
    await page.locator('[role="status"]', { hasText: /^Opgeslagen/ }).waitFor();
    // Answering scrolled the page; the picture shows it from the top, with the theme tabs.
    await scrollTo(page.getByRole('banner'));
    await picture(page, 'programmamanager-zelfevaluatie');

    const invite = page.getByRole('form', { name: 'Respondent uitnodigen' });
    await invite.getByLabel('Perspectief').waitFor();
    await picture(invite, 'programmamanager-respondent-uitnodigen');

    const phone = await signedIn(MANAGER, PHONE);
    await phone.goto(page.url());
    await heading(phone, /^Zelfevaluatie \S+$/);
    await phone.getByText('2 van 20 indicatoren beantwoord').waitFor();
    // The first indicator with its answers, below the progress bar that stays in view.
    await scrollTo(phone.getByRole('group', { name: /^1\.1 / }), 'center');
    await picture(phone, 'programmamanager-zelfevaluatie-telefoon');
  });

  it('the critical friend: review queue, a flag and a review', async () => {
    const page = await signedIn('friend@demo.koers.nl');
    await page.goto(`${baseUrl}/review-queue`);
    await heading(page, 'Reviewwachtrij');
    const foundation = page
      .getByRole('row')
      .filter({ hasText: TWENTE })
      .getByRole('link', { name: /staat ver boven .*: draagt het fundament de doorgaande lijn\?$/ });
    await foundation.waitFor();
    await picture(page, 'kritische-vriend-reviewwachtrij');

    await foundation.click();
    await heading(page, /Draagt het fundament thema 5\?: Doorgaande lijn$/);
    await page.getByRole('button', { name: 'Signaal oppakken' }).waitFor();
    await picture(page, 'kritische-vriend-signaal');

    await page.getByRole('link', { name: TWENTE }).click();
    await heading(page, TWENTE);
    // The newest submitted quarter: the one a review is about.
    await page
      .getByRole('region', { name: 'Zelfevaluaties' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: 'Ingediend', exact: true }) })
      .first()
      .getByRole('link')
      .click();
    await heading(page, /^Zelfevaluatie \S+$/);
    const review = page.getByRole('region', { name: 'Review van de kritische vriend' });
    await review.getByRole('button', { name: /^Review (schrijven|bewerken)$/ }).click();
    await review.getByLabel('De vraag achter de vraag').waitFor();
    await picture(review, 'kritische-vriend-review');
  });

  it('the board member: board overview, on a computer and a phone, and a partnership’s dashboard', async () => {
    for (const [viewport, name] of [
      [DESKTOP, 'bestuurder-overzicht'],
      [PHONE, 'bestuurder-overzicht-telefoon'],
    ] as const) {
      const page = await signedIn('board@demo.koers.nl', viewport);
      await page.goto(`${baseUrl}/board`);
      await heading(page, 'Bestuursoverzicht');
      const heatmap = page.getByRole('table', { name: /Scores per partnerschap en thema/ });
      await heatmap.getByRole('link', { name: TWENTE }).waitFor();
      // The board member's organisation takes part in three demo partnerships.
      await page.getByText('3 partnerschappen in beeld').waitFor();
      await untilChartDrawn(page.getByRole('region', { name: 'Gemiddelde per thema over de kwartalen' }), 5);
      // On a phone the heatmap is what the picture is for; on a computer the whole top of the page.
      if (viewport === PHONE) await scrollTo(heatmap);
      await picture(page, name);

      if (viewport === DESKTOP) {
        await heatmap.getByRole('link', { name: TWENTE }).click();
        await heading(page, new RegExp(TWENTE));
        await untilChartDrawn(page.getByRole('region', { name: 'Trend over de kwartalen' }), 5);
        await page.getByRole('heading', { level: 1 }).scrollIntoViewIfNeeded();
        await picture(page, 'bestuurder-dashboard');
      }
    }
  });

  it('the admin: people, an invitation, questionnaire versions, periods and flag rules', async () => {
    const page = await signedIn('admin@demo.koers.nl');
    await page.goto(`${baseUrl}/admin/people`);
    await heading(page, 'Mensen');
    await page.getByRole('table').getByText('pm@demo.koers.nl', { exact: true }).waitFor();
    await picture(page, 'beheerder-mensen');

    await page.getByRole('link', { name: 'Persoon uitnodigen' }).click();
    await heading(page, 'Persoon uitnodigen');
    await page.getByLabel('Naam').fill('Sanne de Boer');
    await page.getByLabel('E-mailadres').fill('sanne.deboer@example.nl');
    await page.getByLabel('Rol', { exact: true }).selectOption({ label: 'Programmamanager' });
    await page.getByLabel('Partnerschap').selectOption({ label: TWENTE });
    await picture(page.getByRole('main').locator('form'), 'beheerder-uitnodigen');

    await page.goto(`${baseUrl}/admin/questionnaire`);
    await heading(page, 'Vragenlijstversies');
    await page.getByRole('table').getByText('In gebruik', { exact: true }).waitFor();
    await picture(page, 'beheerder-vragenlijstversies');

    await page.goto(`${baseUrl}/admin/periods`);
    await heading(page, 'Periodes');
    await page.getByRole('table').getByText('huidig', { exact: true }).waitFor();
    await picture(page, 'beheerder-periodes');

    await page.goto(`${baseUrl}/admin/flag-settings`);
    await heading(page, 'Signaalregels');
    await page.getByLabel(/^Zwak thema, nu bespreken/).waitFor();
    await picture(page, 'beheerder-signaalregels');
  });

  it('the guide shows exactly the pictures this run wrote, and the pages had no errors', async () => {
    expect(pageErrors.flat()).toEqual([]);
    const pages = (await readdir(GUIDE_DIR)).filter((file) => file.endsWith('.md'));
    expect(pages.sort()).toEqual([
      'README.md',
      'beheerder.md',
      'bestuurder.md',
      'kritische-vriend.md',
      'programmamanager.md',
    ]);

    const shown = new Set<string>();
    for (const file of pages) {
      for (const image of imagesIn(await readFile(path.join(GUIDE_DIR, file), 'utf8'))) {
        expect(written, `${file} shows ${image}, which this run did not make`).toContain(image);
        const { mtimeMs } = await stat(path.join(GUIDE_DIR, image));
        expect(mtimeMs, `${image} is older than this run`).toBeGreaterThanOrEqual(runStartedAt);
        shown.add(image);
      }
    }
    // No picture is made for nothing, and none lies in img/ from an earlier run.
    expect([...shown].sort()).toEqual([...written].sort());
    const inFolder = (await readdir(IMAGE_DIR)).map((file) => `img/${file}`);
    expect(inFolder.sort()).toEqual([...written].sort());
  });
});
