import type { Page } from 'playwright-core';
import { inject } from 'vitest';

const baseUrl = inject('baseUrl');

/** A read through the API with the page's session, to find the ids a test needs. */
export async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${baseUrl}${path}`);
  if (!response.ok()) throw new Error(`GET ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/** A state change through the API, as the web app makes it: with the session's CSRF token. */
export async function apiPost<T>(page: Page, path: string, body: unknown): Promise<T> {
  const { csrfToken } = await apiGet<{ csrfToken: string }>(page, '/api/auth/session');
  const response = await page.request.post(`${baseUrl}${path}`, { data: body, headers: { 'x-csrf-token': csrfToken } });
  if (!response.ok()) throw new Error(`POST ${path}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}
