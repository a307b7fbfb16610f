import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
// Indicator 5.4 keeps its code and continues its predecessor, so other suites in this run are unaffected.
const REWORDED = 'Mentoren, schoolopleiders en coaches zijn toegerust en krijgen daar aantoonbaar tijd voor.';

describe('a new version of the questionnaire', () => {
  let browser: Browser;
  let page: Page;
  let pageErrors: string[] = [];
  let versionUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    pageErrors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('an admin drafts it from the version in use and rewords one indicator', async () => {
    await signIn(page, baseUrl, 'admin@demo.koers.nl');
    await page.goto(`${baseUrl}/admin/people`);
    await page.getByRole('navigation', { name: 'Beheer' }).getByRole('link', { name: 'Vragenlijstversies' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragenlijstversies' }).waitFor();
    await page.getByRole('button', { name: 'Nieuwe versie opstellen' }).click();

    await page.getByRole('heading', { level: 1, name: /^Versie \d+:/ }).waitFor();
    versionUrl = page.url();
    expect(versionUrl).toMatch(/\/admin\/questionnaire\/\d+$/);
    const version = versionUrl.split('/').pop();

    await page.getByLabel('Titel (Nederlands)').fill(`Monitor vijf kernthema’s (versie ${version})`);
    await page.getByLabel('Titel (Engels)').fill(`Five core themes monitor (version ${version})`);
    const indicator = page.getByRole('group', { name: 'Indicator 5.4' });
    // It continues 5.4 of the version in use, as every indicator of a fresh draft does.
    expect(
      await indicator.getByRole('combobox', { name: 'Zet voort' }).locator('option:checked').textContent(),
    ).toMatch(/^5\.4 Mentoren/);
    await indicator.getByRole('textbox', { name: 'Tekst (Nederlands)' }).fill(REWORDED);
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('shows a reopened draft with the links saved with it, not ones guessed from the codes', async () => {
    const continues = () =>
      page.getByRole('group', { name: 'Indicator 5.4' }).getByRole('combobox', { name: 'Zet voort' });
    const heading = page.getByRole('heading', { level: 1, name: /^Versie \d+:/ });
    // 5.4 saved as new, then the page opened again.
    await continues().selectOption({ label: 'Nieuw: zet niets voort' });
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.reload();
    await heading.waitFor();
    expect(await continues().locator('option:checked').textContent()).toBe('Nieuw: zet niets voort');

    // Linked back to its predecessor, so the trend runs on after publication.
    const predecessor = await continues()
      .locator('option', { hasText: /^5\.4 Mentoren/ })
      .getAttribute('value');
    await continues().selectOption(predecessor ?? '');
    await page.getByRole('button', { name: 'Concept opslaan' }).click();
    await page.getByText('Het concept is opgeslagen.').waitFor();
    await page.reload();
    await heading.waitFor();
    expect(await continues().locator('option:checked').textContent()).toMatch(/^5\.4 Mentoren/);
    expect(pageErrors).toEqual([]);
  });

  it('publishes it after confirming, after which it is read-only and in use', async () => {
    const version = versionUrl.split('/').pop();
    await page.getByRole('button', { name: 'Publiceren' }).click();
    const dialog = page.getByRole('alertdialog', { name: `Versie ${version} publiceren?` });
    await dialog.getByText('gaat buiten gebruik', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: `Versie ${version} publiceren` }).click();
    await page.getByText(`Versie ${version} is gepubliceerd en nu in gebruik.`).waitFor();

    // After a reload too: nothing to edit, and the note says why.
    await page.reload();
    const heading = page.getByRole('heading', { level: 1, name: new RegExp(`^Versie ${version}: Monitor`) });
    await heading.getByText('In gebruik').waitFor();
    await page.getByText(/kan niet meer worden gewijzigd/).waitFor();
    await page.getByText(REWORDED).waitFor();
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Concept opslaan' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Alle versies' }).click();
    const table = page.getByRole('table', { name: 'Alle versies van de vragenlijst, nieuwste eerst' });
    await table.waitFor();
    const rows = (await table.locator('tbody tr').allInnerTexts()).map((row) => row.replace(/\s+/g, ' '));
    expect(rows[0]).toMatch(new RegExp(`^Versie ${version} .*In gebruik`));
    expect(rows[1]).toMatch(/^Versie 1 .*Buiten gebruik/);

    // New assessments use it: the questionnaire everyone sees is the new version.
    await page.goto(`${baseUrl}/questionnaire`);
    await page.getByText(REWORDED).waitFor();
    expect(pageErrors).toEqual([]);
  });
});
