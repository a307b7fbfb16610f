import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import type { TTranslation } from './locales/nl/index.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** Each language is offered under its own name, whatever the interface language is at that moment. */
export const LANGUAGE_NAMES: Record<TLanguage, string> = { nl: 'Nederlands', en: 'English' };

const DEFAULT_LANGUAGE: TLanguage = 'nl';

/**
 * Where the language chosen with the switch is kept. Only an explicit choice counts, so nothing else is
 * asked: Koers is Dutch-first, and many Dutch professionals run an English-language browser, so the
 * browser's language is a poor signal.
 */
const LANGUAGE_KEY = 'koers.language';

/**
 * Each language's texts are a chunk of their own, loaded when that language is first shown: a visit
 * downloads only the language it uses, and the other only when someone switches (the first page's
 * budget has no room for both, see the README's "Web performance").
 */
const TRANSLATIONS: Record<TLanguage, () => Promise<TTranslation>> = {
  nl: async () => (await import('./locales/nl/index.ts')).nl,
  en: async () => (await import('./locales/en/index.ts')).en,
};

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting needs declaration merging
  interface CustomTypeOptions {
    resources: { translation: TTranslation };
  }
}

export function toLanguage(code: string | undefined): TLanguage {
  return LANGUAGES.find((language) => language === code) ?? DEFAULT_LANGUAGE;
}

function storedLanguage(): TLanguage {
  try {
    return toLanguage(localStorage.getItem(LANGUAGE_KEY) ?? undefined);
  } catch {
    // Storage switched off (a privacy setting): every visit starts in Dutch.
    return DEFAULT_LANGUAGE;
  }
}

function rememberLanguage(code: string): void {
  try {
    localStorage.setItem(LANGUAGE_KEY, toLanguage(code));
  } catch {
    // Storage switched off: the choice lasts until the page is left.
  }
}

function reflectLanguageInDocument(code: string | undefined): void {
  document.documentElement.lang = toLanguage(code);
}

// Remembered as the choice is made, not once its texts have loaded: a page opened right after knows it.
i18n.on('languageChanging', rememberLanguage);
i18n.on('languageChanged', reflectLanguageInDocument);

/** Resolves once the texts of the language to show are loaded: the app draws only then, never keys. */
export const i18nReady = i18n
  .use(resourcesToBackend((language: string) => TRANSLATIONS[toLanguage(language)]()))
  .use(initReactI18next)
  .init({
    lng: storedLanguage(),
    supportedLngs: LANGUAGES,
    // None: English has every Dutch key (locales/en/ is typed by locales/nl/), and a fallback language would be
    // loaded alongside the one shown.
    fallbackLng: false,
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });

export { i18n };
