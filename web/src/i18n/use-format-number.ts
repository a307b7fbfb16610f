import { useTranslation } from 'react-i18next';
import { formatScore } from '@koers/shared/score-format';
import { toLanguage } from './i18n.ts';

/** Scores and changes by the one rule of formatScore ("3,25" in Dutch, "3.25" in English); counts; shares as percentages. */
export function useFormatNumber() {
  const { i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const count = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  return {
    score: (value: number) => formatScore(value, language),
    count: (value: number) => count.format(value),
    percent: (value: number) => percent.format(value),
  };
}
