import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ZAuditExportQuery } from '@koers/shared/exports';
import { ExportLinks } from '../../../components/export-links.tsx';
import { TextField } from '../../../components/form/text-field.tsx';
import styles from './exports.module.css';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/** The audit log of a date range as a file, for admins: the last month unless they choose otherwise. */
export function AuditExport() {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => day(-30));
  const [to, setTo] = useState(() => day(0));
  // The server refuses the same ranges; saying so here spares a download that only holds an error.
  const valid = ZAuditExportQuery.safeParse({ from, to }).success;
  return (
    <section aria-labelledby="audit-export" className={styles.section}>
      <h2 id="audit-export">{t('exports.audit.title')}</h2>
      <div className={styles.range}>
        <TextField type="date" label={t('exports.audit.from')} value={from} onValueChange={setFrom} />
        <TextField
          type="date"
          label={t('exports.audit.to')}
          value={to}
          onValueChange={setTo}
          error={valid ? undefined : t('exports.audit.range')}
        />
      </div>
      {valid ? (
        <ExportLinks
          path="/api/audit-log/export"
          query={{ from, to }}
          formats={['xlsx', 'csv']}
          subject={t('exports.audit.title')}
        />
      ) : null}
    </section>
  );
}
