import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiGet, apiPost } from './api-requests.ts';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
const SCREENSHOT_DIR = process.env.KOERS_E2E_SCREENSHOT_DIR;
const PARTNERSHIP = 'Samen Opleiden Zeeland';

// No mail server in this suite: the panel hands the personal links to the manager, as it does for an
// installation without SMTP_URL; what a mail server receives is tested in the API's own tests.
describe('the programme manager invites respondents by pasting a list', () => {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let assessmentUrl = '';
  let link = '';

  async function newPage(width = 1366): Promise<Page> {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
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

  it('pastes three respondents, sees how each line is read, and sends the invitations', async () => {
    const pm = await newPage();
    const errors = collectPageErrors(pm);
    await signIn(pm, baseUrl, 'zeeland@demo.koers.nl');
    // The open quarter's assessment of the partnership: started, or found when it already was.
    const { items: partnerships } = await apiGet<{ items: { id: string; name: string }[] }>(pm, '/api/partnerships');
    const zeeland = partnerships.find((p) => p.name === PARTNERSHIP);
    const { items: periods } = await apiGet<{ items: { id: string; current: boolean }[] }>(pm, '/api/periods');
    const current = periods.find((period) => period.current);
    const assessment = await apiPost<{ id: string }>(pm, `/api/partnerships/${zeeland?.id}/assessments`, {
      periodId: current?.id,
    });
    assessmentUrl = `${baseUrl}/assessments/${assessment.id}`;
    await pm.goto(assessmentUrl);

    const form = pm.getByRole('form', { name: 'Respondenten toevoegen' });
    await form
      .getByLabel('Lijst met respondenten')
      .fill(
        [
          'Anna Visser <anna.visser@delta.example>',
          'Bram Jansen;bram.jansen@terneuzen.example;school;Techniekcollege Terneuzen',
          'Carla de Boer;carla.deboer@scalda.example;schoolbestuur',
        ].join('\n'),
      );
    await form.getByLabel('Perspectief (als de regel er geen noemt)').selectOption({ label: 'School' });
    await form.getByLabel('Organisatie (als de regel er geen noemt)').selectOption({ label: 'Vakcollege Vlissingen' });
    await form.getByRole('button', { name: 'Lijst controleren' }).click();
    await form.getByText('Anna Visser <anna.visser@delta.example> · School · Vakcollege Vlissingen').waitFor();
    await form
      .getByText('Carla de Boer <carla.deboer@scalda.example> · Schoolbestuur · Scalda Onderwijsgroep Zeeland')
      .waitFor();
    await form.getByRole('button', { name: '3 uitnodigingen versturen' }).click();
    await form.getByText('3 uitnodigingen zijn onderweg.').waitFor();

    const table = pm.getByRole('table', { name: 'Uitgenodigde respondenten en hoe ver ze zijn' });
    for (const name of ['Anna Visser', 'Bram Jansen', 'Carla de Boer']) {
      await table.getByRole('row').filter({ hasText: name }).getByText('Uitgenodigd', { exact: true }).waitFor();
    }
    await pm.getByText('School 0 van 2 klaar').waitFor();
    link = await pm.getByLabel('Anna Visser', { exact: true }).inputValue();
    expect(link).toMatch(/\/respond\/[A-Za-z0-9_-]{20,100}$/);
    if (SCREENSHOT_DIR) {
      await pm
        .getByRole('region', { name: 'Uitnodigingen per e-mail' })
        .screenshot({ path: path.join(SCREENSHOT_DIR, 'invitations-1366.png') });
    }
    expect(errors).toEqual([]);
  });

  it('sees a respondent’s state change as she answers and says she is done', async () => {
    const pm = await newPage(390);
    await signIn(pm, baseUrl, 'zeeland@demo.koers.nl');
    await pm.goto(assessmentUrl);
    const anna = pm.getByRole('row').filter({ hasText: 'Anna Visser' });
    await anna.getByText('Uitgenodigd', { exact: true }).waitFor();

    const respondent = await newPage(390);
    const errors = collectPageErrors(respondent);
    // The link names the API's public URL; the suite's server listens elsewhere, so keep only the path.
    await respondent.goto(`${baseUrl}${new URL(link).pathname}`);
    await respondent.getByText('Jouw antwoorden, Anna Visser').waitFor();
    await respondent
      .getByRole('group', { name: /^1\.1 / })
      .getByRole('radio', { name: /^3 Functionerend/ })
      .check();
    await respondent.locator('[role="status"]', { hasText: /^Opgeslagen/ }).waitFor();
    await respondent.getByRole('button', { name: 'Ik ben klaar' }).click();
    await respondent.getByText('Dank je wel. De programmamanager ziet dat je klaar bent.').waitFor();
    if (SCREENSHOT_DIR) {
      await respondent
        .getByRole('region', { name: 'Klaar met invullen?' })
        .screenshot({ path: path.join(SCREENSHOT_DIR, 'respondent-done-390.png') });
    }
    expect(errors).toEqual([]);

    // The manager's open page follows on its own (it reads the states again while open).
    await anna.getByText('Klaar', { exact: true }).waitFor({ timeout: 30_000 });
    await pm.getByText('School 1 van 2 klaar').waitFor();
    if (SCREENSHOT_DIR) {
      await pm
        .getByRole('region', { name: 'Uitnodigingen per e-mail' })
        .screenshot({ path: path.join(SCREENSHOT_DIR, 'invitations-390.png') });
    }
  });
});
