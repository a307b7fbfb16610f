import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;
const PERIOD = '2099-Q1';
const PARTNERSHIP = 'Partnerschap Twente Leert';

const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The radio of one indicator's answer: `indicator` is its code (1.1), `answer` the start of the option's name. */
const option = (page: Page, indicator: string, answer: RegExp) =>
  page
    .getByRole('group', { name: new RegExp(`^${indicator.replace('.', '\\.')} `) })
    .getByRole('radio', { name: answer });

const THREE = /^3 Functionerend/;
const TWO = /^2 In ontwikkeling/;
const FOUR = /^4 Verankerd/;

async function waitUntilSaved(page: Page) {
  await page.locator('[role="status"]', { hasText: /^Opgeslagen/ }).waitFor();
}

async function openTheme(page: Page, number: number) {
  await page
    .getByRole('tablist')
    .getByRole('tab')
    .nth(number - 1)
    .click();
}

// One fresh quarter for this suite, opening today so it is the current one; its assessment is edited in
// conflict, answered by an invited respondent, and finally filled in and submitted.
describe('the quarterly self-assessment', () => {
  let browser: Browser;
  let assessmentUrl = '';
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

  it('an admin opens a new quarter, and the programme manager starts its assessment', async () => {
    const admin = await newPage();
    const adminErrors = collectPageErrors(admin);
    await signIn(admin, baseUrl, 'admin@demo.koers.nl');
    await admin.goto(`${baseUrl}/admin/periods`);
    await admin.getByRole('heading', { level: 1, name: 'Periodes' }).waitFor();
    await admin.getByLabel('Kwartaal', { exact: true }).fill(PERIOD);
    // The dates follow the code; this quarter opens today so it becomes the current one.
    expect(await admin.getByLabel('Open vanaf').inputValue()).toBe('2099-01-01');
    await admin.getByLabel('Open vanaf').fill(isoDay(0));
    await admin.getByLabel('Inleveren vóór').fill(isoDay(60));
    await admin.getByRole('button', { name: 'Kwartaal openen' }).click();
    await admin.getByText(`Kwartaal ${PERIOD} is aangemaakt.`).waitFor();
    await admin.getByText(`Huidige periode: ${PERIOD}`, { exact: false }).waitFor();
    expect(adminErrors).toEqual([]);

    const pm = await newPage();
    const pmErrors = collectPageErrors(pm);
    await signIn(pm, baseUrl, 'pm@demo.koers.nl');
    await pm.getByRole('link', { name: PARTNERSHIP }).click();
    // The start page offers the same button; wait for the partnership's page before pressing it.
    await pm.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();
    await pm.getByRole('button', { name: `Zelfevaluatie ${PERIOD} starten` }).click();
    await pm.getByRole('heading', { level: 1, name: `Zelfevaluatie ${PERIOD}` }).waitFor();
    assessmentUrl = pm.url();
    expect(assessmentUrl).toMatch(/\/assessments\/[0-9a-f-]{36}$/);
    await pm.getByText('0 van', { exact: false }).first().waitFor();
    expect(pmErrors).toEqual([]);
  });

  it('the programme manager’s start page, period bar and dashboard lead to the open assessment in one click', async () => {
    const pm = await newPage();
    const errors = collectPageErrors(pm);
    await signIn(pm, baseUrl, 'pm@demo.koers.nl');
    await pm.goto(baseUrl);
    await pm.getByRole('heading', { level: 1, name: 'Partnerschappen' }).waitFor();
    const open = new RegExp(`^Zelfevaluatie ${PERIOD}: \\d+ van 20 beantwoord, inleveren vóór `);
    await pm.getByRole('link', { name: open }).click();
    await pm.getByRole('heading', { level: 1, name: `Zelfevaluatie ${PERIOD}` }).waitFor();
    expect(pm.url()).toBe(assessmentUrl);

    await pm.getByRole('link', { name: /Naar je zelfevaluatie$/ }).click();
    await pm.getByRole('heading', { level: 1, name: `Zelfevaluatie ${PERIOD}` }).waitFor();
    expect(pm.url()).toBe(assessmentUrl);

    await pm.getByRole('link', { name: PARTNERSHIP }).first().click();
    await pm.getByRole('link', { name: 'Bekijk het dashboard' }).click();
    await pm.getByRole('link', { name: open }).click();
    await pm.getByRole('heading', { level: 1, name: `Zelfevaluatie ${PERIOD}` }).waitFor();
    expect(pm.url()).toBe(assessmentUrl);
    expect(errors).toEqual([]);
  });

  it('a pasted evidence text over the limit stays whole and is announced; it is saved once it fits', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    contexts.push(context);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const pm = await context.newPage();
    const errors = collectPageErrors(pm);
    await signIn(pm, baseUrl, 'pm@demo.koers.nl');
    await pm.goto(assessmentUrl);
    const evidence = pm.getByLabel('Onderbouwing', { exact: true });
    const pasted = 'Stagiairs en startende leraren leren samen in de school. '.repeat(400).slice(0, 20_000);
    // Runs in the page; this suite is typed without the DOM library, hence the shape of the clipboard.
    type TPageGlobals = { navigator: { clipboard: { writeText: (text: string) => Promise<void> } } };
    await pm.evaluate((text) => (globalThis as unknown as TPageGlobals).navigator.clipboard.writeText(text), pasted);
    await evidence.focus();
    await pm.keyboard.press('ControlOrMeta+V');

    const message = 'Je tekst is 20.000 tekens; er passen er 10.000 in. Kort hem in, dan slaan we hem op.';
    await pm.getByRole('status').filter({ hasText: message }).waitFor({ state: 'attached' });
    await pm.getByText('20.000 van 10.000 tekens').waitFor();
    await pm.locator('[role="status"]', { hasText: /^Niet opgeslagen: een tekst is te lang/ }).waitFor();
    expect(await evidence.inputValue()).toBe(pasted);
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    if (SCREENSHOT_DIR) await pm.screenshot({ path: path.join(SCREENSHOT_DIR, 'evidence-too-long.png') });

    // Nothing is lost: after a reload the whole text is back from this browser, still waiting to fit.
    await pm.reload();
    await pm.getByText(/We hebben wijzigingen teruggezet/).waitFor();
    expect(await evidence.inputValue()).toBe(pasted);
    await pm.getByText('20.000 van 10.000 tekens').waitFor();

    const fitting = pasted.slice(0, 9_000);
    await evidence.fill(fitting);
    await pm.getByText('9.000 van 10.000 tekens').waitFor();
    await waitUntilSaved(pm);
    await pm.reload();
    await evidence.waitFor();
    expect(await evidence.inputValue()).toBe(fitting);
    expect(errors).toEqual([]);
  });

  it('a stale save by the same manager in a second window shows the conflict, and loses nothing', async () => {
    const first = await newPage();
    const second = await newPage();
    await signIn(first, baseUrl, 'pm@demo.koers.nl');
    await signIn(second, baseUrl, 'pm@demo.koers.nl');
    await first.goto(assessmentUrl);
    await second.goto(assessmentUrl);
    await option(first, '1.1', THREE).waitFor();
    await option(second, '1.1', THREE).waitFor();

    await option(first, '1.1', THREE).check();
    await waitUntilSaved(first);

    // The second window still holds the version from before that save.
    await option(second, '1.2', TWO).check();
    const panel = second.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit intussen opgeslagen' });
    await panel.waitFor();
    await second.getByText('Niet opgeslagen: iemand anders heeft dit intussen opgeslagen').waitFor();
    await panel.getByRole('button', { name: 'Verschillen bekijken' }).click();
    const differences = panel.getByRole('table');
    await differences.waitFor();
    expect(await differences.locator('tbody tr').count()).toBe(2);
    if (SCREENSHOT_DIR) await second.screenshot({ path: path.join(SCREENSHOT_DIR, 'assessment-conflict.png') });
    await panel.getByRole('button', { name: 'Hun versie laden (mijn wijzigingen vervallen)' }).click();
    await waitUntilSaved(second);
    expect(await option(second, '1.1', THREE).isChecked()).toBe(true);
    expect(await option(second, '1.2', TWO).isChecked()).toBe(false);

    // What the first window saved is still there after a reload.
    await first.reload();
    await option(first, '1.1', THREE).waitFor();
    expect(await option(first, '1.1', THREE).isChecked()).toBe(true);
  });

  it('an invited respondent answers through their personal link, without an account', async () => {
    const pm = await newPage();
    await signIn(pm, baseUrl, 'pm@demo.koers.nl');
    await pm.goto(assessmentUrl);
    const form = pm.getByRole('form', { name: 'Respondent uitnodigen' });
    await form.getByLabel('Naam').fill('Ingrid Opleider');
    await form.getByLabel('Perspectief').selectOption({ label: 'Opleiding' });
    await form.getByLabel('Organisatie').selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Uitnodigen' }).click();
    const link = await pm.getByLabel('Persoonlijke link voor Ingrid Opleider').inputValue();
    expect(link).toMatch(/\/respond\/[A-Za-z0-9_-]{20,100}$/);

    const respondent = await newPage();
    const errors = collectPageErrors(respondent);
    // The link names the API's public URL; the suite's server listens elsewhere, so keep only the path.
    await respondent.goto(`${baseUrl}${new URL(link).pathname}`);
    await respondent.getByRole('heading', { level: 1, name: `Zelfevaluatie ${PERIOD}` }).waitFor();
    await respondent.getByText(PARTNERSHIP).first().waitFor();
    await respondent.getByText('Jouw antwoorden, Ingrid Opleider').waitFor();
    expect(await respondent.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    await option(respondent, '1.1', FOUR).check();
    await waitUntilSaved(respondent);
    if (SCREENSHOT_DIR) {
      await respondent.screenshot({ path: path.join(SCREENSHOT_DIR, 'respondent.png'), fullPage: true });
    }
    expect(errors).toEqual([]);

    await pm.reload();
    const row = pm.getByRole('row').filter({ hasText: 'Ingrid Opleider' });
    await row.waitFor();
    await row.getByRole('cell', { name: 'Opleiding' }).waitFor();
    expect(await row.getByText('Nog niet begonnen').count()).toBe(0);
  });

  it('the manager fills in part, reloads, finds every answer, finishes and submits', async () => {
    const pm = await newPage();
    const errors = collectPageErrors(pm);
    await signIn(pm, baseUrl, 'pm@demo.koers.nl');
    await pm.goto(assessmentUrl);
    await option(pm, '1.1', THREE).waitFor();

    await option(pm, '1.2', TWO).check();
    await option(pm, '1.3', /^Weet niet/).check();
    await pm.getByLabel('Onderbouwing', { exact: true }).fill('Visiedocument 2026 is door alle besturen ondertekend.');
    await pm.getByLabel('Prioriteit dit kwartaal', { exact: true }).check();
    await openTheme(pm, 2);
    await option(pm, '2.1', FOUR).check();
    await waitUntilSaved(pm);
    if (SCREENSHOT_DIR) await pm.screenshot({ path: path.join(SCREENSHOT_DIR, 'assessment.png'), fullPage: true });

    await pm.reload();
    await option(pm, '1.1', THREE).waitFor();
    expect(await option(pm, '1.1', THREE).isChecked()).toBe(true);
    expect(await option(pm, '1.2', TWO).isChecked()).toBe(true);
    expect(await option(pm, '1.3', /^Weet niet/).isChecked()).toBe(true);
    expect(await pm.getByLabel('Onderbouwing', { exact: true }).inputValue()).toBe(
      'Visiedocument 2026 is door alle besturen ondertekend.',
    );
    expect(await pm.getByLabel('Prioriteit dit kwartaal', { exact: true }).isChecked()).toBe(true);
    await openTheme(pm, 2);
    expect(await option(pm, '2.1', FOUR).isChecked()).toBe(true);

    // Finish: every indicator of every theme that has no answer yet gets one.
    const tabs = pm.getByRole('tablist').getByRole('tab');
    for (let theme = 0; theme < (await tabs.count()); theme++) {
      await tabs.nth(theme).click();
      const groups = pm.getByRole('tabpanel').getByRole('group');
      for (let i = 0; i < (await groups.count()); i++) {
        const group = groups.nth(i);
        if ((await group.getByRole('radio', { checked: true }).count()) === 0) {
          await group.getByRole('radio', { name: THREE }).check();
        }
      }
    }
    await waitUntilSaved(pm);
    const progress = await pm.getByText(/indicatoren beantwoord$/).textContent();
    const [answered, total] = (progress?.match(/\d+/g) ?? []).map(Number);
    expect(answered).toBe(total);

    await pm.getByRole('button', { name: 'Indienen…' }).click();
    const dialog = pm.getByRole('alertdialog');
    await dialog.getByText('De antwoorden van alle respondenten liggen daarna vast', { exact: false }).waitFor();
    await dialog.getByRole('button', { name: 'Ja, indienen' }).click();
    await pm
      .getByText(/^Ingediend op /)
      .first()
      .waitFor();

    // Read-only in the interface: no editor, no submit button, and a reload keeps it so.
    await pm.reload();
    await pm
      .getByText(/^Ingediend op /)
      .first()
      .waitFor();
    expect(await pm.getByRole('button', { name: 'Indienen…' }).count()).toBe(0);
    expect(await pm.getByRole('tablist').count()).toBe(0);
    const own = pm.getByRole('row').filter({ hasText: '(jij)' });
    await own.getByRole('button', { name: /^Antwoorden bekijken/ }).click();
    await pm.getByRole('tablist').waitFor();
    const radios = pm.getByRole('tabpanel').getByRole('radio');
    for (let i = 0; i < (await radios.count()); i++) expect(await radios.nth(i).isDisabled()).toBe(true);
    expect(await pm.getByLabel('Onderbouwing', { exact: true }).count()).toBe(0);

    // And the API refuses a direct save.
    const status = await pm.evaluate(async (url) => {
      const assessmentId = url.split('/').pop() ?? '';
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const assessment = (await (await fetch(`/api/assessments/${assessmentId}`)).json()) as {
        responses: { id: string; mine: boolean; version: number }[];
      };
      const mine = assessment.responses.find((r) => r.mine);
      const response = await fetch(`/api/assessments/${assessmentId}/responses/${mine?.id}`, {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          'x-csrf-token': session.csrfToken,
          'if-match': `"${mine?.version}"`,
        },
        body: JSON.stringify({ answers: {}, notes: [] }),
      });
      return response.status;
    }, assessmentUrl);
    expect(status).toBe(409);
    // The browser logs the refused save it was asked to make; nothing else may go wrong.
    expect(errors.filter((error) => !error.includes('409'))).toEqual([]);
  });
});
