import { useTranslation } from 'react-i18next';
import { ExportLinks } from '../../../components/export-links.tsx';
import styles from './exports.module.css';

/** "Download everything": the partnership's complete record as far as the person may read it. */
export function PartnershipExport({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="partnership-export" className={styles.section}>
      <div>
        <h2 id="partnership-export">{t('exports.partnership.title')}</h2>
        <p className={styles.muted}>{t('exports.partnership.intro')}</p>
      </div>
      <ExportLinks
        path={`/api/partnerships/${partnershipId}/export`}
        formats={['xlsx', 'json']}
        subject={t('exports.partnership.title')}
      />
    </section>
  );
}
