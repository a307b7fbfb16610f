import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { AuditLog } from '../../../features/audit/components/audit-log.tsx';
import { AuditExport } from '../../../features/exports/components/audit-export.tsx';
import { usePartnerships } from '../../../features/partnerships/api/get-partnerships.ts';
import { usePeople } from '../../../features/people/api/get-people.ts';

export function Component() {
  const { t } = useTranslation();
  // Names only make the log easier to read: the log shows without them while they load.
  const partnerships = usePartnerships({});
  const people = usePeople();
  const names = {
    partnerships: new Map((partnerships.data ?? []).map((p) => [p.id, p.name])),
    people: new Map((people.data ?? []).map((p) => [p.id, p.displayName])),
  };

  return (
    <>
      <DocumentTitle page={t('admin.audit.title')} />
      <div>
        <h1>{t('admin.audit.title')}</h1>
        <p className="lead">{t('admin.audit.intro')}</p>
      </div>
      <AuditLog names={names} />
      <AuditExport />
    </>
  );
}
