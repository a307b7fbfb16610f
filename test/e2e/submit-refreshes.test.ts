import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { TAssessment } from '@koers/shared/assessments';
import type { TInstrumentVersion } from '@koers/shared/instrument';
import type { TPartnership, TPartnershipSummary } from '@koers/shared/partnerships';
import type { TPeriod } from '@koers/shared/periods';
import type { TPerson } from '@koers/shared/people';
import { apiGet, apiPost } from './api-requests.ts';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
// Noorderlicht's open quarter is touched by no other suite.
const MANAGER = 'noorderlicht@demo.koers.nl';
const PARTNERSHIP = 'Opleidingsschool Noorderlicht';
const SCHOOL_BOARD = 'Stichting VO Groningen-Oost';

type TItems<T> = { items: T[] };

/** The manager also sits on the board of one of the partnership's schools, so one session sees both pages. */
async function makeManagerBoardMember(admin: Page, partnershipId: string) {
  const people = await apiGet<TItems<TPerson>>(admin, '/api/people');
  const manager = people.items.find((person) => person.email === MANAGER);
  const partnership = await apiGet<TPartnership>(admin, `/api/partnerships/${partnershipId}`);
  const board = partnership.members.find((organisation) => organisation.name === SCHOOL_BOARD);
  if (!manager || !board) throw new Error(`The demo data has no ${MANAGER} or ${SCHOOL_BOARD}`);
  await apiPost(admin, `/api/people/${manager.id}/roles`, { role: 'board_member', organisationId: board.id });
}

/** Starts the current quarter's assessment and answers every indicator, so only submitting is left. */
async function answeredAssessment(manager: Page, partnershipId: string, periodId: string) {
  const assessment = await apiPost<TAssessment>(manager, `/api/partnerships/${partnershipId}/assessments`, {
    periodId,
  });
  const own = assessment.responses.find((response) => response.mine);
  if (!own) throw new Error('The started assessment has no response of the manager');
  const instrument = await apiGet<TInstrumentVersion>(
    manager,
    `/api/instrument/versions/${assessment.instrumentVersion}`,
  );
  const answers = Object.fromEntries(
    instrument.themes.flatMap((theme) => theme.indicators.map((indicator) => [indicator.id, 3])),
  );
  const { csrfToken } = await apiGet<{ csrfToken: string }>(manager, '/api/auth/session');
  const saved = await manager.request.put(`${baseUrl}/api/assessments/${assessment.id}/responses/${own.id}`, {
    data: { answers, notes: [] },
    headers: { 'x-csrf-token': csrfToken, 'if-match': `"${own.version}"` },
  });
  if (!saved.ok()) throw new Error(`Saving the answers: ${saved.status()} ${await saved.text()}`);
}

/** The option the quarter picker of the page shows as chosen. */
const chosenQuarter = (page: Page) =>
  page.getByRole('combobox', { name: 'Kwartaal' }).locator('option:checked').textContent();

describe('submitting an assessment in a real browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    return context.newPage();
  }

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('shows the new quarter on the dashboard and the board overview opened before, without a reload', async () => {
    const admin = await newPage();
    await signIn(admin, baseUrl, 'admin@demo.koers.nl');
    const partnerships = await apiGet<TItems<TPartnershipSummary>>(admin, '/api/partnerships');
    const partnershipId = partnerships.items.find((partnership) => partnership.name === PARTNERSHIP)?.id;
    if (!partnershipId) throw new Error(`The demo data has no ${PARTNERSHIP}`);
    await makeManagerBoardMember(admin, partnershipId);

    const page = await newPage();
    const errors = collectPageErrors(page);
    await signIn(page, baseUrl, MANAGER);
    const periods = await apiGet<TItems<TPeriod>>(page, '/api/periods');
    const current = periods.items.find((period) => period.current);
    if (!current) throw new Error('No quarter is open');
    await answeredAssessment(page, partnershipId, current.id);
    // The app loads once after that setup behind its back; every navigation from here on is a click
    // inside the app, and the page is never loaded again.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Partnerschappen' }).waitFor();
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    // Before: the board overview lists the partnership as not submitted for the open quarter...
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    await nav.getByRole('link', { name: 'Bestuursoverzicht' }).click();
    const quarter = page.getByRole('combobox', { name: 'Kwartaal' });
    await quarter.selectOption({ label: `${current.code} (loopt nog)` });
    const notSubmitted = page.getByRole('region', { name: `Nog niet ingediend voor ${current.code}` });
    await notSubmitted.getByText(PARTNERSHIP).waitFor();

    // ...and its dashboard opens on the last quarter it submitted.
    await nav.getByRole('link', { name: 'Partnerschappen' }).click();
    await page
      .getByRole('row', { name: new RegExp(PARTNERSHIP) })
      .getByRole('link', { name: 'Dashboard' })
      .click();
    await page.getByRole('heading', { level: 1, name: new RegExp(PARTNERSHIP) }).waitFor();
    const before = await chosenQuarter(page);
    expect(before).toMatch(/ \(laatste\)$/);
    expect(before).not.toContain(current.code);

    // Submit from the dashboard's link to the open assessment.
    await page.getByRole('link', { name: new RegExp(`^Zelfevaluatie ${current.code}: 20 van 20 beantwoord`) }).click();
    await page.getByRole('heading', { level: 1, name: `Zelfevaluatie ${current.code}` }).waitFor();
    await page.getByRole('button', { name: 'Indienen…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Ja, indienen' }).click();
    await page
      .getByText(/^Ingediend op /)
      .first()
      .waitFor();

    // After: the dashboard opens on the quarter just submitted...
    await page.getByRole('link', { name: 'Bekijk het dashboard' }).click();
    await page
      .getByRole('combobox', { name: 'Kwartaal' })
      .locator('option:checked', { hasText: `${current.code} (laatste)` })
      // An option is never "visible" on its own; being the chosen one is the state meant.
      .waitFor({ state: 'attached' });

    // ...and the board overview no longer counts the partnership among those still to submit.
    await nav.getByRole('link', { name: 'Bestuursoverzicht' }).click();
    await quarter.selectOption({ label: `${current.code} (loopt nog)` });
    await page.getByText('Alle partnerschappen in beeld hebben ingediend.').waitFor();
    await page
      .getByRole('table', { name: /Scores per partnerschap en thema/ })
      .getByRole('link', { name: PARTNERSHIP })
      .waitFor();

    expect(loads).toEqual([]);
    expect(errors).toEqual([]);
  });
});
