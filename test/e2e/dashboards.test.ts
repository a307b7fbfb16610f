import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
/** Set to keep screenshots of the dashboards, e.g. to review the design. */
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;

async function screenshot(page: Page, name: string) {
  if (SCREENSHOT_DIR) await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

/** Opens a partnership's dashboard the way people do: from the list of partnerships. */
async function openDashboard(page: Page, name: string) {
  await page.goto(baseUrl);
  await page
    .getByRole('row', { name: new RegExp(name) })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
}

describe('dashboards in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function newPage() {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    return { context, page, errors: collectPageErrors(page) };
  }

  it('lets a board member filter the board overview and open a partnership’s trends from the heatmap', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page, baseUrl, 'board@demo.koers.nl');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bestuursoverzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bestuursoverzicht' }).waitFor();
    const heatmap = page.getByRole('table', { name: /Scores per partnerschap en thema/ });
    await heatmap.waitFor();
    await screenshot(page, 'board-overview');

    await page.getByLabel('Sector').selectOption('po');
    await page.waitForURL(/\?sector=po$/);
    // The board's organisation takes part in three primary-school partnerships.
    await expect
      .poll(() => heatmap.locator('tbody th a').allTextContents())
      .toEqual(['Partnerschap Haaglanden Opleiden', 'Partnerschap Twente Leert', 'Samen Opleiden Amstel-Oost']);

    await heatmap.getByRole('link', { name: 'Partnerschap Twente Leert' }).click();
    await page.getByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ }).waitFor();
    const trend = page.getByRole('region', { name: 'Trend over de kwartalen' });
    await trend.locator('.recharts-line').first().waitFor();
    expect(await trend.locator('.recharts-line').count()).toBe(5);
    await trend.getByRole('button', { name: 'Toon als tabel' }).click();
    // Two years of demo quarters from 2024-Q4 on (other suites may have submitted a newer one).
    const quarters = await trend.getByRole('table').locator('tbody tr th').allTextContents();
    expect(quarters.slice(0, 8)).toEqual([
      '2024-Q4',
      '2025-Q1',
      '2025-Q2',
      '2025-Q3',
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
    ]);
    await screenshot(page, 'dashboard-board-member');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('lets a programme manager add a timeline note that appears with the trend', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page, baseUrl, 'pm@demo.koers.nl');
    await openDashboard(page, 'Partnerschap Twente Leert');

    const form = page.getByRole('region', { name: 'Notitie toevoegen aan de tijdlijn' });
    await form.getByLabel('Datum').fill('2026-05-12');
    await form.getByLabel('Notitie').fill('Nieuwe datacoördinator gestart');
    await form.getByRole('button', { name: 'Notitie toevoegen' }).click();
    await form.getByText('De notitie staat op de tijdlijn.').waitFor();

    const trend = page.getByRole('region', { name: 'Trend over de kwartalen' });
    await trend.getByText('Nieuwe datacoördinator gestart').waitFor();
    // On the chart: a numbered marker at the note's date.
    await trend.locator('svg text').filter({ hasText: '✎1' }).waitFor();
    // And in the table alternative, with the quarter it was written in.
    await trend.getByRole('button', { name: 'Toon als tabel' }).click();
    const row = trend.getByRole('table').getByRole('row').filter({ hasText: '2026-Q2' });
    expect(await row.textContent()).toContain('(1) Nieuwe datacoördinator gestart');
    await screenshot(page, 'dashboard-programme-manager');

    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows each story partnership’s flag with its reason', async () => {
    const { context, page, errors } = await newPage();
    await signIn(page, baseUrl, 'admin@demo.koers.nl');

    const stories: { name: string; kind: string; reason: RegExp }[] = [
      {
        name: 'Partnerschap Twente Leert',
        kind: 'Zwak thema',
        reason: /^Data en feedback scoort [\d,]+: een goed moment/,
      },
      {
        name: 'Opleidingsschool Gelderse Vallei',
        kind: 'Dalend',
        reason: /daalde [\d,]+ sinds het vorige kwartaal \(van [\d,]+ naar [\d,]+\)\.$/,
      },
      {
        name: 'Samen Opleiden Zeeland',
        kind: 'Draagt het fundament thema 5?',
        reason: /^Doorgaande lijn inhoud en begeleiding \([\d,]+\) staat ver boven .*: draagt het fundament/,
      },
      {
        name: 'Academische Opleidingsschool Domstad',
        kind: 'Geen gedeeld noorden',
        reason: /^Respondenten verschillen [\d,]+ punt op .*: wijzen alle partners dezelfde kant op\?$/,
      },
      {
        name: 'Opleidingsschool Flevoland',
        kind: 'Niet ingediend',
        reason: /^De zelfevaluatie van dit kwartaal is niet ingediend; de inleverdatum was 21 oktober 2026\.$/,
      },
    ];

    for (const story of stories) {
      await openDashboard(page, story.name);
      const flags = page.getByRole('region', { name: 'Signalen om over te praten' });
      // The follow-up suite may already have closed a story flag (it shares this database): include closed ones.
      await flags.getByRole('button', { name: 'Toon ook eerdere signalen' }).click();
      const flag = flags.getByRole('listitem').filter({ hasText: story.kind });
      await flag.first().waitFor();
      const reasons = await flag.locator('p').allTextContents();
      expect(
        reasons.some((reason) => story.reason.test(reason)),
        `${story.name}: ${reasons.join(' | ')}`,
      ).toBe(true);
      if (story.name.includes('Domstad')) await screenshot(page, 'dashboard-divergence');
    }

    expect(errors).toEqual([]);
    await context.close();
  });
});
