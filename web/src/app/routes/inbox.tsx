import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { Inbox } from '../../features/notices/components/inbox.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('inbox.title')} />
      <h1>{t('inbox.title')}</h1>
      <p className="lead">{t('inbox.intro')}</p>
      <Inbox />
    </>
  );
}
