import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ZOneTimeLinkParams } from '@koers/shared/auth';
import { DocumentTitle } from '../../components/document-title.tsx';
import { OneTimeLink, OneTimeLinkUnusable } from '../../features/auth/components/one-time-link.tsx';

export function Component() {
  const { t } = useTranslation();
  // A token that cannot exist is unusable straight away, without asking the API.
  const params = ZOneTimeLinkParams.safeParse(useParams());
  return (
    <>
      <DocumentTitle page={t('auth.link.pageTitle')} />
      {params.success ? <OneTimeLink token={params.data.token} /> : <OneTimeLinkUnusable />}
    </>
  );
}
