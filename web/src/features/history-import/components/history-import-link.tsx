import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import styles from './history-import.module.css';

/** The way from a partnership's page to importing its earlier quarters; shown only to who may import. */
export function HistoryImportLink({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="history-import-link" className={styles.link}>
      <div>
        <h2 id="history-import-link">{t('historyImport.link.title')}</h2>
        <p className={styles.muted}>{t('historyImport.link.text')}</p>
      </div>
      <Link to={`/partnerships/${partnershipId}/import`} className="button button-secondary">
        {t('historyImport.link.open')}
      </Link>
    </section>
  );
}
