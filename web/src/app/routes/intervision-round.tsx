import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { RoundView } from '../../features/intervision/components/round-view.tsx';

export function Component() {
  const { t } = useTranslation();
  const { roundId = '' } = useParams();
  const user = useCurrentUser();
  const managed = (user?.roles ?? []).flatMap((role) =>
    role.role === 'programme_manager' ? [{ id: role.partnershipId, name: role.partnershipName }] : [],
  );
  return (
    <>
      <DocumentTitle page={t('intervision.title')} />
      {can(user?.access, 'intervision:read') ? (
        <RoundView roundId={roundId} managedPartnerships={managed} />
      ) : (
        <EmptyState headingLevel={1} title={t('intervision.forbidden.title')}>
          <p>{t('intervision.forbidden.text')}</p>
        </EmptyState>
      )}
    </>
  );
}
