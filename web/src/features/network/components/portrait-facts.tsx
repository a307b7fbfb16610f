import { useTranslation } from 'react-i18next';
import type { TNetworkPortrait } from '@koers/shared/network';
import type { TThemeNumber } from '@koers/shared/themes';
import styles from './network.module.css';

/** Scenario, sector and size: what a partnership is, as badges. */
export function PortraitBadges({ portrait }: { portrait: Pick<TNetworkPortrait, 'scenario' | 'sector' | 'sizeBand'> }) {
  const { t } = useTranslation();
  return (
    <ul className={styles.badges}>
      <li className={`badge ${styles.tag}`}>{t(`scenarios.${portrait.scenario}.label`)}</li>
      <li className={`badge ${styles.tag}`}>{t(`sectors.${portrait.sector}`)}</li>
      <li className={`badge ${styles.tag}`}>{t(`network.sizeBands.${portrait.sizeBand}`)}</li>
    </ul>
  );
}

export function ThemeNames({ themes }: { themes: readonly TThemeNumber[] }) {
  const { t } = useTranslation();
  if (themes.length === 0) return <>{t('network.noThemes')}</>;
  return <>{themes.map((theme) => t(`themesShort.theme${theme}`)).join(', ')}</>;
}

/** What a partnership works on and is glad to share: the heart of a portrait. */
export function PortraitThemes({ portrait }: { portrait: Pick<TNetworkPortrait, 'themesNow' | 'themesOffered'> }) {
  const { t } = useTranslation();
  return (
    <dl className={styles.facts}>
      <dt>{t('network.themesOffered')}</dt>
      <dd>
        <ThemeNames themes={portrait.themesOffered} />
      </dd>
      <dt>{t('network.themesNow')}</dt>
      <dd>
        <ThemeNames themes={portrait.themesNow} />
      </dd>
    </dl>
  );
}
