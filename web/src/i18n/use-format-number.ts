import { useTranslation } from 'react-i18next';
import { toLanguage } from './i18n.ts';

/** Scores and changes the way each language writes them: "2,75" in Dutch, "2.75" in English. */
export function useFormatNumber() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const score = new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  return { score: (value: number) => score.format(value), percent: (value: number) => percent.format(value) };
}
