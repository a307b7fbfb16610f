import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { i18n, LANGUAGES } from '../src/i18n/i18n.ts';

// Tests wait for the state they mean: renderApp loads the page modules before rendering, the autosave
// pause is passed on a fake clock, and a request is held by the test until it has done what it means to
// do meanwhile. So findBy and waitFor wait only for a mocked request and a render, and the suite passes
// with Testing Library's 1 s default on a busy two-core machine. This bound is a safety net only a real
// failure reaches; it stays under the test timeout, so a failure says which state never came.
configure({ asyncUtilTimeout: 10_000 });

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
