import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { NoAccessPanel } from '../../features/auth/components/no-access-panel.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('signInMethods.noAccess.title')} />
      <NoAccessPanel />
    </>
  );
}
