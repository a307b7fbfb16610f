import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;
// Names of this run's own, so the test holds on a database an earlier run filled.
const run = Date.now().toString(36);
const INSTITUTE = `Hogeschool Vallei ${run}`;
const BOARD = `Stichting Valleischolen ${run}`;
const SCHOOL = `OBS De Vallei ${run}`;
const PARTNERSHIP = `Samen Opleiden Vallei ${run}`;
const MANAGER = `Ilse Hoekstra-Müller ${run}`;

/** One workbook with all three sheets, as an admin fills in the template. */
async function setupWorkbook(managerEmail: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('organisaties').addRows([
    ['naam', 'soort', 'bestuur'],
    [INSTITUTE, 'opleiding', ''],
    [BOARD, 'schoolbestuur', ''],
    [SCHOOL, 'school', BOARD],
  ]);
  book.addWorksheet('partnerschappen').addRows([
    ['naam', 'regio', 'sector', 'scenario', 'leden'],
    [PARTNERSHIP, 'Ede', 'po', 'B', `${INSTITUTE}; ${BOARD}; ${SCHOOL}`],
  ]);
  book.addWorksheet('personen').addRows([
    ['naam', 'e-mail', 'rol', 'partnerschappen', 'organisatie'],
    [MANAGER, managerEmail, 'programmamanager', PARTNERSHIP, ''],
    [`Joëlle Dijkstra ${run}`, `joelle.${run}@vallei.example`, 'bestuurder', '', BOARD],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('an admin sets Koers up from one spreadsheet', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lists the problems of a bad file by sheet, row and column, and imports nothing', async () => {
    await signIn(page, baseUrl, 'admin@demo.koers.nl');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importeren uit een spreadsheet' }).waitFor();

    await page.getByLabel('Spreadsheet').setInputFiles({
      name: 'inrichting.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await setupWorkbook('ilse@vallei'),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    const problems = page.getByRole('table', { name: 'Punten om aan te passen, per blad, rij en kolom' });
    await problems.waitFor();
    const rows = await problems.locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.replace(/\s+/g, ' ').trim())).toEqual([
      'personen 2 e-mail “ilse@vallei” is geen e-mailadres.',
    ]);
    expect(await page.getByRole('button', { name: 'Importeren', exact: true }).isDisabled()).toBe(true);
    if (SCREENSHOT_DIR) {
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: 900 });
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `admin-import-${width}.png`), fullPage: true });
      }
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it('checks the corrected file clean, imports it, and Beheer shows the partnership, its members and people', async () => {
    await page.getByLabel('Spreadsheet').setInputFiles({
      name: 'inrichting.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await setupWorkbook(`ilse.${run}@vallei.example`),
    });
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText('Het bestand is in orde. Importeren maakt aan:').waitFor();
    await page.getByText('3 organisaties').waitFor();
    await page.getByRole('button', { name: 'Importeren', exact: true }).click();
    await page
      .getByRole('status')
      .getByText(/^Geïmporteerd: 3 organisaties, 1 partnerschap en 2 personen/)
      .waitFor();

    await page
      .getByRole('navigation', { name: 'Beheer' })
      .getByRole('link', { name: 'Partnerschappen beheren' })
      .click();
    await page.getByRole('link', { name: PARTNERSHIP }).click();
    await page.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();
    await page.getByRole('link', { name: 'Bekijk het partnerschap' }).click();
    await page.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();
    for (const member of [INSTITUTE, BOARD, SCHOOL]) await page.getByText(member, { exact: true }).first().waitFor();

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Mensen' }).click();
    const manager = page.getByRole('row').filter({ hasText: MANAGER });
    await manager.getByText('Uitgenodigd').waitFor();
    expect(await manager.innerText()).toContain(PARTNERSHIP);
    expect(pageErrors).toEqual([]);
  });
});
