import type { Page } from 'playwright-core';

const LOADING = /^(Bezig met laden…|Loading…)$/;

/** Counts the page's requests in flight, so a check can wait until the page's data has arrived. */
export function countRequests(page: Page): () => number {
  let inFlight = 0;
  page.on('request', () => (inFlight += 1));
  page.on('requestfinished', () => (inFlight -= 1));
  page.on('requestfailed', () => (inFlight -= 1));
  return () => inFlight;
}

/** Waits until no request is in flight and no loading message shows, three looks in a row. */
export async function settle(page: Page, inFlight: () => number) {
  const loadingMessage = page.getByText(LOADING);
  const deadline = Date.now() + 15_000;
  for (let quiet = 0; quiet < 3;) {
    if (Date.now() > deadline) throw new Error(`${page.url()} was still loading after 15 seconds`);
    await page.waitForTimeout(50);
    const loading = inFlight() > 0 || (await loadingMessage.count()) > 0;
    quiet = loading ? 0 : quiet + 1;
  }
}
