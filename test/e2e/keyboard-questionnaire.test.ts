import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';
import { collectPageErrors, signIn } from './sign-in.ts';

const baseUrl = inject('baseUrl');
// Limburg Leert's open quarter is touched by no other suite (the assessment suite works on Twente Leert's),
// so this walk does not depend on the order in which the suites run.
const MANAGER = 'limburg@demo.koers.nl';
const PARTNERSHIP = 'Partnerschap Limburg Leert';

type TFocus = {
  tag: string;
  type: string | null;
  role: string | null;
  /** The accessible name as far as a walk needs it: aria-label, the label of a control, or the text. */
  name: string;
  checked: boolean;
  /** Whether a radio's group already has an answer. */
  answered: boolean;
  inTabPanel: boolean;
  /** The focus indicator as drawn: outline style and width, in pixels. */
  outline: { style: string; width: number };
};

async function focused(page: Page): Promise<TFocus | null> {
  const element = page.locator(':focus');
  if ((await element.count()) === 0) return null;
  // Runs in the browser, on the focused element.
  return element.evaluate((focus): TFocus => {
    const label = focus.labels?.[0]?.textContent ?? null;
    const style = focus.ownerDocument.defaultView.getComputedStyle(focus);
    const group: { checked: boolean }[] =
      focus.type === 'radio' ? [...focus.ownerDocument.getElementsByName(focus.name)] : [];
    return {
      tag: focus.tagName.toLowerCase(),
      type: focus.getAttribute('type'),
      role: focus.getAttribute('role'),
      name: (focus.getAttribute('aria-label') ?? label ?? focus.textContent ?? '').replace(/\s+/g, ' ').trim(),
      checked: focus.checked === true,
      answered: group.some((radio) => radio.checked),
      inTabPanel: focus.closest('[role="tabpanel"]') !== null,
      outline: { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) },
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element is the one wanted; fails after `limit` presses. */
async function tabTo(page: Page, wanted: (focus: TFocus) => boolean, what: string, backwards = false, limit = 200) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focus = await focused(page);
    if (focus && wanted(focus)) return focus;
  }
  throw new Error(`${limit} presses of ${backwards ? 'Shift+Tab' : 'Tab'} did not reach ${what}`);
}

/** Keyboard users must see where they are: a solid outline of at least two pixels (WCAG 2.4.7). */
function expectVisibleFocus(focus: TFocus) {
  expect(focus.outline.style, `focus on ${focus.tag} "${focus.name}"`).not.toBe('none');
  expect(focus.outline.width, `focus on ${focus.tag} "${focus.name}"`).toBeGreaterThanOrEqual(2);
}

/** Tabs to the element and checks its focus ring shows. */
async function expectVisibleFocusOn(page: Page, wanted: (focus: TFocus) => boolean, what: string) {
  const focus = await tabTo(page, wanted, what);
  expectVisibleFocus(focus);
  return focus;
}

const isAnswerOption = (focus: TFocus) => focus.inTabPanel && focus.type === 'radio';

describe('the questionnaire with the keyboard only', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a programme manager opens the open quarter, answers every indicator and submits, without a mouse', async () => {
    await signIn(page, baseUrl, MANAGER);
    await page.getByRole('link', { name: PARTNERSHIP }).waitFor();

    // From here on only keys: no clicks, fills or checks.
    await expectVisibleFocusOn(page, (focus) => focus.tag === 'a' && focus.name === PARTNERSHIP, PARTNERSHIP);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: PARTNERSHIP }).waitFor();

    const start = /^Zelfevaluatie (\S+) (starten|openen)$/;
    const startFocus = await expectVisibleFocusOn(page, (focus) => start.test(focus.name), 'the start button');
    const period = start.exec(startFocus.name)?.[1] ?? '';
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: `Zelfevaluatie ${period}` }).waitFor();
    await page.getByRole('tablist').waitFor();
    const assessmentId = page.url().split('/').pop() ?? '';
    expect(assessmentId).toMatch(/^[0-9a-f-]{36}$/);

    const tabs = page.getByRole('tablist').getByRole('tab');
    const themes = await tabs.count();
    expect(themes).toBe(5);
    let answered = 0;
    for (let theme = 0; theme < themes; theme += 1) {
      // Into the theme's first indicator: from the page top for the first theme, from the panel after "next".
      let focus = await tabTo(page, isAnswerOption, `an answer of theme ${theme + 1}`);
      while (isAnswerOption(focus)) {
        expect(focus.answered, `indicator ${focus.name} was answered before this walk`).toBe(false);
        expectVisibleFocus(focus);
        // Space chooses the focused option (1); each arrow moves the choice one step on: 1, 2, 3, 4, 1, ...
        await page.keyboard.press('Space');
        for (let step = 0; step < answered % 4; step += 1) await page.keyboard.press('ArrowDown');
        const chosen = await focused(page);
        expect(chosen?.checked).toBe(true);
        if (chosen) expectVisibleFocus(chosen);
        answered += 1;
        // Tab leaves the group for the next indicator's first option, or for the theme's notes.
        await page.keyboard.press('Tab');
        const after = await focused(page);
        if (!after) break;
        focus = after;
      }
      expect(await tabs.nth(theme).getAttribute('data-complete')).toBe('true');
      if (theme < themes - 1) {
        const next = await tabTo(page, (candidate) => /^Volgend thema/.test(candidate.name), 'the next theme button');
        expectVisibleFocus(next);
        await page.keyboard.press('Enter');
        await expect.poll(() => tabs.nth(theme + 1).getAttribute('aria-selected')).toBe('true');
      }
    }
    await page.getByText(`${answered} van ${answered} indicatoren beantwoord`).waitFor();

    // The submit button sits above the themes: back up to it.
    const submit = await tabTo(page, (focus) => focus.name === 'Indienen…', 'the submit button', true);
    expectVisibleFocus(submit);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    // Focus starts on the safe choice; Tab moves to the confirmation.
    expect((await focused(page))?.name).toBe('Nog niet');
    const confirm = await tabTo(page, (focus) => focus.name === 'Ja, indienen', 'the confirm button', false, 5);
    expectVisibleFocus(confirm);
    await page.keyboard.press('Enter');
    await page
      .getByText(/^Ingediend op /)
      .first()
      .waitFor();

    const assessment = await page.request.get(`${baseUrl}/api/assessments/${assessmentId}`);
    expect(assessment.ok()).toBe(true);
    const body = (await assessment.json()) as { status: string; periodCode: string };
    expect(body).toMatchObject({ status: 'submitted', periodCode: period });
    expect(errors).toEqual([]);
  });
});
