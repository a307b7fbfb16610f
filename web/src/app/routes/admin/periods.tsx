import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { PeriodsAdmin } from '../../../features/periods/components/periods-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('admin.periods.title')} />
      <div>
        <h1>{t('admin.periods.title')}</h1>
        <p className="lead">{t('admin.periods.intro')}</p>
      </div>
      <PeriodsAdmin />
    </>
  );
}
