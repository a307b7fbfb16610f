import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { DocumentTitle } from '../../components/document-title.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { OwnPortrait } from '../../features/network/components/own-portrait.tsx';
import { PartnershipNotFound } from '../../features/partnerships/components/partnership-details.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success || !user) return <PartnershipNotFound />;
  const { partnershipId } = params.data;
  return (
    <>
      <DocumentTitle page={t('network.link.title')} />
      <p>
        <Link to={`/partnerships/${partnershipId}`}>← {t('network.backToPartnership')}</Link>
      </p>
      <h1>{t('network.link.title')}</h1>
      <OwnPortrait partnershipId={partnershipId} access={user.access} />
    </>
  );
}
