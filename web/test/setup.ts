import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { i18n } from '../src/i18n/i18n.ts';

// jsdom does not implement scrolling, and the router's scroll restoration calls it on every navigation.
window.scrollTo = () => {};

beforeEach(async () => {
  localStorage.clear();
  // Every test starts where a first-time visitor starts: in Dutch.
  await i18n.changeLanguage('nl');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});
