import { useTranslation } from 'react-i18next';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { OpenRoundForm } from '../../features/intervision/components/open-round-form.tsx';
import { RoundsOverview } from '../../features/intervision/components/rounds-overview.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const facilitates = can(user?.access, 'intervision:facilitate');
  return (
    <>
      <DocumentTitle page={t('intervision.title')} />
      <h1>{t('intervision.title')}</h1>
      <p className="lead">{t('intervision.intro')}</p>
      {can(user?.access, 'intervision:read') ? (
        <>
          <RoundsOverview facilitates={facilitates} />
          {facilitates ? <OpenRoundForm /> : null}
        </>
      ) : (
        <EmptyState title={t('intervision.forbidden.title')}>
          <p>{t('intervision.forbidden.text')}</p>
        </EmptyState>
      )}
    </>
  );
}
