import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_CURRENT_PERIOD } from '../../api/src/demo/demo-history.ts';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');

/**
 * The board overview's quarters as an admin meets them in the demo data: eight closed quarters (every
 * partnership submitted, Flevoland all but the last) and the open current quarter, which other suites
 * may have submitted for meanwhile (they share this database), so its count is read, not assumed.
 */
describe('the board overview’s quarters in a real browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens on the latest closed quarter, marks the open one in the trend with the partnerships behind each point, and lets it be chosen', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, 'admin@demo.koers.nl');

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Bestuursoverzicht' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thema’s per partnerschap, 2026-Q3' }).waitFor();
    const quarter = page.getByRole('combobox', { name: 'Kwartaal' });
    expect(await quarter.locator('option:checked').textContent()).toBe('2026-Q3 (laatst afgesloten)');

    const trend = page.getByRole('region', { name: 'Gemiddelde per thema over de kwartalen' });
    await trend.getByText(`${DEMO_CURRENT_PERIOD} loopt nog`).waitFor();
    // On the chart: the open quarter is shaded and labelled (the newest; other suites may open quarters of their own).
    await trend.locator('svg text').filter({ hasText: 'lopend' }).last().waitFor();

    // The table alternative: each quarter's state and the partnerships its averages stand on.
    await trend.getByRole('button', { name: 'Toon als tabel' }).click();
    const table = trend.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual(
      expect.arrayContaining(['Kwartaal', 'Stand', 'Partnerschappen']),
    );
    const cells = async (code: string) =>
      table.getByRole('row').filter({ hasText: code }).locator('th, td').allTextContents();
    expect((await cells('2026-Q2')).slice(0, 3)).toEqual(['2026-Q2', 'compleet', '19']);
    expect((await cells('2026-Q3')).slice(0, 3)).toEqual(['2026-Q3', 'compleet', '18']);
    const open = await cells(DEMO_CURRENT_PERIOD);
    expect(open.slice(0, 2)).toEqual([DEMO_CURRENT_PERIOD, 'loopt nog']);
    const openCount = Number(open[2]);
    expect(Number.isInteger(openCount)).toBe(true);

    // The tooltip of the open quarter's point says the same.
    const surface = trend.locator('.recharts-surface').first();
    await surface.scrollIntoViewIfNeeded();
    const box = await surface.boundingBox();
    if (!box) throw new Error('The trend chart has no box');
    // Into the chart, then from its right edge leftwards to the demo's open quarter (other suites may add
    // quarters of their own after it).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const tooltip = trend.locator('.recharts-tooltip-wrapper');
    let shown = '';
    for (let x = box.x + box.width - 10; x > box.x && !shown.includes(`${DEMO_CURRENT_PERIOD} ·`); x -= 8) {
      await page.mouse.move(x, box.y + box.height / 2);
      shown = (await tooltip.textContent()) ?? '';
    }
    expect(shown).toContain(`${DEMO_CURRENT_PERIOD} · lopend · op ${openCount} partnerschap`);

    // The open quarter can be chosen: the heatmap then says it is not complete yet.
    await quarter.selectOption({ label: `${DEMO_CURRENT_PERIOD} (loopt nog)` });
    await page.waitForURL(/\?quarter=[0-9a-f-]{36}$/);
    await page.getByRole('heading', { level: 2, name: `Thema’s per partnerschap, ${DEMO_CURRENT_PERIOD}` }).waitFor();
    await page.getByText(`${DEMO_CURRENT_PERIOD} loopt nog: er kunnen nog zelfevaluaties binnenkomen`).waitFor();
    await page.getByRole('region', { name: `Nog niet ingediend voor ${DEMO_CURRENT_PERIOD}` }).waitFor();

    expect(errors).toEqual([]);
    await context.close();
  });

  it('makes the weakest score the strongest colour and keeps heatmap and legend on a phone’s screen', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, 'board@demo.koers.nl');
    await page.goto(`${baseUrl}/board`);
    const heatmap = page.getByRole('table', { name: /Scores per partnerschap en thema/ });
    await heatmap.waitFor();

    // Twente's data and feedback (the demo's weak theme) in the warm colour, white on it; a strong one calm.
    const twente = heatmap.getByRole('row', { name: /Partnerschap Twente Leert/ });
    const colours = (label: string) =>
      twente.locator(`td[data-label="${label}"]`).evaluate((cell) => {
        const style = cell.ownerDocument.defaultView.getComputedStyle(cell);
        return [style.backgroundColor, style.color];
      });
    expect(await colours('Data en feedback')).toEqual(['rgb(179, 88, 6)', 'rgb(255, 255, 255)']);
    expect((await colours('Belang en doel'))[0]).not.toBe('rgb(179, 88, 6)');

    // Nothing runs off the side: not the partnership cards, not the legend's steps.
    const legend = page.getByRole('list', { name: 'Kleur per score:' });
    const steps = await legend.getByRole('listitem').allTextContents();
    expect(steps).toEqual(['onder 2,0', '2,0 – 2,5', '2,5 – 3,0', '3,0 – 3,5', 'vanaf 3,5']);
    for (const step of await legend.getByRole('listitem').all()) {
      const box = await step.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    }
    const widths = await heatmap.evaluate((table) => ({
      page: table.ownerDocument.documentElement.scrollWidth,
      table: table.scrollWidth,
      wrapper: table.parentElement.clientWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(390);
    expect(widths.table).toBeLessThanOrEqual(widths.wrapper);

    expect(errors).toEqual([]);
    await context.close();
  });
});
