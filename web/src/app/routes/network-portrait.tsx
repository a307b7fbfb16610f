import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ZPartnershipParams } from '@koers/shared/partnerships';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { PortraitView } from '../../features/network/components/portrait-view.tsx';

function PortraitNotFound() {
  const { t } = useTranslation();
  return (
    <>
      <DocumentTitle page={t('network.notFound.title')} />
      <EmptyState
        headingLevel={1}
        title={t('network.notFound.title')}
        action={
          <Link to="/network" className="button">
            {t('network.backToNetwork')}
          </Link>
        }
      >
        <p>{t('network.notFound.text')}</p>
      </EmptyState>
    </>
  );
}

export function Component() {
  const { t } = useTranslation();
  const params = ZPartnershipParams.safeParse(useParams());
  if (!params.success) return <PortraitNotFound />;
  return (
    <>
      <p>
        <Link to="/network">← {t('network.backToNetwork')}</Link>
      </p>
      <PortraitView partnershipId={params.data.partnershipId} notFound={<PortraitNotFound />} />
    </>
  );
}
