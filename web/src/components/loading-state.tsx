import { useTranslation } from 'react-i18next';
import styles from './status.module.css';

export function LoadingState() {
  const { t } = useTranslation();
  return (
    <div role="status" className={styles.loading}>
      <span className={styles.spinner} aria-hidden="true" />
      {t('status.loading')}
    </div>
  );
}
