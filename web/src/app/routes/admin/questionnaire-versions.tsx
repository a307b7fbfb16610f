import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { useCurrentInstrument } from '../../../features/instrument/api/get-current-instrument.ts';
import { VersionsAdmin } from '../../../features/instrument-versions/components/versions-admin.tsx';

export function Component() {
  const { t } = useTranslation();
  // The version in use is what a new draft starts from; while it loads, the list shows already.
  const current = useCurrentInstrument();
  return (
    <>
      <DocumentTitle page={t('instrumentVersions.title')} />
      <div>
        <h1>{t('instrumentVersions.title')}</h1>
        <p className="lead">{t('instrumentVersions.intro')}</p>
      </div>
      <VersionsAdmin current={current.data} />
    </>
  );
}
