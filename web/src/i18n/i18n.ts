import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { en } from './locales/en.ts';
import { nl, type TTranslation } from './locales/nl.ts';

export const LANGUAGES = ['nl', 'en'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** Each language is offered under its own name, whatever the interface language is at that moment. */
export const LANGUAGE_NAMES: Record<TLanguage, string> = { nl: 'Nederlands', en: 'English' };

const DEFAULT_LANGUAGE: TLanguage = 'nl';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- augmenting needs declaration merging
  interface CustomTypeOptions {
    resources: { translation: TTranslation };
  }
}

export function toLanguage(code: string | undefined): TLanguage {
  return LANGUAGES.find((language) => language === code) ?? DEFAULT_LANGUAGE;
}

function reflectLanguageInDocument(code: string | undefined): void {
  document.documentElement.lang = toLanguage(code);
}

i18n.on('languageChanged', reflectLanguageInDocument);

// Synchronous with bundled resources and initAsync off: nothing to wait for.
void i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources: { nl: { translation: nl }, en: { translation: en } },
    supportedLngs: LANGUAGES,
    fallbackLng: DEFAULT_LANGUAGE,
    load: 'languageOnly',
    initAsync: false,
    detection: {
      // Only an explicit choice counts: Koers is Dutch-first, and many Dutch professionals run an
      // English-language browser, so the browser's language is a poor signal.
      order: ['localStorage'],
      lookupLocalStorage: 'koers.language',
      caches: ['localStorage'],
    },
    // React escapes what it renders.
    interpolation: { escapeValue: false },
  });

export { i18n };
