import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');

describe('downloading the board overview in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('saves the filtered heatmap as an Excel file that holds every partnership in view and its filters', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, 'admin@demo.koers.nl');

    await page.goto(`${baseUrl}/board`);
    await page.getByRole('heading', { level: 2, name: /^Thema’s per partnerschap/ }).waitFor();
    const filtered = page.waitForResponse(
      (res) => res.url().includes('/api/board-overview?') && res.url().includes('sector=po'),
    );
    await page.getByRole('combobox', { name: 'Sector' }).selectOption('po');
    await filtered;
    await page.locator('section[aria-labelledby="heatmap"][aria-busy="false"]').waitFor();
    const inView = page.getByText(/^\d+ partnerschappen in beeld$/);
    const count = Number((await inView.textContent())?.split(' ')[0]);

    const downloads = page.getByRole('group', { name: /^Download: / });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      downloads.getByRole('link', { name: 'Excel (xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^koers-board-overview-\d{4}-q\d-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const about = workbook.getWorksheet('Over dit bestand');
    const facts = new Map<unknown, unknown>();
    about?.eachRow((row) => facts.set(row.getCell(1).value, row.getCell(2).value));
    expect(facts.get('Sector')).toBe('Primair onderwijs (po)');

    const sheet = workbook.getWorksheet('Partnerschappen');
    const sectors: unknown[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) sectors.push(row.getCell(3).value);
    });
    expect(sectors).toHaveLength(count);
    expect(new Set(sectors)).toEqual(new Set(['Primair onderwijs (po)']));

    expect(errors).toEqual([]);
    await context.close();
  });
});
