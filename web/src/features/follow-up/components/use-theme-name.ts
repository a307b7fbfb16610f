import { useTranslation } from 'react-i18next';
import type { TThemeNumber } from '@koers/shared/themes';

/** A theme's short name, or "general" for flags and actions about the partnership as a whole. */
export function useThemeName(): (theme: TThemeNumber | null) => string {
  const { t } = useTranslation();
  return (theme) => (theme === null ? t('followUp.themeNone') : t(`themesShort.theme${theme}`));
}
