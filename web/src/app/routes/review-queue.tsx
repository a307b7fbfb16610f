import { useTranslation } from 'react-i18next';
import { can } from '@koers/shared/policy';
import { DocumentTitle } from '../../components/document-title.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { ExportLinks } from '../../components/export-links.tsx';
import { useCurrentUser } from '../../features/auth/api/get-session.ts';
import { ReviewQueue } from '../../features/follow-up/components/review-queue.tsx';

export function Component() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <>
      <DocumentTitle page={t('followUp.queue.title')} />
      <h1>{t('followUp.queue.title')}</h1>
      <p className="lead">{t('followUp.queue.intro')}</p>
      {can(user?.access, 'review-queue:read') ? (
        <>
          <ExportLinks path="/api/review-queue/export" formats={['xlsx', 'csv']} subject={t('followUp.queue.title')} />
          <ReviewQueue />
        </>
      ) : (
        <EmptyState title={t('followUp.queue.forbidden.title')}>
          <p>{t('followUp.queue.forbidden.text')}</p>
        </EmptyState>
      )}
    </>
  );
}
