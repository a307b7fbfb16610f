import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../components/document-title.tsx';
import { NetworkDirectory } from '../../features/network/components/network-directory.tsx';

export function Component() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('network.title')} />
      <h1>{t('network.title')}</h1>
      <p className="lead">{t('network.intro')}</p>
      <NetworkDirectory />
    </>
  );
}
