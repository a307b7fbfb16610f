import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { SetupImport } from '../../../features/setup-import/components/setup-import.tsx';
import { SetupTemplateLinks } from '../../../features/setup-import/components/setup-template-links.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('setupImport.title')} />
      <div>
        <h1>{t('setupImport.title')}</h1>
        <p className="lead">{t('setupImport.intro')}</p>
      </div>
      <SetupTemplateLinks />
      <SetupImport />
    </>
  );
}
