import { useTranslation } from 'react-i18next';
import type { TScenario, TSector } from '@koers/shared/partnerships';
import styles from './partnership-badges.module.css';

export function SectorBadge({ sector }: { sector: TSector }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles.badge} ${styles.sector}`}>{t(`sectors.${sector}`)}</span>;
}

/** Scenarios grow in intensity from A to C; the badge deepens with them. */
export function ScenarioBadge({ scenario }: { scenario: TScenario }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${styles.badge} ${styles[`scenario${scenario}`]}`}>{t(`scenarios.${scenario}.label`)}</span>
  );
}
