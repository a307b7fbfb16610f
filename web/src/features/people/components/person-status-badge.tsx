import { useTranslation } from 'react-i18next';
import type { TPersonStatus } from '@koers/shared/people';
import styles from './people.module.css';

export function PersonStatusBadge({ status }: { status: TPersonStatus }) {
  const { t } = useTranslation();
  return <span className={`badge ${styles.status} ${styles[status]}`}>{t(`personStatus.${status}`)}</span>;
}
