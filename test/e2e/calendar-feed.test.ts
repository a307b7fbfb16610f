import type { Browser } from 'playwright-core';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');

/** What a calendar app fetches: the feed's address on this server, without the browser's session. */
async function fetchFeed(url: string) {
  const { pathname } = new URL(url);
  return fetch(`${baseUrl}${pathname}`);
}

/** The events' summaries and start dates, as a maintained iCalendar parser reads them. */
function eventsOf(ics: string): { summary: string; start: string }[] {
  return new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    return { summary: event.summary, start: event.startDate.toString() };
  });
}

describe('a programme manager links Koers to their calendar', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('makes a feed on the account page that a calendar app can read, and renews it', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const pageErrors = collectPageErrors(page);
    await signIn(page, baseUrl, 'pm@demo.koers.nl');
    const periods = (await (await page.request.get(`${baseUrl}/api/periods`)).json()) as {
      items: { code: string; dueOn: string; current: boolean }[];
    };
    const current = periods.items.find((p) => p.current);
    expect(current).toBeDefined();

    await page.goto(`${baseUrl}/account`);
    const section = page.getByRole('region', { name: 'Agenda-koppeling' });
    await section.getByRole('button', { name: 'Agenda-koppeling maken' }).click();
    const address = section.getByLabel('Adres van je agenda-koppeling');
    await address.waitFor();
    const firstUrl = await address.inputValue();
    expect(firstUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);

    const feed = await fetchFeed(firstUrl);
    expect(feed.status).toBe(200);
    expect(eventsOf(await feed.text())).toContainEqual({
      summary: `Zelfevaluatie Partnerschap Twente Leert ${current?.code} — deadline`,
      start: current?.dueOn,
    });

    // Renewing asks first; then the page shows the new address and the old one opens nothing.
    await section.getByRole('button', { name: 'Nieuw adres maken' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Een nieuw adres maken?' });
    await dialog.getByRole('button', { name: 'Nieuw adres maken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await section.getByText(/adres vernieuwd op/).waitFor();
    const secondUrl = await address.inputValue();
    expect(secondUrl).not.toBe(firstUrl);
    expect((await fetchFeed(firstUrl)).status).toBe(404);
    expect((await fetchFeed(secondUrl)).status).toBe(200);

    expect(pageErrors).toEqual([]);
    await context.close();
  });
});
