import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { i18n, LANGUAGES } from '../src/i18n/i18n.ts';

// findBy and waitFor wait for the state a test means; their 1 s default fails on a busy machine while a
// lazy page module still loads, so they may wait up to 5 s (they return as soon as the state is there).
configure({ asyncUtilTimeout: 5_000 });

// jsdom does not implement scrolling, and the router's scroll restoration calls it on every navigation.
window.scrollTo = () => {};

beforeAll(async () => {
  // The app loads a language's texts when it is first shown. Tests load both up front, through the same
  // loader, so every page has its texts on its first render and a switch of language takes effect at once.
  await i18n.loadLanguages(LANGUAGES);
});

beforeEach(async () => {
  localStorage.clear();
  // Every test starts where a first-time visitor starts: in Dutch.
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
