import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DocumentTitle } from '../../../components/document-title.tsx';
import { EmptyState } from '../../../components/empty-state.tsx';
import { ErrorState } from '../../../components/error-state.tsx';
import { LoadingState } from '../../../components/loading-state.tsx';
import { usePartnerships } from '../../../features/partnerships/api/get-partnerships.ts';
import { PartnershipForm } from '../../../features/partnerships/components/partnership-form.tsx';
import { PartnershipTable } from '../../../features/partnerships/components/partnership-table.tsx';
import styles from './admin.module.css';

export function Component() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const partnerships = usePartnerships({});

  return (
    <div className={styles.stack}>
      <DocumentTitle page={t('admin.partnerships.title')} />
      <div>
        <h1>{t('admin.partnerships.title')}</h1>
        <p className="lead">{t('admin.partnerships.intro')}</p>
      </div>
      <section aria-labelledby="admin-partnership-list">
        <h2 id="admin-partnership-list">{t('admin.partnerships.listTitle')}</h2>
        {partnerships.isPending ? (
          <LoadingState />
        ) : partnerships.isError ? (
          <ErrorState error={partnerships.error} onRetry={() => void partnerships.refetch()} />
        ) : partnerships.data.length === 0 ? (
          <EmptyState title={t('partnerships.empty.title')}>
            <p>{t('partnerships.empty.none')}</p>
          </EmptyState>
        ) : (
          <PartnershipTable partnerships={partnerships.data} linkTo={(id) => `/admin/partnerships/${id}`} />
        )}
      </section>
      <PartnershipForm onCreated={(created) => void navigate(`/admin/partnerships/${created.id}`)} />
    </div>
  );
}
