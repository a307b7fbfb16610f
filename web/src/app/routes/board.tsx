import { useTranslation } from 'react-i18next';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { BoardOverview } from '../../features/dashboards/components/board-overview.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();

  if (!can(user?.access, 'board-overview:read')) {
    return (
      <>
        <DocumentTitle page={t('forbidden.title')} />
        <EmptyState headingLevel={1} title={t('forbidden.title')}>
          <p>{t('forbidden.text')}</p>
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <DocumentTitle page={t('board.title')} />
      <h1>{t('board.title')}</h1>
      <p className="lead">{t('board.intro')}</p>
      <BoardOverview />
    </>
  );
}
