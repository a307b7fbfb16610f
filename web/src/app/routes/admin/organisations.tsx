import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { OrganisationsAdmin } from '../../../features/organisations/components/organisations-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('admin.organisations.title')} />
      <div>
        <h1>{t('admin.organisations.title')}</h1>
        <p className="lead">{t('admin.organisations.intro')}</p>
      </div>
      <OrganisationsAdmin />
    </>
  );
}
