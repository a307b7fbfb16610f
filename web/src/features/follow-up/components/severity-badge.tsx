import { useTranslation } from 'react-i18next';
import type { TFlag } from '@koers/shared/dashboards';
import styles from './follow-up.module.css';

/** Shapes that differ as much as the colours do, so the difference survives greyscale and colour blindness. */
const ICONS: Record<TFlag['severity'], string> = { high: '▲', attention: '●' };

export function SeverityBadge({ severity }: { severity: TFlag['severity'] }) {
  const { t } = useTranslation();
  return (
    <span className={`${styles.severity} ${styles[severity]}`}>
      <span aria-hidden="true">{ICONS[severity]}</span>
      {t(`flags.severity.${severity}`)}
    </span>
  );
}
