import type { TLocalisedText } from '@koers/shared/instrument';
import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n.ts';

/** Picks the current language from a text the API sends in both languages. */
export function useLocalisedText(): (text: TLocalisedText) => string {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return (text) => text[language];
}
