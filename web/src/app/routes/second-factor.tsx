import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { SecondFactorSettings } from '../../features/auth/components/second-factor-settings.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('secondFactor.title')} />
      <h1>{t('secondFactor.title')}</h1>
      <p className="lead">{t('secondFactor.intro')}</p>
      <SecondFactorSettings />
    </>
  );
}
