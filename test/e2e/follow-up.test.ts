import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ZPartnershipDashboard } from '@koers/shared/dashboards';
import { ZAction } from '@koers/shared/follow-up';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');

const FRIEND = 'friend@demo.koers.nl';
const MANAGER = 'pm@demo.koers.nl';
const MANAGER_NAME = 'Priya Manders';
const FRIEND_NAME = 'Frank Vriend';
const ACTION = 'peer review with another partnership';

/** A calendar date `days` from today (negative: in the past), as the date field takes it. */
function isoDate(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

async function signedInPage(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  // A context of its own per person: two people at two computers, not one session shared.
  const context = await browser.newContext({ locale: 'nl-NL' });
  const page = await context.newPage();
  await signIn(page, baseUrl, email);
  return { context, page };
}

async function openQueue(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Reviewwachtrij' }).click();
  await page.getByRole('heading', { level: 1, name: 'Reviewwachtrij' }).waitFor();
  await page.getByRole('table').waitFor();
}

function queueRow(page: Page, partnership: string, reason: RegExp): Locator {
  return page
    .getByRole('row')
    .filter({ hasText: partnership })
    .filter({ has: page.getByRole('link', { name: reason }) });
}

async function addAction(page: Page, values: { description: string; owner: RegExp; dueOn: string }) {
  const form = page.getByRole('region', { name: 'Actie toevoegen' });
  await form.getByLabel('Wat gaat er gebeuren?').fill(values.description);
  await form.getByLabel('Soort ondersteuning').selectOption('peer_review');
  const owner = form.getByLabel('Eigenaar');
  const ownerOption = owner.locator('option').filter({ hasText: values.owner });
  await ownerOption.waitFor({ state: 'attached' });
  await owner.selectOption(await ownerOption.getAttribute('value'));
  await form.getByLabel('Uiterlijk klaar op').fill(values.dueOn);
  await form.getByRole('button', { name: 'Actie toevoegen' }).click();
  await form.getByText('De actie is toegevoegd.').waitFor();
}

/** The partnership id at the end of a link to its page. */
async function partnershipIdOf(link: Locator): Promise<string> {
  const id = (await link.first().getAttribute('href'))?.split('/').pop();
  if (!id) throw new Error('no link to a partnership');
  return id;
}

async function pdfText(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const loading = getDocument({ data: new Uint8Array(pdf), useSystemFonts: true });
  const document = await loading.promise;
  const texts: string[] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const content = await (await document.getPage(number)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await loading.destroy();
  // PDF text comes in runs; one space between words makes the assertions independent of how it was split.
  return { pages: document.numPages, text: texts.join(' ').replace(/\s+/g, ' ') };
}

describe('critical-friend follow-up in a real browser', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let twenteId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
  });

  it('puts the weak theme first in the queue: most urgent, then longest open, carried on over quarters', async () => {
    const friend = await signedInPage(browser, FRIEND);
    contexts.push(friend.context);
    const errors = collectPageErrors(friend.page);
    await openQueue(friend.page);

    const rows = friend.page.getByRole('table').locator('tbody tr');
    const first = rows.first();
    await expect(first.getByRole('link').first().textContent()).resolves.toMatch(/^Data en feedback scoort 1,\d+/);
    const text = (await first.textContent()) ?? '';
    expect(text).toContain('Partnerschap Twente Leert');
    expect(text).toContain('Nu bespreken');
    // Raised at the submission of the quarter before the last, and still shown by the last: one row.
    expect(text).toContain('2026-Q2 t/m 2026-Q3');
    expect(Number(text.match(/(\d+) dagen/)?.[1])).toBeGreaterThan(60);
    await expect(queueRow(friend.page, 'Partnerschap Twente Leert', /^Data en feedback scoort/).count()).resolves.toBe(
      1,
    );

    // Most urgent first throughout: no "Nu bespreken" below an "Aandacht".
    const severities = (await rows.allTextContents()).map((row) => (row.includes('Nu bespreken') ? 0 : 1));
    expect(severities).toEqual([...severities].sort());
    expect(errors).toEqual([]);
  });

  it('goes from flag to conversation to action, tracked until done, with every step in the history', async () => {
    const friend = await signedInPage(browser, FRIEND);
    const manager = await signedInPage(browser, MANAGER);
    contexts.push(friend.context, manager.context);
    const errors = [...collectPageErrors(friend.page), ...collectPageErrors(manager.page)];

    // The critical friend finds the weak "Data en feedback" flag of Twente Leert in the queue.
    await openQueue(friend.page);
    const row = queueRow(friend.page, 'Partnerschap Twente Leert', /^Data en feedback scoort/);
    await expect(row.count()).resolves.toBe(1);
    expect(await row.textContent()).toContain('Nu bespreken');
    await row.getByRole('link', { name: /^Data en feedback scoort/ }).click();
    await friend.page.getByRole('heading', { level: 1, name: 'Signaal Zwak thema: Data en feedback' }).waitFor();
    const flagUrl = friend.page.url();
    twenteId = await partnershipIdOf(friend.page.getByRole('link', { name: 'Partnerschap Twente Leert' }));

    await friend.page.getByRole('button', { name: 'Signaal oppakken' }).click();
    await friend.page.getByText('Je hebt het signaal opgepakt.').waitFor();

    // An action for the programme manager, six weeks from now, with a peer review as support.
    await addAction(friend.page, { description: ACTION, owner: new RegExp(MANAGER_NAME), dueOn: isoDate(42) });
    const flagActions = friend.page.getByRole('region', { name: 'Acties bij dit signaal' });
    await flagActions.getByRole('heading', { name: ACTION }).waitFor();
    expect(await flagActions.textContent()).toContain('Peer review met een ander partnerschap');

    // The programme manager, at another computer, has a notice and sees the action in the plan.
    await manager.page.reload();
    await manager.page.getByRole('link', { name: /^Meldingen, \d+ ongelezen$/ }).click();
    await manager.page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    const notice = manager.page.getByRole('listitem').filter({ hasText: `Nieuwe actie voor jou` }).filter({
      hasText: ACTION,
    });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Nieuw');
    await notice.getByRole('link', { name: /^Bekijken/ }).click();
    await manager.page.waitForURL(`${baseUrl}/partnerships/${twenteId}/actions`);
    await manager.page.getByRole('heading', { level: 1, name: /Partnerschap Twente Leert/ }).waitFor();
    const planAction = manager.page
      .getByRole('listitem')
      .filter({ has: manager.page.getByRole('heading', { name: ACTION }) });
    await planAction.waitFor();
    expect(await planAction.textContent()).toContain(MANAGER_NAME);

    // The partnership page points to the plan, with the action counted as running.
    await manager.page.goto(`${baseUrl}/partnerships/${twenteId}`);
    await manager.page
      .getByRole('region', { name: 'Actieplan' })
      .getByText(/acties? lo(o|p)(pt|en) nog/)
      .waitFor();

    // Done, with a note on what happened.
    await manager.page.goto(`${baseUrl}/partnerships/${twenteId}/actions`);
    await planAction.getByRole('button', { name: /^Voortgang bijwerken/ }).click();
    await planAction.getByLabel('Wat is er gebeurd?').fill('Bezoek aan Rijnmond gehad; feedbackcyclus overgenomen.');
    await planAction.getByLabel('Status').selectOption('done');
    await planAction.getByRole('button', { name: 'Voortgang opslaan' }).click();
    await planAction.getByText('De voortgang is opgeslagen.').waitFor();
    expect(await planAction.textContent()).toContain('Klaar');
    expect(await planAction.textContent()).toContain('feedbackcyclus overgenomen');

    // With its action done, the critical friend closes the flag without further explanation.
    await friend.page.goto(flagUrl);
    await friend.page
      .getByRole('region', { name: 'Signaal afronden' })
      .getByRole('button', { name: 'Signaal afronden' })
      .click();
    await friend.page.getByText('Dit signaal is afgerond.').waitFor();

    const steps = await friend.page.getByRole('region', { name: 'Verloop' }).getByRole('listitem').allTextContents();
    expect(steps).toHaveLength(4);
    expect(steps[0]).toMatch(/^Gesignaleerd door Koers · \d/);
    expect(steps[1]).toMatch(new RegExp(`^Opgepakt door ${FRIEND_NAME} · \\d`));
    expect(steps[2]).toMatch(new RegExp(`^Actie toegevoegd door ${FRIEND_NAME} · \\d.*${ACTION}`));
    expect(steps[3]).toMatch(new RegExp(`^Afgerond door ${FRIEND_NAME} · \\d`));
    await friend.page.screenshot({ path: '/tmp/koers-flag-page.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows an action past its date as overdue in the plan, on the dashboard and in the queue', async () => {
    const friend = await signedInPage(browser, FRIEND);
    contexts.push(friend.context);
    await openQueue(friend.page);
    const first = friend.page.getByRole('row').nth(1);
    const partnership = (await first.locator('td').nth(1).textContent()) ?? '';
    const reason = (await first.getByRole('link').textContent()) ?? '';
    await first.getByRole('link').click();
    await friend.page.getByRole('heading', { level: 1 }).filter({ hasText: 'Signaal' }).waitFor();
    const partnershipId = await partnershipIdOf(friend.page.getByRole('link', { name: partnership, exact: true }));

    const late = 'Intervisie over de feedbackcultuur plannen';
    await addAction(friend.page, {
      description: late,
      owner: new RegExp(`${FRIEND_NAME} \\(ik\\)`),
      dueOn: isoDate(-10),
    });
    const action = friend.page.getByRole('listitem').filter({ has: friend.page.getByRole('heading', { name: late }) });
    await action.getByText('Over tijd').waitFor();

    await friend.page.goto(`${baseUrl}/partnerships/${partnershipId}/actions`);
    const planAction = friend.page
      .getByRole('listitem')
      .filter({ has: friend.page.getByRole('heading', { name: late }) });
    await planAction.getByText('Over tijd').waitFor();

    await friend.page.goto(`${baseUrl}/partnerships/${partnershipId}/dashboard`);
    const overdue = friend.page.getByRole('region', { name: 'Acties over tijd' });
    await overdue.getByText(late).waitFor();

    await openQueue(friend.page);
    const row = friend.page
      .getByRole('row')
      .filter({ hasText: partnership })
      .filter({ has: friend.page.getByRole('link', { name: reason, exact: true }) });
    expect(await row.textContent()).toMatch(/1 over tijd/);
    await friend.page.screenshot({ path: '/tmp/koers-review-queue.png', fullPage: true });
  });

  it('prints the Twente Leert report to an A4 PDF with scores, flags, charts and the action plan', async () => {
    const manager = await signedInPage(browser, MANAGER);
    contexts.push(manager.context);
    const { page } = manager;
    const errors = collectPageErrors(page);
    const id = twenteId || (await partnershipIdOf(page.getByRole('link', { name: 'Partnerschap Twente Leert' })));

    // What the report must show, as the API gives it to this person.
    const dashboard = ZPartnershipDashboard.parse(
      await (await page.request.get(`${baseUrl}/api/partnerships/${id}/dashboard`)).json(),
    );
    const actionList = (await (await page.request.get(`${baseUrl}/api/partnerships/${id}/actions`)).json()) as {
      items: unknown;
    };
    const actions = ZAction.array().parse(actionList.items);
    expect(actions.length).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/partnerships/${id}/dashboard`);
    await page.getByRole('link', { name: 'Rapport om te printen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partnerschap Twente Leert' }).waitFor();
    await page.getByRole('button', { name: 'Print / opslaan als PDF' }).waitFor();
    // The radar and the trend are drawn before anything is printed.
    await page.locator('.recharts-wrapper svg').nth(1).waitFor();
    expect(await page.locator('.recharts-wrapper svg').count()).toBeGreaterThanOrEqual(2);
    await page.screenshot({ path: '/tmp/koers-report.png', fullPage: true });

    await page.emulateMedia({ media: 'print' });
    // The screen-only parts stay off the paper (report-print.test.ts checks how the sheets fill).
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print / opslaan als PDF' }).isVisible()).toBe(false);

    const { pages, text } = await pdfText(await page.pdf({ format: 'A4', printBackground: true }));
    expect(pages).toBeGreaterThan(0);
    // How a PDF splits text into runs is its own affair: compare without any white space.
    const printed = text.replace(/\s/g, '');
    const contains = (expected: string) => expect(printed).toContain(expected.replace(/\s/g, ''));
    const nl = new Intl.NumberFormat('nl', { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    expect(dashboard.themes).toHaveLength(5);
    for (const theme of dashboard.themes) {
      contains(`${theme.theme}. ${theme.name.nl} ${theme.score === null ? '—' : nl.format(theme.score)}`);
    }
    for (const flag of dashboard.flags) contains(flag.reason.nl);
    for (const action of actions) contains(action.description);
    contains('Scores op de vijf kernthema’s');
    contains('Actieplan');
    expect(errors).toEqual([]);
  });
});
