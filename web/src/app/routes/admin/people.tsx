import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { PeopleAdmin } from '../../../features/people/components/people-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('admin.people.title')} />
      <div>
        <h1>{t('admin.people.title')}</h1>
        <p className="lead">{t('admin.people.intro')}</p>
      </div>
      <PeopleAdmin />
    </>
  );
}
