import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { FlagSettingsForm } from '../../../features/flags/components/flag-settings-form.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('admin.flagSettings.title')} />
      <div>
        <h1>{t('admin.flagSettings.title')}</h1>
        <p className="lead">{t('admin.flagSettings.intro')}</p>
      </div>
      <FlagSettingsForm />
    </>
  );
}
