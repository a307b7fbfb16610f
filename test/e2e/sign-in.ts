import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../api/src/demo/demo-people.ts';

/** Signs in through the sign-in page, as a person would, and waits for the signed-in app. */
export async function signIn(page: Page, baseUrl: string, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${baseUrl}/login`);
  await page.getByRole('heading', { level: 1, name: /^(Inloggen|Sign in)$/ }).waitFor();
  await page.getByLabel(/^(E-mailadres|Email address)$/).fill(email);
  await page.getByLabel(/^(Wachtwoord|Password)$/).fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
  await page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ }).waitFor();
}

/** Signs out through the account menu and checks the sign-in page says so. */
export async function signOut(page: Page, displayName: string) {
  await page.getByRole('button', { name: displayName }).click();
  await page.getByRole('button', { name: /^(Uitloggen|Sign out)$/ }).click();
  await page.getByText(/^(Je bent uitgelogd\.|You have signed out\.)$/).waitFor();
  expect(await page.getByRole('navigation', { name: /^(Hoofdmenu|Main menu)$/ }).count()).toBe(0);
}

/** The partnership names in the list on the partnerships page. */
export async function listedPartnerships(page: Page): Promise<string[]> {
  const table = page.getByRole('table');
  await table.waitFor();
  return (await table.locator('tbody th a').allTextContents()).sort((a, b) => a.localeCompare(b, 'nl'));
}

/** Records script errors and console errors, which no page of Koers should produce (a CSP refusal is one). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}
