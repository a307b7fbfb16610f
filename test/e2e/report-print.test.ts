import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ZPartnershipDashboard } from '@koers/shared/dashboards';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
/** Set to keep the printed PDF, e.g. to look at the handout. */
const PDF_DIR = process.env.KOERS_E2E_PDF_DIR;

const MANAGER = 'vallei@demo.koers.nl';
const PARTNERSHIP = 'Opleidingsschool Gelderse Vallei';

type TPrintedPage = {
  /** Every run of text on the page, with its height from the bottom of the sheet (PDF points). */
  runs: { text: string; y: number }[];
  height: number;
};

async function readPdf(pdf: Buffer): Promise<TPrintedPage[]> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: true });
  const document = await loading.promise;
  const pages: TPrintedPage[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    const runs = content.items.flatMap((item) =>
      'str' in item && item.str.trim() !== '' ? [{ text: item.str.trim(), y: item.transform[5] as number }] : [],
    );
    pages.push({ runs, height: page.view[3] ?? 0 });
  }
  await loading.destroy();
  return pages;
}

describe('the printed report', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints as a handout: a running head and page numbers on every sheet, no sheet less than half full but the last, each flag once', async () => {
    const context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, MANAGER);

    await page.goto(baseUrl);
    await page
      .getByRole('row', { name: new RegExp(PARTNERSHIP) })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { level: 1, name: new RegExp(PARTNERSHIP) }).waitFor();
    const partnershipId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const dashboard = ZPartnershipDashboard.parse(
      await (await page.request.get(`${baseUrl}/api/partnerships/${partnershipId}/dashboard`)).json(),
    );
    // The demo quarter of Gelderse Vallei has several flags, two themes with two each.
    expect(dashboard.flags.length).toBeGreaterThanOrEqual(4);
    const period = dashboard.period?.code ?? '';

    // Whoever presses Print as soon as it shows gets the charts on paper, not the space kept for them.
    await page.locator('body').evaluate((body) => {
      body.ownerDocument.defaultView.print = () => {
        const figures = [...body.querySelectorAll('article [role="img"]')];
        const drawn = figures.filter((figure) => figure.querySelector('svg') !== null);
        body.dataset.printedCharts = `${drawn.length}/${figures.length}`;
      };
    });
    await page.getByRole('link', { name: 'Rapport om te printen' }).click();
    await page.getByRole('button', { name: 'Print / opslaan als PDF' }).click();
    const printRequest = page.locator('body[data-printed-charts]');
    await printRequest.waitFor({ state: 'attached' });
    expect(await printRequest.getAttribute('data-printed-charts')).toBe('2/2');

    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    if (PDF_DIR) {
      await mkdir(PDF_DIR, { recursive: true });
      await writeFile(path.join(PDF_DIR, 'report.pdf'), pdf);
    }
    const pages = await readPdf(pdf);
    expect(pages.length).toBeGreaterThan(1);

    const runningHead = `${PARTNERSHIP} · Kwartaalrapport ${period}`;
    const printedOn = /^Geprint op \d{1,2} \p{L}+ \d{4}$/u;
    pages.forEach((sheet, index) => {
      const where = `page ${index + 1} of ${pages.length}`;
      const pageNumber = `${index + 1} / ${pages.length}`;
      const head = sheet.runs.find((run) => run.text === runningHead);
      const foot = sheet.runs.filter((run) => run.text === pageNumber || printedOn.test(run.text));
      const body = sheet.runs.filter((run) => run !== head && !foot.includes(run));
      expect(head, `${where}: running head`).toBeDefined();
      expect(foot.map((run) => run.text).sort(), `${where}: foot`).toEqual([
        pageNumber,
        expect.stringMatching(printedOn),
      ]);
      // The head sits above everything on the sheet, the foot below it.
      const highest = Math.max(...body.map((run) => run.y));
      const lowest = Math.min(...body.map((run) => run.y));
      expect(head?.y, where).toBeGreaterThan(highest);
      for (const run of foot) expect(run.y, where).toBeLessThan(lowest);
      // And but for the last, the sheet is at least half full: what it holds reaches below its middle.
      if (index < pages.length - 1) {
        expect(lowest, `${where} ends ${Math.round(sheet.height - lowest)} pt from the top`).toBeLessThan(
          sheet.height / 2,
        );
      }
    });

    // Each open flag is on paper once, with its reason; PDF text runs are compared without white space.
    const text = pages
      .flatMap((sheet) => sheet.runs.map((run) => run.text))
      .join('')
      .replace(/\s/g, '');
    for (const flag of dashboard.flags) {
      expect(text.split(flag.reason.nl.replace(/\s/g, '')).length - 1, flag.reason.nl).toBe(1);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
