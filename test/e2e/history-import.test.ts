import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const PARTNERSHIP = 'Partnerschap Twente Leert';

// Quarters long before the demo data (2024-Q4 to 2026-Q3), so they cannot clash with it.
const HEADER = 'period;perspective;indicator;answer;respondent';
const GOOD_ROWS = [
  '2019-Q1;coordinatie;1.1;2;',
  '2019-Q1;coordinatie;4.2;1;',
  '2019-Q1;school;4.2;weet niet;OBS De Esch',
  '2019-Q2;coordinatie;1.1;3;',
  '2019-Q2;coordinatie;4.2;2;',
];
const BAD_CSV = [HEADER, ...GOOD_ROWS.slice(0, 3), '2019-Q2;opleiding;9.9;3;', ...GOOD_ROWS.slice(3)].join('\n');
const GOOD_CSV = [HEADER, ...GOOD_ROWS].join('\n');

const historyRow = (page: Page, period: string) =>
  page.getByRole('region', { name: 'Zelfevaluaties' }).getByRole('link', { name: `Zelfevaluatie ${period}` });

describe('importing a partnership’s history from a CSV', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let partnershipUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('names the bad row and its reason, and imports nothing', async () => {
    await signIn(page, baseUrl, 'pm@demo.koers.nl');
    await page.getByRole('link', { name: PARTNERSHIP }).click();
    await page.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();
    partnershipUrl = page.url();
    await page.getByRole('link', { name: 'Geschiedenis importeren' }).click();
    await page.getByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ }).waitFor();
    await page.getByRole('region', { name: 'Zo ziet het bestand eruit' }).waitFor();

    await page.getByLabel('CSV-bestand').setInputFiles({
      name: 'geschiedenis-twente.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(BAD_CSV, 'utf8'),
    });
    const contents = page.getByRole('textbox', { name: 'Inhoud van het bestand' });
    await expect.poll(() => contents.inputValue()).toBe(BAD_CSV);
    await page.getByRole('button', { name: 'Controleren' }).click();

    const problems = page.getByRole('table', { name: 'Problemen per regel van het bestand' });
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    // The header is line 1: the fourth row of answers is line 5.
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      '5 indicator “9.9” staat niet in de vragenlijst',
    ]);
    await page.getByText('De controle vond 1 probleem; er is niets geïmporteerd.', { exact: false }).waitFor();
    expect(await page.getByRole('button', { name: 'Importeren' }).isDisabled()).toBe(true);

    await page.goto(partnershipUrl);
    await historyRow(page, '2026-Q3').waitFor();
    expect(await historyRow(page, '2019-Q1').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('imports the corrected file, and the quarters appear in the partnership’s history', async () => {
    await page.getByRole('link', { name: 'Geschiedenis importeren' }).click();
    const contents = page.getByRole('textbox', { name: 'Inhoud van het bestand' });
    await contents.fill(GOOD_CSV);
    await page.getByRole('button', { name: 'Controleren' }).click();

    const quarters = page.getByRole('table', { name: 'Kwartalen die worden geïmporteerd' });
    await quarters.waitFor();
    expect(await quarters.locator('tbody th').allTextContents()).toEqual(['2019-Q1', '2019-Q2']);
    await page.getByRole('button', { name: 'Importeren' }).click();

    await page.getByText('2 kwartalen zijn geïmporteerd: 2019-Q1, 2019-Q2.').waitFor();
    await page.getByRole('link', { name: 'Bekijk de zelfevaluaties van het partnerschap' }).click();
    await page.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();
    await historyRow(page, '2019-Q1').waitFor();
    await historyRow(page, '2019-Q2').waitFor();
    expect(pageErrors).toEqual([]);
  });
});
